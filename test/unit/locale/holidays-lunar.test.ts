import { describe, expect, it } from 'vitest';
import { getExtraRows } from '@/scripts/generate-holidays';
import { EXTRA_HOLIDAYS } from '@/scripts/holidays-extra';
import { getAyanamsa, getFestivalDay, getLunarMonths, getObservanceMoment, getSunSign, getTithi } from '@/scripts/holidays-lunar';

const DAY = 86_400_000;

// Nepal's published days off for past years, against which the computation of scripts/holidays-lunar.ts is checked.
// Only dates we are sure of are listed (left out as unsure: Laxmi Puja and Chhath 2025, Janmashtami 2023, which the
// rules put on 20 October, 28 October and 7 September). The times of day per festival (afternoon for Navami and
// Dashami, evening for Laxmi Puja and Fagu Purnima, midnight for Shivaratri) were chosen with these dates in view,
// so an exact match here is in-sample. Where each date was published:
const GAZETTE_2079 = 'Nepal Gazette, Ministry of Home Affairs holiday notice for 2079 BS (Dashain Asoj 16–21, Tihar Kartik 7–10)';
const GAZETTE_2080 = 'Nepal Gazette notice for 2080 BS, as FNCCI’s holiday calendar gives it (Dashain Kartik 5–9 from Ashtami, Tihar Kartik 26–30)';
const GAZETTE_2081 = 'Nepal Gazette notice for 2081 BS as the press reported it (Ghatasthapana Asoj 17, Fulpati to Dwadashi Asoj 24–28, tika Asoj 26, Bhai Tika Kartik 18)';
const SAIT_2082 = 'Ministry of Culture, Tourism and Civil Aviation, Nepal Panchanga Nirnayak Vikas Samiti: Dashain 2082 dates (Asoj 6, 13–16)';
const CALENDAR = 'Nepal’s printed calendars (dates fixed by the Nepal Panchanga Nirnayak Vikas Samiti) and the holiday lists that copy them, not the Gazette text itself';

const KNOWN: readonly (readonly [name: string, date: string, source: string])[] = [
  ['Maha Shivaratri', '2022-03-01', CALENDAR],
  ['Fagu Purnima (Holi, hill districts)', '2022-03-17', CALENDAR],
  ['Buddha Jayanti', '2022-05-16', GAZETTE_2079],
  ['Janai Purnima (Raksha Bandhan)', '2022-08-12', GAZETTE_2079],
  ['Krishna Janmashtami', '2022-08-19', GAZETTE_2079],
  ['Ghatasthapana', '2022-09-26', GAZETTE_2079],
  ['Fulpati', '2022-10-02', GAZETTE_2079],
  ['Vijaya Dashami', '2022-10-05', GAZETTE_2079],
  ['Dwadashi (Dashain)', '2022-10-07', GAZETTE_2079],
  ['Laxmi Puja', '2022-10-24', GAZETTE_2079],
  ['Bhai Tika', '2022-10-27', GAZETTE_2079],
  ['Chhath', '2022-10-30', GAZETTE_2079],
  ['Udhauli and Yomari Punhi', '2022-12-08', GAZETTE_2079],
  ['Maha Shivaratri', '2023-02-18', GAZETTE_2079],
  ['Fagu Purnima (Holi, hill districts)', '2023-03-06', GAZETTE_2079],
  ['Buddha Jayanti', '2023-05-05', GAZETTE_2080],
  // 2023 had an adhik Shrawan (17 July – 16 August): the festival falls in the regular month after it.
  ['Janai Purnima (Raksha Bandhan)', '2023-08-31', GAZETTE_2080],
  ['Ghatasthapana', '2023-10-15', GAZETTE_2080],
  ['Maha Ashtami', '2023-10-22', GAZETTE_2080],
  ['Vijaya Dashami', '2023-10-24', GAZETTE_2080],
  ['Dwadashi (Dashain)', '2023-10-26', GAZETTE_2080],
  ['Laxmi Puja', '2023-11-12', GAZETTE_2080],
  ['Bhai Tika', '2023-11-15', CALENDAR],
  ['Maha Shivaratri', '2024-03-08', CALENDAR],
  ['Fagu Purnima (Holi, hill districts)', '2024-03-24', CALENDAR],
  ['Buddha Jayanti', '2024-05-23', CALENDAR],
  ['Janai Purnima (Raksha Bandhan)', '2024-08-19', CALENDAR],
  ['Krishna Janmashtami', '2024-08-26', CALENDAR],
  ['Ghatasthapana', '2024-10-03', GAZETTE_2081],
  ['Fulpati', '2024-10-10', GAZETTE_2081],
  // Ashtami and Navami fell on one day.
  ['Maha Ashtami', '2024-10-11', CALENDAR],
  ['Maha Navami', '2024-10-11', CALENDAR],
  ['Vijaya Dashami', '2024-10-12', GAZETTE_2081],
  ['Dwadashi (Dashain)', '2024-10-14', GAZETTE_2081],
  ['Bhai Tika', '2024-11-03', GAZETTE_2081],
  ['Chhath', '2024-11-07', CALENDAR],
  ['Maha Shivaratri', '2025-02-26', CALENDAR],
  ['Fagu Purnima (Holi, hill districts)', '2025-03-13', CALENDAR],
  ['Buddha Jayanti', '2025-05-12', CALENDAR],
  ['Ghatasthapana', '2025-09-22', SAIT_2082],
  ['Fulpati', '2025-09-29', SAIT_2082],
  ['Maha Ashtami', '2025-09-30', SAIT_2082],
  ['Maha Navami', '2025-10-01', SAIT_2082],
  ['Vijaya Dashami', '2025-10-02', SAIT_2082],
];

const NEPAL = EXTRA_HOLIDAYS.NP!;
const computed = new Map<number, ReturnType<typeof getExtraRows>>();
function getComputed(name: string, year: number): string[] {
  if (!computed.has(year)) computed.set(year, getExtraRows('NP', NEPAL, year));
  return computed.get(year)!.filter((row) => row.name === name).map((row) => row.date);
}

function getDaysApart(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / DAY);
}

describe("Nepal's lunar festivals computed from astronomy (scripts/holidays-lunar.ts)", () => {
  it.each(KNOWN)('%s %s is computed within a day (%s)', (name, date) => {
    const dates = getComputed(name, Number(date.slice(0, 4)));
    expect(dates, name).toHaveLength(1);
    expect(Math.abs(getDaysApart(dates[0]!, date)), `${name}: computed ${dates[0]}, published ${date}`).toBeLessThanOrEqual(1);
  });

  it('gets the day itself for all but a few of the published dates', () => {
    const misses = KNOWN.filter(([name, date]) => getComputed(name, Number(date.slice(0, 4)))[0] !== date).map(([name, date]) => `${name} ${date}`);
    expect(KNOWN.length).toBeGreaterThanOrEqual(40);
    // Every date of the table is matched exactly today; a rule change that loses more than one is a regression.
    expect(misses.length, misses.join('; ')).toBeLessThanOrEqual(1);
  });

  it('covers every named kind of lunar holiday of the definition in the validation table', () => {
    const lunar = NEPAL.holidays.filter((holiday) => 'lunar' in holiday.date).map((holiday) => holiday.name);
    const checked = new Set(KNOWN.map(([name]) => name));
    expect(lunar.filter((name) => !checked.has(name) && !/^Ekadashi|^Govardhan/.test(name))).toEqual([]);
  });

  it('names months by the sidereal sign of the sun at their new moon, with adhik months', () => {
    const months = getLunarMonths(new Date('2023-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    expect(months.map((m) => (m.adhik ? `adhik ${m.month}` : m.month))).toEqual([
      'Magh', 'Falgun', 'Chaitra', 'Vaishakh', 'Jestha', 'Ashadh', 'adhik Shrawan', 'Shrawan', 'Bhadra', 'Ashwin', 'Kartik', 'Mangsir',
    ]);
    // 2026 has an adhik Jestha (17 May – 15 June).
    const adhik2026 = getLunarMonths(new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')).filter((m) => m.adhik);
    expect(adhik2026.map((m) => [m.month, m.start.toISOString().slice(0, 10)])).toEqual([['Jestha', '2026-05-16']]);
  });

  it('uses the Lahiri ayanamsa and 12° tithis', () => {
    // Lahiri: about 24°13′ in 2026.
    expect(getAyanamsa(new Date('2026-01-01T00:00:00Z'))).toBeCloseTo(24.219, 2);
    // Sidereal Mesha begins near 14 April.
    expect(getSunSign(new Date('2026-04-13T00:00:00Z'))).toBe(11);
    expect(getSunSign(new Date('2026-04-15T00:00:00Z'))).toBe(0);
    // Full moon of 3 March 2026 (11:38 UTC): tithi 15 just before it, 16 just after.
    expect(getTithi(new Date('2026-03-03T11:00:00Z'))).toBe(15);
    expect(getTithi(new Date('2026-03-03T12:30:00Z'))).toBe(16);
  });

  it('keeps a tithi that holds at no sunrise (kshaya) on the day it begins, and one that holds at two (vriddhi) on the first', () => {
    const [ashwin2024] = getLunarMonths(new Date('2024-10-01T00:00:00Z'), new Date('2024-10-10T00:00:00Z'));
    expect(ashwin2024!.month).toBe('Ashwin');
    // Dwadashi 2024 began on 14 October after sunrise (07:00 in Kathmandu) and ended before the next: kshaya.
    expect(getFestivalDay(ashwin2024!, 11)).toBe('2024-10-14');
    expect(getFestivalDay(ashwin2024!, 12)).toBe('2024-10-14');
    // Navami held at sunrise on 12 October, but in the afternoon only on the 11th, the day the notice gave it.
    expect(getFestivalDay(ashwin2024!, 9, 'sunrise')).toBe('2024-10-12');
    expect(getFestivalDay(ashwin2024!, 9, 'aparahna')).toBe('2024-10-11');
    // Ashwin shukla tritiya 2025 held at the sunrises of both 24 and 25 September.
    const [ashwin2025] = getLunarMonths(new Date('2025-09-20T00:00:00Z'), new Date('2025-09-30T00:00:00Z'));
    expect(getTithi(getObservanceMoment('2025-09-24', 'sunrise'))).toBe(3);
    expect(getTithi(getObservanceMoment('2025-09-25', 'sunrise'))).toBe(3);
    expect(getFestivalDay(ashwin2025!, 3)).toBe('2025-09-24');
    expect(() => getFestivalDay(ashwin2024!, 31)).toThrow(/A tithi is 1–30: got 31/);
  });
});
