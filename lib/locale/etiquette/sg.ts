import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('singapore', 'Singapore');

/** Singapore. */
export default {
  country: 'sg',
  languages: ['en', 'zh', 'ms', 'ta'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
      { text: 'Dear …', lang: 'en', meaning: 'dear-name', register: 'neutral' },
    ],
    source: wikt('dear'),
  },
  closing: {
    phrases: [
      { text: 'Best regards', lang: 'en', meaning: 'regards', register: 'neutral' },
      { text: 'Thanks', lang: 'en', meaning: 'thanks', register: 'neutral' },
    ],
    source: wiki('Valediction'),
  },
  names: {
    order: 'mixed',
    address: 'title-family',
    honorifics: [
      { form: 'Mr', lang: 'en', meaning: 'mr' },
      { form: 'Ms', lang: 'en', meaning: 'ms' },
    ],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'balanced', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'be-concise', source: guide },
    { tip: 'face-saving', source: guide },
    { tip: 'lunar-new-year', source: wiki('Chinese_New_Year') },
  ],
} satisfies EtiquetteEntry;
