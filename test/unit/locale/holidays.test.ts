import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, getHolidayCountries, getHolidaysOn, getPublicHolidays, hasHolidayData } from '@/lib/locale/holidays';

const dates = (country: string, from: string, to: string) => getPublicHolidays(country, from, to).map((h) => h.date);

describe('getPublicHolidays over the generated table', () => {
  it('covers 2026 and 2027', () => {
    expect(HOLIDAY_YEARS).toEqual([2026, 2027]);
  });

  it.each([
    // Norway: Constitution Day, and the Easter-based moveable feasts (Easter Sunday 5 April 2026, 28 March 2027).
    ['NO', '2026-05-17', 'Constitution Day'],
    ['NO', '2026-04-02', 'Maundy Thursday'],
    ['NO', '2026-04-03', 'Good Friday'],
    ['NO', '2026-04-06', 'Easter Monday'],
    ['NO', '2026-05-14', 'Ascension Day'],
    ['NO', '2026-05-25', 'Whit Monday'],
    ['NO', '2027-03-25', 'Maundy Thursday'],
    ['NO', '2027-03-29', 'Easter Monday'],
    ['NO', '2027-05-06', 'Ascension Day'],
    ['NO', '2027-05-17', 'Whit Monday'],
    // Finland: Midsummer Day is the Saturday between 20 and 26 June; its eve is a bank holiday.
    ['FI', '2026-06-20', 'Midsummer Day'],
    ['FI', '2027-06-26', 'Midsummer Day'],
    ['FI', '2026-06-19', 'Midsummer Eve'],
    ['FI', '2026-12-06', 'Independence Day'],
    // Iran: Nowruz is 1–4 Farvardin (21–24 March in 2026).
    ['IR', '2026-03-21', 'Nowruz'],
    ['IR', '2026-03-24', 'Nowruz'],
    // Japan: fixed and Happy Monday holidays, and the equinox.
    ['JP', '2026-01-12', 'Coming of Age Day'],
    ['JP', '2026-05-05', "Children's Day"],
    ['JP', '2026-09-23', 'Autumnal Equinox Day'],
    // United States: federal holidays, Thanksgiving on the 4th Thursday, Independence Day observed on Friday 3 July 2026.
    ['US', '2026-11-26', 'Thanksgiving Day'],
    ['US', '2027-11-25', 'Thanksgiving Day'],
    ['US', '2026-07-03', 'Independence Day (substitute day)'],
    ['US', '2026-01-19', 'Martin Luther King Jr. Day'],
  ])('%s %s is %s', (country, date, name) => {
    expect(getHolidaysOn(country, date).map((h) => h.name)).toContain(name);
  });

  it('Nowruz takes four days, and Norway has no holiday on an ordinary day', () => {
    expect(getPublicHolidays('IR', '2026-03-21', '2026-03-24').filter((h) => h.name === 'Nowruz')).toHaveLength(4);
    expect(getHolidaysOn('NO', '2026-05-18')).toEqual([]);
  });

  it('gives local names and marks lunar dates approximate', () => {
    expect(getHolidaysOn('NO', '2026-05-17')[0]).toMatchObject({ localName: 'Grunnlovsdagen', type: 'public' });
    expect(getHolidaysOn('FI', '2026-06-19')[0]).toMatchObject({ localName: 'juhannusaatto', type: 'bank' });
    const eid = getPublicHolidays('SA', '2026-03-01', '2026-04-30').filter((h) => /Eid al-Fitr/.test(h.name));
    expect(eid.length).toBeGreaterThanOrEqual(3);
    for (const day of eid) expect(day.approximate).toBe(true);
    expect(getHolidaysOn('NO', '2026-05-17')[0]!.approximate).toBeUndefined();
    // Nowruz is solar (Persian calendar): exact.
    expect(getHolidaysOn('IR', '2026-03-21').find((h) => h.name === 'Nowruz')!.approximate).toBeUndefined();
  });

  it('observances are not days off', () => {
    // Mother's Day (Norway, 8 February 2026) and Valentine's Day are observances in date-holidays.
    expect(dates('NO', '2026-02-01', '2026-02-28')).toEqual([]);
  });

  it('countries outside the table and bad ranges', () => {
    expect(getPublicHolidays('XX', '2026-01-01', '2026-12-31')).toEqual([]);
    expect(hasHolidayData('XX')).toBe(false);
    expect(hasHolidayData('NO', '2026-05-17')).toBe(true);
    expect(hasHolidayData('NO', '2030-05-17')).toBe(false);
    expect(() => getPublicHolidays('NO', '2026-1-1', '2026-12-31')).toThrow(/YYYY-MM-DD/);
  });

  it('covers the 60 most populous countries that date-holidays knows and the etiquette countries named in the issue', () => {
    const covered = new Set(getHolidayCountries());
    for (const country of ['JP', 'CN', 'IN', 'BR', 'US', 'GB', 'DE', 'FR', 'NO', 'FI', 'SE', 'DK', 'IR', 'SA', 'AE', 'KR', 'MX', 'ES', 'IT', 'NL', 'PL', 'TR', 'EG', 'NG', 'ZA', 'ID', 'PH', 'VN', 'TH', 'AU', 'CA']) {
      expect(covered.has(country), country).toBe(true);
    }
    expect(covered.size).toBeGreaterThanOrEqual(55);
  });
});
