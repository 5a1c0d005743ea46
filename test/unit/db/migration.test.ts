import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDatabase, packEventsByDay, SCHEMA_V1, SCHEMA_V3, type EventDayRow } from '@/lib/db/schema';
import { decodeDay } from '@/lib/db/event-days';
import { countEvents, readAllEvents, readEventsForPeriod, readSites, readThread } from '@/lib/db/events';
import type { ResponseEvent } from '@/lib/responses/stats';

const ROWS = 10_000;

function makeRows(): ResponseEvent[] {
  const rows: ResponseEvent[] = [];
  for (let i = 0; i < ROWS; i++) {
    const threadKey = (0x100000 + (i % 1500)).toString(16).padStart(32, '0');
    const kind = i % 3 === 0 ? 'reply' : 'inbound';
    const at = Date.UTC(2026, 0, 1) + i * 61_000;
    const row: ResponseEvent = { id: `${threadKey}:${kind}:${at}`, threadKey, kind, at, site: i % 2 ? 'gmail' : 'zendesk', channel: 'email' };
    // Version 1 wrote these explicitly; version 2 keeps only what is set.
    if (i % 5 === 0) row.rewrites = i % 10 === 0 ? 0 : 2;
    if (i % 7 === 0) row.observed = i % 14 === 0;
    if (i % 11 === 0) row.templateId = `tpl-${i % 4}`;
    rows.push(row);
  }
  return rows;
}

describe('database versions', () => {
  it('opens a version 1 database with 10,000 events and loses nothing on the way to the current version', async () => {
    const name = `migration-${Date.now()}`;
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const rows = makeRows();
    await v1.table('events').bulkAdd(rows);
    await v1.table('templates').bulkAdd([{ id: 'personal/thanks', source: 'personal', language: 'en', tags: ['a'], updatedAt: 1, body: 'Thanks!' }]);
    await v1.table('packs').add({ id: 'acme', version: '1.2.0', origin: 'url', installedAt: 2 });
    await v1.table('customers').add({ key: 'domain:example.no', updatedAt: 3, country: 'NO' });
    await v1.table('meta').add({ key: 'salt', value: 'ab'.repeat(32) });
    v1.close();

    const db = createDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((table) => table.name)).not.toContain('events');
    expect(await countEvents(db)).toBe(ROWS);
    const all = await readAllEvents(db);
    expect(all).toHaveLength(ROWS);
    const stored = new Map(all.map((row) => [row.id, row]));
    for (const row of rows) {
      const expected: ResponseEvent = { ...row };
      if (expected.rewrites === 0) delete expected.rewrites;
      if (expected.observed === false) delete expected.observed;
      expect(stored.get(row.id)).toStrictEqual(expected);
    }
    expect(await db.templates.get('personal/thanks')).toMatchObject({ body: 'Thanks!', tags: ['a'] });
    expect(await db.packs.get('acme')).toMatchObject({ version: '1.2.0' });
    expect(await db.customers.get('domain:example.no')).toMatchObject({ country: 'NO' });
    expect(await db.meta.get('salt')).toEqual({ key: 'salt', value: 'ab'.repeat(32) });
    // The day rows answer the sidebar's, the dashboard's and the site filter's questions.
    expect(await readSites(db)).toEqual(['gmail', 'zendesk']);
    const from = Date.UTC(2026, 0, 3);
    const period = await readEventsForPeriod(db, { from, to: from + 86_400_000, site: 'gmail' });
    expect(period.map((row) => row.id)).toEqual(rows.filter((row) => row.site === 'gmail' && row.at < from + 86_400_000).map((row) => row.id));
    const thread = await readThread(db, rows[0]!.threadKey);
    expect(thread.map((row) => row.at)).toEqual(rows.filter((row) => row.threadKey === rows[0]!.threadKey).map((row) => row.at));
    db.close();
    // Four versions over 10,000 rows in fake-indexeddb take over a second alone, several when the whole suite runs.
  }, 60_000);

  it('moves rows in chunks without reading one twice or skipping one, however many share a time', async () => {
    const db = new Dexie(`pack-${Date.now()}`, { indexedDB, IDBKeyRange });
    db.version(1).stores(SCHEMA_V3);
    const DAY = 86_400_000;
    const rows: ResponseEvent[] = [];
    // 23 events at one instant (more than two chunks of 7), a day boundary, then single events.
    for (let i = 0; i < 23; i++) rows.push({ id: `k${i}:inbound:${DAY - 1}`, threadKey: `k${i}`, kind: 'inbound', at: DAY - 1, site: 'gmail', channel: 'email' });
    for (let i = 0; i < 30; i++) rows.push({ id: `t${i % 4}:reply:${DAY + i * 3_600_000}`, threadKey: `t${i % 4}`, kind: 'reply', at: DAY + i * 3_600_000, site: 'zendesk', channel: 'email' });
    await db.table('events').bulkAdd([...rows].reverse());
    await packEventsByDay(db.table('events'), db.table('eventDays'), 7);
    const stored = await db.table<EventDayRow, number>('eventDays').orderBy('day').toArray();
    expect(stored.map((row) => [row.day, row.count])).toEqual([[0, 23], [1, 24], [2, 6]]);
    const moved: ResponseEvent[] = [];
    for (const row of stored) decodeDay(row, {}, moved);
    expect(moved.map((event) => event.id).sort()).toEqual(rows.map((row) => row.id).sort());
    expect(moved.map((event) => event.at)).toEqual(rows.map((row) => row.at));
    db.close();
  });
});
