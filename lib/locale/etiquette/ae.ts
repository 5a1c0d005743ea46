import type { EtiquetteEntry } from '../etiquette';
import { ccg, govuk, wiki } from './sources';

const guide = ccg('united-arab-emirates', 'United Arab Emirates');

/** United Arab Emirates. */
export default {
  country: 'ae',
  languages: ['ar', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'السلام عليكم', lang: 'ar', meaning: 'peace', register: 'neutral' },
      { text: 'Dear Mr … / Dear Ms …', lang: 'en', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wiki('As-salamu_alaykum'),
  },
  closing: {
    phrases: [
      { text: 'مع خالص التحيات', lang: 'ar', meaning: 'kind-regards', register: 'formal' },
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
    ],
    source: wiki('Valediction'),
  },
  names: {
    order: 'given-first',
    address: 'title-given',
    honorifics: [
      { form: 'السيد', lang: 'ar', meaning: 'mr' },
      { form: 'السيدة', lang: 'ar', meaning: 'ms' },
    ],
    source: wiki('Arabic_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'ramadan', source: govuk('united-arab-emirates', 'United Arab Emirates') },
    { tip: 'face-saving', source: guide },
  ],
} satisfies EtiquetteEntry;
