import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('austria', 'Austria');

/** Austria. */
export default {
  country: 'at',
  languages: ['de'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Sehr geehrte Frau … / Sehr geehrter Herr …', lang: 'de', meaning: 'dear-formal', register: 'formal' },
      { text: 'Grüß Gott', lang: 'de', meaning: 'good-day', register: 'neutral' },
    ],
    source: wikt('grüß_Gott'),
  },
  closing: {
    phrases: [
      { text: 'Mit freundlichen Grüßen', lang: 'de', meaning: 'kind-regards', register: 'formal' },
      { text: 'Beste Grüße', lang: 'de', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('mit_freundlichen_Grüßen'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Herr', lang: 'de', meaning: 'mr' },
      { form: 'Frau', lang: 'de', meaning: 'ms' },
      { form: 'Dr.', lang: 'de', meaning: 'doctor' },
    ],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'Sie', source: TV_DISTINCTION },
    { tip: 'titles-matter', param: 'Mag., Dr., Ing.', source: guide },
  ],
} satisfies EtiquetteEntry;
