// Editors lab in Firefox: the same cases as editors-lab.spec.ts, run in Debian's firefox-esr through puppeteer-core
// over WebDriver BiDi (Playwright's Firefox needs its own patched build, which cannot be downloaded here).
// Usage: node test/e2e/editors-lab/firefox.mjs [page,page,…]   (FIREFOX_PATH overrides /usr/bin/firefox-esr)
// Exits 1 when a case fails. Fixtures are built when missing (npm run build:fixtures rebuilds them).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { OUTPUT_DIR } from '../../../scripts/output-dir.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const FIXTURES = join(OUTPUT_DIR, 'fixtures');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const PAGES = { textarea: 'execCommand', contenteditable: 'execCommand', prosemirror: 'paste', tiptap: 'paste', lexical: 'paste', draftjs: 'paste', ckeditor5: 'paste', quill: 'paste' };
const INITIAL = 'Hi Anna,\nThanks for your message.';
const EDITABLE = 'form.composer textarea, form.composer [contenteditable="true"]';

if (!existsSync(join(FIXTURES, 'editors/index.html'))) await build({ configFile: join(ROOT, 'test/fixtures/vite.config.ts'), logLevel: 'warn' });
const labDir = mkdtempSync(join(tmpdir(), 'rw-editors-lab-'));
await build({
  configFile: false,
  logLevel: 'warn',
  build: { outDir: labDir, minify: false, lib: { entry: join(ROOT, 'test/e2e/editors-lab/lab-entry.ts'), formats: ['iife'], name: 'rwEditorsLab', fileName: () => 'lab.js' } },
});
const labSource = readFileSync(join(labDir, 'lab.js'), 'utf8');

const server = createServer((request, response) => {
  const path = join(FIXTURES, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
  if (!path.startsWith(FIXTURES) || !existsSync(path)) {
    response.statusCode = 404;
    response.end();
    return;
  }
  response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
  response.end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });

const chord = async (page, modifier, key) => {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
};
const waitForModel = (page, text) => page.waitForFunction((want) => window.__rwEditor.getText() === want, { timeout: 5000 }, text);

async function open(name) {
  const page = await browser.newPage();
  await page.goto(`${origin}/editors/${name}.html`);
  await page.waitForSelector('html[data-editor-ready="true"]', { timeout: 20000 });
  await page.evaluate(labSource);
  await page.click(EDITABLE);
  await page.waitForFunction((selector) => document.activeElement?.matches(selector), {}, EDITABLE);
  return page;
}

async function caretFromStart(page, offset) {
  await chord(page, 'Control', 'Home');
  for (let i = 0; i < offset; i += 1) await page.keyboard.press('ArrowRight');
}

/** The model holds `expected`, the method is the expected one, and a typed Z lands at `caretAfter`. */
async function verify(page, result, via, expected, caretAfter) {
  if (!result.ok || result.via !== via) throw new Error(`result ${JSON.stringify(result)}, wanted via ${via}`);
  await waitForModel(page, expected);
  await page.keyboard.type('Z');
  await waitForModel(page, `${expected.slice(0, caretAfter)}Z${expected.slice(caretAfter)}`);
}

const CASES = {
  '(a) caret in the middle': async (page, via) => {
    await caretFromStart(page, 15);
    const result = await page.evaluate(() => window.__rwLab.insert({ text: ' a lot' }));
    await verify(page, result, via, 'Hi Anna,\nThanks a lot for your message.', 21);
  },
  '(b) paragraphs with a blank line': async (page, via) => {
    await chord(page, 'Control', 'End');
    const result = await page.evaluate(() => window.__rwLab.insert({ text: '\n\nBest regards,\nSam' }));
    const expected = `${INITIAL}\n\nBest regards,\nSam`;
    await verify(page, result, via, expected, expected.length);
  },
  '(c) ;thanks shortcut': async (page, via) => {
    await chord(page, 'Control', 'End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(';thanks');
    await waitForModel(page, `${INITIAL}\n;thanks`);
    const before = await page.evaluate(() => window.__rwLab.textBeforeCaret(40));
    if (before !== ';thanks') throw new Error(`text before caret ${JSON.stringify(before)}`);
    const result = await page.evaluate(() => window.__rwLab.insert({ text: 'Thank you!' }, { replaceBefore: 7 }));
    const expected = `${INITIAL}\nThank you!`;
    await verify(page, result, via, expected, expected.length);
  },
  '(d) plain-text range': async (page, via) => {
    await chord(page, 'Control', 'End');
    const result = await page.evaluate(() => window.__rwLab.insert({ text: 'Ms. Berg' }, { range: { start: 3, end: 7 } }));
    await verify(page, result, via, 'Hi Ms. Berg,\nThanks for your message.', 11);
  },
  '(e) saved caret after focus moved': async (page, via) => {
    await caretFromStart(page, 8);
    await page.evaluate(() => window.__rwLab.saveCaret());
    await page.click('#add-note');
    const result = await page.evaluate(() => window.__rwLab.insert({ text: ' I hope you are well.' }, { useSavedCaret: true }));
    await verify(page, result, via, 'Hi Anna, I hope you are well.\nThanks for your message.', 29);
  },
  '(f) through the page-world bridge': async (page, via) => {
    if (via !== 'paste') return 'skip (no paste for this kind)';
    if (!(await page.evaluate(() => window.__rwLab.startBridge()))) throw new Error('bridge did not start');
    await caretFromStart(page, 8);
    const result = await page.evaluate(() => window.__rwLab.insert({ text: '\nSorry about the lid.' }, { viaBridge: true }));
    await verify(page, result, via, 'Hi Anna,\nSorry about the lid.\nThanks for your message.', 29);
  },
};

let failures = 0;
const selected = process.argv[2] ? process.argv[2].split(',') : Object.keys(PAGES);
try {
  for (const name of selected) {
    for (const [title, run] of Object.entries(CASES)) {
      const page = await open(name);
      try {
        const note = await run(page, PAGES[name]);
        console.log(`ok   ${name} ${title}${note ? ` — ${note}` : ''}`);
      } catch (error) {
        failures += 1;
        console.log(`FAIL ${name} ${title}: ${error.message} (model: ${JSON.stringify(await page.evaluate(() => window.__rwEditor.getText()))})`);
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(labDir, { recursive: true, force: true });
}
console.log(failures === 0 ? 'all passed' : `${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
