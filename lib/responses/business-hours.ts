/** Working time in one time zone: the ISO weekdays worked, the daily window and the days off. */
export interface BusinessHours {
  /** IANA time zone the hours are in. */
  timeZone: string;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local start of the working day, 'HH:MM'. */
  start: string;
  /** Local end of the working day, 'HH:MM' (after `start`; '24:00' is midnight at the end of the day). */
  end: string;
  /** Local dates off, 'YYYY-MM-DD'. */
  holidays?: string[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Every time-zone offset change happens on a quarter hour of UTC, so offsets are cached per quarter hour. */
const QUARTER = 15 * MINUTE;

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Offsets and working windows of one set of hours, computed once and reused across durations. */
interface Calendar {
  offsetAt(ms: number): number;
  /** The working window of a local date in UTC ms, or undefined on a day off. */
  windowOf(date: LocalDate): readonly [number, number] | undefined;
}

function parseClock(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) throw new RangeError(`Invalid time of day "${clock}": expected HH:MM`);
  return hours * 60 + minutes;
}

const calendars = new WeakMap<BusinessHours, Calendar>();

function getCalendar(hours: BusinessHours): Calendar {
  const cached = calendars.get(hours);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: hours.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const startMinute = parseClock(hours.start);
  const endMinute = parseClock(hours.end);
  if (endMinute <= startMinute) throw new RangeError(`Business hours end (${hours.end}) must come after their start (${hours.start})`);
  const days = new Set(hours.days);
  const holidays = new Set(hours.holidays ?? []);
  const offsets = new Map<number, number>();
  const windows = new Map<number, readonly [number, number] | undefined>();

  const offsetAt = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const at = bucket * QUARTER;
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
      offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - at;
      offsets.set(bucket, offset);
    }
    return offset;
  };
  /** UTC ms of a local wall-clock minute; in a spring-forward gap, the moment the clocks jumped to. */
  const toUtc = (date: LocalDate, minuteOfDay: number): number => {
    const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
    const first = wall - offsetAt(wall);
    return wall - offsetAt(first);
  };
  const windowOf = (date: LocalDate) => {
    const key = Date.UTC(date.year, date.month - 1, date.day);
    if (windows.has(key)) return windows.get(key);
    const isoWeekday = ((new Date(key).getUTCDay() + 6) % 7) + 1;
    const label = new Date(key).toISOString().slice(0, 10);
    const window = days.has(isoWeekday) && !holidays.has(label) ? ([toUtc(date, startMinute), toUtc(date, endMinute)] as const) : undefined;
    windows.set(key, window);
    return window;
  };
  const calendar = { offsetAt, windowOf };
  calendars.set(hours, calendar);
  return calendar;
}

/**
 * The part of [from, to] (epoch ms) that falls inside business hours, in ms: working days from start to end in
 * the hours' own time zone, minus holidays, correct across DST changes. Zero when it lies wholly outside.
 */
export function getBusinessDuration(from: number, to: number, hours: BusinessHours): number {
  if (!(to > from)) return 0;
  const calendar = getCalendar(hours);
  const local = new Date(from + calendar.offsetAt(from));
  const lastDay = Math.floor((to + calendar.offsetAt(to)) / DAY);
  let total = 0;
  for (let day = Math.floor(local.getTime() / DAY); day <= lastDay; day++) {
    const date = new Date(day * DAY);
    const window = calendar.windowOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    if (window) total += Math.max(0, Math.min(to, window[1]) - Math.max(from, window[0]));
  }
  return total;
}
