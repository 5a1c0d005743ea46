// Reply-time figures over a large log: computeReplyStats over 100,000 and 1,000,000 events, calendar time and
// business hours, plus the dashboard's figures (SLA, trends, heatmap, breakdowns). The log is generated
// deterministically from a seed, shaped like a busy agent's year: threads of 1–8 events, mostly in time order as
// they are stored, a few duplicates (a retried report).
import { performance } from 'node:perf_hooks';
import { computeReplyStats, type ResponseEvent } from '../../lib/responses/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES = ['gmail', 'zendesk', 'intercom', 'whatsapp', 'outlook', 'freshdesk'] as const;
const CHANNEL = { gmail: 'email', outlook: 'email', zendesk: 'email', freshdesk: 'email', intercom: 'chat', whatsapp: 'social' } as const;

export function generateLog(count: number, seed = 7): ResponseEvent[] {
  const random = createRandom(seed);
  const start = Date.UTC(2025, 10, 1);
  const year = 365 * 86_400_000;
  const events: ResponseEvent[] = [];
  let thread = 0;
  while (events.length < count) {
    const threadKey = (0x1000000 + thread++).toString(16).padStart(16, 'a');
    const site = SITES[Math.floor(random() * SITES.length)]!;
    const channel = CHANNEL[site];
    let at = start + Math.floor(random() * year);
    const length = 1 + Math.floor(random() * 8);
    for (let i = 0; i < length && events.length < count; i++) {
      const kind = i === 0 || random() < 0.45 ? 'inbound' : 'reply';
      at += Math.floor(random() * (channel === 'chat' ? 600_000 : 20 * 3_600_000));
      const event: ResponseEvent = { id: `${threadKey}:${kind}:${at}`, threadKey, kind, at, site, channel, observed: random() < 0.2 };
      if (kind === 'reply' && random() < 0.3) event.templateId = `tpl-${Math.floor(random() * 50)}`;
      events.push(event);
      if (random() < 0.002) events.push({ ...event });
    }
  }
  return events;
}

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
