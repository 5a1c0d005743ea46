import type { EtiquetteEntry } from '../etiquette';
import { wiki, wikt } from './sources';

const guide = wiki('Taarof');

/** Iran. */
export default {
  country: 'ir',
  languages: ['fa'],
  formality: { level: 'formal', source: guide },
  greeting: {
    phrases: [
      { text: 'با سلام و احترام', lang: 'fa', meaning: 'greetings-respect', register: 'formal' },
      { text: 'سلام', lang: 'fa', meaning: 'hello', register: 'neutral' },
      { text: 'درود', lang: 'fa', meaning: 'hello', register: 'neutral' },
    ],
    source: wikt('سلام'),
  },
  closing: {
    phrases: [
      { text: 'با احترام', lang: 'fa', meaning: 'respectfully', register: 'formal' },
      { text: 'با سپاس', lang: 'fa', meaning: 'thanks', register: 'neutral' },
    ],
    source: wikt('احترام'),
  },
  names: {
    order: 'given-first',
    address: 'title-family',
    honorifics: [
      { form: 'آقای', lang: 'fa', meaning: 'mr' },
      { form: 'خانم', lang: 'fa', meaning: 'ms' },
      { form: 'جناب', lang: 'fa', meaning: 'sir' },
    ],
    source: wiki('Agha_(title)'),
  },
  directness: { level: 'indirect', source: guide },
  relationship: { level: 'relationship-first', source: guide },
  speed: { apps: ['whatsapp', 'telegram'], source: wiki('Telegram_(software)') },
  tips: [
    { tip: 'taarof', source: wiki('Taarof') },
    { tip: 'nowruz', source: wiki('Nowruz') },
    { tip: 'friday-rest', source: wiki('Workweek_and_weekend') },
  ],
} satisfies EtiquetteEntry;
