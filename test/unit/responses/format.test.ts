import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent } from '@/lib/responses/format';

const MIN = 60_000;
describe('formatDuration', () => {
  it.each([
    [0, '0 sec'],
    [59_999, '59 sec'],
    [12 * MIN, '12 min'],
    [60 * MIN, '1 hr'],
    [200 * MIN, '3 hr 20 min'],
    [47 * 60 * MIN, '47 hr'],
    [52 * 60 * MIN, '2 days 4 hr'],
    [-5, '0 sec'],
  ])('%i ms reads %s in English', (ms, text) => expect(formatDuration(ms, 'en')).toBe(text));

  it('speaks each interface language', () => {
    expect(formatDuration(12 * MIN, 'nb')).toMatch(/^12\s?min$/);
    expect(formatDuration(12 * MIN, 'fi')).toMatch(/^12\s?min$/);
    // Persian digits.
    expect(formatDuration(12 * MIN, 'fa')).toContain('۱۲');
  });
});

describe('formatPercent', () => {
  it('keeps one decimal at most', () => {
    expect(formatPercent(66.6667, 'en')).toBe('66.7%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });
});
