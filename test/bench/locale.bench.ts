// Customer location and time: inferCustomerLocation per call (µs) on a mix of realistic signal sets, next to
// libphonenumber-js parsing alone (the library it builds on) and date-holidays computing a year of holidays (which
// the extension does not ship: our table is generated from it). Then the size the locale code adds to the content
// script: the Customer card and the lib/locale modules it imports, bundled and minified as the content script is,
// with Preact left out (the sidebar has it already); the data tables must not be in it.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Holidays from 'date-holidays';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { getPublicHolidays } from '../../lib/locale/holidays';
import { inferCustomerLocation, type CustomerSignals } from '../../lib/locale/infer';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CASES: CustomerSignals[] = [
  { email: 'kari@firma.no', phone: '+47 22 12 34 56', signature: 'Kari Nordmann\nFirma AS\nKarl Johans gate 1, 0154 Oslo' },
  { email: 'jane@acme.com', timeZone: '(GMT-05:00) Eastern Time (US & Canada)', locale: 'en-US' },
  { email: 'someone@gmail.com', dateHeader: 'Tue, 3 Nov 2026 10:12:00 +0530', language: 'en' },
  { email: 'taro@yahoo.co.jp', language: 'ja' },
  { phone: '+61 412 345 678', signature: 'Sam\nPerth WA 6000, Australia' },
  { email: 'a@startup.io', phone: '+1 415 555 2671' },
  { email: 'ali@example.ir', language: 'fa', signature: 'Ali Rezaei\nTehran, Iran' },
  {},
];

function measure(label: string, count: number, run: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(count, 200); i++) run(i);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let i = 0; i < count; i++) run(i);
    times.push(((performance.now() - start) * 1000) / count);
  }
  times.sort((a, b) => a - b);
  const median = times[2]!;
  console.log(`${label.padEnd(64)} ${median.toFixed(1).padStart(8)} µs per call (median of 5 × ${count})`);
  return median;
}

console.log('Per call, after warm-up:');
measure('inferCustomerLocation (8 signal sets, mixed)', 4000, (i) => inferCustomerLocation(CASES[i % CASES.length]!));
measure('  libphonenumber-js/min parsePhoneNumberFromString alone', 4000, (i) => parsePhoneNumberFromString(i % 2 ? '+47 22 12 34 56' : '+1 415 555 2671'));
measure('getPublicHolidays (our generated table, NO, one year)', 4000, () => getPublicHolidays('NO', '2026-01-01', '2026-12-31'));
const engines = ['NO', 'US', 'IR', 'JP'].map((country) => new Holidays(country));
measure('  date-holidays getHolidays (NO/US/IR/JP, one year)', 200, (i) => engines[i % engines.length]!.getHolidays(2026));

async function bundleSize(entry: string, label: string, mustBeDataFree: boolean): Promise<void> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': ROOT },
    external: ['preact', 'preact/*', '@preact/signals'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const leaked = ['Grunnlovsdagen', 'Asia/Calcutta', 'libphonenumber', 'web.de'].filter((marker) => code.includes(marker));
  console.log(`${label.padEnd(64)} ${(code.length / 1024).toFixed(1).padStart(6)} KB raw, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip${leaked.length ? `, data: ${leaked.join(', ')}` : ', no data tables'}`);
  if (mustBeDataFree && leaked.length) {
    console.error('The content-script part of the locale code pulls in data tables.');
    process.exitCode = 1;
  }
}

console.log('\nSize the locale code adds to the content script (minified; Preact external):');
await bundleSize(`${ROOT}components/sidebar/customer-card.tsx`, 'Customer card + lib/locale/{insight,time}', true);
await bundleSize(`${ROOT}lib/locale/infer.ts`, '  for comparison: inference with its tables (background only)', false);
await bundleSize(`${ROOT}lib/locale/business.ts`, '  for comparison: business time with holidays (background only)', false);
