// Firefox smoke test: the built Firefox add-on (.output/firefox-mv2) mounts its sidebar on a supported site and
// inserts a template, in Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright needs its own patched
// Firefox). Run `npm run build:firefox` first; `npm run test:firefox` does both.
//
// Routing: puppeteer's request interception works under BiDi (network.addIntercept + provideResponse), so the
// fixture page is answered at the production URL before any DNS look-up, exactly as the Chromium harness does with
// context.route, and every other request is aborted: no network, and the manifest's real match patterns are used.
//
// Prints one line per check and a closing `N passed, N failed`; exits non-zero when any check fails.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADDON_DIR = `${ROOT}.output/firefox-mv2`;
const FIXTURE = readFileSync(`${ROOT}test/fixtures/pages/helpdesk.html`, 'utf8');
const SITE_URL = 'https://mail.google.com/mail/u/0/#inbox';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const STEP_TIMEOUT = 15_000;
/** The whole run may not hang CI: a stuck browser is a failure with a message, not a timeout of the job. */
const RUN_TIMEOUT = 120_000;

const THANKS_TITLE = 'Thanks for reaching out';
const THANKS_TEXT = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";

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

/** A button in the sidebar's shadow root (puppeteer's `>>>` pierces it), once visible. */
function sidebarButton(page, name, options = { visible: true }) {
  return page.waitForSelector(`replywell-sidebar >>> button[aria-label="${name}"]`, { ...options, timeout: STEP_TIMEOUT });
}

async function main() {
  if (!existsSync(`${ADDON_DIR}/manifest.json`)) throw new Error(`No Firefox build in ${ADDON_DIR}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install firefox-esr or set FIREFOX_PATH.`);

  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    console.log(`Firefox smoke test (${await browser.version()})`);
    await browser.installExtension(ADDON_DIR);
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (`${url.origin}${url.pathname}` === 'https://mail.google.com/mail/u/0/') {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE });
      } else {
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
