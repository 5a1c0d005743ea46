// Every rule of every rule file in the registry: its own must-fire and must-not-fire examples, its id and shape,
// and that its suggestions keep the numbers of the span.
import { describe, expect, it } from 'vitest';
import { analyzeDraft, applySuggestion } from '../../../lib/rewrite/analyze';
import { compileRule } from '../../../lib/rewrite/compile';
import { RULE_SETS } from '../../../lib/rewrite/rules';
import { CATEGORIES, type Rule } from '../../../lib/rewrite/types';

const cases = Object.values(RULE_SETS).flatMap((set) => set.rules.map((rule) => ({ lang: set.lang, id: rule.id, rule })));
const fire = cases.flatMap(({ lang, id, rule }) => rule.examples.fire.map((text) => ({ lang, id, text })));
const notFire = cases.flatMap(({ lang, id, rule }) => rule.examples.notFire.map((text) => ({ lang, id, text })));

describe('rule files', () => {
  it.each(Object.values(RULE_SETS).map((set) => ({ lang: set.lang, set })))('$lang: ids are unique, prefixed, and sorted by category', ({ lang, set }) => {
    const ids = set.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of set.rules) {
      expect(rule.id).toMatch(new RegExp(`^${lang}\\.${rule.category}\\.[a-z0-9-]+$`));
      expect(CATEGORIES).toContain(rule.category);
    }
  });

  it.each(cases)('$id: compiles, has a message, examples and suggestions', ({ rule }: { rule: Rule }) => {
    expect(() => compileRule(rule)).not.toThrow();
    expect(rule.message.en.trim()).not.toBe('');
    // One plain sentence: ends with a full stop, no second sentence.
    for (const message of Object.values(rule.message)) expect(message.trim()).toMatch(/^[^.!?]*(?:\.[^\s.!?][^.!?]*)*[.!?۔]$/u);
    expect(rule.examples.fire.length).toBeGreaterThan(0);
    expect(rule.examples.notFire.length).toBeGreaterThan(0);
    expect(rule.suggestions.length).toBeGreaterThan(0);
  });
});

describe('rule examples', () => {
  it.each(fire)('$id fires on: $text', ({ lang, id, text }) => {
    const findings = analyzeDraft(text, { lang }).filter((finding) => finding.ruleId === id);
    expect(findings.length, `${id} found nothing in ${JSON.stringify(text)}`).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.suggestions.length, `${id} has no suggestion for ${JSON.stringify(text.slice(finding.start, finding.end))}`).toBeGreaterThan(0);
      const span = text.slice(finding.start, finding.end);
      for (const [index, suggestion] of finding.suggestions.entries()) {
        // Numbers, dates and order ids in the span survive every rewrite (a jargon term's own digits, "tier 2", go).
        if (finding.category !== 'jargon') for (const number of span.match(/[\p{Nd}]+/gu) ?? []) expect(suggestion).toContain(number);
        const applied = applySuggestion(text, finding, index);
        expect(applied.slice(0, finding.start)).toBe(text.slice(0, finding.start));
        expect(applied.slice(finding.start + suggestion.length)).toBe(text.slice(finding.end));
      }
    }
  });

  it.each(notFire)('$id does not fire on: $text', ({ lang, id, text }) => {
    expect(analyzeDraft(text, { lang }).filter((finding) => finding.ruleId === id)).toEqual([]);
  });
});
