import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('switzerland', 'Switzerland');

/** Switzerland. */
export default {
  country: 'ch',
  languages: ['de', 'fr', 'it'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Grüezi', lang: 'de', meaning: 'good-day', register: 'neutral' },
      { text: 'Sehr geehrte Frau … / Sehr geehrter Herr …', lang: 'de', meaning: 'dear-formal', register: 'formal' },
      { text: 'Bonjour Madame, / Bonjour Monsieur,', lang: 'fr', meaning: 'good-day', register: 'formal' },
    ],
    source: wikt('grüezi'),
  },
  closing: {
    phrases: [
      { text: 'Freundliche Grüsse', lang: 'de', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Meilleures salutations', lang: 'fr', meaning: 'regards', register: 'neutral' },
    ],
    source: wiki('Swiss_Standard_German'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Herr', lang: 'de', meaning: 'mr' },
      { form: 'Frau', lang: 'de', meaning: 'ms' },
      { form: 'Monsieur', lang: 'fr', meaning: 'mr' },
      { form: 'Madame', lang: 'fr', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'match-language', source: wiki('Languages_of_Switzerland') },
    { tip: 'formal-you', param: 'Sie / vous', source: TV_DISTINCTION },
    { tip: 'deadlines-firm', source: guide },
  ],
} satisfies EtiquetteEntry;
