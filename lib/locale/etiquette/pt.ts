import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('portugal', 'Portugal');

/** Portugal. */
export default {
  country: 'pt',
  languages: ['pt'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Bom dia', lang: 'pt', meaning: 'good-day', register: 'neutral' },
      { text: 'Caro/Cara …', lang: 'pt', meaning: 'dear-name', register: 'neutral' },
      { text: 'Exmo. Sr. … / Exma. Sra. …', lang: 'pt', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('bom_dia'),
  },
  closing: {
    phrases: [
      { text: 'Com os melhores cumprimentos', lang: 'pt', meaning: 'kind-regards', register: 'formal' },
      { text: 'Cumprimentos', lang: 'pt', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('cumprimento'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Sr.', lang: 'pt', meaning: 'mr' },
      { form: 'Sra.', lang: 'pt', meaning: 'ms' },
      { form: 'Dr. / Dra.', lang: 'pt', meaning: 'doctor' },
    ],
    source: wiki('Portuguese_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'o senhor / a senhora', source: TV_DISTINCTION },
    { tip: 'titles-matter', param: 'Dr., Eng.', source: guide },
  ],
} satisfies EtiquetteEntry;
