import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('finland', 'Finland');

/** Finland. */
export default {
  country: 'fi',
  languages: ['fi', 'sv'],
  formality: { level: 'neutral', source: guide },
  greeting: {
    phrases: [
      { text: 'Hei …', lang: 'fi', meaning: 'hello', register: 'neutral' },
      { text: 'Hyvä …', lang: 'fi', meaning: 'dear-name', register: 'formal' },
    ],
    source: wikt('hei'),
  },
  closing: {
    phrases: [
      { text: 'Ystävällisin terveisin', lang: 'fi', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Terveisin', lang: 'fi', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('terveisin'),
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
    { tip: 'informal-you', param: 'sinä', source: TV_DISTINCTION },
    { tip: 'be-concise', source: guide },
    { tip: 'summer-july', source: guide },
  ],
} satisfies EtiquetteEntry;
