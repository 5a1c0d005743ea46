import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('ukraine', 'Ukraine');

/** Ukraine. */
export default {
  country: 'ua',
  languages: ['uk'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Добрий день', lang: 'uk', meaning: 'good-day', register: 'neutral' },
      { text: 'Шановний … / Шановна …', lang: 'uk', meaning: 'respected', register: 'formal' },
    ],
    source: wikt('добрий_день'),
  },
  closing: {
    phrases: [
      { text: 'З повагою', lang: 'uk', meaning: 'respectfully', register: 'formal' },
    ],
    source: wikt('з_повагою'),
  },
  names: {
    order: 'given-first',
    address: 'given-patronymic',
    honorifics: [
      { form: 'пане', lang: 'uk', meaning: 'sir' },
      { form: 'пані', lang: 'uk', meaning: 'madam' },
    ],
    source: wiki('Eastern_Slavic_naming_customs'),
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['telegram', 'viber'], source: wiki('Telegram_(software)') },
  tips: [
    { tip: 'ukrainian-language', source: wiki('Languages_of_Ukraine') },
    { tip: 'formal-you', param: 'ви', source: TV_DISTINCTION },
  ],
} satisfies EtiquetteEntry;
