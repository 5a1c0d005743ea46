// Draft check speed: analyzeDraft on drafts of 500 and 5,000 characters per language that has rules, and — on the
// same English drafts — alex (insensitive wording) and write-good (style), the two libraries a developer would reach
// for instead, side by side in the same run. Drafts are built from the evaluation sentences (test/rewrite/<lang>/),
// flagged and neutral mixed as in a real reply. Median and p95 of repeated runs after a warm-up.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { text as alexText } from 'alex';
import { analyzeDraft } from '../../lib/rewrite/analyze';
import { parseEvaluationSet } from '../../lib/rewrite/evaluate';
import { RULE_SETS } from '../../lib/rewrite/rules';
import { DRAFT_LANGUAGES } from '../../lib/rewrite/types';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];
const root = fileURLToPath(new URL('../rewrite/', import.meta.url));

/** A draft of about `length` characters: evaluation sentences in order, a paragraph break every four sentences. */
function buildDraft(lang: string, length: number): string {
  const sentences = ['tuning.json', 'held-out.json']
    .filter((file) => existsSync(join(root, lang, file)))
    .flatMap((file) => parseEvaluationSet(JSON.parse(readFileSync(join(root, lang, file), 'utf8')), file).map((entry) => entry.text));
  let draft = '';
  for (let i = 0; draft.length < length; i += 1) draft += (sentences[i % sentences.length] ?? '') + (i % 4 === 3 ? '\n\n' : ' ');
  return draft.slice(0, length);
}

/**
 * Median and p95 wall-clock time, and the median CPU time of this process (user + system): on a machine shared
 * with other jobs the wall clock also counts the time the scheduler gave to others, the CPU time does not.
 */
function measure(run: () => unknown, iterations: number): { median: number; p95: number; cpu: number; cold: number } {
  const coldStart = performance.now();
  run();
  const cold = performance.now() - coldStart;
  for (let i = 0; i < Math.min(20, iterations); i += 1) run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const usage = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0;
  return { median: median(times), p95: times[Math.floor(times.length * 0.95)] ?? 0, cpu: median(cpu), cold };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 3 : 1)} ms`.padStart(10);
const line = (label: string, result: { median: number; p95: number; cpu: number; cold: number }, extra = ''): void =>
  console.log(`  ${label.padEnd(14)} median ${ms(result.median)}   p95 ${ms(result.p95)}   CPU median ${ms(result.cpu)}   first call ${ms(result.cold)}${extra}`);

for (const lang of DRAFT_LANGUAGES) {
  if (RULE_SETS[lang].rules.length === 0) continue;
  for (const length of [500, 5000]) {
    const draft = buildDraft(lang, length);
    console.log(`\n${lang}, ${draft.length} characters`);
    const findings = analyzeDraft(draft, { lang }).length;
    line('analyzeDraft', measure(() => analyzeDraft(draft, { lang }), length > 1000 ? 400 : 1000), `   (${findings} findings)`);
    if (lang === 'en') {
      line('alex', measure(() => alexText(draft), length > 1000 ? 20 : 60), `   (${alexText(draft).messages.length} messages)`);
      line('write-good', measure(() => writeGood(draft), length > 1000 ? 100 : 400), `   (${writeGood(draft).length} suggestions)`);
    }
  }
}
