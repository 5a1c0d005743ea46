/**
 * Scoring of the labelled evaluation sets (test/rewrite/<lang>/*.json, format in test/rewrite/README.md): precision,
 * recall and false positives per 1,000 neutral sentences, overall and per category.
 */
import { analyzeDraft } from './analyze';
import { CATEGORIES, type Category, type Finding } from './types';

export interface EvaluationEntry {
  text: string;
  expect: { category: Category; span: string }[];
  customerMessage?: string;
  note?: string;
}

export interface Score {
  /** Findings that match an expectation / all findings. NaN when there were no findings. */
  precision: number;
  /** Expectations found / all expectations. NaN when there were none. */
  recall: number;
  findings: number;
  matchedFindings: number;
  expected: number;
  matchedExpected: number;
}

export interface EvaluationReport {
  entries: number;
  neutral: number;
  /** Neutral entries with at least one finding. */
  falsePositiveSentences: number;
  /** falsePositiveSentences × 1000 ÷ neutral. */
  falsePositivesPer1000: number;
  overall: Score;
  byCategory: Record<Category, Score>;
  /** What went wrong, for reading: missed expectations and findings without a label. */
  misses: { text: string; category: Category; span: string }[];
  extras: { text: string; category: Category; span: string; ruleId: string }[];
}

/** Checks that a parsed JSON value is an evaluation set; throws naming the entry and field that is wrong. */
export function parseEvaluationSet(value: unknown, source: string): EvaluationEntry[] {
  if (!Array.isArray(value)) throw new Error(`${source}: expected an array of entries`);
  return value.map((entry: unknown, index) => {
    const where = `${source}[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an object`);
    const { text, expect, customerMessage, note } = entry as Record<string, unknown>;
    if (typeof text !== 'string' || !text.trim()) throw new Error(`${where}.text: expected a non-empty string`);
    if (!Array.isArray(expect)) throw new Error(`${where}.expect: expected an array (empty for a neutral sentence)`);
    if (customerMessage !== undefined && typeof customerMessage !== 'string') throw new Error(`${where}.customerMessage: expected a string`);
    if (note !== undefined && typeof note !== 'string') throw new Error(`${where}.note: expected a string`);
    const expectations = expect.map((item: unknown, at) => {
      const { category, span } = (item ?? {}) as Record<string, unknown>;
      if (!CATEGORIES.includes(category as Category)) throw new Error(`${where}.expect[${at}].category: ${JSON.stringify(category)} is not one of ${CATEGORIES.join(', ')}`);
      if (typeof span !== 'string' || !span || !text.includes(span)) throw new Error(`${where}.expect[${at}].span: ${JSON.stringify(span)} is not a substring of the text`);
      return { category: category as Category, span };
    });
    return { text, expect: expectations, ...(customerMessage === undefined ? {} : { customerMessage }), ...(note === undefined ? {} : { note }) };
  });
}

function emptyScore(): Score {
  return { precision: Number.NaN, recall: Number.NaN, findings: 0, matchedFindings: 0, expected: 0, matchedExpected: 0 };
}

function finish(score: Score): Score {
  return {
    ...score,
    precision: score.findings ? score.matchedFindings / score.findings : Number.NaN,
    recall: score.expected ? score.matchedExpected / score.expected : Number.NaN,
  };
}

/** Runs the engine over every entry and scores it (a finding matches an expectation of its category that it overlaps). */
export function evaluate(entries: readonly EvaluationEntry[], lang: string, analyze: typeof analyzeDraft = analyzeDraft): EvaluationReport {
  const overall = emptyScore();
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, emptyScore()])) as Record<Category, Score>;
  const misses: EvaluationReport['misses'] = [];
  const extras: EvaluationReport['extras'] = [];
  let neutral = 0;
  let falsePositiveSentences = 0;
  for (const entry of entries) {
    const findings: Finding[] = analyze(entry.text, { lang, ...(entry.customerMessage ? { customerMessage: entry.customerMessage } : {}) });
    if (entry.expect.length === 0) {
      neutral += 1;
      if (findings.length > 0) falsePositiveSentences += 1;
    }
    const usedFindings = new Set<Finding>();
    for (const expectation of entry.expect) {
      const start = entry.text.indexOf(expectation.span);
      const end = start + expectation.span.length;
      const match = findings.find((f) => !usedFindings.has(f) && f.category === expectation.category && f.start < end && f.end > start);
      overall.expected += 1;
      byCategory[expectation.category].expected += 1;
      if (match) {
        usedFindings.add(match);
        overall.matchedExpected += 1;
        byCategory[expectation.category].matchedExpected += 1;
      } else {
        misses.push({ text: entry.text, ...expectation });
      }
    }
    for (const finding of findings) {
      overall.findings += 1;
      byCategory[finding.category].findings += 1;
      if (usedFindings.has(finding)) {
        overall.matchedFindings += 1;
        byCategory[finding.category].matchedFindings += 1;
      } else {
        extras.push({ text: entry.text, category: finding.category, span: entry.text.slice(finding.start, finding.end), ruleId: finding.ruleId });
      }
    }
  }
  return {
    entries: entries.length,
    neutral,
    falsePositiveSentences,
    falsePositivesPer1000: neutral ? (falsePositiveSentences * 1000) / neutral : 0,
    overall: finish(overall),
    byCategory: Object.fromEntries(CATEGORIES.map((category) => [category, finish(byCategory[category])])) as Record<Category, Score>,
    misses,
    extras,
  };
}

/** The quality targets of issue 5, on the held-out part. */
export const TARGETS = { precision: 0.9, recall: 0.8, falsePositivesPer1000: 5 } as const;
