// Extension-level figures: the content script's size (raw and gzip) for both builds, the time from the content
// script's start to a rendered sidebar in Chromium (median and p95 over repeated page loads), and the time a
// shortcut expansion takes in each editor (Tab pressed → the editor's own model holds the template).
// Needs `npm run build` and `npm run build:fixtures` first. Run: npm run bench
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { AUTOMATION_ARGS, getChromiumPath, getExtensionArgs } from '../../scripts/chromium.mjs';
import { OUTPUT_DIR } from '../../scripts/output-dir.mjs';

const BUDGET_GZIP = 80 * 1024;
const LOADS = Number(process.env.BENCH_LOADS ?? 25);
const EXPANSIONS = Number(process.env.BENCH_EXPANSIONS ?? 15);
const FIXTURES = join(OUTPUT_DIR, 'fixtures');
const EDITORS = ['textarea', 'contenteditable', 'prosemirror', 'tiptap', 'lexical', 'draftjs', 'ckeditor5', 'quill'];
const THANKS = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";

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

/**
 * Puts the caret at the end of the editor's text, proven through its model: ProseMirror, CKEditor 5 and Draft.js
 * put back their own caret a moment after they get the focus, so Ctrl+End is pressed again until a typed marker
 * lands at the end.
 */
async function caretAtEnd(page) {
  await page.evaluate(() => window.__rwEditor.focus());
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.keyboard.press('Control+End');
    await page.keyboard.type('#');
    const text = await page.evaluate(() => window.__rwEditor.getText());
    await page.keyboard.press('Backspace');
    if (text.endsWith('#')) return;
  }
  throw new Error('could not put the caret at the end of the editor');
}

console.log('Content script size');
let overBudget = false;
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const file = join(OUTPUT_DIR, target, 'content-scripts/sidebar.js');
  if (!existsSync(file)) {
    console.log(`  ${target}: not built (run npm run build)`);
    continue;
  }
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  overBudget ||= gzip > BUDGET_GZIP;
  console.log(`  ${target.padEnd(12)} raw ${kb(raw.length).padStart(9)}   gzip ${kb(gzip).padStart(8)}   (budget ${kb(BUDGET_GZIP)} gzip)`);
}

const extension = join(OUTPUT_DIR, 'chrome-mv3');
const executablePath = getChromiumPath();
const userDataDir = mkdtempSync(join(tmpdir(), 'rw-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless=new', ...getExtensionArgs(extension), ...AUTOMATION_ARGS],
});
try {
  const page0 = `<!doctype html><title>Inbox</title><main><h1>Inbox</h1><form><textarea aria-label="Reply"></textarea><button type="submit">Send</button></form></main>`;
  // Gmail URLs get the plain page; Help Scout URLs get the editor fixtures and their assets.
  await context.route('https://**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'secure.helpscout.net') return route.fulfill({ body: page0, contentType: 'text/html' });
    const file = join(FIXTURES, url.pathname.replace(/^\/(editors\/)?/, url.pathname.includes('/assets/') ? '' : 'editors/'));
    if (!file.startsWith(FIXTURES) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ body: readFileSync(file), contentType: type });
  });
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

  if (existsSync(join(FIXTURES, 'editors/textarea.html'))) {
    console.log(`\nShortcut expansion (";thanks" + Tab → the editor's model holds the template), Chromium, ${EXPANSIONS} runs each`);
    for (const kind of EDITORS) {
      const times = [];
      for (let i = 0; i < EXPANSIONS; i++) {
        const page = await context.newPage();
        await page.addInitScript(() =>
          addEventListener('keydown', (event) => event.key === 'Tab' && (window.__rwTabAt = performance.now()), { capture: true }),
        );
        await page.goto(`https://secure.helpscout.net/editors/${kind}.html`);
        await page.locator('html[data-editor-ready="true"]').waitFor({ state: 'attached' });
        await page.locator('replywell-sidebar').getByRole('button', { name: 'Replywell', exact: true }).waitFor();
        // The shortcuts arrive from the background shortly after the launcher; an expansion needs them.
        await page.locator('replywell-sidebar').getByRole('button', { name: 'Insert “Thanks for reaching out”', includeHidden: true }).waitFor({ state: 'attached' });
        await caretAtEnd(page);
        await page.keyboard.press('Enter');
        await page.keyboard.type(';thanks');
        // Timed in the page: from the Tab keydown (seen by a listener that the init script registered before the
        // content script's, which stops the event) to the first moment the editor's model holds the template.
        const measured = page.evaluate(
          (want) =>
            new Promise((resolve) => {
              setTimeout(() => resolve(Number.NaN), 5_000);
              const done = () => {
                if (window.__rwTabAt === undefined || !window.__rwEditor.getText().includes(want)) return false;
                resolve(performance.now() - window.__rwTabAt);
                return true;
              };
              const observer = new MutationObserver(() => done() && observer.disconnect());
              observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
              // A textarea's value changes without a DOM mutation: frames catch that case.
              const frame = () => done() || requestAnimationFrame(frame);
              requestAnimationFrame(frame);
            }),
          THANKS,
        );
        await page.keyboard.press('Tab');
        const time = await measured;
        if (Number.isNaN(time)) throw new Error(`${kind}: the shortcut did not expand within 5 s`);
        times.push(time);
        await page.close();
      }
      console.log(`  ${kind.padEnd(16)} median ${median(times).toFixed(1).padStart(6)} ms   p95 ${quantile(times, 0.95).toFixed(1).padStart(6)} ms`);
    }
  } else {
    console.log('\nShortcut expansion: editor fixtures not built (npm run build:fixtures)');
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (overBudget) {
  console.error('\nThe content script is over its gzip budget.');
  process.exitCode = 1;
}
