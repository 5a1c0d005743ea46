import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ETIQUETTE_COUNTRIES } from '@/lib/locale/etiquette';
import { HOLIDAYS_FILE, MOST_POPULOUS, buildHolidayTable, formatHolidayTable, getHolidayCountries } from '@/scripts/generate-holidays';

const committed = readFileSync(HOLIDAYS_FILE, 'utf8');
const table = JSON.parse(committed) as ReturnType<typeof buildHolidayTable>;

describe('lib/locale/data/holidays.json', () => {
  it('matches a regeneration from date-holidays (run `npm run data:holidays` after changing countries or years)', () => {
    expect(committed).toBe(formatHolidayTable(buildHolidayTable(table.years, getHolidayCountries(ETIQUETTE_COUNTRIES))));
  }, 30_000);

  it('covers every etiquette country and the 60 most populous, except the ones date-holidays lacks', () => {
    expect(MOST_POPULOUS).toHaveLength(60);
    for (const country of new Set([...ETIQUETTE_COUNTRIES, ...MOST_POPULOUS])) {
      expect(country in table.countries || table.missing.includes(country), country).toBe(true);
    }
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
