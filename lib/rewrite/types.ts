/**
 * Public types of the positive-language draft check (issue 5) and the data format of the rule files
 * (`lib/rewrite/rules/<lang>.ts`). Rule files are data: they import only types from here.
 */

/** What a finding is about; `clarity`, `empathy` and `brand` are also produced by the engine itself. */
export type Category = 'negative' | 'blame' | 'dismissive' | 'jargon' | 'robotic' | 'clarity' | 'empathy' | 'brand';

/** Every category, in the order the sidebar and the evaluation report list them. */
export const CATEGORIES: readonly Category[] = ['negative', 'blame', 'dismissive', 'jargon', 'robotic', 'clarity', 'empathy', 'brand'];

/** Languages the engine has rules for (drafts in other languages get only the language-neutral checks). */
export type DraftLanguage = 'en' | 'nb' | 'fi' | 'fa';
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['en', 'nb', 'fi', 'fa'];

/** One thing to say about the draft. `start`/`end` are UTF-16 offsets into the text that was analysed. */
export interface Finding {
  start: number;
  end: number;
  ruleId: string;
  category: Category;
  /** Why, in one plain sentence, in the interface language asked for (else the rule's own language, else English). */
  message: string;
  /** Replacements for `text.slice(start, end)`, best first; may be empty (e.g. a wall of text has no one-click fix). */
  suggestions: string[];
  /** The rule is marked safe: "Apply all safe" may apply the first suggestion without the agent reading it. */
  safe: boolean;
}

/** A team rule from a pack: a banned phrase and the wording to use instead (category `brand`). */
export interface TeamRule {
  phrase: string;
  preferred: string;
  /** BCP 47 language of the phrase; absent = every language. */
  language?: string;
  /** Why the team prefers the other wording; shown as the finding's message when present. */
  message?: string;
}

/** Text in each interface language; `en` is required and is the last fallback. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<DraftLanguage, 'en'>, string>>;

/** What a suggestion function receives about one match. All strings are from the ORIGINAL text (not normalised). */
export interface RuleMatch {
  /** The matched span. */
  text: string;
  /** Numbered capture groups (index 0 = the whole match), `undefined` where a group did not take part. */
  groups: readonly (string | undefined)[];
  /** Named capture groups. */
  named: Readonly<Record<string, string | undefined>>;
  /** The rest of the sentence before and after the span (for agreement, e.g. "we" vs "I"). */
  before: string;
  after: string;
}

/**
 * A suggestion: a template or a function of the match.
 * Templates may use `$1`…`$9` and `$<name>` (captured groups, original spelling) and `…` as a visible slot the agent
 * fills in (a fact the engine cannot know). An empty result means "remove the span" (the pattern then takes the space
 * after it). A function returns `undefined` when it has nothing good to offer.
 * The engine copies the capital letter of the span's first letter onto the suggestion.
 */
export type Suggestion = string | ((match: RuleMatch) => string | undefined);

/**
 * One rule of a rule file.
 *
 * Pattern language (a regular expression source with four additions, compiled with the `u` and `i` flags against the
 * NORMALISED text, see normalize.ts; patterns are normalised the same way, so Persian written with ZWNJ or Arabic
 * ي/ك in a pattern matches every spelling):
 * - the pattern only matches whole words: where the match starts (ends) with a letter or digit, the character before
 *   (after) it must not be one, for every script (JavaScript's `\b` only knows ASCII);
 * - a literal space means "one or more whitespace characters";
 * - `{tail}` = the rest of a word (inflection/case endings: `valitettava{tail}`);
 * - `{gap:N}` with a space on each side = up to N other words in between (`we {gap:2} unable`).
 * Capture groups (numbered or named) are what suggestion templates refer to.
 */
export interface Rule {
  /** `<lang>.<category>.<slug>`, e.g. `en.negative.cant`: stable, it is what users switch off. */
  id: string;
  category: Category;
  /** One pattern or alternatives; a match of any of them fires the rule. */
  pattern: string | readonly string[];
  /**
   * Patterns (same language) for friendly idioms and other uses that must not fire: a match of the rule is
   * dropped when an exception matches in the same sentence over a span that overlaps it.
   */
  exceptions?: readonly string[];
  message: LocalizedText;
  suggestions: readonly Suggestion[];
  /** The first suggestion keeps the meaning whatever the context, so "Apply all safe" may use it. */
  safe?: boolean;
  /** Sentences this rule must fire on, and must not fire on; the unit tests run them all. */
  examples: { fire: readonly string[]; notFire: readonly string[] };
}

/**
 * What a rule file exports (`export const ruleSet: RuleSet`). When two findings of the same category overlap so that
 * one lies inside the other, only the longer is reported (and two patterns of one rule on the same words count once).
 */
export interface RuleSet {
  lang: DraftLanguage;
  rules: readonly Rule[];
}

/** Options of `analyzeDraft`. */
export interface AnalyzeOptions {
  /** Language of the draft (`en`, `nb`, `fi`, `fa`, or any BCP 47 tag: unknown languages get no phrase rules). */
  lang: string;
  /** The customer's message this draft answers, to check that an upset customer is acknowledged first. */
  customerMessage?: string;
  teamRules?: readonly TeamRule[];
  /** Rule ids the user switched off. */
  disabledRules?: ReadonlySet<string> | readonly string[];
  /** Interface language for messages (default `en`). */
  uiLang?: string;
}

/** One indicator of the tone summary, with the reasons it rests on (never one opaque number). */
export interface ToneIndicator {
  level: 'good' | 'fair' | 'poor';
  reasons: string[];
}

/** The tone of a whole draft. */
export interface ToneSummary {
  counts: Record<Category, number>;
  positivity: ToneIndicator;
  clarity: ToneIndicator;
  empathy: ToneIndicator;
}
