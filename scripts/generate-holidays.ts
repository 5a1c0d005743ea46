// `npm run data:holidays [-- 2026 2027]` writes lib/locale/data/holidays.json: the public holidays (and bank holidays,
// which are days off for offices too) of every country with an etiquette entry and the 60 most populous countries,
// for the current and the next year unless years are given. date-holidays is a devDependency used only here: the
// extension ships the table, not a holiday engine. Countries it lacks come from our own sourced definitions in
// scripts/holidays-extra.ts, whose Islamic and Korean lunar dates its rule engine computes too (Nepal's Hindu lunar
// festivals come from scripts/holidays-lunar.ts). test/unit/locale/holidays-data.test.ts
// regenerates the table and compares it with the committed file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { BIKRAM_SAMBAT_SETTLED_UNTIL, getBikramSambatDatesIn, isBikramSambatSettled, getMyanmarDatesIn, getThingyan } from './holidays-calendars';
import { EXTRA_HOLIDAYS } from './holidays-extra';
import { LUNAR_METHOD, getLunarDatesIn } from './holidays-lunar';
import type { ExtraCountry, ExtraHoliday } from './holidays-extra';

/**
 * The 60 most populous countries and territories, most populous first. Source: United Nations, World Population
 * Prospects 2024, medium-variant estimates for 1 July 2025 (population.un.org/wpp).
 */
export const MOST_POPULOUS = [
  'IN', 'CN', 'US', 'ID', 'PK', 'NG', 'BR', 'BD', 'RU', 'ET', 'MX', 'JP', 'EG', 'PH', 'CD', 'VN', 'IR', 'TR', 'DE', 'TH',
  'GB', 'TZ', 'FR', 'ZA', 'IT', 'KE', 'MM', 'CO', 'KR', 'SD', 'UG', 'ES', 'DZ', 'IQ', 'AR', 'AF', 'YE', 'CA', 'AO', 'UA',
  'MA', 'PL', 'UZ', 'MY', 'MZ', 'GH', 'PE', 'SA', 'MG', 'CI', 'NP', 'CM', 'VE', 'NE', 'AU', 'KP', 'SY', 'ML', 'BF', 'TW',
] as const;

/** Holiday types kept: public holidays, and bank holidays (offices and banks are closed). */
const KEPT_TYPES = new Set(['public', 'bank']);

/**
 * Rules of calendars whose dates depend on sighting the moon or on a lunar computation that the official calendar
 * may not follow to the day: the Islamic months, and the Chinese, Korean and Vietnamese lunisolar calendars.
 * (The Hebrew and Persian calendars are fixed by arithmetic and astronomy tables, so their dates are exact.)
 */
const LUNAR_RULE = /\b(?:Muharram|Safar|Rabi al-(?:awwal|thani)|Jumada al-(?:awwal|thani)|Rajab|Shaban|Ramadan|Shawwal|Dhu al-(?:Qidah|Hijjah))\b|\b(?:chinese|korean|vietnamese)\b/;

export interface HolidayRow {
  date: string;
  name: string;
  /** The name in the country's own language, when date-holidays has one that differs from the English one. */
  localName?: string;
  type: 'public' | 'bank';
  /** Present on lunar-calendar dates, which may move by a day when the moon is sighted. */
  approximate?: true;
}

export interface HolidayTable {
  source: string;
  /** Hash of what the table was generated from (library versions, years, countries, our own definitions). */
  inputs: string;
  years: number[];
  countries: Record<string, HolidayRow[]>;
  /** Countries asked for that neither date-holidays nor scripts/holidays-extra.ts covers. */
  missing: string[];
  /** Countries whose list is known to leave out a kind of days (from scripts/holidays-extra.ts), for the card. */
  gaps: Record<string, 'announced'>;
}

const DAY = 86_400_000;

function getLibraryVersion(name: string): string {
  const require = createRequire(import.meta.url);
  // A package whose `exports` leave out its package.json (astronomy-engine) is found from its entry file upwards.
  let dir = dirname(require.resolve(name));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (found === name) return version;
    }
    if (dirname(dir) === dir) throw new Error(`No package.json of ${name} found above ${require.resolve(name)}`);
    dir = dirname(dir);
  }
}

/** The countries the table covers: etiquette entries and the most populous, sorted. */
export function getHolidayCountries(etiquetteCountries: readonly string[]): string[] {
  return [...new Set([...etiquetteCountries, ...MOST_POPULOUS])].sort();
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The rows (one per day off) of one holiday that date-holidays' engine computed. */
function getEngineRows(holiday: HolidaysTypes.Holiday, localName: string | undefined): HolidayRow[] {
  if (!KEPT_TYPES.has(holiday.type)) return [];
  // A holiday that starts at noon ("03-08 12:00": China's Women's Day) is a half day for some people, not a day off.
  if (!/ 00:00:00/.test(holiday.date)) return [];
  const date = holiday.date.slice(0, 10);
  const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY));
  const rows: HolidayRow[] = [];
  for (let i = 0; i < days; i++) {
    const row: HolidayRow = { date: shiftDate(date, i), name: holiday.name.trim(), type: holiday.type as 'public' | 'bank' };
    if (localName && localName !== row.name) row.localName = localName;
    // Solar terms (China's Qingming) follow the sun and are exact.
    if (LUNAR_RULE.test(holiday.rule) && !holiday.rule.includes('solarterm')) row.approximate = true;
    rows.push(row);
  }
  return rows;
}

/** The rows of one country and year from date-holidays' own data. */
function getRows(country: string, year: number): HolidayRow[] {
  const holidays = new Holidays(country);
  const languages = holidays.getLanguages();
  const local = languages.find((lang) => lang !== 'en' && !lang.startsWith('en-'));
  const english = holidays.getHolidays(year, 'en');
  const localNames = local ? holidays.getHolidays(year, local) : [];
  return english.flatMap((holiday, index) =>
    getEngineRows(holiday, localNames[index]?.rule === holiday.rule ? localNames[index]!.name.normalize('NFKC').trim() : undefined),
  );
}

/** The rows of one country and year from our own definitions (scripts/holidays-extra.ts). */
export function getExtraRows(country: string, definition: ExtraCountry, year: number): HolidayRow[] {
  const rows: HolidayRow[] = [];
  const rules: Record<string, { name: { en: string }; type: 'public' }> = {};
  const localNames = new Map<string, string>();
  const spans: { holiday: ExtraHoliday; from: string; to: string }[] = [];
  const getLocalName = (holiday: ExtraHoliday) => holiday.localNames.map((name) => name.normalize('NFKC').trim()).join(' / ');
  for (const holiday of definition.holidays) {
    const span = holiday.days ?? 1;
    const localName = getLocalName(holiday);
    const { date } = holiday;
    if ('between' in date) {
      spans.push({ holiday, from: date.between[0], to: date.between[1] });
      continue;
    }
    if ('rule' in date) {
      const rule = span > 1 ? `${date.rule} P${span}D` : date.rule;
      if (rules[rule]) throw new Error(`${country}: rule "${rule}" is defined twice in scripts/holidays-extra.ts`);
      rules[rule] = { name: { en: holiday.name }, type: 'public' };
      localNames.set(rule, localName);
      continue;
    }
    let starts: { date: string; approximate: boolean }[];
    if ('bikramSambat' in date) {
      const [month] = date.bikramSambat;
      starts = getBikramSambatDatesIn(year, ...date.bikramSambat).map(({ date, bsYear }) => ({ date, approximate: !isBikramSambatSettled(bsYear, month) }));
    } else if ('lunar' in date) {
      starts = getLunarDatesIn(year, ...date.lunar, date.at).map((start) => ({ date: shiftDate(start, date.plusDays ?? 0), approximate: true }));
    } else if ('myanmar' in date) {
      starts = getMyanmarDatesIn(year, ...date.myanmar).map((start) => ({ date: start, approximate: true }));
    } else {
      const thingyan = getThingyan(year);
      starts = (date.thingyan === 'festival' ? thingyan.festival : [thingyan.newYear]).map((start) => ({ date: start, approximate: true }));
    }
    for (const start of starts) {
      for (let i = 0; i < span; i++) {
        const row: HolidayRow = { date: shiftDate(start.date, i), name: holiday.name, type: 'public', localName };
        if (start.approximate) row.approximate = true;
        rows.push(row);
      }
    }
  }
  if (Object.keys(rules).length > 0) rows.push(...getRuleRows(country, definition, year, rules, localNames));
  const names = new Set(definition.holidays.map((h) => h.name));
  for (const { holiday, from, to } of spans) {
    if (!names.has(from) || !names.has(to)) throw new Error(`${country}: "${holiday.name}" spans from "${from}" to "${to}", which are not both holidays in scripts/holidays-extra.ts`);
    const taken = new Set(rows.map((row) => row.date));
    for (const start of rows.filter((row) => row.name === from)) {
      const end = rows.filter((row) => row.name === to && row.date >= start.date).sort((a, b) => a.date.localeCompare(b.date))[0];
      if (!end) continue;
      for (let day = shiftDate(start.date, 1); day < end.date; day = shiftDate(day, 1)) {
        if (taken.has(day)) continue;
        taken.add(day);
        const row: HolidayRow = { date: day, name: holiday.name, type: 'public', localName: getLocalName(holiday) };
        if (start.approximate || end.approximate) row.approximate = true;
        rows.push(row);
      }
    }
  }
  return rows;
}

/** The rows of a country's date-holidays rules, run by its engine. */
function getRuleRows(country: string, definition: ExtraCountry, year: number, rules: Record<string, { name: { en: string }; type: 'public' }>, localNames: Map<string, string>): HolidayRow[] {
  // date-holidays' engine reads custom data given as `opts.data` (date-holidays-parser's Holidays#init), in the shape
  // of its data/holidays.json; its typings leave the option out.
  const data = { holidays: { [country]: { names: { en: country }, langs: ['en'], zones: [definition.timeZone], days: rules } } };
  const engine = new Holidays(country, { data } as HolidaysTypes.Options);
  const computed = engine.getHolidays(year, 'en');
  for (const rule of Object.keys(rules)) {
    // Every rule we use (fixed, Easter, Persian, Islamic, Korean lunisolar) falls at least once in any Gregorian year.
    if (!computed.some((holiday) => holiday.rule === rule)) throw new Error(`${country}: rule "${rule}" in scripts/holidays-extra.ts gave no date in ${year} (date-holidays could not parse it?)`);
  }
  return computed.flatMap((holiday) => getEngineRows(holiday, localNames.get(holiday.rule)));
}

/** Builds the table for the given years (every kept holiday, one row per day, sorted by date then name). */
export function buildHolidayTable(years: readonly number[], countries: readonly string[]): HolidayTable {
  const supported = new Holidays().getCountries();
  const table: Record<string, HolidayRow[]> = {};
  const missing: string[] = [];
  for (const country of countries) {
    const extra = supported[country] ? undefined : EXTRA_HOLIDAYS[country];
    if (!supported[country] && !extra) {
      missing.push(country);
      continue;
    }
    const seen = new Set<string>();
    const rows = years
      .flatMap((year) => (extra ? getExtraRows(country, extra, year) : getRows(country, year)))
      .filter((row) => years.some((year) => row.date.startsWith(`${year}-`)))
      .filter((row) => {
        const key = `${row.date} ${row.name}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
    table[country] = rows;
  }
  const version = getLibraryVersion('date-holidays');
  const calendars = {
    'nepali-date-converter': getLibraryVersion('nepali-date-converter'),
    'myanmar-calendar': getLibraryVersion('myanmar-calendar'),
    BIKRAM_SAMBAT_SETTLED_UNTIL,
    'astronomy-engine': getLibraryVersion('astronomy-engine'),
    LUNAR_METHOD,
  };
  const inputs = createHash('sha256').update(JSON.stringify({ version, years, countries, extra: EXTRA_HOLIDAYS, calendars })).digest('hex').slice(0, 16);
  const extraSources = Object.keys(table)
    .filter((country) => !supported[country])
    .map((country) => `${country}: ${EXTRA_HOLIDAYS[country]!.source}`);
  return {
    source:
      `date-holidays ${version} (ISC licence), public and bank holidays` +
      (extraSources.length > 0
        ? `; countries it lacks from scripts/holidays-extra.ts (${extraSources.join('; ')}), Bikram Sambat dates by nepali-date-converter ${calendars['nepali-date-converter']}, Nepal's lunar festivals from the sun and moon by astronomy-engine ${calendars['astronomy-engine']}, Myanmar calendar by myanmar-calendar ${calendars['myanmar-calendar']}`
        : '') +
      '; lunar-calendar dates marked approximate',
    inputs,
    years: [...years],
    countries: table,
    missing,
    gaps: Object.fromEntries(Object.keys(table).filter((country) => !supported[country]).map((country) => [country, EXTRA_HOLIDAYS[country]!.gaps])),
  };
}

/** The file's text: one holiday per line, so that a regenerated table diffs readably. */
export function formatHolidayTable(table: HolidayTable): string {
  const countries = Object.entries(table.countries)
    .map(([country, rows]) => `  ${JSON.stringify(country)}: [\n${rows.map((row) => `   ${JSON.stringify(row)}`).join(',\n')}\n  ]`)
    .join(',\n');
  return `{\n "source": ${JSON.stringify(table.source)},\n "inputs": ${JSON.stringify(table.inputs)},\n "years": ${JSON.stringify(table.years)},\n "missing": ${JSON.stringify(table.missing)},\n "gaps": ${JSON.stringify(table.gaps)},\n "countries": {\n${countries}\n }\n}\n`;
}

export const HOLIDAYS_FILE = fileURLToPath(new URL('../lib/locale/data/holidays.json', import.meta.url));

async function main(): Promise<void> {
  const args = process.argv.slice(2).map(Number);
  if (args.some((year) => !Number.isInteger(year) || year < 2000 || year > 2100)) throw new Error(`Years must be like 2026: got ${process.argv.slice(2).join(' ')}`);
  const thisYear = new Date().getUTCFullYear();
  const years = args.length > 0 ? args : [thisYear, thisYear + 1];
  const { ETIQUETTE_COUNTRIES } = await import('../lib/locale/etiquette');
  const table = buildHolidayTable(years, getHolidayCountries(ETIQUETTE_COUNTRIES));
  writeFileSync(HOLIDAYS_FILE, formatHolidayTable(table));
  const total = Object.values(table.countries).reduce((sum, rows) => sum + rows.length, 0);
  console.log(`holidays.json: ${Object.keys(table.countries).length} countries, ${total} days, years ${years.join(', ')}; missing: ${table.missing.join(', ') || 'none'}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
