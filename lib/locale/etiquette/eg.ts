import type { EtiquetteEntry } from '../etiquette';
import { ccg, govuk, wiki, wikt } from './sources';

const guide = ccg('egypt', 'Egypt');

/** Egypt. */
export default {
  country: 'eg',
  languages: ['ar'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'السلام عليكم', lang: 'ar', meaning: 'peace', register: 'neutral' },
      { text: 'أهلاً', lang: 'ar', meaning: 'hello', register: 'informal' },
    ],
    source: wiki('As-salamu_alaykum'),
  },
  closing: {
    phrases: [
      { text: 'مع خالص التحية', lang: 'ar', meaning: 'kind-regards', register: 'formal' },
      { text: 'شكراً', lang: 'ar', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('شكرا'),
  },
  names: {
    order: 'given-first',
    address: 'title-given',
    honorifics: [
      { form: 'أستاذ', lang: 'ar', meaning: 'polite-title' },
      { form: 'مدام', lang: 'ar', meaning: 'madam' },
    ],
    source: wiki('Arabic_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'ramadan', source: govuk('egypt', 'Egypt') },
    { tip: 'friday-rest', source: wiki('Workweek_and_weekend') },
    { tip: 'acknowledge-first', source: guide },
  ],
} satisfies EtiquetteEntry;
