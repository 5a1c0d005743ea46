import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('japan', 'Japan');

/** Japan. */
export default {
  country: 'jp',
  languages: ['ja'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'いつもお世話になっております。', lang: 'ja', meaning: 'thanks-for-support', register: 'formal' },
      { text: 'お問い合わせいただきありがとうございます。', lang: 'ja', meaning: 'thanks-for-contacting', register: 'formal' },
    ],
    source: wiki('Honorific_speech_in_Japanese'),
  },
  closing: {
    phrases: [
      { text: 'よろしくお願いいたします。', lang: 'ja', meaning: 'please-regard', register: 'formal' },
    ],
    source: wikt('よろしくお願いします'),
  },
  names: {
    order: 'family-first',
    address: 'family-suffix',
    honorifics: [
      { form: '様', lang: 'ja', meaning: 'customer-suffix' },
      { form: 'さん', lang: 'ja', meaning: 'polite-suffix' },
    ],
    source: wiki('Japanese_honorifics'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['line'], source: wiki('Line_(software)') },
  tips: [
    { tip: 'apology-matters', source: guide },
    { tip: 'golden-week', source: wiki('Golden_Week_(Japan)') },
    { tip: 'indirect-yes', source: wiki('Honne_and_tatemae') },
  ],
} satisfies EtiquetteEntry;
