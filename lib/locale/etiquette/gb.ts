import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('united-kingdom', 'United Kingdom');

/** United Kingdom. */
export default {
  country: 'gb',
  languages: ['en'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Hello …', lang: 'en', meaning: 'hello', register: 'neutral' },
      { text: 'Dear …', lang: 'en', meaning: 'dear-name', register: 'formal' },
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
    ],
    source: wikt('dear'),
  },
  closing: {
    phrases: [
      { text: 'Kind regards', lang: 'en', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Best wishes', lang: 'en', meaning: 'wishing-well', register: 'neutral' },
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
    { tip: 'understatement', source: wiki('Understatement') },
    { tip: 'polite-softeners', source: guide },
  ],
} satisfies EtiquetteEntry;
