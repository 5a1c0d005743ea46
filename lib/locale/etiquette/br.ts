import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('brazil', 'Brazil');

/** Brazil. */
export default {
  country: 'br',
  languages: ['pt'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Olá, …', lang: 'pt', meaning: 'hello', register: 'neutral' },
      { text: 'Prezado/a …', lang: 'pt', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('prezado'),
  },
  closing: {
    phrases: [
      { text: 'Atenciosamente', lang: 'pt', meaning: 'sincerely', register: 'formal' },
      { text: 'Abraços', lang: 'pt', meaning: 'hug', register: 'informal' },
    ],
    source: wikt('atenciosamente'),
  },
  names: {
    order: 'given-first',
    address: 'title-given',
    honorifics: [
      { form: 'Sr.', lang: 'pt', meaning: 'mr' },
      { form: 'Sra.', lang: 'pt', meaning: 'ms' },
    ],
    source: wiki('Portuguese_name'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'small-talk-ok', source: guide },
    { tip: 'carnival', source: wiki('Brazilian_Carnival') },
  ],
} satisfies EtiquetteEntry;
