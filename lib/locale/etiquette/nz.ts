import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('new-zealand', 'New Zealand');

/** New Zealand. */
export default {
  country: 'nz',
  languages: ['en', 'mi'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Kia ora', lang: 'mi', meaning: 'hello', register: 'neutral' },
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
    ],
    source: wikt('kia_ora'),
  },
  closing: {
    phrases: [
      { text: 'Ngā mihi', lang: 'mi', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Cheers', lang: 'en', meaning: 'cheers', register: 'informal' },
    ],
    source: wikt('ngā_mihi'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['messenger'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'summer-december', source: wiki('Public_holidays_in_New_Zealand') },
    { tip: 'avoid-hype', source: wiki('Tall_poppy_syndrome') },
  ],
} satisfies EtiquetteEntry;
