/** Turns the rule files' pattern language (see `Rule` in types.ts) into regular expressions, once per rule. */
import { normalizeForMatch } from './normalize';
import type { Rule } from './types';

// A letter or combining mark of any script. Written as a negated negation because V8 builds `[\p{L}\p{M}\p{N}]` under
// the `i` flag by case-closing every letter of Unicode, which costs ~10 ms per expression; this form costs ~0.5 ms.
const LETTER = '[^\\P{Alphabetic}]';
const WORD = "(?:[^\\P{Alphabetic}]|[\\d'\\-])+";

/** A rule with its regular expressions built. */
export interface CompiledRule {
  rule: Rule;
  /**
   * All the rule's patterns in one expression, for one scan of the text. `scan` leaves out the word edge at the start
   * (a look-behind there stops the expression engine from skipping ahead to a likely first character, which makes
   * scanning several times slower); `strict` has it and is tried, sticky, where a scan match starts inside a word.
   * The `…Indices` forms also report group offsets.
   */
  scan: RegExp;
  strict: RegExp;
  scanIndices: RegExp;
  strictIndices: RegExp;
  /** Per alternative: the group number of its marker, its first capture group's number, how many, and its names. */
  alternatives: readonly Alternative[];
  /** All exceptions in one expression, or undefined. */
  exception: RegExp | undefined;
}

interface Alternative {
  marker: number;
  first: number;
  count: number;
  /** Named groups: name → group number in the combined expression. */
  names: readonly (readonly [string, number])[];
}

/** The regular expression source for one pattern of the pattern language (whole words, normalised). */
export function toRegExpSource(pattern: string, startEdge = true): string {
  const source = normalizeForMatch(pattern)
    .replace(/ \{gap:(\d+)\} /g, (_, count: string) => `(?:\\s+${WORD}){0,${count}}\\s+`)
    .replace(/\{tail\}/g, `${LETTER}*`)
    // The same cheaper form for the single-property classes rule files write.
    .replace(/\[\\p\{L\}\]/g, '[^\\P{L}]')
    .replace(/(?<!\\) /g, '\\s+');
  // Word edges only where the pattern itself starts/ends with a letter, so a pattern may take a space or a comma.
  return `${startEdge ? `(?<!${LETTER}(?=${LETTER}))` : ''}(?:${source})(?!(?<=${LETTER})${LETTER})`;
}

/** Compiles one pattern; a pattern that is not a valid expression throws with the rule's id in the message. */
export function compilePattern(pattern: string, ruleId: string): RegExp {
  try {
    return new RegExp(toRegExpSource(pattern), 'giud');
  } catch (error) {
    throw new Error(`rule ${ruleId}: pattern ${JSON.stringify(pattern)} is not valid: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const cache = new WeakMap<Rule, CompiledRule>();

/** The capture groups of a source in the order their "(" opens: their names (undefined when unnamed). */
function listGroups(source: string): (string | undefined)[] {
  const groups: (string | undefined)[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') {
      if (source[i + 1] !== '?') groups.push(undefined);
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') groups.push(/^\(\?<([A-Za-z_]\w*)>/.exec(source.slice(i))?.[1]);
    }
  }
  return groups;
}

/**
 * The compiled form of a rule (cached: rule objects are constant data). Its patterns become alternatives of one
 * expression, each ending with an empty marker group so the engine knows which one matched; named groups lose their
 * names (the same name may appear in several patterns of a rule) and are read by number.
 */
export function compileRule(rule: Rule): CompiledRule {
  let compiled = cache.get(rule);
  if (compiled) return compiled;
  const patterns = typeof rule.pattern === 'string' ? [rule.pattern] : rule.pattern;
  const sources: string[] = [];
  const alternatives: Alternative[] = [];
  let next = 1;
  const scanSources: string[] = [];
  for (const pattern of patterns) {
    compilePattern(pattern, rule.id); // validates, with the rule's id in the error
    const source = toRegExpSource(pattern);
    const groups = listGroups(source);
    const names = groups.flatMap((name, index) => (name ? [[name, next + index] as const] : []));
    // The marker goes last: a pattern that starts with a literal lets the expression engine skip ahead quickly.
    sources.push(`${source.replace(/\(\?<([A-Za-z_]\w*)>/g, '(')}()`);
    scanSources.push(`${toRegExpSource(pattern, false).replace(/\(\?<([A-Za-z_]\w*)>/g, '(')}()`);
    alternatives.push({ marker: next + groups.length, first: next, count: groups.length, names });
    next += groups.length + 1;
  }
  const exceptions = rule.exceptions ?? [];
  exceptions.forEach((pattern) => compilePattern(pattern, rule.id));
  const combined = sources.join('|');
  const combinedScan = scanSources.join('|');
  // Each expression is built on first use: the strict ones only run where a match starts inside a word, the ones
  // with indices only for texts that normalisation changed (Persian, typographic apostrophes).
  const lazy = (source: string, flags: string, key: 'scan' | 'strict' | 'scanIndices' | 'strictIndices') => ({
    get(this: CompiledRule): RegExp {
      const value = new RegExp(source, flags);
      Object.defineProperty(this, key, { value });
      return value;
    },
    configurable: true,
    enumerable: true,
  });
  compiled = Object.defineProperties(
    { rule, alternatives, exception: undefined as RegExp | undefined } as unknown as CompiledRule,
    {
      scan: lazy(combinedScan, 'giu', 'scan'),
      strict: lazy(combined, 'yiu', 'strict'),
      scanIndices: lazy(combinedScan, 'giud', 'scanIndices'),
      strictIndices: lazy(combined, 'yiud', 'strictIndices'),
    },
  );
  compiled.exception = exceptions.length ? new RegExp(exceptions.map((pattern) => toRegExpSource(pattern).replace(/\(\?<[A-Za-z_]\w*>/g, '(?:')).join('|'), 'giu') : undefined;
  cache.set(rule, compiled);
  return compiled;
}

/** The alternative of a rule that produced a match. */
export function getAlternative(compiled: CompiledRule, match: RegExpExecArray): Alternative {
  return compiled.alternatives.find((alternative) => match[alternative.marker] !== undefined) ?? (compiled.alternatives[0] as Alternative);
}
