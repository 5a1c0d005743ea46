import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('ireland', 'Ireland');

/** Ireland. */
export default {
  country: 'ie',
  languages: ['en', 'ga'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
      { text: 'Dear …', lang: 'en', meaning: 'dear-name', register: 'neutral' },
    ],
    source: wikt('dear'),
  },
  closing: {
    phrases: [
      { text: 'Kind regards', lang: 'en', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Many thanks', lang: 'en', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('kind_regards'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'small-talk-ok', source: guide },
    { tip: 'understatement', source: wiki('Understatement') },
  ],
} satisfies EtiquetteEntry;
