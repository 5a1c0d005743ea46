import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('philippines', 'Philippines');

/** Philippines. */
export default {
  country: 'ph',
  languages: ['fil', 'en'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Good day po', lang: 'en', meaning: 'good-day', register: 'formal' },
      { text: 'Magandang araw po', lang: 'fil', meaning: 'good-day', register: 'formal' },
      { text: 'Hello po', lang: 'en', meaning: 'hello', register: 'neutral' },
    ],
    source: wiki('Filipino_honorifics'),
  },
  closing: {
    phrases: [
      { text: 'Salamat po', lang: 'fil', meaning: 'thanks', register: 'neutral' },
      { text: 'Thank you', lang: 'en', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('salamat'),
  },
  names: {
    order: 'given-first',
    address: 'title-given',
    honorifics: [
      { form: 'Sir', lang: 'en', meaning: 'sir' },
      { form: 'Ma\'am', lang: 'en', meaning: 'madam' },
    ],
    source: wiki('Filipino_honorifics'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['messenger'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'po-respect', source: wiki('Filipino_honorifics') },
    { tip: 'indirect-yes', source: guide },
    { tip: 'face-saving', source: guide },
  ],
} satisfies EtiquetteEntry;
