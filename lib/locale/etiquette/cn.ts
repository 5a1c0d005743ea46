import type { EtiquetteEntry } from '../etiquette';
import { CLDR_NAME_ORDER, ccg, wiki, wikt } from './sources';

const guide = ccg('china', 'China');

/** China. */
export default {
  country: 'cn',
  languages: ['zh'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: '尊敬的…', lang: 'zh', meaning: 'respected', register: 'formal' },
      { text: '您好', lang: 'zh', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('您好'),
  },
  closing: {
    phrases: [
      { text: '祝好', lang: 'zh', meaning: 'wishing-well', register: 'neutral' },
      { text: '谢谢', lang: 'zh', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('谢谢'),
  },
  names: {
    order: 'family-first',
    address: 'family-suffix',
    honorifics: [
      { form: '先生', lang: 'zh', meaning: 'mr' },
      { form: '女士', lang: 'zh', meaning: 'ms' },
    ],
    source: CLDR_NAME_ORDER,
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['wechat'], source: wiki('WeChat') },
  tips: [
    { tip: 'face-saving', source: wiki('Face_(sociological_concept)') },
    { tip: 'lunar-new-year', source: wiki('Chinese_New_Year') },
    { tip: 'indirect-yes', source: guide },
  ],
} satisfies EtiquetteEntry;
