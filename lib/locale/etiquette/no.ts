import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('norway', 'Norway');

/** Norway. */
export default {
  country: 'no',
  languages: ['nb', 'nn'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Hei …', lang: 'nb', meaning: 'hi', register: 'informal' },
      { text: 'Takk for henvendelsen', lang: 'nb', meaning: 'thanks-for-contacting', register: 'neutral' },
      { text: 'God dag', lang: 'nb', meaning: 'good-day', register: 'formal' },
    ],
    source: wikt('hei'),
  },
  closing: {
    phrases: [
      { text: 'Vennlig hilsen', lang: 'nb', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Mvh', lang: 'nb', meaning: 'kind-regards', register: 'informal' },
    ],
    source: wikt('vennlig_hilsen'),
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
