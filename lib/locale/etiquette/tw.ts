import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('taiwan', 'Taiwan');

/** Taiwan. */
export default {
  country: 'tw',
  languages: ['zh-Hant'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: '您好', lang: 'zh-Hant', meaning: 'hello', register: 'neutral' },
      { text: '敬啟者', lang: 'zh-Hant', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('您好'),
  },
  closing: {
    phrases: [
      { text: '謝謝', lang: 'zh-Hant', meaning: 'thanks', register: 'neutral' },
      { text: '敬祝 順心', lang: 'zh-Hant', meaning: 'wishing-well', register: 'formal' },
    ],
    source: wikt('謝謝'),
  },
  names: {
    order: 'family-first',
    address: 'family-suffix',
    honorifics: [
      { form: '先生', lang: 'zh-Hant', meaning: 'mr' },
      { form: '小姐', lang: 'zh-Hant', meaning: 'ms' },
    ],
    source: wiki('Chinese_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['line'], source: wiki('Line_(software)') },
  tips: [
    { tip: 'face-saving', source: guide },
    { tip: 'lunar-new-year', source: wiki('Chinese_New_Year') },
  ],
} satisfies EtiquetteEntry;
