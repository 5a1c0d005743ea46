// Bundled into one script for the reply-log database bench (test/bench/reply-log-db.bench.ts), which runs it in
// Chromium against the browser's real IndexedDB.
import { Dexie } from 'dexie';
import { addEvents, countEvents, LOOKBACK_MS, readEventsForPeriod, readThread } from '../../../lib/db/events';
import { createDatabase, SCHEMA_V2 } from '../../../lib/db/schema';
import { computeReplyReport, DEFAULT_SLA_MINUTES } from '../../../lib/responses/report';
import type { ResponseEvent } from '../../../lib/responses/stats';
import { generateLog } from '../generate-log';

const DAY = 86_400_000;

async function time(task: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await task();
  return performance.now() - began;
}

async function insertInBatches(events: readonly ResponseEvent[], batch: number, add: (slice: ResponseEvent[]) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < events.length; i += batch) times.push(await time(() => add(events.slice(i, i + batch))));
  return times;
}

async function run(total: number, batch: number) {
  const stamp = Date.now();
  // A year of a busy team, ending now, in the order events arrive (time order).
  const log = generateLog(total, 7, stamp - 365 * DAY).sort((a, b) => a.at - b.at);
  const to = stamp;
  const from = to - 30 * DAY;
  const window = log.filter((event) => event.at >= from - LOOKBACK_MS && event.at < to);

  // The same events of the 30-day window (with the look-back), in the same batches, into Replywell's day rows and
  // into the layout one would write first: one Dexie row per event with the version 2 indexes, stored with bulkPut.
  const days = createDatabase(`bench-days-${stamp}`);
  const rowsDb = new Dexie(`bench-rows-${stamp}`);
  rowsDb.version(2).stores(SCHEMA_V2);
  await days.open();
  await rowsDb.open();
  const windowInserts = {
    days: await insertInBatches(window, batch, (slice) => addEvents(days, slice)),
    rows: await insertInBatches(window, batch, (slice) => rowsDb.table('events').bulkPut(slice)),
  };
  const rowsRead: number[] = [];
  for (let i = 0; i < 5; i++) rowsRead.push(await time(() => rowsDb.table('events').where('at').between(from - LOOKBACK_MS, to, true, false).toArray()));
  days.close();
  rowsDb.close();
  await Dexie.delete(days.name);

  // An update from a version that stored one row per event: the same database opened by the current code, which
  // moves every event into day rows (version 3) and drops the old table (version 4).
  const upgraded = createDatabase(rowsDb.name);
  const upgrade = await time(() => upgraded.open());
  const upgradedCount = await countEvents(upgraded);
  upgraded.close();
  await Dexie.delete(upgraded.name);

  // The whole log, then the dashboard's query over it.
  const db = createDatabase(`bench-${stamp}`);
  await db.open();
  const inserts = await insertInBatches(log, batch, (slice) => addEvents(db, slice));
  const count = await countEvents(db);
  const queries: { read: number; compute: number; rows: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const rows = await readEventsForPeriod(db, { from, to });
    const read = performance.now() - began;
    computeReplyReport(rows, { from, to, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, slaMinutes: DEFAULT_SLA_MINUTES });
    queries.push({ read, compute: performance.now() - began - read, rows: rows.length });
  }
  // The live path: one reported event into today's row (the busiest rows hold a few thousand), and the sidebar's
  // read of one conversation.
  const single: number[] = [];
  const thread: number[] = [];
  const recent = log.slice(-20);
  for (let i = 0; i < 10; i++) {
    const event = recent[i * 2]!;
    const at = to - 60_000 + i;
    single.push(await time(() => addEvents(db, [{ ...event, id: `${event.threadKey}:${event.kind}:${at}`, at }])));
    thread.push(await time(() => readThread(db, event.threadKey)));
  }
  db.close();
  await Dexie.delete(db.name);
  return { count, windowCount: window.length, windowInserts, rowsRead, upgrade, upgradedCount, inserts, queries, single, thread };
}

(globalThis as unknown as { rwBench: { run: typeof run } }).rwBench = { run };
