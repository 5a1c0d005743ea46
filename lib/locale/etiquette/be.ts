import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('belgium', 'Belgium');

/** Belgium. */
export default {
  country: 'be',
  languages: ['nl', 'fr', 'de'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Geachte heer … / Geachte mevrouw …', lang: 'nl', meaning: 'dear-formal', register: 'formal' },
      { text: 'Madame, Monsieur,', lang: 'fr', meaning: 'dear-formal', register: 'formal' },
      { text: 'Bonjour …', lang: 'fr', meaning: 'good-day', register: 'neutral' },
    ],
    source: wikt('geachte'),
  },
  closing: {
    phrases: [
      { text: 'Met vriendelijke groeten', lang: 'nl', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Cordialement', lang: 'fr', meaning: 'kind-regards', register: 'neutral' },
    ],
    source: wikt('cordialement'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'meneer', lang: 'nl', meaning: 'mr' },
      { form: 'mevrouw', lang: 'nl', meaning: 'ms' },
      { form: 'Monsieur', lang: 'fr', meaning: 'mr' },
      { form: 'Madame', lang: 'fr', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'match-language', source: wiki('Languages_of_Belgium') },
    { tip: 'formal-you', param: 'u / vous', source: TV_DISTINCTION },
  ],
} satisfies EtiquetteEntry;
