import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { getHolidayGap, getHolidaysOn, getPublicHolidays, hasHolidayData } from '@/lib/locale/holidays';
import { getBikramSambatDate, getBikramSambatDatesIn, getMyanmarDate, getMyanmarDatesIn, getThingyan, isBikramSambatSettled } from '@/scripts/holidays-calendars';
import { EXTRA_HOLIDAYS } from '@/scripts/holidays-extra';
import type { ExtraCountry } from '@/scripts/holidays-extra';
import { MOST_POPULOUS, getExtraRows } from '@/scripts/generate-holidays';

const EXTRA_COUNTRIES = ['AF', 'IQ', 'KP', 'MM', 'NP', 'SY', 'YE'];

describe('holidays of the countries date-holidays lacks (scripts/holidays-extra.ts)', () => {
  it.each([
    // Afghanistan: Solar Hijri dates (26 Dalv, 8 Saur, 24 and 28 Asad) fall on the same Gregorian days in both years.
    ['AF', '2026-02-15', 'Liberation Day (Soviet withdrawal)'],
    ['AF', '2027-04-28', 'Victory of the Mujahideen'],
    ['AF', '2026-08-15', 'Victory Day (anniversary of 15 August 2021)'],
    ['AF', '2027-08-19', 'Independence Day'],
    // Iraq: Law No. 12 of 2024.
    ['IQ', '2026-01-06', 'Army Day'],
    ['IQ', '2027-03-16', 'Remembrance of the Baath regime’s crimes'],
    ['IQ', '2026-03-21', 'Nowruz'],
    ['IQ', '2027-05-01', 'Labour Day'],
    // North Korea.
    ['KP', '2026-02-16', 'Day of the Shining Star (Kim Jong Il’s birthday)'],
    ['KP', '2027-04-15', 'Day of the Sun (Kim Il Sung’s birthday)'],
    ['KP', '2026-09-09', 'Foundation of the Republic'],
    ['KP', '2027-10-10', 'Party Foundation Day'],
    // Myanmar.
    ['MM', '2026-01-04', 'Independence Day'],
    ['MM', '2027-03-27', 'Armed Forces Day'],
    ['MM', '2026-07-19', "Martyrs' Day"],
    // Nepal: Bikram Sambat dates (Baisakh 1 2083 = 14 April 2026, Jestha 15 = 29 May, Asoj 3 = 19 September,
    // Poush 27 2082 = 11 January 2026, Magh 1 = 15 January, Falgun 7 = 19 February) and Gregorian ones.
    ['NP', '2026-04-14', 'Nepali New Year'],
    ['NP', '2026-05-29', 'Republic Day'],
    ['NP', '2026-09-19', 'Constitution Day'],
    ['NP', '2026-01-11', 'Prithvi Jayanti (National Unity Day)'],
    ['NP', '2027-01-15', 'Maghe Sankranti'],
    ['NP', '2027-02-19', 'Democracy Day'],
    ['NP', '2026-05-01', 'International Labour Day'],
    // Syria: Decree No. 188 of 2025, with both Easters (5 and 12 April 2026; 28 March and 2 May 2027).
    ['SY', '2026-03-18', 'Syrian Revolution Day'],
    ['SY', '2027-12-08', 'Liberation Day'],
    ['SY', '2026-04-05', 'Easter (Western churches)'],
    ['SY', '2026-04-12', 'Easter (Eastern churches)'],
    ['SY', '2027-05-02', 'Easter (Eastern churches)'],
    // Yemen: Law No. 2 of 2000.
    ['YE', '2026-05-22', 'Unity Day'],
    ['YE', '2027-09-26', 'Revolution Day (26 September)'],
    ['YE', '2026-10-14', 'Revolution Day (14 October)'],
    ['YE', '2027-11-30', 'Independence Day'],
  ])('%s %s is %s, exact', (country, date, name) => {
    const holiday = getHolidaysOn(country, date).find((h) => h.name === name);
    expect(holiday, `${country} ${date}: ${getHolidaysOn(country, date).map((h) => h.name).join(', ')}`).toBeDefined();
    expect(holiday!.type).toBe('public');
    expect(holiday!.approximate).toBeUndefined();
  });

  it.each([
    // Islamic holidays as date-holidays computes them (Eid al-Fitr 20 March 2026 and 9 March 2027), approximate.
    ['AF', '2026-03-20', 'Eid al-Fitr'],
    ['AF', '2026-05-26', 'Day of Arafah'],
    ['IQ', '2026-06-25', 'Ashura'],
    ['IQ', '2027-05-24', 'Eid al-Ghadir'],
    ['SY', '2027-03-09', 'Eid al-Fitr'],
    ['YE', '2026-06-16', 'Islamic New Year'],
    // Korean lunisolar.
    ['KP', '2026-02-17', 'Lunar New Year'],
    ['KP', '2026-09-25', 'Chuseok'],
    // Myanmar calendar: full moons of Kasone and Waso (second Waso: 1388 ME is a leap year), National Day.
    ['MM', '2026-04-30', 'Full Moon Day of Kasone (Buddha Day)'],
    ['MM', '2026-07-29', 'Full Moon Day of Waso (start of Buddhist Lent)'],
    ['MM', '2026-12-04', 'National Day'],
    // Thingyan (Akyo 13 April to Atat 16 April, New Year on the 17th in both years): the government sets the span.
    ['MM', '2026-04-13', 'Thingyan'],
    ['MM', '2027-04-16', 'Thingyan'],
    ['MM', '2027-04-17', 'Myanmar New Year'],
    // Nepal: Asoj 2084, where the Bikram Sambat converters disagree by a day.
    ['NP', '2027-09-20', 'Constitution Day'],
    // Nepal's lunar festivals, computed from astronomy (scripts/holidays-lunar.ts; checked against past years in
    // holidays-lunar.test.ts), and Eid from date-holidays' Islamic rules.
    ['NP', '2026-02-15', 'Maha Shivaratri'],
    ['NP', '2026-10-11', 'Ghatasthapana'],
    ['NP', '2026-10-20', 'Vijaya Dashami'],
    ['NP', '2026-11-08', 'Laxmi Puja'],
    ['NP', '2026-11-11', 'Bhai Tika'],
    ['NP', '2027-05-20', 'Buddha Jayanti'],
    ['NP', '2027-10-09', 'Vijaya Dashami'],
    ['NP', '2027-10-29', 'Laxmi Puja'],
    ['NP', '2026-03-20', 'Eid al-Fitr'],
  ])('%s %s is %s, approximate', (country, date, name) => {
    const holiday = getHolidaysOn(country, date).find((h) => h.name === name);
    expect(holiday, `${country} ${date}: ${getHolidaysOn(country, date).map((h) => h.name).join(', ')}`).toBeDefined();
    expect(holiday!.approximate).toBe(true);
  });

  it('gives the spans of the Eids: three days of Eid al-Fitr, four of Eid al-Adha in Iraq and Syria', () => {
    const count = (country: string, name: string, from: string, to: string) => getPublicHolidays(country, from, to).filter((h) => h.name === name).length;
    for (const country of ['AF', 'IQ', 'SY', 'YE']) expect(count(country, 'Eid al-Fitr', '2026-01-01', '2026-12-31'), country).toBe(3);
    expect(count('IQ', 'Eid al-Adha', '2027-01-01', '2027-12-31')).toBe(4);
    expect(count('SY', 'Eid al-Adha', '2026-01-01', '2026-12-31')).toBe(4);
    expect(count('AF', 'Eid al-Adha', '2026-01-01', '2026-12-31')).toBe(3);
  });

  it('marks every Islamic-calendar holiday approximate, and no Gregorian one', () => {
    const islamic = /^(Eid al-Fitr|Eid al-Adha|Day of Arafah|Islamic New Year|Ashura|Prophet's Birthday|Eid al-Ghadir)$/;
    let seen = 0;
    for (const country of ['AF', 'IQ', 'SY', 'YE']) {
      for (const holiday of getPublicHolidays(country, '2026-01-01', '2027-12-31')) {
        if (islamic.test(holiday.name)) {
          seen++;
          expect(holiday.approximate, `${country} ${holiday.date} ${holiday.name}`).toBe(true);
        } else {
          expect(holiday.approximate, `${country} ${holiday.date} ${holiday.name}`).toBeUndefined();
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('leaves out what the sources do not settle: Nowruz in Afghanistan', () => {
    expect(getHolidaysOn('AF', '2026-03-21').map((h) => h.name)).not.toContain('Nowruz');
    // …and the table says what kind of days may be missing, for the Customer card (Nepal: the days the government
    // adds in some years); countries from date-holidays have no gap noted.
    expect(['AF', 'IQ', 'KP', 'MM', 'NP', 'SY', 'YE', 'NO'].map((country) => getHolidayGap(country))).toEqual(['announced', 'announced', 'announced', 'announced', 'announced', 'announced', 'announced', undefined]);
  });

  it('gives Nepal’s Dashain and Tihar as the notices do: Fulpati to Dwadashi, Laxmi Puja to Bhai Tika, all approximate', () => {
    const days = (from: string, to: string) => getPublicHolidays('NP', from, to).map((h) => `${h.date} ${h.name}`);
    expect(days('2026-10-18', '2026-10-22')).toEqual([
      '2026-10-18 Fulpati',
      '2026-10-19 Maha Ashtami',
      '2026-10-19 Maha Navami',
      '2026-10-20 Vijaya Dashami',
      '2026-10-21 Ekadashi (Dashain)',
      '2026-10-22 Dwadashi (Dashain)',
    ]);
    // The new moon held at sunrise on 9 November 2026, between Laxmi Puja's evening and Govardhan Puja.
    expect(days('2026-11-08', '2026-11-11')).toEqual(['2026-11-08 Laxmi Puja', '2026-11-09 Tihar holiday', '2026-11-10 Govardhan Puja (Mha Puja)', '2026-11-11 Bhai Tika']);
    expect(days('2027-10-29', '2027-10-31')).toEqual(['2027-10-29 Laxmi Puja', '2027-10-30 Govardhan Puja (Mha Puja)', '2027-10-31 Bhai Tika']);
    const nepal = getPublicHolidays('NP', '2026-01-01', '2027-12-31');
    const lunar = /Shivaratri|Fagu Purnima|Buddha Jayanti|Janai Purnima|Janmashtami|Ghatasthapana|Fulpati|Maha Ashtami|Maha Navami|Vijaya Dashami|Dashain|Laxmi Puja|Tihar|Govardhan|Bhai Tika|Chhath|Udhauli|Eid/;
    // The other days are exact, save the Bikram Sambat ones from Asoj 2084 (17 September 2027) on.
    for (const holiday of nepal) {
      if (lunar.test(holiday.name)) expect(holiday.approximate, `${holiday.date} ${holiday.name}`).toBe(true);
      else if (holiday.date < '2027-09-17') expect(holiday.approximate, `${holiday.date} ${holiday.name}`).toBeUndefined();
    }
    // Each lunar festival of the definition once a year; Teej (for women) and the Valley's Ghode Jatra stay out.
    const festivals = EXTRA_HOLIDAYS.NP!.holidays.filter((h) => 'lunar' in h.date).map((h) => h.name);
    expect(festivals).toHaveLength(17);
    for (const year of ['2026', '2027']) {
      for (const name of festivals) expect(nepal.filter((h) => h.date.startsWith(year) && h.name === name), `${year} ${name}`).toHaveLength(1);
    }
    expect(nepal.some((h) => /Teej|Ghode Jatra/.test(h.name))).toBe(false);
  });

  it('rejects a span between holidays the country does not have', () => {
    const definition: ExtraCountry = { source: 'test', note: 'test', gaps: 'announced', timeZone: 'Asia/Kathmandu', holidays: [{ date: { between: ['Fulpati', 'Nowhere'] }, name: 'Span', localNames: ['x'] }] };
    expect(() => getExtraRows('NP', definition, 2026)).toThrow(/NP: "Span" spans from "Fulpati" to "Nowhere", which are not both holidays/);
  });

  it('gives local names in the country’s script (Dari and Pashto for Afghanistan)', () => {
    const scripts: Record<string, RegExp> = { AF: /\p{Script=Arabic}/u, IQ: /\p{Script=Arabic}/u, SY: /\p{Script=Arabic}/u, YE: /\p{Script=Arabic}/u, KP: /\p{Script=Hangul}/u, MM: /\p{Script=Myanmar}/u, NP: /\p{Script=Devanagari}/u };
    for (const country of EXTRA_COUNTRIES) {
      for (const holiday of getPublicHolidays(country, '2026-01-01', '2027-12-31')) {
        expect(holiday.localName, `${country} ${holiday.name}`).toMatch(scripts[country]!);
      }
    }
    expect(getHolidaysOn('AF', '2026-08-19')[0]!.localName).toBe('روز استقلال / د خپلواکۍ ورځ');
  });

  it('every one of the 60 most populous countries has holidays in 2026 and 2027', () => {
    for (const country of MOST_POPULOUS) {
      for (const year of [2026, 2027]) {
        expect(hasHolidayData(country, `${year}-06-01`), `${country} ${year}`).toBe(true);
        expect(getPublicHolidays(country, `${year}-01-01`, `${year}-12-31`).length, `${country} ${year}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('every extra definition is sourced, used, and tidy', () => {
    const supported = new Holidays().getCountries();
    expect(Object.keys(EXTRA_HOLIDAYS).sort()).toEqual(EXTRA_COUNTRIES);
    for (const [country, definition] of Object.entries(EXTRA_HOLIDAYS)) {
      // A country date-holidays covers takes its data from there; an entry here would be dead.
      expect(supported[country], country).toBeUndefined();
      expect((MOST_POPULOUS as readonly string[]).includes(country), country).toBe(true);
      expect(definition.source.length, `${country} source`).toBeGreaterThan(20);
      expect(definition.note.length, `${country} note`).toBeGreaterThan(20);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: definition.timeZone }), country).not.toThrow();
      for (const holiday of definition.holidays) {
        expect(holiday.name.trim(), country).toBe(holiday.name);
        expect(holiday.localNames.length, `${country} ${holiday.name}`).toBe(country === 'AF' ? 2 : 1);
        if (holiday.days !== undefined) expect(holiday.days).toBeGreaterThan(1);
      }
      const names = definition.holidays.map((h) => h.name);
      expect(new Set(names).size, `${country} names are unique`).toBe(names.length);
    }
  });

  it('rejects a rule date-holidays cannot read, and a rule given twice, naming the country', () => {
    const base: ExtraCountry = { source: 'test', note: 'test', gaps: 'announced', timeZone: 'Asia/Kabul', holidays: [] };
    const bad = { ...base, holidays: [{ date: { rule: '31 Nonesuch' }, name: 'Bad', localNames: ['x'] }] };
    const errors = console.error;
    console.error = () => {};
    try {
      expect(() => getExtraRows('AF', bad, 2026)).toThrow(/AF: rule "31 Nonesuch" .* gave no date in 2026/);
    } finally {
      console.error = errors;
    }
    const twice = { ...base, holidays: [{ date: { rule: '05-01' }, name: 'A', localNames: ['x'] }, { date: { rule: '05-01' }, name: 'B', localNames: ['y'] }] };
    expect(() => getExtraRows('AF', twice, 2026)).toThrow(/AF: rule "05-01" is defined twice/);
  });
});

describe('calendar conversions for the extra definitions', () => {
  it.each([
    // Nepal's published calendars: 2080 BS began on 14 April 2023; Constitution Day 2080 (Asoj 3) was 20 September 2023.
    [2080, 1, 1, '2023-04-14'],
    [2080, 6, 3, '2023-09-20'],
    [2082, 1, 1, '2025-04-14'],
    [2083, 1, 1, '2026-04-14'],
  ])('Bikram Sambat %i-%i-%i is %s', (year, month, day, date) => {
    expect(getBikramSambatDate(year, month, day)).toBe(date);
  });

  it('refuses a day that its Bikram Sambat month does not have, and finds the dates within a Gregorian year', () => {
    expect(() => getBikramSambatDate(2083, 1, 33)).toThrow(/No Bikram Sambat date 2083-1-33/);
    expect(getBikramSambatDatesIn(2026, 9, 27)).toEqual([{ date: '2026-01-11', bsYear: 2082 }]);
    expect(isBikramSambatSettled(2084, 5)).toBe(true);
    expect(isBikramSambatSettled(2084, 6)).toBe(false);
  });

  it('converts to the Myanmar calendar (Kayin New Year 2024 was 30 December, 1 Pyatho)', () => {
    expect(getMyanmarDate('2024-12-30')).toEqual({ month: 'Pyatho', day: 1 });
    // 1388 ME has two Wasos; Buddhist Lent starts at the full moon of the second.
    expect(getMyanmarDatesIn(2026, 'LeapWaso', 15)).toEqual(['2026-06-29']);
    expect(getMyanmarDatesIn(2026, 'Waso', 15)).toEqual(['2026-07-29']);
    // The lunar year is shorter than the solar one: 1 Pyatho falls twice in 2027 and not in 2026.
    expect(getMyanmarDatesIn(2027, 'Pyatho', 1)).toEqual(['2027-01-08', '2027-12-28']);
    expect(getMyanmarDatesIn(2026, 'Pyatho', 1)).toEqual([]);
  });

  it('computes Thingyan from Akyo to Atat and New Year’s Day after it', () => {
    expect(getThingyan(2024)).toEqual({ festival: ['2024-04-13', '2024-04-14', '2024-04-15', '2024-04-16'], newYear: '2024-04-17' });
    // Some years have two Akyat days between Akya and Atat: 1382 ME (2020).
    expect(getThingyan(2020).festival).toEqual(['2020-04-12', '2020-04-13', '2020-04-14', '2020-04-15', '2020-04-16']);
  });
});
