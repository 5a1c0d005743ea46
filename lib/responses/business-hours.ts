import { createOffsetCache } from './zone-offset';

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

/** Offsets and working windows of one set of hours, computed once and reused across durations. */
interface Calendar {
  /** Local day number (days since 1970-01-01 in the hours' time zone) of an instant. */
  localDay(ms: number): number;
  /** The working window of a local day in UTC ms, or undefined on a day off. */
  windowOf(day: number): readonly [number, number] | undefined;
  /** Business ms in the days from `fromDay` up to, not including, `toDay`. */
  between(fromDay: number, toDay: number): number;
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
  const startMinute = parseClock(hours.start);
  const endMinute = parseClock(hours.end);
  if (endMinute <= startMinute) throw new RangeError(`Business hours end (${hours.end}) must come after their start (${hours.start})`);
  const days = new Set(hours.days);
  const holidays = new Set(hours.holidays ?? []);
  const windows = new Map<number, readonly [number, number] | undefined>();
  // Business ms of every day from `origin`, summed: `sums[i]` covers the days origin … origin + i - 1.
  let origin = 0;
  let sums: number[] = [];

  const offsetAt = createOffsetCache(hours.timeZone);
  /** UTC ms of a local wall-clock minute; in a spring-forward gap, the moment the clocks jumped to. */
  const toUtc = (day: number, minuteOfDay: number): number => {
    const wall = day * DAY + minuteOfDay * MINUTE;
    return wall - offsetAt(wall - offsetAt(wall));
  };
  const windowOf = (day: number) => {
    if (windows.has(day)) return windows.get(day);
    const date = new Date(day * DAY);
    const isoWeekday = ((date.getUTCDay() + 6) % 7) + 1;
    const label = date.toISOString().slice(0, 10);
    const window = days.has(isoWeekday) && !holidays.has(label) ? ([toUtc(day, startMinute), toUtc(day, endMinute)] as const) : undefined;
    windows.set(day, window);
    return window;
  };
  const length = (day: number) => {
    const window = windowOf(day);
    return window ? window[1] - window[0] : 0;
  };
  /** Sum of business ms of the days before `day`, from `origin`; the table grows to cover what is asked. */
  const sumBefore = (day: number): number => {
    if (sums.length === 0) {
      origin = day;
      sums = [0];
    }
    if (day < origin) {
      const prefix: number[] = [0];
      for (let d = day; d < origin; d++) prefix.push(prefix[prefix.length - 1]! + length(d));
      const shift = prefix[prefix.length - 1]!;
      sums = [...prefix.slice(0, -1), ...sums.map((sum) => sum + shift)];
      origin = day;
    }
    while (origin + sums.length - 1 < day) sums.push(sums[sums.length - 1]! + length(origin + sums.length - 1));
    return sums[day - origin]!;
  };
  const calendar: Calendar = {
    localDay: (ms) => Math.floor((ms + offsetAt(ms)) / DAY),
    windowOf,
    between: (fromDay, toDay) => (toDay > fromDay ? sumBefore(toDay) - sumBefore(fromDay) : 0),
  };
  calendars.set(hours, calendar);
  return calendar;
}

function overlap(from: number, to: number, window: readonly [number, number] | undefined): number {
  return window ? Math.max(0, Math.min(to, window[1]) - Math.max(from, window[0])) : 0;
}

/**
 * The part of [from, to] (epoch ms) that falls inside business hours, in ms: working days from start to end in
 * the hours' own time zone, minus holidays, correct across DST changes. Zero when it lies wholly outside. The
 * days between the first and the last come from a running sum, so a long wait costs no more than a short one.
 */
export function getBusinessDuration(from: number, to: number, hours: BusinessHours): number {
  if (!(to > from)) return 0;
  const calendar = getCalendar(hours);
  const firstDay = calendar.localDay(from);
  const lastDay = calendar.localDay(to);
  if (firstDay === lastDay) return overlap(from, to, calendar.windowOf(firstDay));
  return overlap(from, to, calendar.windowOf(firstDay)) + calendar.between(firstDay + 1, lastDay) + overlap(from, to, calendar.windowOf(lastDay));
}
