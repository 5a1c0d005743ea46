// Firefox smoke test: the built Firefox add-on (.output/firefox-mv2) mounts its sidebar on a supported site and
// inserts a template: into a textarea, and into ProseMirror, Lexical, Draft.js, CKEditor 5 and Quill through the
// page-world bridge (without the bridge Quill ignores the paste in Firefox); and a starter-pack template with a
// variable, found by search and inserted with Enter, plus a starter-pack shortcut. Firefox ESR is driven by
// puppeteer-core over WebDriver BiDi (Playwright needs its own patched Firefox). `npm run test:firefox` builds the
// add-on and the fixture pages first.
//
// Routing: puppeteer's request interception works under BiDi (network.addIntercept + provideResponse), so the
// fixture page is answered at the production URL before any DNS look-up, exactly as the Chromium harness does with
// context.route, and every other request is aborted: no network, and the manifest's real match patterns are used.
//
// Prints one line per check and a closing `N passed, N failed`; exits non-zero when any check fails.
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { OUTPUT_DIR } from '../../scripts/output-dir.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADDON_DIR = `${OUTPUT_DIR}/firefox-mv2`;
const FIXTURE = readFileSync(`${ROOT}test/fixtures/pages/helpdesk.html`, 'utf8');
const SITE_URL = 'https://mail.google.com/mail/u/0/#inbox';
/** Fixture pages with the real editor libraries (`npm run build:fixtures`); their assets sit in ../assets/. */
const EDITOR_FIXTURES = `${OUTPUT_DIR}/fixtures`;
// The rich editors take text through their paste pipeline, which in Firefox goes through the page-world bridge:
// each is served at the production URL of a site that uses it.
const BRIDGED_EDITORS = [
  { kind: 'prosemirror', url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/1' },
  { kind: 'lexical', url: 'https://web.whatsapp.com/' },
  { kind: 'draftjs', url: 'https://x.com/messages/1-2' },
  { kind: 'ckeditor5', url: 'https://acme.zendesk.com/agent/tickets/1' },
  { kind: 'quill', url: 'https://acme.freshdesk.com/a/tickets/1' },
];
const ASSET_TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const STEP_TIMEOUT = 15_000;
/** The whole run may not hang CI: a stuck browser is a failure with a message, not a timeout of the job. */
const RUN_TIMEOUT = 120_000;

const THANKS_TITLE = 'Thanks for reaching out';
const THANKS_TEXT = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";

// From templates/starter/en.json: "Back from hold" (;back) renders {{customer.firstName | and thanks for your
// patience}} and ends at {{cursor}}; ";hold" has no variable. The space before {{cursor}} ("found: ") reaches the
// editor as a no-break space (HTML would drop a plain space at the end of the pasted paragraph).
const STARTER_BACK_TITLE = 'Back from hold';
const STARTER_BACK_TEXT = "Thank you for waiting, and thanks for your patience! Here's what I found:\u00a0";
const STARTER_HOLD_TEXT = "Let me check that for you. It will take me about two minutes, and I'll be right back here with the answer.";

const results = [];

async function check(name, run) {
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✘ ${name}\n      ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n      ')}`);
  }
}

function assertEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Waits for the composer to hold `expected`; reports the value it holds when it does not. */
async function waitForReply(page, expected) {
  const read = () => document.querySelector('#reply').value;
  try {
    await page.waitForFunction((want) => document.querySelector('#reply').value === want, { timeout: STEP_TIMEOUT }, expected);
  } catch {
    assertEqual(await page.evaluate(read), expected, 'the composer holds');
  }
}

/** Waits for the editor's own model (the fixture's window.__rwEditor) to hold `expected`. */
async function waitForModel(page, expected) {
  try {
    await page.waitForFunction((want) => window.__rwEditor?.getText() === want, { timeout: STEP_TIMEOUT }, expected);
  } catch {
    assertEqual(await page.evaluate(() => window.__rwEditor?.getText()), expected, "the editor's model holds");
  }
}

/** Waits for a fixture page to mark its editor ready; says why when it does not (an asset not served, a script error). */
async function waitForEditorReady(page, kind, blockedAssets) {
  const errors = [];
  const onError = (error) => errors.push(error instanceof Error ? error.message : String(error));
  page.on('pageerror', onError);
  try {
    await page.waitForSelector('html[data-editor-ready="true"]', { timeout: STEP_TIMEOUT });
  } catch {
    const why = [...blockedAssets.map((path) => `asset not served: ${path}`), ...errors.map((message) => `page error: ${message}`)];
    throw new Error(`the ${kind} fixture page never reported its editor ready${why.length > 0 ? ` (${why.join('; ')})` : ''}`);
  } finally {
    page.off('pageerror', onError);
  }
}

/**
 * Waits for an element in the sidebar's shadow root (visible, unless told otherwise). It polls: puppeteer's
 * waitForSelector re-checks on mutations of the document, which do not include changes inside a shadow root, so a
 * button that appears there after its first look (templates arriving from the background page) could be missed
 * until the step timed out, more often on a loaded machine. Says what the sidebar shows when the element is missing.
 */
async function waitInSidebar(page, selector, { visible = true } = {}) {
  try {
    await page.waitForFunction(
      (sel, mustShow) => {
        const element = document.querySelector('replywell-sidebar')?.shadowRoot?.querySelector(sel);
        if (!element) return false;
        if (!mustShow) return true;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      },
      { timeout: STEP_TIMEOUT, polling: 100 },
      selector,
      visible,
    );
  } catch (error) {
    const seen = await page.evaluate(() => {
      const root = document.querySelector('replywell-sidebar')?.shadowRoot;
      if (!root) return 'no sidebar on the page';
      const labels = [...root.querySelectorAll('button[aria-label]')].map((button) => button.getAttribute('aria-label'));
      return `${labels.length} labelled buttons: ${labels.slice(0, 8).join(', ')}${labels.length > 8 ? ', …' : ''}`;
    });
    throw new Error(`no ${visible ? 'visible ' : ''}${selector} in the sidebar within ${STEP_TIMEOUT / 1000} s (${seen})`, { cause: error });
  }
  return page.$(`replywell-sidebar >>> ${selector}`);
}

/** A button in the sidebar's shadow root, by its accessible name, once visible (or only present). */
function sidebarButton(page, name, options = { visible: true }) {
  return waitInSidebar(page, `button[aria-label="${name}"]`, options);
}

async function main() {
  if (!existsSync(`${ADDON_DIR}/manifest.json`)) throw new Error(`No Firefox build in ${ADDON_DIR}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install firefox-esr or set FIREFOX_PATH.`);

  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    console.log(`Firefox smoke test (${await browser.version()})`);
    await browser.installExtension(ADDON_DIR);
    const page = await browser.newPage();
    /** Asset requests of fixture pages that were not served (not built, or a name the route does not accept). */
    const blockedAssets = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const key = `${url.origin}${url.pathname}`;
      const editor = BRIDGED_EDITORS.find((e) => new URL(e.url).href.split('#')[0] === key);
      // Everything after ".../assets/" names a file under the fixtures' assets folder (never above it: no empty or
      // dot-only segment). Chunk names may hold dots (Lexical's `LexicalRichText.prod-<hash>.js`).
      const asset = /\/assets\/((?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.\w+)$/.exec(url.pathname)?.[1];
      if (key === 'https://mail.google.com/mail/u/0/') {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE });
      } else if (editor) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(`${EDITOR_FIXTURES}/editors/${editor.kind}.html`) });
      } else if (asset && existsSync(`${EDITOR_FIXTURES}/assets/${asset}`)) {
        const file = `${EDITOR_FIXTURES}/assets/${asset}`;
        void request.respond({ status: 200, contentType: ASSET_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      } else {
        // A fixture page's own file refused here leaves its editor unbuilt: name it when the page is not ready.
        if (url.pathname.includes('/assets/')) blockedAssets.push(url.pathname);
        void request.abort('blockedbyclient');
      }
    });
    await page.goto(SITE_URL, { timeout: STEP_TIMEOUT });

    const insertName = `Insert “${THANKS_TITLE}”`;

    await check('the sidebar mounts on mail.google.com: launcher "Replywell" in its shadow root', async () => {
      await sidebarButton(page, 'Replywell');
      // The built-in templates arrive from the background page (the panel is still closed); shortcuts need them.
      await sidebarButton(page, insertName, { visible: false });
    });

    await check('";thanks" + Tab expands the template in a textarea', async () => {
      await page.click('#reply');
      await page.keyboard.type('Hi Sam,');
      await page.keyboard.press('Enter');
      await page.keyboard.type(';thanks');
      await page.keyboard.press('Tab');
      await waitForReply(page, `Hi Sam,\n${THANKS_TEXT}`);
      assertEqual(await page.evaluate(() => document.activeElement?.id), 'reply', 'the focused element');
    });

    await check('Insert from the sidebar lands at the caret where the agent was', async () => {
      await page.evaluate(() => {
        const reply = document.querySelector('#reply');
        reply.value = 'Hi Sam,\n\nBest,\nAlex';
        reply.focus();
        reply.setSelectionRange(8, 8);
      });
      await (await sidebarButton(page, 'Replywell')).click();
      await (await sidebarButton(page, insertName)).click();
      await waitForReply(page, `Hi Sam,\n${THANKS_TEXT}\nBest,\nAlex`);
    });

    for (const { kind, url } of BRIDGED_EDITORS) {
      await check(`";thanks" + Tab expands into ${kind}'s own model (page-world bridge)`, async () => {
        blockedAssets.length = 0;
        await page.goto(url, { timeout: STEP_TIMEOUT });
        await waitForEditorReady(page, kind, blockedAssets);
        await sidebarButton(page, insertName, { visible: false });
        const original = 'Hi Anna,\nThanks for your message.';
        await page.evaluate(() => window.__rwEditor.focus());
        await page.keyboard.down('Control');
        await page.keyboard.press('End');
        await page.keyboard.up('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.type(';thanks');
        await waitForModel(page, `${original}\n;thanks`);
        await page.keyboard.press('Tab');
        await waitForModel(page, `${original}\n${THANKS_TEXT}`);
        await page.keyboard.type('Z');
        await waitForModel(page, `${original}\n${THANKS_TEXT}Z`);
      });
    }

    // The English starter pack (installed by the background on first run) through the Templates section: search,
    // Enter, into ProseMirror's own model, with its variable rendered (this fixture page names no customer, so the
    // fallback) and the caret left at {{cursor}}; then one of its shortcuts.
    await check('a starter-pack template with a variable, searched and inserted with Enter, lands rendered in ProseMirror; a starter shortcut expands', async () => {
      const { kind, url } = BRIDGED_EDITORS[0];
      blockedAssets.length = 0;
      await page.goto(url, { timeout: STEP_TIMEOUT });
      await waitForEditorReady(page, kind, blockedAssets);
      await sidebarButton(page, `Insert “${STARTER_BACK_TITLE}”`, { visible: false });
      const original = 'Hi Anna,\nThanks for your message.';
      await page.evaluate(() => window.__rwEditor.focus());
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
      await page.keyboard.press('Enter');
      await (await sidebarButton(page, 'Replywell')).click();
      await waitInSidebar(page, 'input[type="search"]:focus');
      await page.keyboard.type('back from hold');
      await waitInSidebar(page, `button[aria-label="Insert “${STARTER_BACK_TITLE}”"][aria-current="true"]`);
      await page.keyboard.press('Enter');
      await waitForModel(page, `${original}\n${STARTER_BACK_TEXT}`);
      await page.evaluate(() => window.__rwEditor.focus());
      await page.keyboard.type('Z');
      await waitForModel(page, `${original}\n${STARTER_BACK_TEXT}Z`);
      await page.keyboard.press('Enter');
      await page.keyboard.type(';hold');
      await page.keyboard.press('Tab');
      await waitForModel(page, `${original}\n${STARTER_BACK_TEXT}Z\n${STARTER_HOLD_TEXT}`);
    });
  } finally {
    await browser.close();
  }
}

const timer = setTimeout(() => {
  console.log(`  ✘ the run did not finish within ${RUN_TIMEOUT / 1000} s`);
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
}, RUN_TIMEOUT);

try {
  await main();
} catch (error) {
  results.push({ name: 'setup', ok: false });
  console.log(`  ✘ setup: ${error instanceof Error ? error.message : String(error)}`);
}
clearTimeout(timer);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
