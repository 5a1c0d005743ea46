import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('greece', 'Greece');

/** Greece. */
export default {
  country: 'gr',
  languages: ['el'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Καλημέρα', lang: 'el', meaning: 'good-morning', register: 'neutral' },
      { text: 'Αγαπητέ κύριε … / Αγαπητή κυρία …', lang: 'el', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('καλημέρα'),
  },
  closing: {
    phrases: [
      { text: 'Με εκτίμηση', lang: 'el', meaning: 'respectfully', register: 'formal' },
      { text: 'Φιλικά', lang: 'el', meaning: 'regards', register: 'informal' },
    ],
    source: wiki('Valediction'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'κύριε', lang: 'el', meaning: 'mr' },
      { form: 'κυρία', lang: 'el', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['viber'], source: wiki('Viber') },
  tips: [
    { tip: 'formal-you', param: 'εσείς', source: TV_DISTINCTION },
    { tip: 'small-talk-ok', source: guide },
  ],
} satisfies EtiquetteEntry;
