// `npx tsx scripts/generate-zones.ts [zoneinfo folder]` writes lib/locale/data/zones.json from the IANA time zone
// database (public domain) installed with the system's tzdata: which zones each country has (zone.tab, in its order,
// so the first is the country's most populous) and the legacy names that link to a current one (`Asia/Calcutta` →
// `Asia/Kolkata`). Offsets are never stored: local time always comes from Intl.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? '/usr/share/zoneinfo';
const out = fileURLToPath(new URL('../lib/locale/data/zones.json', import.meta.url));

const zoneTab = readFileSync(join(dir, 'zone.tab'), 'utf8');
const tzdata = readFileSync(join(dir, 'tzdata.zi'), 'utf8');
const version = /^# version (\S+)/m.exec(tzdata)?.[1];
if (!version) throw new Error(`${join(dir, 'tzdata.zi')}: no "# version" line`);

const countries: Record<string, string[]> = {};
for (const line of zoneTab.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [country, , zone] = line.split('\t');
  if (!country || !zone || !/^[A-Z]{2}$/.test(country)) throw new Error(`zone.tab: cannot read line "${line}"`);
  (countries[country] ??= []).push(zone);
}
const listed = new Set(Object.values(countries).flat());

// A link whose name zone.tab still lists (Europe/Oslo → Europe/Berlin since 2022) is a country's own zone: kept as
// it is, so that the country is not lost. Only names zone.tab no longer lists are renamed.
const links: Record<string, string> = {};
for (const line of tzdata.split('\n')) {
  if (!line.startsWith('L ')) continue;
  const [, target, alias] = line.split(' ');
  if (target && alias && !listed.has(alias)) links[alias] = target;
}

const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  out,
  `${JSON.stringify({ source: `IANA tz database ${version} (zone.tab, links; public domain)`, countries: sorted(countries), links: sorted(links) }, null, 1)}\n`,
);
console.log(`zones.json: ${Object.keys(countries).length} countries, ${Object.keys(links).length} legacy names (tzdata ${version})`);
