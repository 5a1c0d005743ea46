import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('south-africa', 'South Africa');

/** South Africa. */
export default {
  country: 'za',
  languages: ['en', 'af', 'zu', 'xh'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Good day', lang: 'en', meaning: 'good-day', register: 'neutral' },
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
      { text: 'Sawubona', lang: 'zu', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('sawubona'),
  },
  closing: {
    phrases: [
      { text: 'Kind regards', lang: 'en', meaning: 'kind-regards', register: 'neutral' },
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
    { tip: 'match-language', source: wiki('Languages_of_South_Africa') },
    { tip: 'greet-always', source: wiki('Ubuntu_philosophy') },
  ],
} satisfies EtiquetteEntry;
