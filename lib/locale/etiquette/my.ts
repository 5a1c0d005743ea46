import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('malaysia', 'Malaysia');

/** Malaysia. */
export default {
  country: 'my',
  languages: ['ms', 'en', 'zh', 'ta'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Selamat pagi', lang: 'ms', meaning: 'good-morning', register: 'neutral' },
      { text: 'Dear …', lang: 'en', meaning: 'dear-name', register: 'formal' },
    ],
    source: wikt('selamat_pagi'),
  },
  closing: {
    phrases: [
      { text: 'Terima kasih', lang: 'ms', meaning: 'thanks', register: 'neutral' },
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('terima_kasih'),
  },
  names: {
    order: 'mixed',
    address: 'title-given',
    honorifics: [
      { form: 'Encik', lang: 'ms', meaning: 'mr' },
      { form: 'Puan', lang: 'ms', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'face-saving', source: guide },
    { tip: 'ramadan', source: wiki('Ramadan') },
    { tip: 'match-language', source: wiki('Languages_of_Malaysia') },
  ],
} satisfies EtiquetteEntry;
