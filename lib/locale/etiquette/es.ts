import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('spain', 'Spain');

/** Spain. */
export default {
  country: 'es',
  languages: ['es', 'ca', 'gl', 'eu'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Hola, …', lang: 'es', meaning: 'hello', register: 'neutral' },
      { text: 'Estimado/a …', lang: 'es', meaning: 'dear-name', register: 'formal' },
    ],
    source: wikt('hola'),
  },
  closing: {
    phrases: [
      { text: 'Un saludo', lang: 'es', meaning: 'regards', register: 'neutral' },
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
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'two-surnames', source: wiki('Spanish_naming_customs') },
    { tip: 'summer-august', source: guide },
  ],
} satisfies EtiquetteEntry;
