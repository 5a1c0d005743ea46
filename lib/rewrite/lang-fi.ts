/**
 * Finnish word forms the Finnish rules (rules/fi.ts) need to write their rewrites: the affirmative of a negative verb
 * ("emme voi" → "voimme"), the plain passive of the bureaucratic "tullaan + -maan" future ("tullaan käsittelemään" →
 * "käsitellään"), and swapping a jargon word's stem while keeping its case ending and vowel harmony ("tiketin" →
 * "tukipyynnön", "RMA-prosessissa" → "palautuskäsittelyssä"). Small and rule-based, with a lexicon for the verbs
 * agents use most; every function returns `undefined` when it is not sure, and the rule then offers nothing.
 */

/** Person of a Finnish negative auxiliary: en, et, ei, emme, ette, eivät (and their -kä forms). */
type Person = '1s' | '2s' | '3s' | '1p' | '2p' | '3p';

const NEGATIVE_PERSON: Record<string, Person> = {
  en: '1s',
  et: '2s',
  ei: '3s',
  emme: '1p',
  ette: '2p',
  eivät: '3p',
};

const ENDINGS: Record<Person, string> = { '1s': 'n', '2s': 't', '3s': '', '1p': 'mme', '2p': 'tte', '3p': 'vat' };

/** Verbs whose negative rules catch: connegative stem → present stem, third person singular, past stem. */
const MODALS: Record<string, { stem: string; third: string; past: string }> = {
  voi: { stem: 'voi', third: 'voi', past: 'voi' },
  pysty: { stem: 'pysty', third: 'pystyy', past: 'pystyi' },
  kykene: { stem: 'kykene', third: 'kykenee', past: 'kykeni' },
  tarjoa: { stem: 'tarjoa', third: 'tarjoaa', past: 'tarjosi' },
  myönnä: { stem: 'myönnä', third: 'myöntää', past: 'myönsi' },
  hyväksy: { stem: 'hyväksy', third: 'hyväksyy', past: 'hyväksyi' },
  korvaa: { stem: 'korvaa', third: 'korvaa', past: 'korvasi' },
  hyvitä: { stem: 'hyvitä', third: 'hyvittää', past: 'hyvitti' },
  toimita: { stem: 'toimita', third: 'toimittaa', past: 'toimitti' },
  lähetä: { stem: 'lähetä', third: 'lähettää', past: 'lähetti' },
  vaihda: { stem: 'vaihda', third: 'vaihtaa', past: 'vaihtoi' },
  korjaa: { stem: 'korjaa', third: 'korjaa', past: 'korjasi' },
  palauta: { stem: 'palauta', third: 'palauttaa', past: 'palautti' },
  // "emme saa luovuttaa" (we may not): the alternative is what we can do, "voimme".
  saa: { stem: 'voi', third: 'voi', past: 'voi' },
};

// Past participles after a negative auxiliary ("emme voineet") → the modal's connegative stem.
const PARTICIPLE_STEM: Record<string, string> = {
  voinut: 'voi',
  voineet: 'voi',
  pystynyt: 'pysty',
  pystyneet: 'pysty',
  kyennyt: 'kykene',
  kyenneet: 'kykene',
};

/**
 * The affirmative form for the same person: ("emme", "voi") → "voimme", ("en", "pysty") → "pystyn",
 * ("emme", "voineet") → "voimme" (past: the alternative is offered in the present, where it still applies).
 */
export function getAffirmative(negative: string, verb: string): string | undefined {
  const person = NEGATIVE_PERSON[negative.toLowerCase().replace(/kä$/, '')];
  const lower = verb.toLowerCase();
  const entry = MODALS[PARTICIPLE_STEM[lower] ?? lower];
  if (!person || !entry) return undefined;
  if (person === '3s') return entry.third;
  // "myönnä" + "mme" → "myönnämme"; strong grade comes back only in the third person, handled by `third`.
  return entry.stem + ENDINGS[person];
}

// Third infinitive (illative, "-maan/-mään") → [plain passive, first person plural], for the verbs agents use most.
const THIRD_INFINITIVE: Record<string, [string, string]> = {
  käsittelemään: ['käsitellään', 'käsittelemme'],
  toimittamaan: ['toimitetaan', 'toimitamme'],
  lähettämään: ['lähetetään', 'lähetämme'],
  maksamaan: ['maksetaan', 'maksamme'],
  palauttamaan: ['palautetaan', 'palautamme'],
  hyvittämään: ['hyvitetään', 'hyvitämme'],
  ottamaan: ['otetaan', 'otamme'],
  tarkistamaan: ['tarkistetaan', 'tarkistamme'],
  korjaamaan: ['korjataan', 'korjaamme'],
  vastaamaan: ['vastataan', 'vastaamme'],
  tekemään: ['tehdään', 'teemme'],
  ilmoittamaan: ['ilmoitetaan', 'ilmoitamme'],
  perumaan: ['perutaan', 'perumme'],
  muuttamaan: ['muutetaan', 'muutamme'],
  lisäämään: ['lisätään', 'lisäämme'],
  poistamaan: ['poistetaan', 'poistamme'],
  tutkimaan: ['tutkitaan', 'tutkimme'],
  selvittämään: ['selvitetään', 'selvitämme'],
  olemaan: ['ollaan', 'olemme'],
  päivittämään: ['päivitetään', 'päivitämme'],
  vaihtamaan: ['vaihdetaan', 'vaihdamme'],
  antamaan: ['annetaan', 'annamme'],
  hoitamaan: ['hoidetaan', 'hoidamme'],
  laskuttamaan: ['laskutetaan', 'laskutamme'],
  veloittamaan: ['veloitetaan', 'veloitamme'],
  kääntämään: ['käännetään', 'käännämme'],
  ratkaisemaan: ['ratkaistaan', 'ratkaisemme'],
  arvioimaan: ['arvioidaan', 'arvioimme'],
  huomioimaan: ['huomioidaan', 'huomioimme'],
  käymään: ['käydään', 'käymme'],
};

const BACK = /[aou]/;

/** Weak grade of a type-1 verb stem's last consonant cluster ("toimitta" → "toimita"), `undefined` if unsure. */
function weakGrade(stem: string): string | undefined {
  const match = /^(.*?)(tt|kk|pp|nt|lt|rt|ht|st|[^aeiouyäö]?)([aeiouyäö])$/.exec(stem);
  if (!match) return undefined;
  const [, head = '', cluster = '', vowel = ''] = match;
  const weak: Record<string, string> = { tt: 't', kk: 'k', pp: 'p', nt: 'nn', lt: 'll', rt: 'rr', ht: 'hd' };
  if (cluster in weak) return `${head}${weak[cluster]}${vowel}`;
  // A single consonant or a cluster that does not alternate ("st", "s", "v"): the stem stays.
  if (cluster === 'st' || /^[sjvmnlrh]$/.test(cluster)) return stem;
  return undefined;
}

/**
 * "käsittelemään" → { passive: "käsitellään", we: "käsittelemme" }. Verbs outside the lexicon are derived only when
 * they are regular type-1 verbs whose stem ends in a or ä ("tarkastamaan" → "tarkastetaan").
 */
export function getThirdInfinitiveForms(word: string): { passive: string; we: string } | undefined {
  const lower = word.toLowerCase();
  const known = THIRD_INFINITIVE[lower];
  if (known) return { passive: known[0], we: known[1] };
  const stem = /^(.+)(?:maan|mään)$/.exec(lower)?.[1];
  // Type 1 with -a/-ä stem only, and not the double vowel of type 4 ("korjaa-") nor the -ele of type 3.
  if (!stem || !/[^aeiouyäö][aä]$/.test(stem)) return undefined;
  const weak = weakGrade(stem);
  if (!weak) return undefined;
  const back = BACK.test(stem);
  const passive = `${weak.slice(0, -1)}e${back ? 'taan' : 'tään'}`;
  return { passive, we: `${weak}mme` };
}

/** Back (a, o, u) or front vowel harmony of a word: decides -ssa/-ssä and friends in an ending. */
export function hasBackVowels(word: string): boolean {
  return BACK.test(word.toLowerCase());
}

/** An ending ("ssa", "lla", "a") rewritten for a stem of the other harmony ("ssä", "llä", "ä"). */
export function harmonize(ending: string, back: boolean): string {
  return back ? ending.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/y/g, 'u') : ending.replace(/a/g, 'ä').replace(/o/g, 'ö').replace(/u/g, 'y');
}

/** A stem swap: old stem, new stem, and the new stem's harmony when it is a compound (its last part decides). */
export type StemPair = readonly [from: string, to: string, back?: boolean];

/**
 * Replaces a word's stem and keeps its ending, matching the new stem's vowel harmony:
 * swapStem("prosessissa", [["prosessi", "käsittely"]]) → "käsittelyssä". `pairs` are tried in order (longest first).
 */
export function swapStem(word: string, pairs: readonly StemPair[]): string | undefined {
  const lower = word.toLowerCase();
  for (const [from, to, back] of pairs) {
    if (!lower.startsWith(from)) continue;
    const ending = lower.slice(from.length);
    return to + harmonize(ending, back ?? hasBackVowels(to.split(/\s+/).pop() ?? to));
  }
  return undefined;
}
