import type { EtiquetteEntry } from '../etiquette';
import { wiki, wikt } from './sources';

const guide = wiki('Culture_of_the_United_States');

/** United States. */
export default {
  country: 'us',
  languages: ['en', 'es'],
  formality: { level: 'informal', source: guide },
  greeting: {
    phrases: [
      { text: 'Hi …', lang: 'en', meaning: 'hi', register: 'informal' },
      { text: 'Hello …', lang: 'en', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('hi'),
  },
  closing: {
    phrases: [
      { text: 'Best', lang: 'en', meaning: 'regards', register: 'informal' },
      { text: 'Thanks', lang: 'en', meaning: 'thanks', register: 'neutral' },
    ],
    source: wiki('Valediction'),
  },
  names: {
    order: 'given-first',
    address: 'given-name',
    honorifics: [],
    source: wiki('Culture_of_the_United_States'),
  },
  directness: { level: 'direct', source: wiki('High-context_and_low-context_cultures') },
  relationship: { level: 'task-first', source: wiki('High-context_and_low-context_cultures') },
  speed: { apps: ['imessage'], source: wiki('IMessage') },
  tips: [
    { tip: 'be-concise', source: wiki('High-context_and_low-context_cultures') },
    { tip: 'deadlines-firm', source: wiki('High-context_and_low-context_cultures') },
  ],
} satisfies EtiquetteEntry;
