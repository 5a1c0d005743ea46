import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('vietnam', 'Vietnam');

/** Vietnam. */
export default {
  country: 'vn',
  languages: ['vi'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Kính gửi …', lang: 'vi', meaning: 'dear-formal', register: 'formal' },
      { text: 'Xin chào', lang: 'vi', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('xin_chào'),
  },
  closing: {
    phrases: [
      { text: 'Trân trọng', lang: 'vi', meaning: 'respectfully', register: 'formal' },
      { text: 'Cảm ơn', lang: 'vi', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('trân_trọng'),
  },
  names: {
    order: 'family-first',
    address: 'title-given',
    honorifics: [
      { form: 'Anh', lang: 'vi', meaning: 'polite-title' },
      { form: 'Chị', lang: 'vi', meaning: 'polite-title' },
      { form: 'Ông', lang: 'vi', meaning: 'mr' },
      { form: 'Bà', lang: 'vi', meaning: 'ms' },
    ],
    source: wiki('Vietnamese_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['zalo'], source: wiki('Zalo') },
  tips: [
    { tip: 'lunar-new-year', source: wiki('Tết') },
    { tip: 'face-saving', source: guide },
    { tip: 'name-order-check', source: wiki('Vietnamese_name') },
  ],
} satisfies EtiquetteEntry;
