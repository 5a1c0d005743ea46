import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('sweden', 'Sweden');

/** Sweden. */
export default {
  country: 'se',
  languages: ['sv'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Hej …', lang: 'sv', meaning: 'hi', register: 'informal' },
      { text: 'Tack för ditt meddelande', lang: 'sv', meaning: 'thanks-for-contacting', register: 'neutral' },
    ],
    source: wikt('hej'),
  },
  closing: {
    phrases: [
      { text: 'Vänliga hälsningar', lang: 'sv', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Mvh', lang: 'sv', meaning: 'kind-regards', register: 'informal' },
    ],
    source: wikt('vänliga_hälsningar'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: guide,
  },
  directness: { level: 'balanced', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['messenger', 'whatsapp'], source: wiki('Facebook_Messenger') },
  tips: [
    { tip: 'informal-you', param: 'du', source: TV_DISTINCTION },
    { tip: 'avoid-hype', source: wiki('Lagom') },
    { tip: 'summer-july', source: guide },
  ],
} satisfies EtiquetteEntry;
