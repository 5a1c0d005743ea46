import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('indonesia', 'Indonesia');

/** Indonesia. */
export default {
  country: 'id',
  languages: ['id'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Selamat siang', lang: 'id', meaning: 'good-day', register: 'neutral' },
      { text: 'Yth. Bapak/Ibu …', lang: 'id', meaning: 'respected', register: 'formal' },
    ],
    source: wikt('selamat_siang'),
  },
  closing: {
    phrases: [
      { text: 'Terima kasih', lang: 'id', meaning: 'thanks', register: 'neutral' },
      { text: 'Salam hormat', lang: 'id', meaning: 'respectfully', register: 'formal' },
    ],
    source: wikt('terima_kasih'),
  },
  names: {
    order: 'given-first',
    address: 'title-given',
    honorifics: [
      { form: 'Bapak / Pak', lang: 'id', meaning: 'mr' },
      { form: 'Ibu / Bu', lang: 'id', meaning: 'ms' },
    ],
    source: wiki('Indonesian_names'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'one-name', source: wiki('Indonesian_names') },
    { tip: 'face-saving', source: guide },
    { tip: 'ramadan', source: wiki('Ramadan') },
  ],
} satisfies EtiquetteEntry;
