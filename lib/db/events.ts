import type { Channel } from '../responses/report';
import type { ResponseEvent } from '../responses/stats';
import type { ReplywellDatabase } from './schema';

/** How far before a period the dashboard reads, so that a reply early in the period finds what it answered. */
export const LOOKBACK_MS = 7 * 24 * 3_600_000;

/**
 * Stores events; an event whose id is already stored is left as it is (the same report twice, an import of an
 * export): one transaction, so a failure (a full disk) leaves nothing half-written. Returns how many were new.
 */
export async function addEvents(db: ReplywellDatabase, events: readonly ResponseEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return db.transaction('rw', db.events, async () => {
    const existing = await db.events.bulkGet(events.map((event) => event.id));
    const fresh = new Map<string, ResponseEvent>();
    events.forEach((event, index) => {
      if (!existing[index] && !fresh.has(event.id)) fresh.set(event.id, event);
    });
    if (fresh.size > 0) await db.events.bulkAdd([...fresh.values()]);
    return fresh.size;
  });
}

export interface EventQuery {
  from: number;
  to: number;
  site?: string;
  channel?: Channel;
}

/**
 * The events a dashboard period needs: [from − look-back, to), narrowed by site or channel through their
 * compound indexes, in time order.
 */
export async function readEventsForPeriod(db: ReplywellDatabase, query: EventQuery): Promise<ResponseEvent[]> {
  const from = query.from - LOOKBACK_MS;
  if (query.site !== undefined) {
    const rows = await db.events.where('[site+at]').between([query.site, from], [query.site, query.to], true, false).toArray();
    return query.channel === undefined ? rows : rows.filter((row) => row.channel === query.channel);
  }
  if (query.channel !== undefined) return db.events.where('[channel+at]').between([query.channel, from], [query.channel, query.to], true, false).toArray();
  return db.events.where('at').between(from, query.to, true, false).toArray();
}

/** Every event, in time order (the export of everything). */
export function readAllEvents(db: ReplywellDatabase): Promise<ResponseEvent[]> {
  return db.events.orderBy('at').toArray();
}

/** The events of one conversation, in time order (the sidebar's waiting clock). */
export function readThread(db: ReplywellDatabase, threadKey: string): Promise<ResponseEvent[]> {
  return db.events.where('[threadKey+at]').between([threadKey, -Infinity], [threadKey, Infinity]).toArray();
}

/** Sites that have events (the dashboard's site filter). */
export async function readSites(db: ReplywellDatabase): Promise<string[]> {
  // A skip scan: one index look-up per site, however many events each has.
  const sites: string[] = [];
  let row = await db.events.orderBy('[site+at]').first();
  while (row) {
    sites.push(row.site);
    row = await db.events.where('[site+at]').above([row.site, Infinity]).first();
  }
  return sites;
}

/** Deletes events older than `days` days before `now`; returns how many went. */
export function deleteEventsOlderThan(db: ReplywellDatabase, days: number, now: number): Promise<number> {
  return db.events.where('at').below(now - days * 24 * 3_600_000).delete();
}

/** Deletes the whole log. */
export function deleteAllEvents(db: ReplywellDatabase): Promise<void> {
  return db.events.clear();
}

/** How many events are stored. */
export function countEvents(db: ReplywellDatabase): Promise<number> {
  return db.events.count();
}
