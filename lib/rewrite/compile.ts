/** Turns the rule files' pattern language (see `Rule` in types.ts) into regular expressions, once per rule. */
import { normalizeForMatch } from './normalize';
import type { Rule } from './types';

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const WORD = "[\\p{L}\\p{M}\\p{N}'\\-]+";

/** A rule with its regular expressions built. */
export interface CompiledRule {
  rule: Rule;
  patterns: readonly RegExp[];
  exceptions: readonly RegExp[];
}

/** The regular expression source for one pattern of the pattern language (whole words, normalised). */
export function toRegExpSource(pattern: string): string {
  const source = normalizeForMatch(pattern)
    .replace(/ \{gap:(\d+)\} /g, (_, count: string) => `(?:\\s+${WORD}){0,${count}}\\s+`)
    .replace(/\{tail\}/g, '[\\p{L}\\p{M}]*')
    .replace(/(?<!\\) /g, '\\s+');
  // Word edges only where the pattern itself starts/ends with a letter, so a pattern may take a space or a comma.
  return `(?<!${LETTER}(?=${LETTER}))(?:${source})(?!(?<=${LETTER})${LETTER})`;
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

/** The compiled form of a rule (cached: rule objects are constant data). */
export function compileRule(rule: Rule): CompiledRule {
  let compiled = cache.get(rule);
  if (!compiled) {
    const patterns = typeof rule.pattern === 'string' ? [rule.pattern] : rule.pattern;
    compiled = {
      rule,
      patterns: patterns.map((pattern) => compilePattern(pattern, rule.id)),
      exceptions: (rule.exceptions ?? []).map((pattern) => compilePattern(pattern, rule.id)),
    };
    cache.set(rule, compiled);
  }
  return compiled;
}
