import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeDay } from '@/lib/db/event-days';
import { addEvents, countEvents, deleteAllEvents, deleteEventsOlderThan, LOOKBACK_MS, readAllEvents, readEventsBetween, readEventsForPeriod, readSites, readThread } from '@/lib/db/events';
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

  it('gives back every field as stored, in time order, an inbound before a reply at the same instant', async () => {
    const full = ev(7, 'reply', T0 + 5, { observed: true, templateId: 'tpl-thanks', rewrites: 3, customerTimeZone: 'Asia/Tehran' });
    const other = ev(8, 'inbound', T0 + 5, { site: 'zendesk', customerTimeZone: 'Europe/Oslo', templateId: 'tpl-x' });
    const custom: ResponseEvent = { ...ev(9, 'inbound', T0 + 1), id: 'imported-by-hand-1' };
    expect(await addEvents(db, [full, other, custom, ev(7, 'inbound', T0 + 5)])).toBe(4);
    expect(await readAllEvents(db)).toStrictEqual([custom, ev(7, 'inbound', T0 + 5), other, full]);
    // A hand-made id is kept, and a repeat of it is still stored once.
    expect(await addEvents(db, [{ ...custom }])).toBe(0);
  });

  it('stores only what is set, whatever else an event carries', async () => {
    const noisy = { ...ev(1, 'inbound', T0), observed: false, rewrites: 0, extra: 'not ours' } as ResponseEvent;
    await addEvents(db, [noisy]);
    expect(await readAllEvents(db)).toStrictEqual([ev(1, 'inbound', T0)]);
  });

  it('refuses a batch with a bad event, says which, and writes none of it', async () => {
    await expect(addEvents(db, [ev(1, 'inbound', T0), { ...ev(2, 'inbound', T0), channel: 'fax' } as unknown as ResponseEvent])).rejects.toThrow(/Event 2 .*channel "fax"/);
    await expect(addEvents(db, [{ ...ev(2, 'inbound', T0), at: Number.NaN }])).rejects.toThrow(/time NaN/);
    await expect(addEvents(db, [ev(2, 'reply', T0, { rewrites: -1 })])).rejects.toThrow(/rewrites -1/);
    expect(await countEvents(db)).toBe(0);
  });

  it('adds to a day already stored and finds a conversation over several days', async () => {
    await addEvents(db, [ev(1, 'inbound', T0 + 10), ev(2, 'inbound', T0 + 20)]);
    await addEvents(db, [ev(1, 'reply', T0 + 30), ev(1, 'inbound', T0 + 3 * DAY), ev(1, 'reply', T0 - DAY)]);
    expect((await readThread(db, key(1))).map((row) => row.at)).toEqual([T0 - DAY, T0 + 10, T0 + 30, T0 + 3 * DAY]);
    expect(await readThread(db, key(99))).toEqual([]);
    expect(await countEvents(db)).toBe(5);
  });

  it('cuts the retention boundary inside a day and counts what went', async () => {
    const now = T0 + 12 * 3_600_000;
    await addEvents(db, [ev(1, 'inbound', now - 30 * DAY - 1), ev(1, 'reply', now - 30 * DAY), ev(2, 'inbound', now - 30 * DAY - 3_600_000), ev(3, 'inbound', now - 40 * DAY)]);
    expect(await deleteEventsOlderThan(db, 30, now)).toBe(3);
    expect((await readAllEvents(db)).map((row) => row.at)).toEqual([now - 30 * DAY]);
    expect(await deleteEventsOlderThan(db, 30, now)).toBe(0);
  });

  it('reads a period exactly, without the look-back, across day edges', async () => {
    await addEvents(db, [ev(1, 'inbound', T0 - 1), ev(1, 'reply', T0), ev(2, 'inbound', T0 + DAY - 1), ev(2, 'reply', T0 + DAY)]);
    expect((await readEventsBetween(db, { from: T0, to: T0 + DAY })).map((row) => row.at)).toEqual([T0, T0 + DAY - 1]);
    expect(await readEventsBetween(db, { from: T0, to: T0 })).toEqual([]);
  });

  it('agrees with a plain list of events over random batches, repeats, reads and retention', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const model = new Map<string, ResponseEvent>();
    const sites = ['gmail', 'zendesk', 'intercom'] as const;
    for (let round = 0; round < 12; round++) {
      const batch: ResponseEvent[] = [];
      for (let i = 0; i < 150; i++) {
        const site = sites[Math.floor(random() * 3)]!;
        const event = ev(Math.floor(random() * 40), random() < 0.5 ? 'inbound' : 'reply', T0 + Math.floor(random() * 20 * DAY), { site, channel: site === 'intercom' ? 'chat' : 'email' });
        if (random() < 0.2) event.templateId = `tpl-${Math.floor(random() * 3)}`;
        batch.push(event, ...(random() < 0.1 ? [{ ...event }] : []));
      }
      const fresh = batch.filter((event, index) => !model.has(event.id) && batch.findIndex((other) => other.id === event.id) === index);
      expect(await addEvents(db, batch)).toBe(fresh.length);
      for (const event of fresh) model.set(event.id, event);
      if (round === 8) {
        const now = T0 + 25 * DAY + 7_777_777;
        const gone = [...model.values()].filter((event) => event.at < now - 20 * DAY);
        expect(await deleteEventsOlderThan(db, 20, now)).toBe(gone.length);
        for (const event of gone) model.delete(event.id);
      }
      const inOrder = [...model.values()].sort((a, b) => a.at - b.at || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'inbound' ? -1 : 1));
      expect(await readAllEvents(db)).toStrictEqual(inOrder);
      expect(await countEvents(db)).toBe(model.size);
      const from = T0 + Math.floor(random() * 15 * DAY);
      const query = { from, to: from + 3 * DAY, site: random() < 0.5 ? 'zendesk' : undefined };
      expect(await readEventsBetween(db, query)).toStrictEqual(inOrder.filter((event) => event.at >= query.from && event.at < query.to && (query.site === undefined || event.site === query.site)));
      const thread = key(Math.floor(random() * 40));
      expect(await readThread(db, thread)).toStrictEqual(inOrder.filter((event) => event.threadKey === thread));
      expect(await readSites(db)).toEqual([...new Set(inOrder.map((event) => event.site))].sort());
    }
  });
});

describe('a day row', () => {
  it('holds each repeated string once', () => {
    const events = [0, 1, 2, 3].map((i) => ev(1, i % 2 ? 'reply' : 'inbound', T0 + i, { templateId: 'tpl', customerTimeZone: 'Europe/Helsinki' }));
    const row = encodeDay(Math.floor(T0 / DAY), events);
    expect([row.count, row.threads, row.sites, row.templates, row.zones, row.ids]).toEqual([4, [key(1)], ['gmail'], ['tpl'], ['Europe/Helsinki'], undefined]);
  });
});
