import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, wiki, wikt } from './sources';

const guide = wiki('Culture_of_Iceland');

/** Iceland. */
export default {
  country: 'is',
  languages: ['is'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Sæl / Sæll', lang: 'is', meaning: 'hi', register: 'informal' },
      { text: 'Góðan dag', lang: 'is', meaning: 'good-day', register: 'neutral' },
    ],
    source: wikt('sæll'),
  },
  closing: {
    phrases: [
      { text: 'Kveðja', lang: 'is', meaning: 'regards', register: 'informal' },
      { text: 'Með kveðju', lang: 'is', meaning: 'kind-regards', register: 'neutral' },
    ],
    source: wikt('kveðja'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: wiki('Icelandic_name'),
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['messenger'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'icelandic-names', source: wiki('Icelandic_name') },
    { tip: 'informal-you', param: 'þú', source: TV_DISTINCTION },
  ],
} satisfies EtiquetteEntry;
