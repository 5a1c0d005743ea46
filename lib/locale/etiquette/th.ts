import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('thailand', 'Thailand');

/** Thailand. */
export default {
  country: 'th',
  languages: ['th'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'สวัสดีครับ / สวัสดีค่ะ', lang: 'th', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('สวัสดี'),
  },
  closing: {
    phrases: [
      { text: 'ขอบคุณครับ / ขอบคุณค่ะ', lang: 'th', meaning: 'thanks', register: 'neutral' },
      { text: 'ด้วยความเคารพ', lang: 'th', meaning: 'respectfully', register: 'formal' },
    ],
    source: wikt('ขอบคุณ'),
  },
  names: {
    order: 'given-first',
    address: 'title-given',
    honorifics: [
      { form: 'คุณ', lang: 'th', meaning: 'polite-title' },
    ],
    source: wiki('Thai_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['line'], source: wiki('Line_(software)') },
  tips: [
    { tip: 'monarchy-respect', source: wiki('Lèse-majesté_in_Thailand') },
    { tip: 'face-saving', source: wiki('Face_(sociological_concept)') },
    { tip: 'songkran', source: wiki('Songkran_(Thailand)') },
  ],
} satisfies EtiquetteEntry;
