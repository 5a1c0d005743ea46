// Extension-level figures: the content script's size (raw and gzip) for both builds, and the time from the
// content script's start to a rendered sidebar in Chromium (median and p95 over repeated page loads).
// Needs `npm run build` first. Run: node test/bench/extension.mjs
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const BUDGET_GZIP = 80 * 1024;
const LOADS = Number(process.env.BENCH_LOADS ?? 25);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

console.log('Content script size');
let overBudget = false;
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const file = join(ROOT, '.output', target, 'content-scripts/sidebar.js');
  if (!existsSync(file)) {
    console.log(`  ${target}: not built (run npm run build)`);
    continue;
  }
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  overBudget ||= gzip > BUDGET_GZIP;
  console.log(`  ${target.padEnd(12)} raw ${kb(raw.length).padStart(9)}   gzip ${kb(gzip).padStart(8)}   (budget ${kb(BUDGET_GZIP)} gzip)`);
}

const extension = join(ROOT, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const userDataDir = mkdtempSync(join(tmpdir(), 'rw-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--headless=new',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page0 = `<!doctype html><title>Inbox</title><main><h1>Inbox</h1><form><textarea aria-label="Reply"></textarea><button type="submit">Send</button></form></main>`;
  await context.route('https://**/*', (route) => route.fulfill({ body: page0, contentType: 'text/html' }));
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const mountTimes = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.getByRole('button', { name: 'Replywell' }).waitFor();
    const duration = await page.evaluate(() => performance.getEntriesByName('replywell:mount')[0]?.duration);
    if (typeof duration === 'number') mountTimes.push(duration);
    await page.close();
  }
  console.log(`\nSidebar mount (content script start → sidebar rendered), Chromium, ${mountTimes.length} loads`);
  console.log(`  median ${median(mountTimes).toFixed(1)} ms   p95 ${quantile(mountTimes, 0.95).toFixed(1)} ms   max ${Math.max(...mountTimes).toFixed(1)} ms`);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (overBudget) {
  console.error('\nThe content script is over its gzip budget.');
  process.exitCode = 1;
}
