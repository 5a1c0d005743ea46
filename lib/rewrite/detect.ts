/**
 * Which of the four draft languages a text is in. Four languages with very different function words (and one in
 * another script) need no statistical model: a script count and a short list of frequent words per language.
 */
import type { DraftLanguage } from './types';

const FUNCTION_WORDS: Record<Exclude<DraftLanguage, 'fa'>, ReadonlySet<string>> = {
  en: new Set(
    'the and you your we i is are to of for it this that with have has be can will not please thanks thank hi hello order our would could about if as on was were what when which'.split(' '),
  ),
  nb: new Set(
    'og jeg du deg vi er det en et ikke på til med for som har kan vil skal din ditt dine vår våre hei takk hilsen bestilling av fra om at men så også eller hvis når beklager dessverre ble blir'.split(' '),
  ),
  fi: new Set(
    'ja on ei se että olen olemme sinun teidän me minä te hei kiitos tilaus tilauksesi voi voimme emme en valitettavasti kanssa mutta myös jos kun tai ole ovat oli vielä nyt tämä sen kuin'.split(' '),
  ),
};

/** Draft language of a text: Persian when most letters are Arabic-script, else the language with most function words. */
export function detectDraftLanguage(text: string, hint?: string): DraftLanguage {
  const hinted = toDraftLanguage(hint);
  let arabic = 0;
  let latin = 0;
  let finnishLetters = 0;
  let norwegianLetters = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) arabic += 1;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
      latin += 1;
      if (code === 0xe4 || code === 0xf6 || code === 0xc4 || code === 0xd6) finnishLetters += 1;
      else if (code === 0xe5 || code === 0xe6 || code === 0xf8 || code === 0xc5 || code === 0xc6 || code === 0xd8) norwegianLetters += 1;
    }
  }
  if (arabic > latin) return 'fa';
  const scores = { en: 0, nb: 0, fi: 0 };
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    for (const lang of ['en', 'nb', 'fi'] as const) if (FUNCTION_WORDS[lang].has(word)) scores[lang] += 1;
  }
  // Letters only one of the two Nordic languages uses are strong evidence (ä/ö are rare in Bokmål, å/æ/ø absent in Finnish).
  scores.fi += finnishLetters * 0.5;
  scores.nb += norwegianLetters * 0.5;
  const ranked = (Object.entries(scores) as [DraftLanguage, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked as [[DraftLanguage, number], [DraftLanguage, number]];
  if (best[1] < 2 || best[1] === second[1]) return hinted ?? (best[1] > second[1] ? best[0] : 'en');
  return best[0];
}

/** The draft language for a BCP 47 tag, if it is one of ours ("no"/"nn" are read as Bokmål). */
export function toDraftLanguage(tag: string | undefined): DraftLanguage | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'no' || primary === 'nn' || primary === 'nb') return 'nb';
  if (primary === 'en' || primary === 'fi' || primary === 'fa') return primary;
  return undefined;
}
