import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('pakistan', 'Pakistan');

/** Pakistan. */
export default {
  country: 'pk',
  languages: ['ur', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'السلام علیکم', lang: 'ur', meaning: 'peace', register: 'neutral' },
      { text: 'Dear Sir/Madam', lang: 'en', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wiki('As-salamu_alaykum'),
  },
  closing: {
    phrases: [
      { text: 'Regards', lang: 'en', meaning: 'regards', register: 'neutral' },
      { text: 'شکریہ', lang: 'ur', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('شکریہ'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Mr', lang: 'en', meaning: 'mr' },
      { form: 'Ms', lang: 'en', meaning: 'ms' },
      { form: 'صاحب', lang: 'ur', meaning: 'respect-suffix' },
    ],
    source: guide,
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'ramadan', source: wiki('Ramadan') },
    { tip: 'acknowledge-first', source: guide },
  ],
} satisfies EtiquetteEntry;
