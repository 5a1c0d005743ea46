// `npm run bench`: every test/bench/*.bench.ts (pure lib code, run with tsx, each comparing itself with the library
// a user would otherwise pick, in the same run), then the built extension in Chromium (extension.mjs).
// `npm run bench -- rewrite templates` runs only the benches whose names contain one of the words;
// `npm run bench:lib` skips the build and the browser.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const libOnly = args.includes('--lib');
const filters = args.filter((arg) => !arg.startsWith('--'));
const wanted = (name) => filters.length === 0 || filters.some((word) => name.includes(word));

const benches = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts') && wanted(file))
  .sort();
if (!libOnly && wanted('extension')) benches.push('extension.mjs');

let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file} ━━`);
  const runner = file.endsWith('.ts') ? [join(here, '../../node_modules/tsx/dist/cli.mjs'), join(here, file)] : [join(here, file)];
  const result = spawnSync(process.execPath, runner, { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file} failed (exit ${result.status ?? result.signal})`);
  }
}
if (benches.length === 0) console.error(`No bench matches ${filters.join(', ')}.`);
process.exit(failed > 0 || benches.length === 0 ? 1 : 0);
