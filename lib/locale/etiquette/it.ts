import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('italy', 'Italy');

/** Italy. */
export default {
  country: 'it',
  languages: ['it'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Gentile Signora … / Gentile Signor …', lang: 'it', meaning: 'dear-formal', register: 'formal' },
      { text: 'Buongiorno', lang: 'it', meaning: 'good-day', register: 'neutral' },
    ],
    source: wikt('buongiorno'),
  },
  closing: {
    phrases: [
      { text: 'Cordiali saluti', lang: 'it', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Distinti saluti', lang: 'it', meaning: 'respectfully', register: 'formal' },
    ],
    source: wikt('cordiali_saluti'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Signor', lang: 'it', meaning: 'mr' },
      { form: 'Signora', lang: 'it', meaning: 'ms' },
      { form: 'Dott. / Dott.ssa', lang: 'it', meaning: 'doctor' },
    ],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'Lei', source: TV_DISTINCTION },
    { tip: 'summer-august', source: wiki('Ferragosto') },
    { tip: 'titles-matter', param: 'Dott., Ing., Avv.', source: guide },
  ],
} satisfies EtiquetteEntry;
