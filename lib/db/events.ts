import type { Channel } from '../responses/report';
import type { ResponseEvent } from '../responses/stats';
import { checkStoredEvent, dayOf, DAY_MS, decodeDay, encodeDay, getDayIds, type DayFilter, type EventDayRow } from './event-days';
import type { ReplywellDatabase } from './schema';

// The reply log's storage: one row per UTC day in `eventDays` (lib/db/event-days.ts says why and how). Every read
// and write of the log goes through these functions, and every write is one transaction.

/** How far before a period the dashboard reads, so that a reply early in the period finds what it answered. */
export const LOOKBACK_MS = 7 * DAY_MS;

/**
 * Stores events; an event whose id is already stored is left as it is (the same report twice, an import of an
 * export). One transaction: a bad event or a failure (a full disk) leaves nothing half-written. Returns how many
 * were new.
 */
export async function addEvents(db: ReplywellDatabase, events: readonly ResponseEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  events.forEach(checkStoredEvent);
  const byDay = new Map<number, ResponseEvent[]>();
  for (const event of events) {
    const day = dayOf(event.at);
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  const days = [...byDay.keys()];
  return db.transaction('rw', db.eventDays, async () => {
    const rows = await db.eventDays.bulkGet(days);
    const changed: EventDayRow[] = [];
    let added = 0;
    days.forEach((day, index) => {
      const row = rows[index];
      const ids = row ? getDayIds(row) : new Set<string>();
      const stored: ResponseEvent[] = [];
      if (row) decodeDay(row, {}, stored);
      const before = stored.length;
      for (const event of byDay.get(day)!) {
        if (ids.has(event.id)) continue;
        ids.add(event.id);
        stored.push(normalize(event));
      }
      if (stored.length === before) return;
      added += stored.length - before;
      changed.push(encodeDay(day, stored));
    });
    if (changed.length > 0) await db.eventDays.bulkPut(changed);
    return added;
  });
}

/** The stored shape: only what is set (no `observed: false`, no `rewrites: 0`), no other properties. */
function normalize(event: ResponseEvent): ResponseEvent {
  const row: ResponseEvent = { id: event.id, threadKey: event.threadKey, kind: event.kind, at: event.at, site: event.site, channel: event.channel };
  if (event.observed) row.observed = true;
  if (event.templateId !== undefined) row.templateId = event.templateId;
  if (event.rewrites) row.rewrites = event.rewrites;
  if (event.customerTimeZone !== undefined) row.customerTimeZone = event.customerTimeZone;
  return row;
}

export interface EventQuery {
  from: number;
  to: number;
  site?: string;
  channel?: Channel;
}

/** The events in [from, to), narrowed by site or channel, in time order (an export of a period). */
export async function readEventsBetween(db: ReplywellDatabase, query: EventQuery): Promise<ResponseEvent[]> {
  if (!(query.from < query.to)) return [];
  const rows = await db.eventDays.where('day').between(dayOf(query.from), dayOf(query.to - 1), true, true).toArray();
  const events: ResponseEvent[] = [];
  const filter: DayFilter = { from: query.from, to: query.to, site: query.site, channel: query.channel };
  for (const row of rows) decodeDay(row, filter, events);
  return events;
}

/**
 * The events a dashboard period needs: [from − look-back, to), narrowed by site or channel, in time order.
 */
export function readEventsForPeriod(db: ReplywellDatabase, query: EventQuery): Promise<ResponseEvent[]> {
  return readEventsBetween(db, { ...query, from: query.from - LOOKBACK_MS });
}

/** Every event, in time order (the export of everything). */
export async function readAllEvents(db: ReplywellDatabase): Promise<ResponseEvent[]> {
  const events: ResponseEvent[] = [];
  await db.eventDays.orderBy('day').each((row) => decodeDay(row, {}, events));
  return events;
}

/** The events of one conversation, in time order (the sidebar's waiting clock). */
export async function readThread(db: ReplywellDatabase, threadKey: string): Promise<ResponseEvent[]> {
  // The multi-entry index on each day's thread keys finds the conversation's days; rows come in day order.
  const rows = await db.eventDays.where('threads').equals(threadKey).toArray();
  const events: ResponseEvent[] = [];
  for (const row of rows.sort((a, b) => a.day - b.day)) decodeDay(row, { threadKey }, events);
  return events;
}

/** Sites that have events (the dashboard's site filter), sorted. */
export async function readSites(db: ReplywellDatabase): Promise<string[]> {
  // The multi-entry index on each day's sites, read key by key without the rows.
  return (await db.eventDays.orderBy('sites').uniqueKeys()) as string[];
}

/** How many events the days before `day` (or all days) hold, from the `[day+count]` index alone. */
async function countUpTo(db: ReplywellDatabase, day = Infinity): Promise<number> {
  const keys = (await db.eventDays.where('[day+count]').below([day, -Infinity]).keys()) as unknown as [number, number][];
  let total = 0;
  for (const key of keys) total += key[1];
  return total;
}

/** Deletes events older than `days` days before `now`; returns how many went. */
export function deleteEventsOlderThan(db: ReplywellDatabase, days: number, now: number): Promise<number> {
  const cutoff = now - days * DAY_MS;
  const cutDay = dayOf(cutoff);
  return db.transaction('rw', db.eventDays, async () => {
    let removed = await countUpTo(db, cutDay);
    await db.eventDays.where('day').below(cutDay).delete();
    const row = await db.eventDays.get(cutDay);
    if (row) {
      const kept: ResponseEvent[] = [];
      decodeDay(row, { from: cutoff }, kept);
      removed += row.count - kept.length;
      if (kept.length === 0) await db.eventDays.delete(cutDay);
      else if (kept.length < row.count) await db.eventDays.put(encodeDay(cutDay, kept));
    }
    return removed;
  });
}

/** Deletes the whole log. */
export function deleteAllEvents(db: ReplywellDatabase): Promise<void> {
  return db.eventDays.clear();
}

/** How many events are stored. */
export function countEvents(db: ReplywellDatabase): Promise<number> {
  return countUpTo(db);
}
