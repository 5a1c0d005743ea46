import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('bangladesh', 'Bangladesh');

/** Bangladesh. */
export default {
  country: 'bd',
  languages: ['bn', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'আসসালামু আলাইকুম', lang: 'bn', meaning: 'peace', register: 'neutral' },
      { text: 'Dear Sir/Madam', lang: 'en', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wiki('As-salamu_alaykum'),
  },
  closing: {
    phrases: [
      { text: 'ধন্যবাদ', lang: 'bn', meaning: 'thanks', register: 'neutral' },
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('ধন্যবাদ'),
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
  speed: { apps: ['whatsapp', 'messenger'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'ramadan', source: wiki('Ramadan') },
    { tip: 'acknowledge-first', source: guide },
  ],
} satisfies EtiquetteEntry;
