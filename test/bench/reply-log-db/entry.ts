// Bundled into one script for the reply-log database bench (test/bench/reply-log-db.bench.ts), which runs it in
// Chromium against the browser's real IndexedDB.
import { addEvents, readEventsForPeriod } from '../../../lib/db/events';
import { createDatabase } from '../../../lib/db/schema';
import { computeReplyReport, DEFAULT_SLA_MINUTES } from '../../../lib/responses/report';
import { generateLog } from '../generate-log';

const DAY = 86_400_000;

async function run(total: number, batch: number) {
  const db = createDatabase(`bench-${Date.now()}`);
  await db.open();
  // A year of a busy team, ending now.
  const log = generateLog(total, 7, Date.now() - 365 * DAY);
  const inserts: number[] = [];
  for (let i = 0; i < log.length; i += batch) {
    const began = performance.now();
    await addEvents(db, log.slice(i, i + batch));
    inserts.push(performance.now() - began);
  }
  const count = await db.events.count();

  const to = Date.now();
  const from = to - 30 * DAY;
  const queries: { read: number; compute: number; rows: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const rows = await readEventsForPeriod(db, { from, to });
    const read = performance.now() - began;
    computeReplyReport(rows, { from, to, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, slaMinutes: DEFAULT_SLA_MINUTES });
    queries.push({ read, compute: performance.now() - began - read, rows: rows.length });
  }
  // The same rows with IndexedDB's own getAll on the time index, no Dexie: the floor for any library.
  const raw: number[] = [];
  const idb = db.backendDB();
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction('events').objectStore('events').index('at').getAll(IDBKeyRange.bound(from - 7 * DAY, to, false, true));
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    raw.push(performance.now() - began);
  }
  db.close();
  return { count, inserts, queries, raw };
}

(globalThis as unknown as { rwBench: { run: typeof run } }).rwBench = { run };
