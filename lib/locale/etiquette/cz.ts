import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('czech-republic', 'Czech Republic');

/** Czechia. */
export default {
  country: 'cz',
  languages: ['cs'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Dobrý den', lang: 'cs', meaning: 'good-day', register: 'neutral' },
      { text: 'Vážený pane … / Vážená paní …', lang: 'cs', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('dobrý_den'),
  },
  closing: {
    phrases: [
      { text: 'S pozdravem', lang: 'cs', meaning: 'kind-regards', register: 'neutral' },
    ],
    source: wikt('s_pozdravem'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'pan', lang: 'cs', meaning: 'mr' },
      { form: 'paní', lang: 'cs', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['whatsapp', 'messenger'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'vy', source: TV_DISTINCTION },
    { tip: 'titles-matter', param: 'Ing., Mgr., MUDr.', source: guide },
  ],
} satisfies EtiquetteEntry;
