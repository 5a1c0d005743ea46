import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('chile', 'Chile');

/** Chile. */
export default {
  country: 'cl',
  languages: ['es'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Hola, …', lang: 'es', meaning: 'hello', register: 'neutral' },
      { text: 'Estimado/a …', lang: 'es', meaning: 'dear-name', register: 'formal' },
    ],
    source: wikt('estimado'),
  },
  closing: {
    phrases: [
      { text: 'Saludos cordiales', lang: 'es', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Atentamente', lang: 'es', meaning: 'sincerely', register: 'formal' },
    ],
    source: wikt('atentamente'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Sr.', lang: 'es', meaning: 'mr' },
      { form: 'Sra.', lang: 'es', meaning: 'ms' },
    ],
    source: wiki('Spanish_naming_customs'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'two-surnames', source: wiki('Spanish_naming_customs') },
    { tip: 'formal-you', param: 'usted', source: TV_DISTINCTION },
  ],
} satisfies EtiquetteEntry;
