import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('kenya', 'Kenya');

/** Kenya. */
export default {
  country: 'ke',
  languages: ['sw', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Habari', lang: 'sw', meaning: 'hello', register: 'neutral' },
      { text: 'Dear …', lang: 'en', meaning: 'dear-name', register: 'formal' },
    ],
    source: wikt('habari'),
  },
  closing: {
    phrases: [
      { text: 'Asante', lang: 'sw', meaning: 'thanks', register: 'neutral' },
      { text: 'Kind regards', lang: 'en', meaning: 'kind-regards', register: 'neutral' },
    ],
    source: wikt('asante'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Mr', lang: 'en', meaning: 'mr' },
      { form: 'Ms', lang: 'en', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'greet-always', source: guide },
    { tip: 'small-talk-ok', source: guide },
  ],
} satisfies EtiquetteEntry;
