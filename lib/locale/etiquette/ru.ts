import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, wiki, wikt } from './sources';

const guide = wiki('Culture_of_Russia');

/** Russia. */
export default {
  country: 'ru',
  languages: ['ru'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Здравствуйте', lang: 'ru', meaning: 'hello', register: 'formal' },
      { text: 'Уважаемый … / Уважаемая …', lang: 'ru', meaning: 'respected', register: 'formal' },
    ],
    source: wikt('здравствуйте'),
  },
  closing: {
    phrases: [
      { text: 'С уважением', lang: 'ru', meaning: 'respectfully', register: 'formal' },
    ],
    source: wikt('с_уважением'),
  },
  names: {
    order: 'given-first',
    address: 'given-patronymic',
    honorifics: [],
    source: wiki('Eastern_Slavic_naming_customs'),
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['telegram', 'whatsapp'], source: wiki('Telegram_(software)') },
  tips: [
    { tip: 'formal-you', param: 'вы', source: TV_DISTINCTION },
    { tip: 'greet-always', source: guide },
  ],
} satisfies EtiquetteEntry;
