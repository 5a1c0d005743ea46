// The quality targets of issue 5 on the held-out part of every language that has one, and the format of every
// evaluation file (test/rewrite/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvaluationSet, TARGETS } from '../../../lib/rewrite/evaluate';
import { DRAFT_LANGUAGES } from '../../../lib/rewrite/types';

const root = fileURLToPath(new URL('../../rewrite/', import.meta.url));
const files = DRAFT_LANGUAGES.flatMap((lang) =>
  (existsSync(join(root, lang)) ? readdirSync(join(root, lang)) : []).filter((file) => file.endsWith('.json')).map((file) => ({ lang, file })),
);
const read = (lang: string, file: string) => parseEvaluationSet(JSON.parse(readFileSync(join(root, lang, file), 'utf8')), `test/rewrite/${lang}/${file}`);

describe('evaluation files', () => {
  it.each(files)('$lang/$file follows the format', ({ lang, file }) => {
    expect(['tuning.json', 'held-out.json']).toContain(file);
    expect(read(lang, file).length).toBeGreaterThan(0);
  });

  // English was asked for a held-out third; the other languages choose their own split.
  it.each(['en'].filter((lang) => existsSync(join(root, lang, 'held-out.json'))))('%s: the held-out part is at least a third of the sentences', (lang) => {
    const heldOut = read(lang, 'held-out.json').length;
    const tuning = existsSync(join(root, lang, 'tuning.json')) ? read(lang, 'tuning.json').length : 0;
    expect(heldOut * 3).toBeGreaterThanOrEqual(heldOut + tuning);
  });
});

describe('held-out targets', () => {
  it.each(DRAFT_LANGUAGES.filter((lang) => existsSync(join(root, lang, 'held-out.json'))))(
    `%s: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, fewer than ${TARGETS.falsePositivesPer1000} false positives per 1,000 neutral sentences`,
    (lang) => {
      const report = evaluate(read(lang, 'held-out.json'), lang);
      const detail = JSON.stringify({ misses: report.misses.slice(0, 10), extras: report.extras.slice(0, 10) }, null, 1);
      expect(report.overall.precision, detail).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(report.overall.recall, detail).toBeGreaterThanOrEqual(TARGETS.recall);
      expect(report.falsePositivesPer1000, detail).toBeLessThan(TARGETS.falsePositivesPer1000);
    },
  );
});
