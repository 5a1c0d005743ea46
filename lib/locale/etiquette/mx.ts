import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('mexico', 'Mexico');

/** Mexico. */
export default {
  country: 'mx',
  languages: ['es'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Buenos días', lang: 'es', meaning: 'good-day', register: 'neutral' },
      { text: 'Estimado/a …', lang: 'es', meaning: 'dear-name', register: 'formal' },
    ],
    source: wikt('buenos_días'),
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
    { tip: 'titles-matter', param: 'Lic., Ing.', source: guide },
  ],
} satisfies EtiquetteEntry;
