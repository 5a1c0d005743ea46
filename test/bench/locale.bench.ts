// Customer location and time: inferCustomerLocation per call (µs) on a mix of realistic signal sets, next to
// libphonenumber-js parsing alone (the library it builds on) and date-holidays computing a year of holidays (which
// the extension does not ship: our table is generated from it). Then the size the locale code adds to the content
// script: the Customer card and the lib/locale modules it imports, bundled and minified as the content script is,
// with Preact left out (the sidebar has it already); the data tables must not be in it.
import { spawnSync } from 'node:child_process';
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

// The language of the customer's message (background only): our detectMessageLanguage (the customer's own words,
// then ELD's extra-small model and its reliability test) per call, next to the libraries compared when choosing it,
// each on the same labelled messages (test/unit/locale/language-samples.ts): per call, right answers, "too short"
// messages that still got a language, load time and retained heap of the first import (median of 3 fresh
// processes), and bundled size.
console.log('\nLanguage of the message (per call on the labelled messages; first import; bundled, minified):');
const { MESSAGES, TOO_SHORT } = await import('../unit/locale/language-samples');
const ISO3: Record<string, string> = { eng: 'en', nob: 'no', nno: 'no', dan: 'da', swe: 'sv', fin: 'fi', pes: 'fa', prs: 'fa', arb: 'ar', deu: 'de', jpn: 'ja', cmn: 'zh', kor: 'ko', spa: 'es', por: 'pt', fra: 'fr', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr', vie: 'vi', tha: 'th', hin: 'hi', rus: 'ru', ukr: 'uk', heb: 'he', tgl: 'tl', hun: 'hu', ces: 'cs', ell: 'el' };

/** Load time and retained heap of a library's first import, in a fresh Node process (so nothing else is counted). */
function measureImport(entry: string): { ms: number; heapMB: number } {
  const script = `global.gc(); const heap = process.memoryUsage().heapUsed; const start = performance.now(); await import(${JSON.stringify(entry)});
const ms = performance.now() - start; global.gc(); console.log(JSON.stringify({ ms, heapMB: (process.memoryUsage().heapUsed - heap) / 1e6 }));`;
  const runs = [0, 1, 2].map(() => JSON.parse(spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout) as { ms: number; heapMB: number });
  runs.sort((a, b) => a.ms - b.ms);
  return runs[1]!;
}

async function gzipKB(entry: string): Promise<string> {
  const result = await build({ stdin: { contents: `export * from '${entry}';`, resolveDir: ROOT }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return `${(code.length / 1024).toFixed(0)} KB raw, ${(gzipSync(code).length / 1024).toFixed(0)} KB gzip`;
}

const ours = await import('../../lib/locale/language-detect');
const { eld } = await import('eld/extrasmall');
const tinyld = await import('tinyld');
const { franc } = await import('franc');
eld.enableTextCleanup(true);
const detectors: { label: string; entry: string; load?: string; detect: (text: string) => Promise<string | undefined> | string | undefined }[] = [
  { label: 'detectMessageLanguage (ours: own words + ELD extra-small)', entry: 'eld/extrasmall', detect: async (text) => (await ours.detectMessageLanguage(text))?.tag },
  { label: '  eld/extrasmall detect alone (reliable answers only)', entry: 'eld/extrasmall', load: 'eld/extrasmall', detect: (text) => { const r = eld.detect(text); return r.isReliable() ? r.language || undefined : undefined; } },
  { label: '  tinyld detect (normal model)', entry: 'tinyld', load: 'tinyld', detect: (text) => { const lang = tinyld.detect(text); return lang || undefined; } },
  { label: '  franc (minLength 10)', entry: 'franc', load: 'franc', detect: (text) => { const code = franc(text, { minLength: 10 }); return code === 'und' ? undefined : (ISO3[code] ?? code); } },
];
for (const { label, entry, load, detect } of detectors) {
  let right = 0;
  for (const [language, text] of MESSAGES) if ((await detect(text)) === language) right++;
  let spoke = 0;
  for (const text of TOO_SHORT) if ((await detect(text)) !== undefined) spoke++;
  // Per call: synchronous where the library is; ours is async (it loads the model once), measured the same way.
  const times: number[] = [];
  for (let round = 0; round < 9; round++) {
    const start = performance.now();
    for (let repeat = 0; repeat < 4; repeat++) for (const [, text] of MESSAGES) await detect(text);
    times.push(((performance.now() - start) * 1000) / MESSAGES.length / 4);
  }
  times.sort((a, b) => a - b);
  const imported = load ? measureImport(load) : undefined;
  const loadText = imported ? `; first import ${imported.ms.toFixed(0)} ms, +${imported.heapMB.toFixed(0)} MB heap` : '';
  console.log(`${label.padEnd(64)} ${times[4]!.toFixed(1).padStart(8)} µs per call (median of 9); ${right}/${MESSAGES.length} right, ${spoke}/${TOO_SHORT.length} too-short answered${loadText}`);
  if (load) console.log(`${''.padEnd(66)}bundled: ${await gzipKB(entry)}`);
}
