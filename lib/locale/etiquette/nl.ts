import type { EtiquetteEntry } from '../etiquette';
import { ccg, wiki, wikt } from './sources';

const guide = ccg('netherlands', 'Netherlands');

/** Netherlands. */
export default {
  country: 'nl',
  languages: ['nl'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Beste …', lang: 'nl', meaning: 'dear-name', register: 'neutral' },
      { text: 'Hallo …', lang: 'nl', meaning: 'hello', register: 'informal' },
      { text: 'Geachte heer … / Geachte mevrouw …', lang: 'nl', meaning: 'dear-formal', register: 'formal' },
    ],
    source: wikt('beste'),
  },
  closing: {
    phrases: [
      { text: 'Met vriendelijke groet', lang: 'nl', meaning: 'kind-regards', register: 'neutral' },
      { text: 'Groeten', lang: 'nl', meaning: 'regards', register: 'informal' },
    ],
    source: wikt('met_vriendelijke_groet'),
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
    { tip: 'avoid-hype', source: guide },
    { tip: 'local-greeting', source: guide },
  ],
} satisfies EtiquetteEntry;
