// Calendar conversions for the hand-written holiday definitions (scripts/holidays-extra.ts) that date-holidays'
// rule engine cannot express: Nepal's Bikram Sambat and the Myanmar calendar. Build time only, like date-holidays.
import { createRequire } from 'node:module';
import NepaliDateModule from 'nepali-date-converter';

const require = createRequire(import.meta.url);
const DAY = 86_400_000;

// Under Node's ESM loader the package's UMD build arrives wrapped in `default`; under Vite it is the class itself.
const NepaliDate = (NepaliDateModule as unknown as { default?: typeof NepaliDateModule }).default ?? NepaliDateModule;

/**
 * The last Bikram Sambat month (year, month 1–12) up to which the month lengths of nepali-date-converter,
 * nepali-datetime and bikram-sambat all agree (checked 2026-11-22). The lengths come from the yearly almanac
 * (panchang) and cannot be computed; from Asoj 2084 the converters disagree by a day, so later dates are approximate.
 */
export const BIKRAM_SAMBAT_SETTLED_UNTIL = { year: 2084, month: 5 } as const;

/** Whether the converters agree on the dates of a Bikram Sambat month (see BIKRAM_SAMBAT_SETTLED_UNTIL). */
export function isBikramSambatSettled(bsYear: number, month: number): boolean {
  return bsYear < BIKRAM_SAMBAT_SETTLED_UNTIL.year || (bsYear === BIKRAM_SAMBAT_SETTLED_UNTIL.year && month <= BIKRAM_SAMBAT_SETTLED_UNTIL.month);
}

/** ISO date ('YYYY-MM-DD') of Bikram Sambat year, month (1 = Baisakh … 12 = Chaitra) and day. */
export function getBikramSambatDate(bsYear: number, month: number, day: number): string {
  const ad = new NepaliDate(bsYear, month - 1, day).getAD();
  const date = `${ad.year}-${String(ad.month + 1).padStart(2, '0')}-${String(ad.date).padStart(2, '0')}`;
  // The converter rolls an impossible day (Baisakh 32 in a 31-day month) into the next month instead of failing.
  // Both directions read and write the local calendar date, so noon local time is the same day in every zone.
  const back = new NepaliDate(new Date(ad.year, ad.month, ad.date, 12));
  if (back.getYear() !== bsYear || back.getMonth() !== month - 1 || back.getDate() !== day) throw new RangeError(`No Bikram Sambat date ${bsYear}-${month}-${day}`);
  return date;
}

/** The Gregorian dates in `year` of a fixed Bikram Sambat month and day (Baisakh starts in mid-April, so BS years straddle two Gregorian ones). */
export function getBikramSambatDatesIn(year: number, month: number, day: number): { date: string; bsYear: number }[] {
  return [year + 56, year + 57]
    .map((bsYear) => ({ date: getBikramSambatDate(bsYear, month, day), bsYear }))
    .filter(({ date }) => date.startsWith(`${year}-`));
}

/** Months of the Myanmar calendar as myanmar-calendar names them (LeapWaso is the first Waso of a leap year). */
export const MYANMAR_MONTHS = ['Tagu', 'Kason', 'Nayon', 'LeapWaso', 'Waso', 'Wagaung', 'Tawthalin', 'Thadingyut', 'Tazaungmon', 'Nadaw', 'Pyatho', 'Tabodwe', 'Tabaung'] as const;
export type MyanmarMonth = (typeof MYANMAR_MONTHS)[number];

const myanmarCalendar = require('myanmar-calendar') as { toMyanmar(date: Date, lang: 'en' | 'mm'): string };

function getIsoDates(year: number): string[] {
  const dates: string[] = [];
  for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += DAY) dates.push(new Date(time).toISOString().slice(0, 10));
  return dates;
}

/** Myanmar-calendar month and day (1–15 waxing, 15 = full moon, 16–30 waning) of an ISO date. */
export function getMyanmarDate(date: string): { month: MyanmarMonth; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // The library reads the local calendar date, so noon local time names the same day in every time zone.
  const text = myanmarCalendar.toMyanmar(new Date(year, month - 1, day, 12), 'en');
  const match = /^(\d+) (\w+), \d+$/.exec(text);
  if (!match || !(MYANMAR_MONTHS as readonly string[]).includes(match[2]!)) throw new Error(`Unexpected Myanmar date "${text}" for ${date}`);
  return { month: match[2] as MyanmarMonth, day: Number(match[1]) };
}

/** The Gregorian dates in `year` of a Myanmar-calendar month and day (none, one or two: the lunar year is shorter). */
export function getMyanmarDatesIn(year: number, month: MyanmarMonth, day: number): string[] {
  return getIsoDates(year).filter((date) => {
    const myanmar = getMyanmarDate(date);
    return myanmar.month === month && myanmar.day === day;
  });
}

// Thingyan, the water festival that closes the Myanmar year, from the sun's entry into Aries in the Myanmar
// calendar's own reckoning (Yan Naing Aye, "Algorithm, Program and Calculation of Myanmar Calendar"): the solar
// year and the epoch of Myanmar Era 0 as Julian days, and the 2.169918982-day lead of Akya over Atat since 1312 ME.
const MYANMAR_SOLAR_YEAR = 1577917828 / 4320000;
const MYANMAR_EPOCH = 1954168.050623;
const AKYA_LEAD = 2.169918982;
const UNIX_EPOCH_JDN = 2440588;

function getJulianDayDate(jdn: number): string {
  return new Date((jdn - UNIX_EPOCH_JDN) * DAY).toISOString().slice(0, 10);
}

/** Thingyan of a Gregorian year: its days (Akyo, the eve, to Atat, the last) and Myanmar New Year's Day after them. */
export function getThingyan(year: number): { festival: string[]; newYear: string } {
  const myanmarYear = year - 638;
  const atat = Math.round(MYANMAR_SOLAR_YEAR * myanmarYear + MYANMAR_EPOCH);
  const akya = Math.round(MYANMAR_SOLAR_YEAR * myanmarYear + MYANMAR_EPOCH - AKYA_LEAD);
  const festival: string[] = [];
  for (let jdn = akya - 1; jdn <= atat; jdn++) festival.push(getJulianDayDate(jdn));
  return { festival, newYear: getJulianDayDate(atat + 1) };
}
