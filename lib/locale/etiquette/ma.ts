import type { EtiquetteEntry } from '../etiquette';
import { ccg, govuk, wiki, wikt } from './sources';

const guide = ccg('morocco', 'Morocco');

/** Morocco. */
export default {
  country: 'ma',
  languages: ['ar', 'fr', 'zgh'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'السلام عليكم', lang: 'ar', meaning: 'peace', register: 'neutral' },
      { text: 'Bonjour Madame, / Bonjour Monsieur,', lang: 'fr', meaning: 'good-day', register: 'formal' },
    ],
    source: wiki('As-salamu_alaykum'),
  },
  closing: {
    phrases: [
      { text: 'Cordialement', lang: 'fr', meaning: 'kind-regards', register: 'neutral' },
      { text: 'مع التحية', lang: 'ar', meaning: 'kind-regards', register: 'formal' },
    ],
    source: wikt('cordialement'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Monsieur', lang: 'fr', meaning: 'mr' },
      { form: 'Madame', lang: 'fr', meaning: 'ms' },
      { form: 'السيد', lang: 'ar', meaning: 'mr' },
    ],
    source: guide,
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'ramadan', source: govuk('morocco', 'Morocco') },
    { tip: 'match-language', source: wiki('Languages_of_Morocco') },
  ],
} satisfies EtiquetteEntry;
