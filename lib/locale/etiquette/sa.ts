import type { EtiquetteEntry } from '../etiquette';
import { ccg, govuk, wiki, wikt } from './sources';

const guide = ccg('saudi-arabia', 'Saudi Arabia');

/** Saudi Arabia. */
export default {
  country: 'sa',
  languages: ['ar'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'السلام عليكم', lang: 'ar', meaning: 'peace', register: 'neutral' },
      { text: 'Dear …', lang: 'en', meaning: 'dear-name', register: 'formal' },
    ],
    source: wiki('As-salamu_alaykum'),
  },
  closing: {
    phrases: [
      { text: 'مع خالص التحيات', lang: 'ar', meaning: 'kind-regards', register: 'formal' },
      { text: 'شكراً', lang: 'ar', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('شكرا'),
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
    { tip: 'ramadan', source: govuk('saudi-arabia', 'Saudi Arabia') },
    { tip: 'friday-rest', source: wiki('Workweek_and_weekend') },
    { tip: 'face-saving', source: guide },
  ],
} satisfies EtiquetteEntry;
