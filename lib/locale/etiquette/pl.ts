import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('poland', 'Poland');

/** Poland. */
export default {
  country: 'pl',
  languages: ['pl'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Dzień dobry', lang: 'pl', meaning: 'good-day', register: 'neutral' },
      { text: 'Szanowny Panie … / Szanowna Pani …', lang: 'pl', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('dzień_dobry'),
  },
  closing: {
    phrases: [
      { text: 'Z poważaniem', lang: 'pl', meaning: 'respectfully', register: 'formal' },
      { text: 'Pozdrawiam', lang: 'pl', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('z_poważaniem'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Pan', lang: 'pl', meaning: 'mr' },
      { form: 'Pani', lang: 'pl', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['messenger', 'whatsapp'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'formal-you', param: 'Pan / Pani', source: TV_DISTINCTION },
    { tip: 'titles-matter', param: 'dr, prof.', source: guide },
  ],
} satisfies EtiquetteEntry;
