import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('hungary', 'Hungary');

/** Hungary. */
export default {
  country: 'hu',
  languages: ['hu'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Tisztelt …', lang: 'hu', meaning: 'respected', register: 'formal' },
      { text: 'Kedves …', lang: 'hu', meaning: 'dear-name', register: 'neutral' },
    ],
    source: wikt('tisztelt'),
  },
  closing: {
    phrases: [
      { text: 'Üdvözlettel', lang: 'hu', meaning: 'regards', register: 'neutral' },
      { text: 'Tisztelettel', lang: 'hu', meaning: 'respectfully', register: 'formal' },
    ],
    source: wikt('üdvözlettel'),
  },
  names: {
    order: 'family-first',
    address: 'family-suffix',
    honorifics: [
      { form: 'úr', lang: 'hu', meaning: 'mr' },
      { form: 'asszony', lang: 'hu', meaning: 'ms' },
    ],
    source: wiki('Hungarian_names'),
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['messenger'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'formal-you', param: 'Ön', source: TV_DISTINCTION },
    { tip: 'name-order-check', source: wiki('Hungarian_names') },
  ],
} satisfies EtiquetteEntry;
