// The reply log in Chromium's real IndexedDB: bulk insert of the ~100,000 events of a 30-day window, into
// Replywell's day rows and into one Dexie row per event (the layout one would write first), and the update of that
// per-event database to the current version; the whole log of
// 1,000,000 events; then the dashboard's 30-day query (read with the look-back, then every figure computed), with
// the per-event layout's read of the same window beside it.
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
  type Result = {
    count: number;
    windowCount: number;
    windowInserts: { days: number[]; rows: number[] };
    rowsRead: number[];
    upgrade: number;
    upgradedCount: number;
    inserts: number[];
    queries: { read: number; compute: number; rows: number }[];
    single: number[];
    thread: number[];
  };
  const result = await page.evaluate(({ total, batch }) => (globalThis as unknown as { rwBench: { run(t: number, b: number): Promise<Result> } }).rwBench.run(total, batch), { total: TOTAL, batch: BATCH });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;
  const n = (value: number) => value.toLocaleString('en');
  const perSecond = (events: number, took: number) => `${n(Math.round((events / took) * 1000))} events/s`;
  console.log(`Chromium ${context.browser()?.version() ?? ''} IndexedDB, batches of ${n(BATCH)} events`);
  console.log(`bulk insert of the ${n(result.windowCount)} events of a 30-day window with its look-back:`);
  console.log(`  Replywell day rows (addEvents)                ${ms(sum(result.windowInserts.days))}  (${perSecond(result.windowCount, sum(result.windowInserts.days))})`);
  console.log(`  one Dexie row per event (bulkPut)             ${ms(sum(result.windowInserts.rows))}  (${perSecond(result.windowCount, sum(result.windowInserts.rows))})`);
  console.log(`update of a version 2 database (one row per event) holding them: ${n(result.upgradedCount)} events moved to day rows in ${(result.upgrade / 1000).toFixed(1)} s`);
  console.log(`bulk insert of the whole log, ${n(result.count)} events   ${ms(sum(result.inserts))}  (${perSecond(result.count, sum(result.inserts))})`);
  console.log(`30-day dashboard query over ${n(result.count)} stored events (${n(result.queries[0]!.rows)} with look-back), median of 5:`);
  console.log(`  read (Replywell day rows)                     ${ms(median(result.queries.map((q) => q.read)))}`);
  console.log(`  compute every figure (computeReplyReport)     ${ms(median(result.queries.map((q) => q.compute)))}`);
  console.log(`  total                                         ${ms(median(result.queries.map((q) => q.read + q.compute)))}   (target < 500 ms)`);
  console.log(`  read, one Dexie row per event (time index)    ${ms(median(result.rowsRead))}`);
  console.log(`one reported event stored into today's row, median of 10   ${ms(median(result.single))}`);
  console.log(`one conversation read (sidebar clock), median of 10        ${ms(median(result.thread))}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
