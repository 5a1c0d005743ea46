import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('israel', 'Israel');

/** Israel. */
export default {
  country: 'il',
  languages: ['he', 'ar', 'en'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'שלום', lang: 'he', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('שלום'),
  },
  closing: {
    phrases: [
      { text: 'בברכה', lang: 'he', meaning: 'with-blessing', register: 'neutral' },
      { text: 'תודה', lang: 'he', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('בברכה'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'be-concise', source: guide },
    { tip: 'shabbat', source: wiki('Shabbat') },
  ],
} satisfies EtiquetteEntry;
