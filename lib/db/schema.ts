import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ResponseEvent } from '../responses/stats';
import { dayOf, encodeDay, type EventDayRow } from './event-days';

// The one IndexedDB database of the extension. It is opened only in extension pages and the background (never in a
// content script, where IndexedDB would belong to the host page's origin). Every later schema change is a new
// `db.version(n)` below the existing ones, with an `upgrade` that keeps every row; test/unit/db/ opens a database
// written by each earlier version and checks that nothing is lost.

/** A stored template row (the full shape is the template schema in lib/templates/; these fields are indexed). */
export interface TemplateRow {
  id: string;
  /** `personal`, or `pack:<packId>` for a pack's read-only template (docs/packs.md: storage convention). */
  source: string;
  folder?: string;
  language: string;
  tags: string[];
  updatedAt: number;
  [field: string]: unknown;
}

/** An installed pack's metadata (its templates are rows in `templates` with `source` = the pack id). */
export interface PackRow {
  id: string;
  version: string;
  /** Where it came from: a file, a subscribed https URL, enterprise policy or Replywell's starter packs. */
  origin: 'file' | 'url' | 'policy' | 'starter';
  installedAt: number;
  [field: string]: unknown;
}

/** A logged inbound message or sent reply (never message text, names or addresses), as versions 1 and 2 stored
 * it: one row per event. Version 3 stores the log one row per day (`EventDayRow`). */
export type EventRow = ResponseEvent;

export type { EventDayRow };

/** A remembered customer location: per customer and per email domain, a confirmed or guessed country and zone. */
export interface CustomerRow {
  /** `customer:<salted hash>` or `domain:<domain>`. */
  key: string;
  updatedAt: number;
  [field: string]: unknown;
}

/** Small values the background keeps with the data (the per-install salt, schema notes). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export type ReplywellDatabase = Dexie & {
  templates: EntityTable<TemplateRow, 'id'>;
  packs: EntityTable<PackRow, 'id'>;
  eventDays: EntityTable<EventDayRow, 'day'>;
  customers: EntityTable<CustomerRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Version 1: the indexes serve the look-ups of templates by pack, folder and tag, and the reply-time queries by
 * period, thread, and site or channel within a period. */
export const SCHEMA_V1 = {
  templates: 'id, source, folder, language, *tags, updatedAt',
  packs: 'id',
  events: 'id, at, threadKey, [site+at], [channel+at]',
  customers: 'key, updatedAt',
  meta: 'key',
} as const;

/** Version 2: the sidebar's waiting clock reads one conversation's events in time order. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  events: 'id, at, threadKey, [site+at], [channel+at], [threadKey+at]',
} as const;

/**
 * Version 3: the log one row per UTC day, column by column (lib/db/event-days.ts), so that a 30-day dashboard reads
 * about 40 rows instead of about 100,000. `[day+count]` gives totals without reading rows; the multi-entry indexes
 * on each day's thread keys and sites serve the sidebar's clock and the site filter. The upgrade moves every event.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  eventDays: 'day, [day+count], *threads, *sites',
} as const;

/** Version 4: the per-event table goes, once version 3 has moved its rows. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  events: null,
} as const;

/**
 * Moves per-event rows (versions 1 and 2) into day rows. They are read in time order, `chunk` at a time through the
 * time index (a `getAll` per chunk: several times faster than a cursor step per row), so each day is complete when
 * the next begins and is written at once; only one chunk and one day are held as objects, however large the log.
 * Rows sharing the time where a chunk ends are told apart by id, so that none is read twice or skipped.
 */
export async function packEventsByDay(events: Table<EventRow, string>, days: Table<EventDayRow, number>, chunk = 5_000): Promise<void> {
  let day: number | undefined;
  let current: ResponseEvent[] = [];
  let after = -Infinity;
  let takenAtAfter = new Set<string>();
  for (;;) {
    const rows = await events.where('at').aboveOrEqual(after).limit(chunk + takenAtAfter.size).toArray();
    const fresh = rows.filter((row) => !(row.at === after && takenAtAfter.has(row.id)));
    if (fresh.length === 0) break;
    const packed: EventDayRow[] = [];
    for (const row of fresh) {
      const rowDay = dayOf(row.at);
      if (rowDay !== day) {
        if (day !== undefined) packed.push(encodeDay(day, current));
        day = rowDay;
        current = [];
      }
      current.push(row);
    }
    if (packed.length > 0) await days.bulkPut(packed);
    const last = fresh[fresh.length - 1]!.at;
    if (last !== after) {
      after = last;
      takenAtAfter = new Set();
    }
    for (const row of fresh) if (row.at === after) takenAtAfter.add(row.id);
  }
  if (day !== undefined) await days.put(encodeDay(day, current));
}

/** What Dexie needs where there is no global IndexedDB (tests hand in fake-indexeddb). */
export interface DatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Opens (lazily, on first use) the Replywell database with every schema version declared. */
export function createDatabase(name = 'replywell', options: DatabaseOptions = {}): ReplywellDatabase {
  const db = new Dexie(name, options) as ReplywellDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    // Rows logged before version 2 may carry `rewrites: 0` and `observed: false`; the log stores only what is
    // set, so exports and the dashboard see one shape.
    .upgrade((tx) =>
      tx
        .table<EventRow, string>('events')
        .toCollection()
        .modify((row) => {
          if (row.rewrites === 0) delete row.rewrites;
          if (row.observed === false) delete row.observed;
        }),
    );
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade((tx) => packEventsByDay(tx.table<EventRow, string>('events'), tx.table<EventDayRow, number>('eventDays')));
  db.version(4).stores(SCHEMA_V4);
  return db;
}
