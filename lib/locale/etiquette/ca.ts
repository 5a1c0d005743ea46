import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('canada', 'Canada');

/** Canada. */
export default {
  country: 'ca',
  languages: ['en', 'fr'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
      { text: 'Hello …', lang: 'en', meaning: 'hello', register: 'neutral' },
      { text: 'Bonjour …', lang: 'fr', meaning: 'good-day', register: 'neutral' },
    ],
    source: wikt('bonjour'),
  },
  closing: {
    phrases: [
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
      { text: 'Cordialement', lang: 'fr', meaning: 'kind-regards', register: 'neutral' },
    ],
    source: wikt('cordialement'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['messenger', 'whatsapp'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'match-language', source: wiki('Languages_of_Canada') },
    { tip: 'polite-softeners', source: guide },
  ],
} satisfies EtiquetteEntry;
