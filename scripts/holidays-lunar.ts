// Dates of Nepal's Hindu and Buddhist lunar festivals, computed from astronomy (astronomy-engine, MIT, a
// devDependency used only at build time: the extension ships the generated table). The rules, as Nepal's almanacs
// (panchang) apply them and as far as a table of days off needs them:
// - A tithi is each 12° of the moon's ecliptic longitude minus the sun's: tithis 1–15 are the bright half (shukla,
//   15 = purnima, the full moon), 16–30 the dark half (krishna, 29 = chaturdashi, 30 = amavasya, the new moon).
// - Months are amanta: each runs from one new moon to the next and is named by the sidereal sign the sun is in at
//   the new moon that starts it (sun in Mesha → Vaishakh, in Kanya → Ashwin, in Meena → Chaitra), i.e. by the sign
//   the sun enters during the month. When two new moons in a row find the sun in the same sign, no sankranti falls
//   between them and the first month is adhik (leap): festivals are kept in the regular month that follows.
//   (A kshaya month, the sun passing two signs in one month, last happened in 1983 and is not handled.)
//   Nepal names the dark half by the purnimanta convention (the month ending at the full moon), so "Kartik krishna
//   amavasya" is the new moon that ends amanta Ashwin, and "Falgun krishna chaturdashi" is in amanta Magh.
// - Sidereal longitude = tropical longitude of date minus the Lahiri (Chitrapaksha) ayanamsa, taken as 23.857° at
//   J2000.0 growing at the mean precession rate of 50.29″ a year: within a few arcseconds of the exact value over
//   this century, which moves a sankranti by well under a minute.
// - The day of a festival is the civil day in Asia/Kathmandu (UTC+05:45 since 1986) on which the tithi holds at
//   the moment that festival is kept: sunrise (udaya tithi, the default), aparahna (the afternoon, 70% of the way
//   from sunrise to sunset: Maha Navami, Vijaya Dashami), pradosh (72 minutes after sunset, the middle of the
//   evening's three muhurtas: Laxmi Puja, Fagu Purnima) or nishita (midnight, halfway from sunset to the next
//   sunrise: Maha Shivaratri). When the tithi holds at that moment on two days (vriddhi) the first is taken; when
//   it holds at it on no day (kshaya) the day whose sunrise falls in the tithi is taken, and failing that the day
//   on which the tithi begins. Sunrise and sunset are those of the sun's upper limb with standard refraction at
//   Kathmandu (27.7172° N, 85.3240° E, 1,337 m).
// The committee that fixes Nepal's almanac may choose differently for a festival in a given year, so every date is
// approximate; test/unit/locale/holidays-lunar.test.ts checks the rules against published past dates.
import { Body, MoonPhase, Observer, SearchMoonPhase, SearchRiseSet, SunPosition } from 'astronomy-engine';
import type { AstroTime } from 'astronomy-engine';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Amanta lunar months in Nepal's names, Chaitra first (the month in which the sun enters Mesha). */
export const LUNAR_MONTHS = ['Chaitra', 'Vaishakh', 'Jestha', 'Ashadh', 'Shrawan', 'Bhadra', 'Ashwin', 'Kartik', 'Mangsir', 'Poush', 'Magh', 'Falgun'] as const;
export type LunarMonth = (typeof LUNAR_MONTHS)[number];

/** When in the day a festival's tithi must hold (see the file's comment). */
export type ObservanceTime = 'sunrise' | 'aparahna' | 'pradosh' | 'nishita';

/** The fixed inputs of the computation, hashed into the table's `inputs` with astronomy-engine's version. */
export const LUNAR_METHOD = {
  /** Kathmandu: latitude, longitude (degrees), height (metres). */
  observer: [27.7172, 85.324, 1337],
  /** Asia/Kathmandu's offset from UTC in minutes (unchanged since 1986). */
  utcOffsetMinutes: 345,
  /** Lahiri ayanamsa at J2000.0 (degrees) and its yearly growth (arcseconds). */
  ayanamsa: { j2000: 23.857, arcsecondsPerYear: 50.29 },
  aparahnaFraction: 0.7,
  pradoshMinutes: 72,
} as const;

const OBSERVER = new Observer(...LUNAR_METHOD.observer);
const J2000 = Date.UTC(2000, 0, 1, 12);

/** Lahiri ayanamsa in degrees at a moment. */
export function getAyanamsa(date: Date): number {
  const years = (date.getTime() - J2000) / (365.25 * DAY);
  return LUNAR_METHOD.ayanamsa.j2000 + (years * LUNAR_METHOD.ayanamsa.arcsecondsPerYear) / 3600;
}

/** Sidereal (Lahiri) sign of the sun at a moment: 0 = Mesha … 11 = Meena. */
export function getSunSign(date: Date): number {
  const sidereal = (((SunPosition(date).elon - getAyanamsa(date)) % 360) + 360) % 360;
  return Math.floor(sidereal / 30);
}

/** Tithi (1–30) at a moment. */
export function getTithi(date: Date): number {
  return Math.floor(MoonPhase(date) / 12) + 1;
}

function search(what: string, found: AstroTime | null): Date {
  if (!found) throw new Error(`astronomy-engine found no ${what}`);
  return found.date;
}

/** The civil date ('YYYY-MM-DD') in Kathmandu of a moment. */
function getKathmanduDate(date: Date): string {
  return new Date(date.getTime() + LUNAR_METHOD.utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

function getKathmanduMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - LUNAR_METHOD.utcOffsetMinutes * MINUTE);
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Sunrise in Kathmandu on a civil date. */
function getSunrise(date: string): Date {
  return search(`sunrise on ${date}`, SearchRiseSet(Body.Sun, OBSERVER, +1, getKathmanduMidnight(date), 1));
}

function getSunset(date: string): Date {
  return search(`sunset on ${date}`, SearchRiseSet(Body.Sun, OBSERVER, -1, getKathmanduMidnight(date), 1));
}

/** The moment of a civil date at which a festival's tithi is looked at. */
export function getObservanceMoment(date: string, at: ObservanceTime): Date {
  const sunrise = getSunrise(date);
  if (at === 'sunrise') return sunrise;
  const sunset = getSunset(date);
  if (at === 'aparahna') return new Date(sunrise.getTime() + LUNAR_METHOD.aparahnaFraction * (sunset.getTime() - sunrise.getTime()));
  if (at === 'pradosh') return new Date(sunset.getTime() + LUNAR_METHOD.pradoshMinutes * MINUTE);
  const nextSunrise = getSunrise(shiftDate(date, 1));
  return new Date((sunset.getTime() + nextSunrise.getTime()) / 2);
}

export interface LunarMonthSpan {
  month: LunarMonth;
  adhik: boolean;
  /** The new moons that start and end it. */
  start: Date;
  end: Date;
}

/** The amanta months that start between two moments, with their names and adhik flags. */
export function getLunarMonths(from: Date, to: Date): LunarMonthSpan[] {
  const newMoons: Date[] = [search('new moon', SearchMoonPhase(0, from, 31))];
  // One new moon past the last month's end, to tell whether that month is adhik.
  while (newMoons.length < 3 || newMoons[newMoons.length - 2]! < to) {
    newMoons.push(search('new moon', SearchMoonPhase(0, new Date(newMoons[newMoons.length - 1]!.getTime() + DAY), 31)));
  }
  const signs = newMoons.map(getSunSign);
  const months: LunarMonthSpan[] = [];
  for (let i = 0; i + 2 < newMoons.length; i++) {
    months.push({ month: LUNAR_MONTHS[(signs[i]! + 1) % 12]!, adhik: signs[i] === signs[i + 1], start: newMoons[i]!, end: newMoons[i + 1]! });
  }
  return months;
}

/** Start and end of a tithi (1–30) within an amanta month. */
function getTithiSpan(month: LunarMonthSpan, tithi: number): { start: Date; end: Date } {
  const start = tithi === 1 ? month.start : search(`start of tithi ${tithi}`, SearchMoonPhase((tithi - 1) * 12, month.start, 31));
  const end = tithi === 30 ? month.end : search(`end of tithi ${tithi}`, SearchMoonPhase(tithi * 12, start, 31));
  return { start, end };
}

/** The civil day in Kathmandu on which a tithi of an amanta month is kept (see the file's comment). */
export function getFestivalDay(month: LunarMonthSpan, tithi: number, at: ObservanceTime = 'sunrise'): string {
  if (!Number.isInteger(tithi) || tithi < 1 || tithi > 30) throw new RangeError(`A tithi is 1–30: got ${tithi}`);
  const { start, end } = getTithiSpan(month, tithi);
  const days: string[] = [];
  for (let day = shiftDate(getKathmanduDate(start), -1); day <= getKathmanduDate(end); day = shiftDate(day, 1)) days.push(day);
  const holds = (moment: Date) => moment >= start && moment < end;
  return (
    days.find((day) => holds(getObservanceMoment(day, at))) ??
    days.find((day) => holds(getSunrise(day))) ??
    getKathmanduDate(start)
  );
}

/** The Gregorian dates in `year` on which a tithi of a (regular, not adhik) lunar month is kept. */
export function getLunarDatesIn(year: number, month: LunarMonth, tithi: number, at: ObservanceTime = 'sunrise'): string[] {
  // Months starting from mid-November of the year before reach festivals early in the year (Poush, Magh).
  const months = getLunarMonths(new Date(Date.UTC(year - 1, 10, 15)), new Date(Date.UTC(year + 1, 0, 1)));
  return months
    .filter((span) => span.month === month && !span.adhik)
    .map((span) => getFestivalDay(span, tithi, at))
    .filter((date) => date.startsWith(`${year}-`));
}
