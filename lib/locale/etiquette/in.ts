import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('india', 'India');

/** India. */
export default {
  country: 'in',
  languages: ['hi', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Dear Sir/Madam', lang: 'en', meaning: 'dear-formal', register: 'formal' },
      { text: 'नमस्ते', lang: 'hi', meaning: 'namaste', register: 'neutral' },
      { text: 'Hello …', lang: 'en', meaning: 'hello', register: 'neutral' },
    ],
    source: wiki('Namaste'),
  },
  closing: {
    phrases: [
      { text: 'Regards', lang: 'en', meaning: 'regards', register: 'neutral' },
      { text: 'Thanks and regards', lang: 'en', meaning: 'thanks', register: 'neutral' },
      { text: 'धन्यवाद', lang: 'hi', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('धन्यवाद'),
  },
  names: {
    order: 'mixed',
    address: 'title-family',
    honorifics: [
      { form: 'Mr', lang: 'en', meaning: 'mr' },
      { form: 'Ms', lang: 'en', meaning: 'ms' },
      { form: '-ji', lang: 'hi', meaning: 'respect-suffix' },
    ],
    source: wiki('Indian_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'indirect-yes', source: guide },
    { tip: 'diwali', source: wiki('Diwali') },
    { tip: 'acknowledge-first', source: guide },
  ],
} satisfies EtiquetteEntry;
