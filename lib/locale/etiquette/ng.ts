import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('nigeria', 'Nigeria');

/** Nigeria. */
export default {
  country: 'ng',
  languages: ['en', 'ha', 'yo', 'ig'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Good morning / Good afternoon', lang: 'en', meaning: 'good-day', register: 'neutral' },
      { text: 'Dear Sir/Madam', lang: 'en', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('good_morning'),
  },
  closing: {
    phrases: [
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
      { text: 'Thank you', lang: 'en', meaning: 'thanks', register: 'neutral' },
    ],
    source: wiki('Valediction'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Mr', lang: 'en', meaning: 'mr' },
      { form: 'Mrs / Ms', lang: 'en', meaning: 'ms' },
      { form: 'Sir', lang: 'en', meaning: 'sir' },
      { form: 'Ma', lang: 'en', meaning: 'madam' },
    ],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'greet-always', source: guide },
    { tip: 'titles-matter', param: 'Dr, Engr, Chief', source: guide },
    { tip: 'small-talk-ok', source: guide },
  ],
} satisfies EtiquetteEntry;
