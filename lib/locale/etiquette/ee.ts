import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('estonia', 'Estonia');

/** Estonia. */
export default {
  country: 'ee',
  languages: ['et', 'ru'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Tere', lang: 'et', meaning: 'hello', register: 'neutral' },
      { text: 'Lugupeetud …', lang: 'et', meaning: 'respected', register: 'formal' },
    ],
    source: wikt('tere'),
  },
  closing: {
    phrases: [
      { text: 'Lugupidamisega', lang: 'et', meaning: 'respectfully', register: 'formal' },
      { text: 'Parimate soovidega', lang: 'et', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('lugupidamisega'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'härra', lang: 'et', meaning: 'mr' },
      { form: 'proua', lang: 'et', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['messenger', 'whatsapp'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'be-concise', source: guide },
    { tip: 'avoid-hype', source: guide },
    { tip: 'local-greeting', source: guide },
  ],
} satisfies EtiquetteEntry;
