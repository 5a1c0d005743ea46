// The reply log in Chromium's real IndexedDB: bulk insert of 100,000 events (in the batches the background and
// an import use), then the dashboard's 30-day query (read with the look-back, then every figure computed) over
// 1,000,000 stored events; beside it, IndexedDB's own getAll on the same index, the floor for any library.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { AUTOMATION_ARGS, getChromiumPath } from '../../scripts/chromium.mjs';
import { OUTPUT_DIR } from '../../scripts/output-dir.mjs';

const TOTAL = Number(process.env.BENCH_DB_EVENTS ?? 1_000_000);
const BATCH = 10_000;
const out = join(OUTPUT_DIR, 'bench-db');

await build({
  configFile: false,
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true, lib: { entry: join(import.meta.dirname, 'reply-log-db/entry.ts'), formats: ['iife'], name: 'rwBenchDb', fileName: () => 'bench.js' } },
});

const profile = mkdtempSync(join(tmpdir(), 'rw-bench-db-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: getChromiumPath(), headless: true, args: [...AUTOMATION_ARGS] });
try {
  const page = await context.newPage();
  await context.route('https://bench.replywell.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
  await page.goto('https://bench.replywell.test/');
  await page.addScriptTag({ path: join(out, 'bench.js') });
  const result = await page.evaluate(({ total, batch }) => (globalThis as unknown as { rwBench: { run(t: number, b: number): Promise<{ count: number; inserts: number[]; queries: { read: number; compute: number; rows: number }[]; raw: number[] }> } }).rwBench.run(total, batch), { total: TOTAL, batch: BATCH });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const first100k = result.inserts.slice(0, 100_000 / BATCH).reduce((a, b) => a + b, 0);
  const all = result.inserts.reduce((a, b) => a + b, 0);
  console.log(`Chromium ${context.browser()?.version() ?? ''} IndexedDB, ${result.count.toLocaleString('en')} events stored (batches of ${BATCH.toLocaleString('en')})`);
  console.log(`bulk insert, first 100,000 events             ${first100k.toFixed(0).padStart(6)} ms  (${((100_000 / first100k) * 1000).toFixed(0)} events/s)`);
  console.log(`bulk insert, all ${result.count.toLocaleString('en')} events${' '.repeat(Math.max(0, 20 - result.count.toLocaleString('en').length))}${all.toFixed(0).padStart(10)} ms`);
  const total = result.queries.map((q) => q.read + q.compute);
  console.log(`30-day dashboard query (${result.queries[0]!.rows.toLocaleString('en')} rows with look-back), median of 5:`);
  console.log(`  read (Dexie, time index)                      ${median(result.queries.map((q) => q.read)).toFixed(0).padStart(6)} ms`);
  console.log(`  compute every figure (computeReplyReport)     ${median(result.queries.map((q) => q.compute)).toFixed(0).padStart(6)} ms`);
  console.log(`  total                                         ${median(total).toFixed(0).padStart(6)} ms   (target < 500 ms)`);
  console.log(`  IndexedDB getAll on the same index, no Dexie  ${median(result.raw).toFixed(0).padStart(6)} ms`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
