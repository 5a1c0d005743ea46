import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('colombia', 'Colombia');

/** Colombia. */
export default {
  country: 'co',
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
      { text: 'Cordialmente', lang: 'es', meaning: 'kind-regards', register: 'formal' },
      { text: 'Saludos', lang: 'es', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('cordialmente'),
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
    { tip: 'small-talk-ok', source: guide },
  ],
} satisfies EtiquetteEntry;
