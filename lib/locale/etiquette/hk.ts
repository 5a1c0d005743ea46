import type { EtiquetteEntry } from '../etiquette';
import { CLDR_NAME_ORDER, ccg, wiki, wikt } from './sources';

const guide = ccg('hong-kong', 'Hong Kong');

/** Hong Kong. */
export default {
  country: 'hk',
  languages: ['zh-Hant', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Dear Mr … / Dear Ms …', lang: 'en', meaning: 'dear-formal', register: 'formal' },
      { text: '您好', lang: 'zh-Hant', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('您好'),
  },
  closing: {
    phrases: [
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
      { text: '謝謝', lang: 'zh-Hant', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('謝謝'),
  },
  names: {
    order: 'mixed',
    address: 'title-family',
    honorifics: [
      { form: 'Mr', lang: 'en', meaning: 'mr' },
      { form: 'Ms', lang: 'en', meaning: 'ms' },
      { form: '先生', lang: 'zh-Hant', meaning: 'mr' },
      { form: '小姐', lang: 'zh-Hant', meaning: 'ms' },
    ],
    source: CLDR_NAME_ORDER,
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'face-saving', source: wiki('Face_(sociological_concept)') },
    { tip: 'lunar-new-year', source: wiki('Chinese_New_Year') },
    { tip: 'name-order-check', source: wiki('Chinese_name') },
  ],
} satisfies EtiquetteEntry;
