import { describe, expect, it } from 'vitest';
import { getBusinessDuration, type BusinessHours } from '@/lib/responses/business-hours';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const oslo: BusinessHours = { timeZone: 'Europe/Oslo', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: ['2027-05-17'] };
const allDay = (timeZone: string): BusinessHours => ({ timeZone, days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' });

// Oslo is UTC+1 in winter and UTC+2 in summer (from Sunday 28 March 2027); 8 January 2027 is a Friday.
describe('getBusinessDuration', () => {
  it.each([
    ['inside one working day', oslo, '2027-01-11T09:00Z', '2027-01-11T10:30Z', 1.5 * HOUR],
    ['received and answered on a Saturday: nothing counts', oslo, '2027-01-09T09:00Z', '2027-01-09T11:00Z', 0],
    ['received and answered in the night: nothing counts', oslo, '2027-01-11T20:00Z', '2027-01-12T06:00Z', 0],
    ['Friday 16:00 to Monday 10:00 skips the weekend', oslo, '2027-01-08T15:00Z', '2027-01-11T09:00Z', 2 * HOUR],
    ['received in the evening, answered next morning', oslo, '2027-01-11T18:00Z', '2027-01-12T08:15Z', 0.25 * HOUR],
    ['Friday 16:00 to Tuesday 10:00 over the Monday holiday (17 May)', oslo, '2027-05-14T14:00Z', '2027-05-18T08:00Z', 2 * HOUR],
    ['Friday 08:00 to Monday 09:30 across the spring DST change', oslo, '2027-03-26T07:00Z', '2027-03-29T07:30Z', 8.5 * HOUR],
    ['a 24-hour day across midnight in a half-hour zone (Kolkata)', allDay('Asia/Kolkata'), '2027-01-01T18:00Z', '2027-01-01T19:00Z', HOUR],
    ['the 25-hour day when New York falls back', allDay('America/New_York'), '2027-11-07T04:00Z', '2027-11-08T05:00Z', 25 * HOUR],
    ['the 23-hour day when New York springs forward', allDay('America/New_York'), '2027-03-14T05:00Z', '2027-03-15T04:00Z', 23 * HOUR],
    ['an answer before the question counts nothing', oslo, '2027-01-11T10:00Z', '2027-01-11T09:00Z', 0],
  ])('%s', (_name, hours, from, to, expected) => {
    expect(getBusinessDuration(at(from), at(to), hours)).toBe(expected);
  });

  it('the same window in local time, before and after the DST change', () => {
    // Monday 22 March (UTC+1) and Monday 29 March (UTC+2): 09:00–17:00 local both times, so 8 hours each.
    expect(getBusinessDuration(at('2027-03-22T00:00Z'), at('2027-03-23T00:00Z'), oslo)).toBe(8 * HOUR);
    expect(getBusinessDuration(at('2027-03-29T07:00Z'), at('2027-03-29T15:00Z'), oslo)).toBe(8 * HOUR);
    expect(getBusinessDuration(at('2027-03-29T06:00Z'), at('2027-03-29T07:00Z'), oslo)).toBe(0);
  });

  it.each([
    ['a clock that is not HH:MM', { ...oslo, start: '9:00' }, /HH:MM/],
    ['an end before the start', { ...oslo, start: '17:00', end: '09:00' }, /after their start/],
    ['an unknown time zone', { ...oslo, timeZone: 'Mars/Olympus' }, /time zone/i],
  ])('rejects %s', (_name, hours, message) => {
    expect(() => getBusinessDuration(0, HOUR, hours)).toThrow(message);
  });
});
