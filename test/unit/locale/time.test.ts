import { describe, expect, it } from 'vitest';
import { formatOffset, getInstantOf, getLocalTime, getOffsetMinutes, isKnownTimeZone } from '@/lib/locale/time';

const at = (iso: string) => Date.parse(iso);

describe('getLocalTime: Intl only, across DST in both hemispheres and in half-hour and 45-minute zones', () => {
  it.each([
    // Northern hemisphere: Oslo springs forward on 29 March 2026 at 01:00 UTC, falls back on 25 October 2026.
    ['Europe/Oslo', '2026-03-29T00:59:00Z', '2026-03-29', '01:59', 60],
    ['Europe/Oslo', '2026-03-29T01:00:00Z', '2026-03-29', '03:00', 120],
    ['Europe/Oslo', '2026-10-25T00:59:00Z', '2026-10-25', '02:59', 120],
    ['Europe/Oslo', '2026-10-25T01:00:00Z', '2026-10-25', '02:00', 60],
    ['America/New_York', '2026-03-08T06:59:00Z', '2026-03-08', '01:59', -300],
    ['America/New_York', '2026-03-08T07:00:00Z', '2026-03-08', '03:00', -240],
    // Southern hemisphere: Sydney falls back on 5 April 2026, springs forward on 4 October 2026.
    ['Australia/Sydney', '2026-04-04T15:59:00Z', '2026-04-05', '02:59', 660],
    ['Australia/Sydney', '2026-04-04T16:00:00Z', '2026-04-05', '02:00', 600],
    ['Australia/Sydney', '2026-10-03T16:00:00Z', '2026-10-04', '03:00', 660],
    ['America/Santiago', '2026-01-15T12:00:00Z', '2026-01-15', '09:00', -180],
    ['America/Santiago', '2026-07-15T12:00:00Z', '2026-07-15', '08:00', -240],
    // Half-hour and 45-minute zones.
    ['Asia/Kolkata', '2026-11-22T08:00:00Z', '2026-11-22', '13:30', 330],
    ['Asia/Tehran', '2026-11-22T08:00:00Z', '2026-11-22', '11:30', 210],
    ['Asia/Kathmandu', '2026-11-22T08:00:00Z', '2026-11-22', '13:45', 345],
    ['America/St_Johns', '2026-01-15T12:00:00Z', '2026-01-15', '08:30', -210],
    ['America/St_Johns', '2026-07-15T12:00:00Z', '2026-07-15', '09:30', -150],
    ['Pacific/Chatham', '2026-01-15T12:00:00Z', '2026-01-16', '01:45', 825],
    ['Pacific/Chatham', '2026-07-15T12:00:00Z', '2026-07-16', '00:45', 765],
    ['Australia/Adelaide', '2026-01-15T12:00:00Z', '2026-01-15', '22:30', 630],
  ])('%s at %s is %s %s (UTC%s min)', (zone, instant, date, time, offset) => {
    expect(getLocalTime(zone, at(instant))).toMatchObject({ date, time, offsetMinutes: offset });
  });

  it('gives the ISO weekday and minute of the day', () => {
    // 2026-11-22 is a Sunday.
    expect(getLocalTime('Asia/Tokyo', at('2026-11-22T00:30:00Z'))).toMatchObject({ weekday: 7, minuteOfDay: 9 * 60 + 30 });
  });

  it('an unknown zone is a RangeError, not a wrong answer', () => {
    expect(() => getLocalTime('Mars/Olympus', 0)).toThrow(RangeError);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('Asia/Kathmandu')).toBe(true);
  });
});

describe('getInstantOf: local wall-clock minute → instant', () => {
  it.each([
    ['Europe/Oslo', '2026-06-01', 9 * 60, '2026-06-01T07:00:00Z'],
    ['Asia/Kathmandu', '2026-06-01', 9 * 60, '2026-06-01T03:15:00Z'],
    ['Pacific/Chatham', '2026-06-01', 9 * 60, '2026-05-31T20:15:00Z'],
    // Spring-forward gap: 02:30 does not exist in Oslo on 29 March; the clocks jumped to 03:00 then.
    ['Europe/Oslo', '2026-03-29', 2 * 60 + 30, '2026-03-29T01:00:00Z'],
    // Fall-back overlap: 02:30 happens twice on 25 October; the first is taken.
    ['Europe/Oslo', '2026-10-25', 2 * 60 + 30, '2026-10-25T00:30:00Z'],
  ])('%s %s minute %i → %s', (zone, date, minute, iso) => {
    expect(new Date(getInstantOf(zone, date, minute)).toISOString()).toBe(new Date(iso).toISOString());
  });

  it('round-trips with getLocalTime across a year of days', () => {
    for (let day = 0; day < 365; day += 7) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      for (const zone of ['America/St_Johns', 'Australia/Lord_Howe', 'Europe/Helsinki']) {
        expect(getLocalTime(zone, getInstantOf(zone, date, 12 * 60))).toMatchObject({ date, time: '12:00' });
      }
    }
  });

  it('formats offsets', () => {
    expect(formatOffset(345)).toBe('+05:45');
    expect(formatOffset(-210)).toBe('−03:30');
    expect(getOffsetMinutes('Asia/Tehran', at('2026-06-01T00:00:00Z'))).toBe(210);
  });
});
