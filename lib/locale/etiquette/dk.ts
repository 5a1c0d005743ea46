import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('denmark', 'Denmark');

/** Denmark. */
export default {
  country: 'dk',
  languages: ['da'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Hej …', lang: 'da', meaning: 'hi', register: 'informal' },
      { text: 'Kære …', lang: 'da', meaning: 'dear-name', register: 'neutral' },
    ],
    source: wikt('hej'),
  },
  closing: {
    phrases: [
      { text: 'Venlig hilsen', lang: 'da', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Mvh', lang: 'da', meaning: 'kind-regards', register: 'informal' },
    ],
    source: wikt('venlig_hilsen'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['messenger'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'informal-you', param: 'du', source: TV_DISTINCTION },
    { tip: 'avoid-hype', source: wiki('Law_of_Jante') },
    { tip: 'summer-july', source: guide },
  ],
} satisfies EtiquetteEntry;
