import type { ResponseEvent } from '../responses/stats';

// The reply log is stored one row per UTC day, column by column, instead of one row per event. Reading a row back
// from IndexedDB costs a structured clone whatever its size; a 30-day dashboard over a busy log reads about 40 rows
// of typed arrays instead of about 100,000 objects (23 µs each in Chromium, with or without Dexie), which is what
// brings the query under half a second. A row is a pure function of its day's events: `encodeDay` sorts them, and
// `decodeDay` gives them back as the same `ResponseEvent` objects that went in.

export const DAY_MS = 86_400_000;

/** The UTC day number of an instant (the row it is stored in). */
export const dayOf = (at: number): number => Math.floor(at / DAY_MS);

const CHANNEL_CODES = ['email', 'chat', 'social'] as const;
const REPLY = 1;
const OBSERVED = 2;

/** One day of the log. Strings repeated across events are stored once per row and referred to by index. */
export interface EventDayRow {
  /** UTC day number: ⌊at / 86,400,000⌋ (the primary key). */
  day: number;
  /** How many events the day holds (the `[day+count]` index gives totals without reading the rows). */
  count: number;
  /** Epoch ms of each event, ascending. */
  at: Float64Array;
  /** Bit 0: a reply (else an inbound message); bit 1: the time is when Replywell saw it. */
  flags: Uint8Array;
  /** Index into ['email', 'chat', 'social']. */
  channel: Uint8Array;
  /** Index into `threads`. */
  thread: Uint32Array;
  /** The day's distinct thread keys (a multi-entry index: the sidebar finds a conversation's days). */
  threads: string[];
  /** Index into `sites`. */
  site: Uint16Array;
  /** The day's distinct sites (a multi-entry index: the dashboard's site filter). */
  sites: string[];
  /** 0 for none, else 1 + the index into `templates`. */
  template: Uint32Array;
  templates: string[];
  /** Draft-check rewrites applied (0 for none). */
  rewrites: Uint16Array;
  /** 0 for none, else 1 + the index into `zones`. */
  zone: Uint16Array;
  zones: string[];
  /** Ids that are not the usual `<thread key>:<kind>:<time>` (a hand-made import), by event index. */
  ids?: Record<number, string>;
}

/** The id the background gives an event: the same report twice gets the same id. */
export const getEventId = (threadKey: string, kind: ResponseEvent['kind'], at: number): string => `${threadKey}:${kind}:${at}`;

/** Events of a day in stored order: by time, an inbound before a reply at the same instant, then by id. */
function compareEvents(a: ResponseEvent, b: ResponseEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.kind !== b.kind) return a.kind === 'inbound' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let found = this.index.get(value);
    if (found === undefined) {
      found = this.values.length;
      this.values.push(value);
      this.index.set(value, found);
    }
    return found;
  }
}

/** The row of one day's events (all in that day; repeated ids must already be removed). */
export function encodeDay(day: number, events: readonly ResponseEvent[]): EventDayRow {
  const sorted = [...events].sort(compareEvents);
  const n = sorted.length;
  const row: EventDayRow = {
    day,
    count: n,
    at: new Float64Array(n),
    flags: new Uint8Array(n),
    channel: new Uint8Array(n),
    thread: new Uint32Array(n),
    threads: [],
    site: new Uint16Array(n),
    sites: [],
    template: new Uint32Array(n),
    templates: [],
    rewrites: new Uint16Array(n),
    zone: new Uint16Array(n),
    zones: [],
  };
  const threads = new Dictionary();
  const sites = new Dictionary();
  const templates = new Dictionary();
  const zones = new Dictionary();
  let ids: Record<number, string> | undefined;
  for (let i = 0; i < n; i++) {
    const event = sorted[i]!;
    row.at[i] = event.at;
    row.flags[i] = (event.kind === 'reply' ? REPLY : 0) | (event.observed ? OBSERVED : 0);
    row.channel[i] = CHANNEL_CODES.indexOf(event.channel);
    row.thread[i] = threads.of(event.threadKey);
    row.site[i] = sites.of(event.site);
    if (event.templateId !== undefined) row.template[i] = templates.of(event.templateId) + 1;
    if (event.rewrites) row.rewrites[i] = event.rewrites;
    if (event.customerTimeZone !== undefined) row.zone[i] = zones.of(event.customerTimeZone) + 1;
    if (event.id !== getEventId(event.threadKey, event.kind, event.at)) (ids ??= {})[i] = event.id;
  }
  row.threads = threads.values;
  row.sites = sites.values;
  row.templates = templates.values;
  row.zones = zones.values;
  if (ids) row.ids = ids;
  return row;
}

/** Which events of a row to decode: a time range [from, to) and, optionally, one site, channel or thread. */
export interface DayFilter {
  from?: number;
  to?: number;
  site?: string;
  channel?: ResponseEvent['channel'];
  threadKey?: string;
}

/** Appends the row's events that pass the filter to `out`, in stored (time) order. */
export function decodeDay(row: EventDayRow, filter: DayFilter, out: ResponseEvent[]): void {
  const siteIndex = filter.site === undefined ? -1 : row.sites.indexOf(filter.site);
  if (filter.site !== undefined && siteIndex < 0) return;
  const threadIndex = filter.threadKey === undefined ? -1 : row.threads.indexOf(filter.threadKey);
  if (filter.threadKey !== undefined && threadIndex < 0) return;
  const channelIndex = filter.channel === undefined ? -1 : CHANNEL_CODES.indexOf(filter.channel);
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const { at, flags, channel, thread, threads, site, sites, template, templates, rewrites, zone, zones, ids } = row;
  for (let i = 0; i < row.count; i++) {
    const time = at[i]!;
    if (time < from) continue;
    if (time >= to) break;
    if (siteIndex >= 0 && site[i] !== siteIndex) continue;
    if (channelIndex >= 0 && channel[i] !== channelIndex) continue;
    if (threadIndex >= 0 && thread[i] !== threadIndex) continue;
    const threadKey = threads[thread[i]!]!;
    const kind = flags[i]! & REPLY ? 'reply' : 'inbound';
    const event: ResponseEvent = { id: ids?.[i] ?? getEventId(threadKey, kind, time), threadKey, kind, at: time, site: sites[site[i]!]!, channel: CHANNEL_CODES[channel[i]!]! };
    if (flags[i]! & OBSERVED) event.observed = true;
    if (template[i]) event.templateId = templates[template[i]! - 1];
    if (rewrites[i]) event.rewrites = rewrites[i];
    if (zone[i]) event.customerTimeZone = zones[zone[i]! - 1];
    out.push(event);
  }
}

/** The ids a row holds (to store a repeated report once). */
export function getDayIds(row: EventDayRow): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < row.count; i++) ids.add(row.ids?.[i] ?? getEventId(row.threads[row.thread[i]!]!, row.flags[i]! & REPLY ? 'reply' : 'inbound', row.at[i]!));
  return ids;
}

/**
 * Checks an event before it is stored, so that a batch with a bad event writes nothing and says which and why.
 * (Reports and imports are validated with their zod schemas first; this guards the storage layer's own contract.)
 */
export function checkStoredEvent(event: ResponseEvent, index: number): void {
  const problem =
    typeof event.id !== 'string' || event.id === '' ? 'no id'
    : typeof event.threadKey !== 'string' || event.threadKey === '' ? 'no thread key'
    : event.kind !== 'inbound' && event.kind !== 'reply' ? `kind "${String(event.kind)}"`
    : !Number.isFinite(event.at) ? `time ${String(event.at)}`
    : typeof event.site !== 'string' || event.site === '' ? 'no site'
    : !CHANNEL_CODES.includes(event.channel) ? `channel "${String(event.channel)}"`
    : event.rewrites !== undefined && !(Number.isInteger(event.rewrites) && event.rewrites >= 0 && event.rewrites <= 65_535) ? `rewrites ${String(event.rewrites)}`
    : undefined;
  if (problem) throw new TypeError(`Event ${index + 1} of the batch cannot be stored: ${problem}`);
}
