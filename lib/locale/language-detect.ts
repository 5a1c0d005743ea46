// The language of a customer's message, read from its text when the page states none: the weakest evidence of
// where the customer is (lib/locale/infer.ts). Detection is not our core, so it is ELD (Nito-ELD, `eld` on npm,
// Apache-2.0): n-gram scores over 60 languages, with its own reliability test, the most accurate of the libraries
// compared on short customer messages and the fastest (test/bench/locale.bench.ts; docs/customer-location.md).
// It runs in the background only: its n-gram table is about 1 MB of JavaScript, loaded on the first detection.
// The text is read here and forgotten: it is never stored.
import { findExcludedSpans } from '../rewrite/structure';

/** A language read from a message's text. */
export interface DetectedLanguage {
  /** BCP 47 ('no', 'fi', 'fa', 'ja'), as `getLanguageCountries` reads it. */
  tag: string;
  /** The detector's score for it, 0..1 (about 0.7–0.85 for a clear sentence). */
  score: number;
}

/** The longest text read: the detector itself reads the first 1,000 characters. */
export const MAX_DETECT_CHARS = 2_000;
/** Letters below which a message says too little ("ok thanks", "Hei!", an order number). */
const MIN_LETTERS = 20;
/** A Han, kana or Hangul character carries about a word, so it counts as this many letters. */
const IDEOGRAPH_LETTERS = 3;

/**
 * ELD's codes are ISO 639-1, already BCP 47, except where its model says less than the code: Malay ('ms') is also
 * what it answers for Indonesian, which it has no model of, so it tells neither country; Kurdish is its Arabic-script
 * (Sorani) form. Its Norwegian ('no') is mostly Bokmål, but Nynorsk reads the same way: 'no' says only Norwegian.
 */
const TAGS: Readonly<Record<string, string | null>> = { ms: null, ku: 'ckb' };

interface Detector {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}
let detector: Promise<Detector> | undefined;

/** The detector, loaded once (its table takes a few tens of MB, so a background that never needs it never loads it). */
function loadDetector(): Promise<Detector> {
  detector ??= import('eld/extrasmall').then(({ eld }) => {
    // Drops URLs, email addresses and numbers before scoring.
    eld.enableTextCleanup(true);
    return eld;
  });
  return detector;
}

/** The customer's own words: quoted earlier messages, the signature, disclaimers, links and addresses left out. */
export function getOwnWords(text: string): string {
  const clipped = text.slice(0, MAX_DETECT_CHARS);
  let own = '';
  let from = 0;
  for (const span of findExcludedSpans(clipped)) {
    own += `${clipped.slice(from, span.start)}\n`;
    from = span.end;
  }
  own += clipped.slice(from);
  return own.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/\S+@\S+/g, ' ');
}

/** How much language a text holds: its letters, a Han, kana or Hangul character counting as a word's worth. */
export function countLetters(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return letters + ideographs * (IDEOGRAPH_LETTERS - 1);
}

/**
 * The language of a customer's message, or undefined when the text is too short, the detector is unsure (its own
 * reliability test: enough n-grams, a score near its usual level and clear of the runner-up) or it names a language
 * that tells no country apart (see TAGS).
 */
export async function detectMessageLanguage(text: string | undefined): Promise<DetectedLanguage | undefined> {
  if (!text?.trim()) return undefined;
  const own = getOwnWords(text);
  if (countLetters(own) < MIN_LETTERS) return undefined;
  const result = (await loadDetector()).detect(own);
  if (!result.language || !result.isReliable()) return undefined;
  const tag = TAGS[result.language] === undefined ? result.language : TAGS[result.language];
  if (!tag) return undefined;
  const score = result.getScores()[result.language] ?? 0;
  return { tag, score: Math.round(score * 1000) / 1000 };
}
