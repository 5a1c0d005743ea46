import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { addEvents, countEvents, deleteAllEvents, deleteEventsOlderThan, LOOKBACK_MS, readAllEvents, readEventsForPeriod, readSites, readThread } from '@/lib/db/events';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import type { ResponseEvent } from '@/lib/responses/stats';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const key = (n: number) => n.toString(16).padStart(32, '0');
function ev(thread: number, kind: 'inbound' | 'reply', at: number, extra: Partial<ResponseEvent> = {}): ResponseEvent {
  return { id: `${key(thread)}:${kind}:${at}`, threadKey: key(thread), kind, at, site: 'gmail', channel: 'email', ...extra };
}

let db: ReplywellDatabase;
beforeEach(async () => {
  db = createDatabase(`events-${Math.random()}`, { indexedDB, IDBKeyRange });
  await db.open();
});

describe('the event log', () => {
  it('stores a repeated report once and says how many were new', async () => {
    const first = ev(1, 'inbound', T0);
    expect(await addEvents(db, [first, ev(1, 'reply', T0 + 1000)])).toBe(2);
    expect(await addEvents(db, [{ ...first }, first, ev(1, 'reply', T0 + 1000)])).toBe(0);
    expect(await countEvents(db)).toBe(2);
  });

  it('writes nothing when one event of a batch cannot be stored', async () => {
    await addEvents(db, [ev(1, 'inbound', T0)]);
    const broken = { ...ev(2, 'inbound', T0), id: undefined } as unknown as ResponseEvent;
    await expect(addEvents(db, [ev(3, 'inbound', T0), broken])).rejects.toThrow();
    expect((await readAllEvents(db)).map((row) => row.threadKey)).toEqual([key(1)]);
  });

  it('reads a period with its look-back, by site and by channel', async () => {
    await addEvents(db, [
      ev(1, 'inbound', T0 - LOOKBACK_MS - 1),
      ev(1, 'inbound', T0 - DAY),
      ev(2, 'inbound', T0 + DAY, { site: 'zendesk' }),
      ev(3, 'inbound', T0 + 2 * DAY, { site: 'intercom', channel: 'chat' }),
      ev(4, 'inbound', T0 + 40 * DAY),
    ]);
    const period = { from: T0, to: T0 + 30 * DAY };
    expect((await readEventsForPeriod(db, period)).map((row) => row.at)).toEqual([T0 - DAY, T0 + DAY, T0 + 2 * DAY]);
    expect((await readEventsForPeriod(db, { ...period, site: 'zendesk' })).map((row) => row.site)).toEqual(['zendesk']);
    expect((await readEventsForPeriod(db, { ...period, channel: 'chat' })).map((row) => row.site)).toEqual(['intercom']);
    expect(await readEventsForPeriod(db, { ...period, site: 'zendesk', channel: 'chat' })).toEqual([]);
  });

  it('reads one conversation in time order and lists the sites seen', async () => {
    await addEvents(db, [ev(5, 'reply', T0 + 50), ev(5, 'inbound', T0), ev(6, 'inbound', T0 + 10, { site: 'whatsapp', channel: 'social' })]);
    expect((await readThread(db, key(5))).map((row) => row.kind)).toEqual(['inbound', 'reply']);
    expect(await readSites(db)).toEqual(['gmail', 'whatsapp']);
  });

  it('keeps only the days asked for, and deletes everything on request', async () => {
    await addEvents(db, [ev(1, 'inbound', T0 - 100 * DAY), ev(1, 'inbound', T0 - 10 * DAY)]);
    expect(await deleteEventsOlderThan(db, 30, T0)).toBe(1);
    expect(await countEvents(db)).toBe(1);
    await deleteAllEvents(db);
    expect(await countEvents(db)).toBe(0);
  });
});
