// Public holidays per country from the table generated at build time (data/holidays.json, see
// scripts/generate-holidays.ts). Background only: the table is the largest piece of locale data, and the content
// script gets answers by message.
import table from './data/holidays.json';

/** One day off in a country. */
export interface PublicHoliday {
  /** Local date, 'YYYY-MM-DD'. */
  date: string;
  /** English name. */
  name: string;
  /** The name in the country's language, when it differs. */
  localName?: string;
  /** `public`: a public holiday; `bank`: banks and most offices close. */
  type: 'public' | 'bank';
  /** True for lunar-calendar dates, which may move by a day when the moon is sighted. */
  approximate?: boolean;
}

const COUNTRIES = table.countries as Record<string, PublicHoliday[]>;

/** The years the table covers. */
export const HOLIDAY_YEARS: readonly number[] = table.years;

/** The countries the table covers, sorted. */
export function getHolidayCountries(): string[] {
  return Object.keys(COUNTRIES).sort();
}

/** Whether the table has the country and covers the date's year (outside it, no answer is not "no holiday"). */
export function hasHolidayData(country: string, date?: string): boolean {
  if (!COUNTRIES[country.toUpperCase()]) return false;
  return date === undefined || HOLIDAY_YEARS.includes(Number(date.slice(0, 4)));
}

/** A kind of days a country's list is known to leave out (see scripts/holidays-extra.ts). */
export type HolidayGap = 'announced';

const GAPS = table.gaps as Record<string, HolidayGap>;

/** What a country's holiday list leaves out, when it is known to leave something out. */
export function getHolidayGap(country: string): HolidayGap | undefined {
  return GAPS[country.toUpperCase()];
}

/** The holidays of a country from `from` to `to` inclusive ('YYYY-MM-DD'), by date; [] for countries not covered. */
export function getPublicHolidays(country: string, from: string, to: string): PublicHoliday[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) throw new RangeError(`Invalid date range "${from}" – "${to}": expected YYYY-MM-DD`);
  const rows = COUNTRIES[country.toUpperCase()] ?? [];
  return rows.filter((row) => row.date >= from && row.date <= to).map((row) => ({ ...row }));
}

/** The holidays of a country on one date (several names can share a day). */
export function getHolidaysOn(country: string, date: string): PublicHoliday[] {
  return getPublicHolidays(country, date, date);
}
