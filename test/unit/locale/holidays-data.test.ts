import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ETIQUETTE_COUNTRIES } from '@/lib/locale/etiquette';
import { HOLIDAYS_FILE, MOST_POPULOUS, buildHolidayTable, formatHolidayTable, getHolidayCountries } from '@/scripts/generate-holidays';

const committed = readFileSync(HOLIDAYS_FILE, 'utf8');
const table = JSON.parse(committed) as ReturnType<typeof buildHolidayTable>;

describe('lib/locale/data/holidays.json', () => {
  it('matches a regeneration (run `npm run data:holidays` after changing countries, years or scripts/holidays-extra.ts)', () => {
    expect(committed).toBe(formatHolidayTable(buildHolidayTable(table.years, getHolidayCountries(ETIQUETTE_COUNTRIES))));
  }, 30_000);

  it('covers every etiquette country and the 60 most populous (scripts/holidays-extra.ts for those date-holidays lacks)', () => {
    expect(MOST_POPULOUS).toHaveLength(60);
    expect(table.missing).toEqual([]);
    for (const country of new Set([...ETIQUETTE_COUNTRIES, ...MOST_POPULOUS])) {
      expect(country in table.countries, country).toBe(true);
    }
    expect(table.source).toContain('scripts/holidays-extra.ts');
  });

  it('rows are well formed, within the years and sorted', () => {
    for (const [country, rows] of Object.entries(table.countries)) {
      expect(rows.length, country).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.date, country).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(table.years, `${country} ${row.date}`).toContain(Number(row.date.slice(0, 4)));
        expect(['public', 'bank']).toContain(row.type);
        expect(row.name.trim()).toBe(row.name);
        expect(row.name.length).toBeGreaterThan(0);
      }
      const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
      expect(rows, country).toEqual(sorted);
    }
  });
});
