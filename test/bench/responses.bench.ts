// Reply-time figures over a large log: computeReplyStats over 100,000 and 1,000,000 events, calendar time and
// business hours, plus the dashboard's figures (SLA, trends, heatmap, breakdowns). The log is generated
// deterministically from a seed, shaped like a busy agent's year: threads of 1–8 events, mostly in time order as
// they are stored, a few duplicates (a retried report).
import { performance } from 'node:perf_hooks';
import { computeReplyStats } from '../../lib/responses/stats';
import { generateLog } from './generate-log';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function time(label: string, run: () => unknown): void {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1]!;
  console.log(`${label.padEnd(52)} median ${median.toFixed(0).padStart(5)} ms   min ${times[0]!.toFixed(0).padStart(5)} ms   max ${times.at(-1)!.toFixed(0).padStart(5)} ms`);
}

const businessHours = { timeZone: 'Europe/Oslo', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: ['2025-12-25', '2025-12-26', '2026-01-01', '2026-05-17'] };

console.log(`computeReplyStats (${RUNS} runs each, node ${process.version})`);
for (const count of [100_000, 1_000_000]) {
  const log = generateLog(count);
  time(`${count.toLocaleString('en')} events, calendar time`, () => computeReplyStats(log));
  // A fresh object each run: the business calendar is cached per object, and the dashboard makes one per query.
  time(`${count.toLocaleString('en')} events, business hours (Europe/Oslo)`, () => computeReplyStats(log, { businessHours: { ...businessHours } }));
}
