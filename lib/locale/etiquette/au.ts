import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('australia', 'Australia');

/** Australia. */
export default {
  country: 'au',
  languages: ['en'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
      { text: 'Hello …', lang: 'en', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('hi'),
  },
  closing: {
    phrases: [
      { text: 'Cheers', lang: 'en', meaning: 'cheers', register: 'informal' },
      { text: 'Kind regards', lang: 'en', meaning: 'kind-regards', register: 'neutral' },
    ],
    source: wikt('cheers'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['messenger', 'whatsapp'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'summer-december', source: wiki('Public_holidays_in_Australia') },
    { tip: 'avoid-hype', source: wiki('Tall_poppy_syndrome') },
  ],
} satisfies EtiquetteEntry;
