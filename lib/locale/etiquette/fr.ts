import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('france', 'France');

/** France. */
export default {
  country: 'fr',
  languages: ['fr'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Bonjour Madame, / Bonjour Monsieur,', lang: 'fr', meaning: 'good-day', register: 'neutral' },
      { text: 'Madame, Monsieur,', lang: 'fr', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('bonjour'),
  },
  closing: {
    phrases: [
      { text: 'Cordialement', lang: 'fr', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Bien à vous', lang: 'fr', meaning: 'sincerely', register: 'formal' },
    ],
    source: wikt('cordialement'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Monsieur', lang: 'fr', meaning: 'mr' },
      { form: 'Madame', lang: 'fr', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'vous', source: TV_DISTINCTION },
    { tip: 'greet-always', source: guide },
    { tip: 'summer-august', source: guide },
  ],
} satisfies EtiquetteEntry;
