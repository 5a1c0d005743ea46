import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('south-korea', 'South Korea');

/** South Korea. */
export default {
  country: 'kr',
  languages: ['ko'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: '안녕하세요', lang: 'ko', meaning: 'hello', register: 'neutral' },
      { text: '문의해 주셔서 감사합니다', lang: 'ko', meaning: 'thanks-for-contacting', register: 'formal' },
    ],
    source: wikt('안녕하세요'),
  },
  closing: {
    phrases: [
      { text: '감사합니다', lang: 'ko', meaning: 'thanks', register: 'formal' },
    ],
    source: wikt('감사합니다'),
  },
  names: {
    order: 'family-first',
    address: 'family-suffix',
    honorifics: [
      { form: '님', lang: 'ko', meaning: 'customer-suffix' },
      { form: '씨', lang: 'ko', meaning: 'polite-suffix' },
    ],
    source: wiki('Korean_honorifics'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['kakaotalk'], source: wiki('KakaoTalk') },
  tips: [
    { tip: 'quick-replies', source: guide },
    { tip: 'apology-matters', source: guide },
    { tip: 'lunar-new-year', source: wiki('Korean_New_Year') },
  ],
} satisfies EtiquetteEntry;
