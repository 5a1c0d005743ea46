import { describe, expect, it } from 'vitest';
import { describeLocalMoment, getMomentTimeline, getUpcomingHolidays, isBusinessTime, isWorkingDay, nextBusinessTime } from '@/lib/locale/business';
import { getMomentAt } from '@/lib/locale/insight';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('describeLocalMoment', () => {
  it.each([
    // Oslo is UTC+1 in November. 2026-11-20 is a Friday.
    ['NO', 'Europe/Oslo', '2026-11-20T08:00:00Z', 'business'],
    ['NO', 'Europe/Oslo', '2026-11-20T07:59:00Z', 'night'],
    ['NO', 'Europe/Oslo', '2026-11-20T16:00:00Z', 'evening'],
    ['NO', 'Europe/Oslo', '2026-11-20T21:00:00Z', 'night'],
    ['NO', 'Europe/Oslo', '2026-11-21T12:00:00Z', 'weekend'],
    ['NO', 'Europe/Oslo', '2026-05-17T10:00:00Z', 'holiday'],
    // Whit Monday 2026 is a holiday Monday in Norway.
    ['NO', 'Europe/Oslo', '2026-05-25T08:00:00Z', 'holiday'],
    // Saudi Arabia: Friday is weekend, Sunday a working day.
    ['SA', 'Asia/Riyadh', '2026-11-20T08:00:00Z', 'weekend'],
    ['SA', 'Asia/Riyadh', '2026-11-22T08:00:00Z', 'business'],
    // Iran: Friday weekend, Thursday a working day; 10:00 UTC is 13:30 in Tehran.
    ['IR', 'Asia/Tehran', '2026-11-19T10:00:00Z', 'business'],
    ['IR', 'Asia/Tehran', '2026-11-20T10:00:00Z', 'weekend'],
    // Nepal: Sunday is a working day; 03:15 UTC is 09:00 in Kathmandu.
    ['NP', 'Asia/Kathmandu', '2026-11-22T03:15:00Z', 'business'],
    ['NP', 'Asia/Kathmandu', '2026-11-22T03:14:00Z', 'night'],
    // India at 17:29 local (half-hour zone) is still business time.
    ['IN', 'Asia/Kolkata', '2026-11-20T11:29:00Z', 'business'],
    ['IN', 'Asia/Kolkata', '2026-11-20T11:30:00Z', 'evening'],
  ])('%s %s at %s → %s', (country, zone, instant, moment) => {
    expect(describeLocalMoment(country, zone, at(instant))).toBe(moment);
  });

  it('custom hours and working days per country', () => {
    const hours = { start: '08:00', end: '16:00', days: [1, 2, 3, 4, 5, 6] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[] };
    expect(describeLocalMoment('IN', 'Asia/Kolkata', at('2026-11-21T03:00:00Z'), hours)).toBe('business');
    expect(describeLocalMoment('IN', 'Asia/Kolkata', at('2026-11-20T10:45:00Z'), hours)).toBe('evening');
    expect(() => isBusinessTime('NO', 'Europe/Oslo', 0, { start: '17:00', end: '09:00' })).toThrow(/after their start/);
    expect(() => isBusinessTime('NO', 'Europe/Oslo', 0, { start: '9am', end: '17:00' })).toThrow(/HH:MM/);
  });
});

describe('nextBusinessTime', () => {
  it.each([
    // Friday evening in Oslo → Monday 09:00 local (08:00 UTC).
    ['NO', 'Europe/Oslo', '2026-11-20T17:30:00Z', '2026-11-23T08:00:00.000Z'],
    // During business hours: now.
    ['NO', 'Europe/Oslo', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00.000Z'],
    // Saturday before Whit Monday 2026 (a holiday Monday) → Tuesday 26 May 09:00 (07:00 UTC, summer time).
    ['NO', 'Europe/Oslo', '2026-05-23T10:00:00Z', '2026-05-26T07:00:00.000Z'],
    // Easter in Norway: Maundy Thursday 2 April to Easter Monday 6 April 2026 → Tuesday 7 April.
    ['NO', 'Europe/Oslo', '2026-04-01T16:00:00Z', '2026-04-07T07:00:00.000Z'],
    // Thursday evening in Riyadh → Sunday 09:00 (06:00 UTC).
    ['SA', 'Asia/Riyadh', '2026-11-19T15:00:00Z', '2026-11-22T06:00:00.000Z'],
    // Early morning in New York → 09:00 the same day, across the DST change of 8 March 2026.
    ['US', 'America/New_York', '2026-03-09T10:00:00Z', '2026-03-09T13:00:00.000Z'],
    // Before Nowruz in Iran → after it (21–24 March, then Wednesday 25 March 09:00 = 05:30 UTC).
    ['IR', 'Asia/Tehran', '2026-03-21T06:00:00Z', '2026-03-25T05:30:00.000Z'],
    // Friday evening in Sydney (southern-hemisphere summer time, UTC+11) → Monday 09:00 = Sunday 22:00 UTC.
    ['AU', 'Australia/Sydney', '2026-11-20T08:00:00Z', '2026-11-22T22:00:00.000Z'],
  ])('%s %s from %s → %s', (country, zone, from, next) => {
    expect(iso(nextBusinessTime(country, zone, at(from)))).toBe(next);
  });

  it('isBusinessTime agrees with describeLocalMoment and nextBusinessTime', () => {
    for (let hour = 0; hour < 24 * 7; hour += 3) {
      const instant = at('2026-11-16T00:00:00Z') + hour * 3_600_000;
      const business = isBusinessTime('FI', 'Europe/Helsinki', instant);
      expect(business).toBe(describeLocalMoment('FI', 'Europe/Helsinki', instant) === 'business');
      expect(nextBusinessTime('FI', 'Europe/Helsinki', instant) === instant).toBe(business);
    }
  });

  it('working days: weekend and holidays', () => {
    expect(isWorkingDay('NO', '2026-05-18')).toBe(true);
    expect(isWorkingDay('NO', '2026-05-17')).toBe(false);
    expect(isWorkingDay('AE', '2026-11-20')).toBe(true);
    expect(isWorkingDay('AE', '2026-11-21')).toBe(false);
  });
});

describe('timeline and upcoming holidays', () => {
  it('splits 48 hours into spans that match describeLocalMoment', () => {
    const from = at('2026-11-20T15:07:00Z');
    const timeline = getMomentTimeline('NO', 'Europe/Oslo', from);
    expect(timeline[0]!.from).toBe(from);
    expect(timeline.map((span) => span.moment)).toEqual(['business', 'evening', 'night', 'weekend']);
    for (let minutes = 0; minutes < 48 * 60; minutes += 37) {
      const instant = from + minutes * 60_000;
      expect(getMomentAt(timeline, instant)).toBe(describeLocalMoment('NO', 'Europe/Oslo', instant));
    }
  });

  it('the next holiday within 30 days, today included', () => {
    expect(getUpcomingHolidays('NO', 'Europe/Oslo', at('2026-12-01T12:00:00Z'))[0]).toMatchObject({ date: '2026-12-24', name: 'Christmas Eve' });
    expect(getUpcomingHolidays('NO', 'Europe/Oslo', at('2026-05-17T12:00:00Z'))[0]).toMatchObject({ date: '2026-05-17' });
    expect(getUpcomingHolidays('NO', 'Europe/Oslo', at('2026-09-01T12:00:00Z'))).toEqual([]);
  });
});

describe('getMomentAt', () => {
  const timeline = [
    { from: 1000, to: 2000, moment: 'weekend' as const },
    { from: 2000, to: 3000, moment: 'night' as const },
    { from: 3000, to: 4000, moment: 'business' as const },
  ];
  it.each([
    [500, 'weekend'],
    [1000, 'weekend'],
    [2500, 'night'],
    [3999, 'business'],
    [9000, 'business'],
  ])('at %i → %s', (at, moment) => {
    expect(getMomentAt(timeline, at)).toBe(moment);
  });
  it('an empty timeline has no moment', () => {
    expect(getMomentAt([], 0)).toBeUndefined();
  });
});
