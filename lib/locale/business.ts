// Business time at the customer's end: working days (the country's weekend on that date, minus its public holidays)
// and working hours (09:00–17:00 local unless the agent set other hours for that country). Background only: it reads
// the holiday table.
import { getHolidaysOn, type PublicHoliday, getPublicHolidays } from './holidays';
import { getDateOfDay, getDayNumber, getInstantOf, getIsoWeekday, getLocalTime } from './time';
import { DEFAULT_HOURS, parseClock, type CountryHours } from './hours-settings';
import { getWeekend, type Weekday } from './weekend';

export { DEFAULT_HOURS, parseClock, type CountryHours };

/** What the customer's clock says about replying now. */
export type LocalMoment = 'business' | 'evening' | 'night' | 'weekend' | 'holiday';

/** Evening ends and night begins at this local minute (22:00); night lasts until the working day starts. */
const NIGHT_FROM = 22 * 60;
const MINUTE = 60_000;
/** How far ahead the next business time is looked for; a month covers the longest holiday seasons. */
const SEARCH_DAYS = 40;

function readHours(hours: CountryHours): { start: number; end: number } {
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  if (end <= start) throw new RangeError(`Business hours end (${hours.end}) must come after their start (${hours.start})`);
  return { start, end };
}

/** Whether a local date is a working day: not in the weekend (or in `hours.days`), not a public holiday. */
export function isWorkingDay(country: string, date: string, hours: CountryHours = DEFAULT_HOURS): boolean {
  const weekday = getIsoWeekday(date) as Weekday;
  const worked = hours.days ? hours.days.includes(weekday) : !getWeekend(country, date).includes(weekday);
  return worked && getHolidaysOn(country, date).length === 0;
}

const toMs = (at: number | Date) => (typeof at === 'number' ? at : at.getTime());

/** Whether `at` falls in the customer's business hours. */
export function isBusinessTime(country: string, timeZone: string, at: number | Date, hours: CountryHours = DEFAULT_HOURS): boolean {
  const { start, end } = readHours(hours);
  const local = getLocalTime(timeZone, toMs(at));
  return isWorkingDay(country, local.date, hours) && local.minuteOfDay >= start && local.minuteOfDay < end;
}

/** The first moment at or after `from` that is business time there (epoch ms), or undefined within 40 days. */
export function nextBusinessTime(country: string, timeZone: string, from: number | Date, hours: CountryHours = DEFAULT_HOURS): number | undefined {
  const ms = toMs(from);
  const { start, end } = readHours(hours);
  const local = getLocalTime(timeZone, ms);
  const firstDay = getDayNumber(local.date);
  for (let day = firstDay; day <= firstDay + SEARCH_DAYS; day++) {
    const date = getDateOfDay(day);
    if (!isWorkingDay(country, date, hours)) continue;
    const opens = getInstantOf(timeZone, date, start);
    const closes = getInstantOf(timeZone, date, end);
    if (ms < opens) return opens;
    if (ms < closes) return ms;
  }
  return undefined;
}

/** Business, evening (after work until 22:00), night (22:00 until work starts), weekend or holiday there. */
export function describeLocalMoment(country: string, timeZone: string, at: number | Date, hours: CountryHours = DEFAULT_HOURS): LocalMoment {
  const { start, end } = readHours(hours);
  const local = getLocalTime(timeZone, toMs(at));
  if (getHolidaysOn(country, local.date).length > 0) return 'holiday';
  const weekday = local.weekday as Weekday;
  if (hours.days ? !hours.days.includes(weekday) : getWeekend(country, local.date).includes(weekday)) return 'weekend';
  if (local.minuteOfDay >= start && local.minuteOfDay < end) return 'business';
  return local.minuteOfDay >= end && local.minuteOfDay < Math.max(NIGHT_FROM, end) ? 'evening' : 'night';
}

/** A stretch of time with one LocalMoment. */
export interface MomentSpan {
  from: number;
  to: number;
  moment: LocalMoment;
}

/**
 * The customer's moments from `from` for `hours` hours, as spans, so that a ticking clock in the content script can
 * show the right one without asking again. Changes happen on quarter hours of local time (09:00, 17:00, 22:00,
 * midnight), and every zone's offset is a whole number of quarter hours, so quarter-hour steps find them all.
 */
export function getMomentTimeline(country: string, timeZone: string, from: number, spanHours = 48, hours: CountryHours = DEFAULT_HOURS): MomentSpan[] {
  const step = 15 * MINUTE;
  const start = Math.floor(from / step) * step;
  const spans: MomentSpan[] = [];
  for (let at = start; at < from + spanHours * 60 * MINUTE; at += step) {
    const moment = describeLocalMoment(country, timeZone, at, hours);
    const last = spans.at(-1);
    if (last && last.moment === moment) last.to = at + step;
    else spans.push({ from: Math.max(at, from), to: at + step, moment });
  }
  return spans;
}

/** The holidays from the customer's today for `days` days (today's first). */
export function getUpcomingHolidays(country: string, timeZone: string, at: number | Date, days = 30): PublicHoliday[] {
  const today = getLocalTime(timeZone, toMs(at)).date;
  return getPublicHolidays(country, today, getDateOfDay(getDayNumber(today) + days));
}
