import { describe, expect, it } from 'vitest';
import { CLDR_WEEKEND, WEEKEND_CHANGES, getWeekend, getWeekendRule } from '@/lib/locale/weekend';

describe('getWeekend: dated changes first, then Intl, then CLDR', () => {
  it.each([
    ['NO', '2026-06-01', [6, 7]],
    ['US', '2026-06-01', [6, 7]],
    ['AE', '2021-12-31', [5, 6]],
    ['AE', '2022-01-01', [6, 7]],
    ['AE', '2005-06-01', [4, 5]],
    ['SA', '2013-06-28', [4, 5]],
    ['SA', '2013-06-29', [5, 6]],
    ['SA', '2026-06-01', [5, 6]],
    ['NP', '2022-05-14', [6]],
    ['NP', '2022-05-15', [6, 7]],
    ['NP', '2022-06-14', [6, 7]],
    ['NP', '2022-06-15', [6]],
    ['NP', '2026-06-01', [6]],
    ['IR', '2026-06-01', [5]],
    ['OM', '2013-04-30', [4, 5]],
    ['OM', '2013-05-01', [5, 6]],
    ['KW', '2007-09-01', [5, 6]],
    ['DZ', '2009-08-13', [4, 5]],
    ['EG', '2026-06-01', [5, 6]],
    ['IL', '2026-06-01', [5, 6]],
    ['IN', '2026-06-01', [7]],
    ['AF', '2026-06-01', [4, 5]],
    ['BN', '2026-06-01', [5, 7]],
  ])('%s on %s → %j', (country, date, weekend) => {
    expect(getWeekend(country, date)).toEqual(weekend);
  });

  it('accepts a Date and lower-case codes', () => {
    expect(getWeekend('ae', new Date('2022-01-01T12:00:00Z'))).toEqual([6, 7]);
  });

  it('every dated rule has a source, and the rules of a country do not overlap', () => {
    for (const [country, rules] of Object.entries(WEEKEND_CHANGES)) {
      for (const rule of rules) expect(rule.source.length, country).toBeGreaterThan(10);
      for (let i = 1; i < rules.length; i++) expect(rules[i]!.from! > rules[i - 1]!.to!, country).toBe(true);
    }
    expect(getWeekendRule('NO', '2026-01-01')).toBeUndefined();
  });
});

describe('bundled CLDR week data', () => {
  it('agrees with the runtime Intl data where it has some', () => {
    for (const [country, weekend] of Object.entries(CLDR_WEEKEND)) {
      const info = (new Intl.Locale(`und-${country}`) as Intl.Locale & { weekInfo?: { weekend: number[] } }).weekInfo;
      if (info) expect([...info.weekend].sort(), country).toEqual([...weekend]);
    }
  });

  it('is used where Intl has no week info', () => {
    const original = Intl.Locale;
    // A runtime without getWeekInfo or weekInfo (Firefox before 130 had neither).
    class BareLocale extends original {
      get weekInfo(): undefined {
        return undefined;
      }
    }
    Object.defineProperty(BareLocale.prototype, 'getWeekInfo', { value: undefined });
    const setLocale = (value: typeof Intl.Locale) => Object.defineProperty(Intl, 'Locale', { value, configurable: true, writable: true });
    setLocale(BareLocale);
    try {
      expect(getWeekend('EG', '2026-06-01')).toEqual([5, 6]);
      expect(getWeekend('UG', '2026-06-01')).toEqual([7]);
      expect(getWeekend('NO', '2026-06-01')).toEqual([6, 7]);
      expect(getWeekend('NP', '2026-06-01')).toEqual([6]);
    } finally {
      setLocale(original);
    }
  });
});
