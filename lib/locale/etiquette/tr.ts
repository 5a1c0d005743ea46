import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('turkey', 'Türkiye');

/** Türkiye. */
export default {
  country: 'tr',
  languages: ['tr'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Merhaba', lang: 'tr', meaning: 'hello', register: 'neutral' },
      { text: 'Sayın …', lang: 'tr', meaning: 'respected', register: 'formal' },
    ],
    source: wikt('sayın'),
  },
  closing: {
    phrases: [
      { text: 'Saygılarımla', lang: 'tr', meaning: 'respectfully', register: 'formal' },
      { text: 'Teşekkürler', lang: 'tr', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('saygılarımla'),
  },
  names: {
    order: 'given-first',
    address: 'given-suffix',
    honorifics: [
      { form: 'Bey', lang: 'tr', meaning: 'mr' },
      { form: 'Hanım', lang: 'tr', meaning: 'ms' },
    ],
    source: wiki('Turkish_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'siz', source: TV_DISTINCTION },
    { tip: 'acknowledge-first', source: guide },
  ],
} satisfies EtiquetteEntry;
