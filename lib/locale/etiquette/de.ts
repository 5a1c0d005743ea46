import type { EtiquetteEntry } from '../etiquette';
import { TV_DISTINCTION, ccg, wiki, wikt } from './sources';

const guide = ccg('germany', 'Germany');

/** Germany. */
export default {
  country: 'de',
  languages: ['de'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'Sehr geehrte Frau … / Sehr geehrter Herr …', lang: 'de', meaning: 'dear-formal', register: 'formal' },
      { text: 'Guten Tag …', lang: 'de', meaning: 'good-day', register: 'neutral' },
      { text: 'Hallo …', lang: 'de', meaning: 'hello', register: 'informal' },
    ],
    source: wikt('geehrt'),
  },
  closing: {
    phrases: [
      { text: 'Mit freundlichen Grüßen', lang: 'de', meaning: 'kind-regards', register: 'formal' },
      { text: 'Viele Grüße', lang: 'de', meaning: 'regards', register: 'neutral' },
    ],
    source: wikt('mit_freundlichen_Grüßen'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'Herr', lang: 'de', meaning: 'mr' },
      { form: 'Frau', lang: 'de', meaning: 'ms' },
      { form: 'Dr.', lang: 'de', meaning: 'doctor' },
    ],
    source: guide,
  },
  directness: { level: 'direct', source: guide },
  relationship: { level: 'task-first', source: guide },
  speed: { apps: ['whatsapp'], source: wiki('WhatsApp') },
  tips: [
    { tip: 'formal-you', param: 'Sie', source: TV_DISTINCTION },
    { tip: 'titles-matter', param: 'Dr., Prof.', source: guide },
    { tip: 'deadlines-firm', source: guide },
  ],
} satisfies EtiquetteEntry;
