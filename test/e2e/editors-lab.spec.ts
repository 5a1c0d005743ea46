/**
 * Editors lab: proves that lib/editors changes each real editor's OWN model (read back through the fixture's
 * `window.__rwEditor`), and that the caret is left right after the inserted text (typing continues there).
 * Fixture pages (test/fixtures/editors) are built with vite into .output/fixtures; lib/editors is bundled into
 * .output/editors-lab/ and added to each page as a script exposing `window.__rwLab`.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium, expect, test } from '@playwright/test';
import { AUTOMATION_ARGS, getChromiumPath } from '../../scripts/chromium.mjs';
import { placeCaret } from './caret';
import { newestMtime } from './freshness';
import { OUTPUT_DIR } from '../../scripts/output-dir.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const FIXTURES_OUT = join(OUTPUT_DIR, 'fixtures');
// One directory per worker process: several people (and their runs) share this tree, and a rebuild must not
// delete the bundle under a run in progress.
const LAB_OUT = join(OUTPUT_DIR, 'editors-lab', `run-${process.pid}`);
const LAB_BUNDLE = join(LAB_OUT, 'editors-lab.js');
const ORIGIN = 'http://fixtures.replywell.test';

// Each fixture page and the kind lib/editors must detect in it.
// Each fixture page, the kind lib/editors must detect in it, and how the text must get in: the browser's editing
// commands for native fields, the editor's own paste pipeline for model-based editors (a fallback would also pass
// the model checks, so the method is asserted to keep the paste path honest).
const PAGES = [
  { page: 'textarea', kind: 'textarea', via: 'execCommand' },
  { page: 'contenteditable', kind: 'contenteditable', via: 'execCommand' },
  { page: 'prosemirror', kind: 'prosemirror', via: 'paste' },
  { page: 'tiptap', kind: 'prosemirror', via: 'paste' },
  { page: 'lexical', kind: 'lexical', via: 'paste' },
  { page: 'draftjs', kind: 'draftjs', via: 'paste' },
  { page: 'ckeditor5', kind: 'ckeditor5', via: 'paste' },
  { page: 'quill', kind: 'quill', via: 'paste' },
] as const;

const INITIAL = 'Hi Anna,\nThanks for your message.';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Builds the fixtures when missing or older than their sources, and always the lab bundle (it is small). */
async function buildArtifacts(): Promise<void> {
  const { build } = await import('vite');
  const fixturesIndex = join(FIXTURES_OUT, 'editors/index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'test/fixtures/editors')), statSync(join(ROOT, 'test/fixtures/vite.config.ts')).mtimeMs);
  if (!existsSync(fixturesIndex) || statSync(fixturesIndex).mtimeMs < sources) {
    await build({ configFile: join(ROOT, 'test/fixtures/vite.config.ts'), logLevel: 'warn' });
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: LAB_OUT,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(ROOT, 'test/e2e/editors-lab/lab-entry.ts'), formats: ['iife'], name: 'rwEditorsLab', fileName: () => 'editors-lab.js' },
    },
  });
}

let browser: Browser;

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await buildArtifacts();
  browser = await chromium.launch({ executablePath: getChromiumPath(), headless: true, args: [...AUTOMATION_ARGS] });
});

test.afterAll(async () => {
  await browser?.close();
  rmSync(LAB_OUT, { recursive: true, force: true });
});

async function openFixture(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = join(FIXTURES_OUT, decodeURIComponent(new URL(route.request().url()).pathname));
    if (!path.startsWith(FIXTURES_OUT) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: readFileSync(path), contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
  });
  // Anything else would be the network: there is none in CI, so fail loudly instead of hanging.
  await context.route((url) => !url.href.startsWith(ORIGIN), (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/editors/${name}.html`);
  await expect(page.locator('html[data-editor-ready="true"]'), `fixture errors: ${errors.join('; ')}`).toBeAttached({ timeout: 20_000 });
  await page.addScriptTag({ path: LAB_BUNDLE });
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  return page;
}

const readModel = (page: Page): Promise<string> => page.evaluate(() => window.__rwEditor!.getText());

// The editable element of every fixture (the Quill/CKEditor/Draft roots are contenteditable too).
const EDITABLE = 'form.composer textarea, form.composer [contenteditable="true"]';

/** Clicks into the editor as a user would; the editors' focus handlers have run when the click returns. */
async function clickIntoEditor(page: Page): Promise<void> {
  const editable = page.locator(EDITABLE).first();
  await editable.click();
  await expect(editable).toBeFocused();
}

/** Puts the caret `offset` characters from the editor's start, with the keyboard. */
async function caretFromStart(page: Page, offset: number): Promise<void> {
  await clickIntoEditor(page);
  await placeCaret(page, ['Control+Home', ...Array<string>(offset).fill('ArrowRight')], INITIAL, offset);
}

async function caretAtEnd(page: Page): Promise<void> {
  await clickIntoEditor(page);
  await placeCaret(page, ['Control+End'], INITIAL, INITIAL.length);
}

/** The model holds `expected`, and a typed "Z" lands at `caretAfter` (right after the inserted text). */
async function expectModelAndCaret(page: Page, expected: string, caretAfter: number): Promise<void> {
  await expect.poll(() => readModel(page)).toBe(expected);
  await page.keyboard.type('Z');
  await expect.poll(() => readModel(page)).toBe(`${expected.slice(0, caretAfter)}Z${expected.slice(caretAfter)}`);
}

for (const { page: pageName, kind, via } of PAGES) {
  test.describe(`${pageName}`, () => {
    test('detects the editor and reads its text', async () => {
      const page = await openFixture(pageName);
      expect(await page.evaluate(() => window.__rwLab!.kind())).toBe(kind);
      expect(await page.evaluate(() => window.__rwLab!.getText())).toBe(INITIAL);
      expect(await readModel(page)).toBe(INITIAL);
      await page.context().close();
    });

    test('(a) inserts at the caret in the middle of the text', async () => {
      const page = await openFixture(pageName);
      await caretFromStart(page, 15); // "Thanks|"
      const result = await page.evaluate(() => window.__rwLab!.insert({ text: ' a lot' }));
      expect(result).toEqual({ ok: true, via });
      await expectModelAndCaret(page, 'Hi Anna,\nThanks a lot for your message.', 21);
      await page.context().close();
    });

    test('(b) inserts paragraphs, keeping a blank line', async () => {
      const page = await openFixture(pageName);
      await caretAtEnd(page);
      const result = await page.evaluate(() => window.__rwLab!.insert({ text: '\n\nBest regards,\nSam' }));
      expect(result).toEqual({ ok: true, via });
      const expected = `${INITIAL}\n\nBest regards,\nSam`;
      await expectModelAndCaret(page, expected, expected.length);
      await page.context().close();
    });

    test('(b2) splits a paragraph with inserted paragraphs', async () => {
      const page = await openFixture(pageName);
      await caretFromStart(page, 8); // "Hi Anna,|"
      const result = await page.evaluate(() => window.__rwLab!.insert({ text: '\nSorry about the lid.\nWe will send a new one.' }));
      expect(result).toEqual({ ok: true, via });
      await expectModelAndCaret(page, 'Hi Anna,\nSorry about the lid.\nWe will send a new one.\nThanks for your message.', 53);
      await page.context().close();
    });

    test('(c) replaces a typed ;thanks shortcut', async () => {
      const page = await openFixture(pageName);
      await caretAtEnd(page);
      await page.keyboard.press('Enter');
      await page.keyboard.type(';thanks');
      await expect.poll(() => readModel(page)).toBe(`${INITIAL}\n;thanks`);
      expect(await page.evaluate(() => window.__rwLab!.textBeforeCaret(40))).toBe(';thanks');
      const result = await page.evaluate(() => window.__rwLab!.insert({ text: 'Thank you for your patience!' }, { replaceBefore: 7 }));
      expect(result).toEqual({ ok: true, via });
      const expected = `${INITIAL}\nThank you for your patience!`;
      await expectModelAndCaret(page, expected, expected.length);
      await page.context().close();
    });

    test('(d) replaces a plain-text range', async () => {
      const page = await openFixture(pageName);
      await caretAtEnd(page);
      const result = await page.evaluate(() => window.__rwLab!.insert({ text: 'Ms. Berg' }, { range: { start: 3, end: 7 } }));
      expect(result).toEqual({ ok: true, via });
      await expectModelAndCaret(page, 'Hi Ms. Berg,\nThanks for your message.', 11);
      await page.context().close();
    });

    test('(e) inserts at a saved caret after the focus moved elsewhere', async () => {
      const page = await openFixture(pageName);
      await caretFromStart(page, 8); // "Hi Anna,|"
      expect(await page.evaluate(() => window.__rwLab!.saveCaret())).toEqual({ kind: 'offsets', start: 8, end: 8 });
      await page.getByRole('button', { name: 'Add internal note' }).click();
      await expect(page.getByRole('button', { name: 'Add internal note' })).toBeFocused();
      const result = await page.evaluate(() => window.__rwLab!.insert({ text: ' I hope you are well.' }, { useSavedCaret: true }));
      expect(result).toEqual({ ok: true, via });
      await expectModelAndCaret(page, 'Hi Anna, I hope you are well.\nThanks for your message.', 29);
      await page.context().close();
    });

    test('(g) inserts sanitised HTML with its text', async () => {
      const page = await openFixture(pageName);
      await caretAtEnd(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => readModel(page)).toBe(`${INITIAL}\n`);
      const result = await page.evaluate(() =>
        window.__rwLab!.insert({ text: 'Hello there\nBye', html: '<p>Hello <strong>there</strong></p><p>Bye</p>' }),
      );
      expect(result).toEqual({ ok: true, via });
      const expected = `${INITIAL}\nHello there\nBye`;
      await expectModelAndCaret(page, expected, expected.length);
      await page.context().close();
    });

    if (via === 'paste') {
      test('(f) pastes paragraphs through the page-world bridge', async () => {
        const page = await openFixture(pageName);
        expect(await page.evaluate(() => window.__rwLab!.startBridge())).toBe(true);
        await caretFromStart(page, 8); // "Hi Anna,|"
        const result = await page.evaluate(() => window.__rwLab!.insert({ text: '\nSorry about the lid.' }, { viaBridge: true }));
        expect(result).toEqual({ ok: true, via });
        expect(await page.evaluate(() => window.__rwLab!.pastesThroughBridge())).toBe(1);
        await expect(page.locator('[data-rw-paste-target]')).toHaveCount(0);
        await expectModelAndCaret(page, 'Hi Anna,\nSorry about the lid.\nThanks for your message.', 29);
        await page.context().close();
      });
    }
  });
}
