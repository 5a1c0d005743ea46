// The customers' working hours per country that the agent sets in the options (stored with the settings), read back
// through a schema: a damaged entry is dropped on its own, the others are kept.
import * as z from 'zod/mini';
import type { Weekday } from './weekend';

/** Working hours in a country, local time. */
export interface CountryHours {
  /** 'HH:MM'. */
  start: string;
  /** 'HH:MM', after `start` ('24:00' is the end of the day). */
  end: string;
  /** ISO weekdays worked, when they differ from the country's usual week (the weekend is the rest). */
  days?: Weekday[];
}

export const DEFAULT_HOURS: CountryHours = { start: '09:00', end: '17:00' };

/** Minutes since midnight of 'HH:MM'; throws a RangeError naming the bad value. */
export function parseClock(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) throw new RangeError(`Invalid time of day "${clock}": expected HH:MM`);
  return hours * 60 + minutes;
}

function isClock(value: string): boolean {
  try {
    parseClock(value);
    return true;
  } catch {
    return false;
  }
}

const clock = z.string().check(z.refine(isClock, 'expected a time of day HH:MM'));

export const countryHoursSchema = z
  .object({
    start: clock,
    end: clock,
    days: z.optional(z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.minLength(1), z.maxLength(7))),
  })
  .check(
    z.refine((hours) => {
      // A malformed clock is reported by its own field; this check only compares two valid ones.
      if (!isClock(hours.start) || !isClock(hours.end)) return true;
      return parseClock(hours.end) > parseClock(hours.start);
    }, 'the end must come after the start'),
  );

/** Country code (ISO, upper case) → hours. */
export type CountryHoursMap = Record<string, CountryHours>;

/** The stored per-country hours; entries that are not valid are left out (never thrown). */
export function readCountryHours(value: unknown): CountryHoursMap {
  const result: CountryHoursMap = {};
  if (typeof value !== 'object' || value === null) return result;
  for (const [country, hours] of Object.entries(value)) {
    if (!/^[A-Z]{2}$/.test(country)) continue;
    const parsed = countryHoursSchema.safeParse(hours);
    if (parsed.success) {
      const { start, end, days } = parsed.data;
      result[country] = days ? { start, end, days: [...new Set(days)].sort() as Weekday[] } : { start, end };
    }
  }
  return result;
}

/** The hours for a country: the agent's own for it, else 09:00–17:00. */
export function getHoursFor(map: CountryHoursMap, country: string): CountryHours {
  return map[country] ?? DEFAULT_HOURS;
}

/** Checks one entry before it is saved; returns the problem in words, or undefined when it is fine. */
export function checkCountryHours(hours: CountryHours): string | undefined {
  const parsed = countryHoursSchema.safeParse(hours);
  return parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join('; ');
}
