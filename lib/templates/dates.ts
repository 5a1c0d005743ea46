// Calendar arithmetic for template dates. Dates are calendar days in the customer's time zone (found with Intl),
// and the arithmetic works on calendar days, never on hours, so a DST change in between cannot shift the day.

/** A day of the calendar, independent of time zones. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Says whether a calendar day (`YYYY-MM-DD`) is a working day for the customer (weekend and holidays excluded). */
export type IsBusinessDay = (isoDate: string) => boolean;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

// Building an Intl.DateTimeFormat costs far more than formatting with one, so they are kept per language/options.
const formats = new Map<string, Intl.DateTimeFormat>();

function getFormat(language: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    if (formats.size > 200) formats.clear();
    formats.set(key, format);
  }
  return format;
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    getFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The time zone to use, or undefined when none is given or it is not one Intl knows. */
export function getUsableTimeZone(timeZone: string | undefined): string | undefined {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
}

/** The calendar day it is at `now` in the time zone (the runtime's own zone when none is given). */
export function getCalendarDay(now: number, timeZone?: string): CalendarDay {
  const parts = getFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', calendar: 'gregory', numberingSystem: 'latn' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function toUtc(day: CalendarDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
}

function fromUtc(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function toIsoDate(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function getWeekday(day: CalendarDay): number {
  return toUtc(day).getUTCDay();
}

export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromUtc(date);
}

/** Saturday and Sunday are the weekend unless the caller knows the customer's own working days. */
export function isWeekday(isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = getWeekday({ year, month, day });
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day `count` business days after (or before, when negative) `day`. A year without a single business day
 * (a broken `isBusinessDay`) stops the search rather than looping forever.
 */
export function addBusinessDays(day: CalendarDay, count: number, isBusinessDay: IsBusinessDay = isWeekday): CalendarDay | undefined {
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  let current = day;
  let idle = 0;
  while (left > 0) {
    current = addDays(current, step);
    if (isBusinessDay(toIsoDate(current))) {
      left -= 1;
      idle = 0;
    } else if (++idle > 366) {
      return undefined;
    }
  }
  return current;
}

/** The next given weekday strictly after `day` ("next monday" on a Monday is a week later). */
export function getNextWeekday(day: CalendarDay, weekday: number): CalendarDay {
  const ahead = (weekday - getWeekday(day) + 7) % 7 || 7;
  return addDays(day, ahead);
}

/** The weekday number of an English weekday name (`monday` or `mon`), or undefined. */
export function parseWeekday(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((weekday) => weekday.startsWith(lower));
  return index < 0 ? undefined : index;
}

const DATE_EXPRESSION = /^([+-])\s*(\d{1,4})\s+(business\s+days?|working\s+days?|days?|weeks?)$/;

/**
 * The day a date expression names, counted from `today`: `today`, `tomorrow`, `+3 days`, `-1 day`, `+2 weeks`,
 * `+3 business days`, `next monday`. Undefined when the expression is not one of these.
 */
export function resolveDateExpression(expression: string, today: CalendarDay, isBusinessDay?: IsBusinessDay): CalendarDay | undefined {
  const text = expression.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || text === 'today') return today;
  if (text === 'tomorrow') return addDays(today, 1);
  if (text === 'yesterday') return addDays(today, -1);
  const next = /^next ([a-z]+)$/.exec(text);
  if (next) {
    const weekday = parseWeekday(next[1]!);
    return weekday === undefined ? undefined : getNextWeekday(today, weekday);
  }
  const match = DATE_EXPRESSION.exec(text);
  if (!match) return undefined;
  const count = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const unit = match[3]!;
  if (unit.startsWith('business') || unit.startsWith('working')) return addBusinessDays(today, count, isBusinessDay);
  if (unit.startsWith('week')) return addDays(today, count * 7);
  return addDays(today, count);
}

function createFormat(language: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return getFormat(language, options);
  } catch {
    // Not a language Intl accepts: English rather than nothing.
    return getFormat('en', options);
  }
}

/** A calendar day written out in the language (`Wednesday 25 November 2026`, Persian calendar for `fa`). */
export function formatCalendarDay(day: CalendarDay, language: string | undefined): string {
  return createFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(toUtc(day));
}

/** The time of day at `now` in the time zone, written the way the language writes times. */
export function formatLocalTime(now: number, timeZone: string, language: string | undefined): string {
  return createFormat(language, { timeStyle: 'short', timeZone }).format(now);
}
