/**
 * The positive-language draft check: `analyzeDraft` reads a reply draft and says what to rephrase and how.
 * Pure and synchronous; runs in the content script on every (debounced) keystroke.
 */
import { compilePattern, compileRule, getAlternative, type CompiledRule } from './compile';
import { ENGINE_TEXT, LANGUAGE_DATA, pickText, type LanguageData } from './language-data';
import { normalizeForMatch, normalizeText, type NormalizedText } from './normalize';
import { getRuleSet } from './rules';
import { findContaining, findExcludedSpans, overlapsAny, splitParagraphs, splitSentences, type Span } from './structure';
import type { AnalyzeOptions, Category, DraftLanguage, Finding, Rule, RuleMatch, TeamRule } from './types';

export { detectDraftLanguage, toDraftLanguage } from './detect';
export { summarizeTone } from './tone';
export type * from './types';

/** The placeholder a suggestion leaves where the agent must add a fact. */
export const SLOT = '…';

interface Context {
  original: string;
  norm: NormalizedText;
  sentences: Span[];
  excluded: Span[];
  uiLang: string | undefined;
  lang: DraftLanguage | undefined;
}

/** Everything the check finds in a draft, sorted by position. Spans are UTF-16 offsets into `text`. */
export function analyzeDraft(text: string, options: AnalyzeOptions): Finding[] {
  const ruleSet = getRuleSet(options.lang);
  const lang = ruleSet?.lang;
  const norm = normalizeText(text);
  const context: Context = {
    original: text,
    norm,
    sentences: splitSentences(norm.text),
    excluded: findExcludedSpans(norm.text),
    uiLang: options.uiLang,
    lang,
  };
  const disabled = options.disabledRules instanceof Set ? options.disabledRules : new Set(options.disabledRules ?? []);
  const found: Finding[] = [];
  for (const rule of ruleSet?.rules ?? []) {
    if (!disabled.has(rule.id)) findRule(context, compileRule(rule), found);
  }
  if (options.teamRules?.length) findTeamRules(context, options.teamRules, options.lang, found);
  if (lang) {
    const data = LANGUAGE_DATA[lang];
    if (!disabled.has(`${lang}.clarity.long-sentence`)) findLongSentences(context, data, found);
    if (!disabled.has(`${lang}.clarity.wall-of-text`)) findWallsOfText(context, data, found);
    if (options.customerMessage && !disabled.has(`${lang}.empathy.acknowledge-first`)) findMissingAcknowledgement(context, data, options.customerMessage, found);
  }
  return dropContained(found);
}

/** The text with the finding's span replaced by its suggestion number `index`. */
export function applySuggestion(text: string, finding: Finding, index: number): string {
  const suggestion = finding.suggestions[index];
  if (suggestion === undefined) throw new RangeError(`finding ${finding.ruleId} has no suggestion ${index} (it has ${finding.suggestions.length})`);
  if (finding.start < 0 || finding.end < finding.start || finding.end > text.length) {
    throw new RangeError(`finding ${finding.ruleId} spans ${finding.start}-${finding.end}, outside the text (length ${text.length})`);
  }
  return text.slice(0, finding.start) + suggestion + text.slice(finding.end);
}

/** One replacement of "Apply all safe". */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits "Apply all safe" makes: the first suggestion of every safe finding, without overlaps (the earlier
 * finding wins), last first so that applying them in order keeps the earlier offsets valid.
 */
export function getSafeEdits(findings: readonly Finding[]): Edit[] {
  const edits: Edit[] = [];
  let reach = -1;
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const replacement = finding.suggestions[0];
    if (!finding.safe || replacement === undefined || finding.start < reach) continue;
    edits.push({ start: finding.start, end: finding.end, text: replacement });
    reach = finding.end;
  }
  return edits.reverse();
}

/** Applies edits made by `getSafeEdits` (last first) to the text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function findRule(context: Context, compiled: CompiledRule, found: Finding[]): void {
  const { norm, sentences, excluded } = context;
  const text = norm.text;
  // Group offsets are only needed to map groups back through a normalisation that changed the text.
  const scan = norm.isIdentity ? compiled.scan : compiled.scanIndices;
  scan.lastIndex = 0;
  for (let hit = scan.exec(text); hit; hit = scan.exec(text)) {
    let match: RegExpExecArray | null = hit;
    const at = match.index;
    if (startsInsideWord(text, at, match[0])) {
      // The scan has no word edge at its start: ask the strict expression whether a whole-word match starts here.
      const strict = norm.isIdentity ? compiled.strict : compiled.strictIndices;
      strict.lastIndex = at;
      match = strict.exec(text);
      if (!match) {
        scan.lastIndex = at + 1;
        continue;
      }
      scan.lastIndex = at + Math.max(1, match[0].length);
    }
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      scan.lastIndex = start + 1;
      continue;
    }
    if (overlapsAny(excluded, start, end)) continue;
    const sentence = findContaining(sentences, start) ?? { start, end };
    if (compiled.exception && isException(compiled.exception, norm.text, sentence, start, end)) continue;
    found.push(toFinding(context, compiled, match, sentence));
  }
}

const LETTER = /[^\P{Alphabetic}]/u;

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(char);
}

/** Whether a match starting at `at` begins with a letter in the middle of a word (the pattern language's start edge). */
function startsInsideWord(text: string, at: number, match: string): boolean {
  return at > 0 && isLetter(match[0]) && isLetter(text[at - 1]);
}

function isException(exception: RegExp, text: string, sentence: Span, start: number, end: number): boolean {
  const from = Math.min(sentence.start, start);
  const to = Math.max(sentence.end, end);
  const slice = text.slice(from, to);
  exception.lastIndex = 0;
  for (let match = exception.exec(slice); match; match = exception.exec(slice)) {
    const matchStart = from + match.index;
    const matchEnd = matchStart + match[0].length;
    if (matchStart < end && matchEnd > start) return true;
    if (match[0].length === 0) exception.lastIndex += 1;
  }
  return false;
}

function toFinding(context: Context, compiled: CompiledRule, match: RegExpExecArray, sentence: Span): Finding {
  const { original, norm } = context;
  const rule = compiled.rule;
  const span = norm.toOriginalSpan(match.index, match.index + match[0].length);
  const alternative = getAlternative(compiled, match);
  const group = (number: number): string | undefined => {
    if (norm.isIdentity) return match[number];
    const indices = match.indices?.[number];
    if (!indices) return undefined;
    const mapped = norm.toOriginalSpan(indices[0], indices[1]);
    return original.slice(mapped.start, mapped.end);
  };
  const groups: (string | undefined)[] = [original.slice(span.start, span.end)];
  for (let i = 0; i < alternative.count; i += 1) groups.push(group(alternative.first + i));
  const named: Record<string, string | undefined> = {};
  for (const [name, number] of alternative.names) named[name] = group(number);
  const sentenceSpan = norm.toOriginalSpan(sentence.start, sentence.end);
  const ruleMatch: RuleMatch = {
    text: original.slice(span.start, span.end),
    groups,
    named,
    before: original.slice(Math.min(sentenceSpan.start, span.start), span.start),
    after: original.slice(span.end, Math.max(sentenceSpan.end, span.end)),
  };
  return {
    start: span.start,
    end: span.end,
    ruleId: rule.id,
    category: rule.category,
    message: getRuleMessage(rule, context),
    suggestions: buildSuggestions(rule, ruleMatch),
    safe: rule.safe === true,
  };
}

const messageCache = new WeakMap<Rule, Map<string, string>>();

function getRuleMessage(rule: Rule, context: Context): string {
  let messages = messageCache.get(rule);
  if (!messages) messageCache.set(rule, (messages = new Map()));
  const key = `${context.uiLang ?? ''}|${context.lang ?? ''}`;
  let message = messages.get(key);
  if (message === undefined) messages.set(key, (message = pickText(rule.message, context.uiLang, context.lang)));
  return message;
}

function buildSuggestions(rule: Rule, match: RuleMatch): string[] {
  const out: string[] = [];
  // Worked out once per finding: the span's edge whitespace (kept, so a template need not repeat it) and whose case
  // the rewrite copies.
  let lead: string | undefined;
  let trail = '';
  let like = '';
  for (const suggestion of rule.suggestions) {
    let value: string | undefined;
    try {
      value = typeof suggestion === 'function' ? suggestion(match) : fillTemplate(suggestion, match);
    } catch (error) {
      // A rule's function failing must not hide the other findings; the unit tests run every rule's examples.
      value = undefined;
      void error;
    }
    if (value === undefined) continue;
    if (lead === undefined) {
      lead = /^\s*/.exec(match.text)?.[0] ?? '';
      trail = /\s*$/.exec(match.text)?.[0] ?? '';
      like = getCaseModel(match);
    }
    // An empty result removes the span.
    const core = value.replace(/[ \t]{2,}/g, ' ').trim();
    const cased = core ? lead + matchCase(core, like) + trail : '';
    if (cased !== match.text && !out.includes(cased)) out.push(cased);
  }
  return out;
}

/** Whose case a rewrite copies: a capital at a sentence start; an acronym span ("RMA") does not make it capitalised. */
function getCaseModel(match: RuleMatch): string {
  const atSentenceStart = !/[\p{L}\p{N}]/u.test(match.before);
  if (/^\s*\p{Lu}{2}/u.test(match.text) && !atSentenceStart) return 'a';
  return atSentenceStart && /^\s*\p{L}/u.test(match.text) ? 'A' : match.text;
}

function fillTemplate(template: string, match: RuleMatch): string {
  return template.replace(/\$(?:<(\w+)>|(\d))/g, (_, name: string | undefined, digit: string | undefined) =>
    name !== undefined ? (match.named[name] ?? '') : (match.groups[Number(digit)] ?? ''),
  );
}

/** Copies the case of the span's first letter onto the replacement (sentence starts stay capitalised, and vice versa). */
export function matchCase(replacement: string, span: string): string {
  const first = span.match(/\p{L}/u)?.[0];
  const index = replacement.search(/\p{L}/u);
  if (!first || index < 0) return replacement;
  const letter = replacement[index] as string;
  const isUpper = first !== first.toLowerCase() && first === first.toUpperCase();
  // "I" and proper nouns stay as they are when the span started in lower case.
  if (!isUpper && (/^I\b/.test(replacement.slice(index)) || letter !== letter.toUpperCase())) return replacement;
  const cased = isUpper ? letter.toUpperCase() : letter.toLowerCase();
  if (!isUpper && /^\p{Lu}{2,}/u.test(replacement.slice(index))) return replacement;
  return replacement.slice(0, index) + cased + replacement.slice(index + 1);
}

const teamRuleCache = new Map<string, RegExp | null>();

function findTeamRules(context: Context, rules: readonly TeamRule[], lang: string, found: Finding[]): void {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  for (const teamRule of rules) {
    const ruleLang = teamRule.language?.toLowerCase().split(/[-_]/)[0];
    if (ruleLang && ruleLang !== primary && !(ruleLang === 'no' && primary === 'nb')) continue;
    const phrase = teamRule.phrase.trim();
    if (!phrase) continue;
    let pattern = teamRuleCache.get(phrase);
    if (pattern === undefined) {
      // The phrase is plain text: escape it, then let the pattern language add word edges and flexible spaces.
      const escaped = normalizeForMatch(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, ' ');
      pattern = /[\p{L}\p{N}]/u.test(phrase) ? compilePattern(escaped, `team:${phrase}`) : null;
      teamRuleCache.set(phrase, pattern);
    }
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(context.norm.text); match; match = pattern.exec(context.norm.text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsAny(context.excluded, start, end)) continue;
      const span = context.norm.toOriginalSpan(start, end);
      const spanText = context.original.slice(span.start, span.end);
      found.push({
        start: span.start,
        end: span.end,
        ruleId: `brand:${phrase.toLowerCase()}`,
        category: 'brand',
        message: teamRule.message?.trim() || pickText(ENGINE_TEXT.brand, context.uiLang, context.lang, { preferred: teamRule.preferred }),
        suggestions: teamRule.preferred.trim() ? [matchCase(teamRule.preferred.trim(), spanText)] : [],
        safe: teamRule.preferred.trim() !== '',
      });
    }
  }
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

function countWords(text: string): number {
  WORDS.lastIndex = 0;
  let count = 0;
  while (WORDS.exec(text)) count += 1;
  return count;
}

function findLongSentences(context: Context, data: LanguageData, found: Finding[]): void {
  for (const sentence of context.sentences) {
    if (sentence.end - sentence.start < data.longSentenceWords * 3) continue;
    if (overlapsAny(context.excluded, sentence.start, sentence.end)) continue;
    const normalized = context.norm.text.slice(sentence.start, sentence.end);
    const words = countWords(normalized);
    if (words <= data.longSentenceWords) continue;
    const span = context.norm.toOriginalSpan(sentence.start, sentence.end);
    const original = context.original.slice(span.start, span.end);
    const split = splitSentence(original, data);
    found.push({
      start: span.start,
      end: span.end,
      ruleId: `${context.lang}.clarity.long-sentence`,
      category: 'clarity',
      message: pickText(ENGINE_TEXT.longSentence, context.uiLang, context.lang, { n: words }),
      suggestions: split ? [split] : [],
      safe: false,
    });
  }
}

/** Splits a long sentence at the clause joint nearest its middle, when both halves are sentences of some length. */
function splitSentence(sentence: string, data: LanguageData): string | undefined {
  const middle = sentence.length / 2;
  let best: { at: number; joint: string; keepWord: boolean } | undefined;
  for (const { joint, keepWord } of data.joints) {
    for (let at = sentence.indexOf(joint); at >= 0; at = sentence.indexOf(joint, at + 1)) {
      if (countWords(sentence.slice(0, at)) < 6 || countWords(sentence.slice(at + joint.length)) < 6) continue;
      if (!best || Math.abs(at - middle) < Math.abs(best.at - middle)) best = { at, joint, keepWord };
    }
    if (best) break;
  }
  if (!best) return undefined;
  const head = sentence.slice(0, best.at).replace(/[,;،؛]\s*$/, '');
  const word = best.joint.replace(/^[,;،؛]/, '').trim();
  const rest = sentence.slice(best.at + best.joint.length);
  const tail = best.keepWord && word && !/^[;؛]$/.test(word) ? `${word} ${rest}` : rest;
  return `${head}. ${tail.charAt(0).toUpperCase()}${tail.slice(1)}`;
}

function findWallsOfText(context: Context, data: LanguageData, found: Finding[]): void {
  for (const paragraph of splitParagraphs(context.norm.text)) {
    if (paragraph.end - paragraph.start < data.wallWords * 4) continue;
    if (overlapsAny(context.excluded, paragraph.start, paragraph.end)) continue;
    const words = countWords(context.norm.text.slice(paragraph.start, paragraph.end));
    if (words <= data.wallWords) continue;
    const span = context.norm.toOriginalSpan(paragraph.start, paragraph.end);
    const inner = context.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
    // Break at the sentence end nearest the middle: a real rewrite, the words untouched.
    const middle = (paragraph.start + paragraph.end) / 2;
    let breakAt: number | undefined;
    for (const sentence of inner.slice(0, -1)) {
      if (breakAt === undefined || Math.abs(sentence.end - middle) < Math.abs(breakAt - middle)) breakAt = sentence.end;
    }
    const suggestions: string[] = [];
    if (breakAt !== undefined) {
      const at = context.norm.toOriginal(breakAt);
      const head = context.original.slice(span.start, at);
      const tail = context.original.slice(at, span.end).replace(/^[ \t]+/, '');
      suggestions.push(`${head}\n\n${tail}`);
    }
    found.push({
      start: span.start,
      end: span.end,
      ruleId: `${context.lang}.clarity.wall-of-text`,
      category: 'clarity',
      message: pickText(ENGINE_TEXT.wallOfText, context.uiLang, context.lang, { n: words }),
      suggestions,
      safe: false,
    });
  }
}

const lexiconCache = new WeakMap<readonly string[], RegExp>();

function lexicon(words: readonly string[]): RegExp {
  let pattern = lexiconCache.get(words);
  if (!pattern) {
    pattern = compilePattern(words.join('|'), 'lexicon');
    lexiconCache.set(words, pattern);
  }
  return pattern;
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count += 1;
  return count;
}

/** How upset a customer's message sounds: signs found (strong words count twice), 0 when calm. */
export function getUpsetScore(customerMessage: string, lang: DraftLanguage): number {
  const text = normalizeForMatch(customerMessage);
  const data = LANGUAGE_DATA[lang];
  let score = countMatches(lexicon(data.upset), text) + 2 * countMatches(lexicon(data.upsetStrong), text);
  score += (text.match(/[!?]{2,}/g) ?? []).length;
  // Shouting: words of four or more capitals.
  score += Math.min(2, (text.match(/\b\p{Lu}{4,}\b/gu) ?? []).length);
  return score;
}

/** Whether a customer's message sounds upset enough that the reply should acknowledge it first. */
export function isUpset(customerMessage: string, lang: DraftLanguage): boolean {
  return getUpsetScore(customerMessage, lang) >= 2;
}

/** Whether a text acknowledges feelings or apologises. */
export function hasAcknowledgement(text: string, lang: DraftLanguage): boolean {
  return countMatches(lexicon(LANGUAGE_DATA[lang].acknowledgement), normalizeForMatch(text)) > 0;
}

function findMissingAcknowledgement(context: Context, data: LanguageData, customerMessage: string, found: Finding[]): void {
  const lang = context.lang as DraftLanguage;
  if (!isUpset(customerMessage, lang)) return;
  const body = context.sentences.filter((s) => !overlapsAny(context.excluded, s.start, s.end));
  const first = body.findIndex((s) => !data.greeting.test(context.norm.text.slice(s.start, s.end).trim()));
  if (first < 0) return;
  const opening = body.slice(first, first + 2);
  if (opening.some((s) => hasAcknowledgement(context.norm.text.slice(s.start, s.end), lang))) return;
  const target = opening[0] as Span;
  const span = context.norm.toOriginalSpan(target.start, target.end);
  const sentence = context.original.slice(span.start, span.end);
  found.push({
    start: span.start,
    end: span.end,
    ruleId: `${lang}.empathy.acknowledge-first`,
    category: 'empathy',
    message: pickText(ENGINE_TEXT.empathy, context.uiLang, lang),
    suggestions: [`${data.acknowledge} ${sentence}`],
    safe: false,
  });
}

/**
 * Drops a finding whose span lies inside another finding of the same category (the longer one says it all), and a
 * second match of the same rule that overlaps the first (two of its patterns on the same words).
 */
function dropContained(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const container = kept.find(
      (other) =>
        (other.category === finding.category && other.start <= finding.start && other.end >= finding.end) ||
        (other.ruleId === finding.ruleId && other.start < finding.end && other.end > finding.start),
    );
    if (!container) kept.push(finding);
  }
  return kept;
}

/** Rule ids the engine itself produces per language (so the options page can list them with the rule files' ids). */
export function getEngineRuleIds(lang: DraftLanguage): { id: string; category: Category }[] {
  return [
    { id: `${lang}.clarity.long-sentence`, category: 'clarity' },
    { id: `${lang}.clarity.wall-of-text`, category: 'clarity' },
    { id: `${lang}.empathy.acknowledge-first`, category: 'empathy' },
  ];
}
