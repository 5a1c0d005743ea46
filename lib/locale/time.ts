// Local time in a customer's zone, from Intl only: the browser's own time-zone data follows DST changes and knows the
// half-hour and 45-minute zones (India, Iran, Nepal, Newfoundland, Chatham), so Replywell keeps no offsets of its own.
// This file has no data tables: the content script uses it to tick the customer's clock.

/** A moment as the wall clock shows it in one time zone. */
export interface LocalTime {
  /** Local date, 'YYYY-MM-DD'. */
  date: string;
  /** Local wall-clock time, 'HH:MM' (24-hour). */
  time: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** Offset from UTC in minutes at that moment (+330 for India, −210 for Newfoundland in winter). */
  offsetMinutes: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;
const formats = new Map<string, Intl.DateTimeFormat>();
/** Offsets per zone and quarter hour (every offset change happens on a quarter hour of UTC), bounded per zone. */
const offsets = new Map<string, Map<number, number>>();

// lib/responses/zone-offset.ts keeps a typed array per zone, sized for scanning months of one zone; the locale code
// asks about many zones at a few instants (a Date header against every country), so it caches per zone and quarter.
function getFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Throws a RangeError naming the zone when the browser does not know it.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether this browser's Intl knows the time zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    getFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The UTC offset of a zone at an instant, in minutes. */
export function getOffsetMinutes(timeZone: string, at: number): number {
  const bucket = Math.floor(at / QUARTER);
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * QUARTER;
    const parts: Record<string, number> = {};
    for (const part of getFormat(timeZone).formatToParts(start)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    offset = Math.round((Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - start) / MINUTE);
    if (zone.size >= 5_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** What the clock shows in `timeZone` at `at` (epoch ms or Date). */
export function getLocalTime(timeZone: string, at: number | Date): LocalTime {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant for local time in ${timeZone}`);
  const offsetMinutes = getOffsetMinutes(timeZone, ms);
  const wall = new Date(ms + offsetMinutes * MINUTE);
  const minuteOfDay = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return {
    date: wall.toISOString().slice(0, 10),
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
    weekday: ((wall.getUTCDay() + 6) % 7) + 1,
    minuteOfDay,
    offsetMinutes,
  };
}

/** 'YYYY-MM-DD' → days since 1970-01-01. */
export function getDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Invalid date "${date}": expected YYYY-MM-DD`);
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY);
}

/** Days since 1970-01-01 → 'YYYY-MM-DD'. */
export function getDateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a 'YYYY-MM-DD' date. */
export function getIsoWeekday(date: string): number {
  return ((new Date(getDayNumber(date) * DAY).getUTCDay() + 6) % 7) + 1;
}

/**
 * The instant a local wall-clock minute happens in a zone (epoch ms). In a spring-forward gap, the moment the
 * clocks jumped to; in a fall-back overlap, the first of the two.
 */
export function getInstantOf(timeZone: string, date: string, minuteOfDay: number): number {
  const wall = getDayNumber(date) * DAY + minuteOfDay * MINUTE;
  const before = getOffsetMinutes(timeZone, wall - DAY / 2);
  const after = getOffsetMinutes(timeZone, wall + DAY / 2);
  const shows = (instant: number) => {
    const local = getLocalTime(timeZone, instant);
    return getDayNumber(local.date) * DAY + local.minuteOfDay * MINUTE === wall;
  };
  const valid = [wall - before * MINUTE, wall - after * MINUTE].filter(shows);
  if (valid.length > 0) return Math.min(...valid);
  // A spring-forward gap: the wall time never shows; the clocks jumped at the first quarter hour with the new offset.
  let instant = wall - after * MINUTE;
  const end = wall - before * MINUTE;
  while (instant < end && getOffsetMinutes(timeZone, instant) !== after) instant += QUARTER;
  return instant;
}

/** '+05:30' style offset label. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
