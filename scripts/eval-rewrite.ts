// `npm run eval:rewrite`: precision, recall and false positives per 1,000 neutral sentences of the draft check, per
// language and per category, on the held-out part (the figures that count) and on the tuning part, for every
// language that has evaluation files in test/rewrite/<lang>/. `--verbose` also lists misses and unlabelled findings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseEvaluationSet, TARGETS, type EvaluationReport, type Score } from '../lib/rewrite/evaluate';
import { CATEGORIES, DRAFT_LANGUAGES } from '../lib/rewrite/types';

const root = fileURLToPath(new URL('../test/rewrite/', import.meta.url));
const verbose = process.argv.includes('--verbose');

const percent = (value: number): string => (Number.isNaN(value) ? '   –  ' : value.toFixed(3).padStart(6));

function row(label: string, score: Score): string {
  return `  ${label.padEnd(11)} precision ${percent(score.precision)}  recall ${percent(score.recall)}  (${score.matchedFindings}/${score.findings} findings right, ${score.matchedExpected}/${score.expected} expected found)`;
}

function print(lang: string, part: string, report: EvaluationReport): void {
  const fp = report.falsePositivesPer1000;
  const okay =
    report.overall.precision >= TARGETS.precision && report.overall.recall >= TARGETS.recall && fp < TARGETS.falsePositivesPer1000 ? 'targets met' : 'TARGETS MISSED';
  console.log(`\n${lang} · ${part}: ${report.entries} entries, ${report.neutral} neutral${part === 'held-out' ? ` · ${okay}` : ''}`);
  console.log(row('overall', report.overall));
  for (const category of CATEGORIES) {
    const score = report.byCategory[category];
    if (score.findings || score.expected) console.log(row(category, score));
  }
  console.log(`  false positives: ${report.falsePositiveSentences} of ${report.neutral} neutral sentences = ${fp.toFixed(1)} per 1,000`);
  if (verbose) {
    for (const miss of report.misses) console.log(`    missed ${miss.category}: “${miss.span}” in ${JSON.stringify(miss.text)}`);
    for (const extra of report.extras) console.log(`    extra ${extra.ruleId}: “${extra.span}” in ${JSON.stringify(extra.text)}`);
  }
}

let languages = 0;
for (const lang of DRAFT_LANGUAGES) {
  for (const part of ['held-out', 'tuning'] as const) {
    const file = join(root, lang, `${part}.json`);
    if (!existsSync(file)) continue;
    if (part === 'held-out') languages += 1;
    const entries = parseEvaluationSet(JSON.parse(readFileSync(file, 'utf8')), `test/rewrite/${lang}/${part}.json`);
    print(lang, part, evaluate(entries, lang));
  }
}
if (languages === 0) console.log('No evaluation sets found in test/rewrite/<lang>/.');
