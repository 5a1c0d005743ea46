#!/usr/bin/env node
// `npm start`: builds the extension and the demo workspace, then opens Chromium with the extension loaded and the
// demo pages served at the real sites' addresses, so a newcomer sees Replywell working in a minute.
//
//   npm start                              build, then open the browser (stays running until its window closes)
//   npm start -- --no-build                reuse the last build in .output/
//   npm start -- --screenshot shot.png     headless: open the mail demo with the sidebar open, save a PNG, exit
//
// Plain Node (no TypeScript) so that it runs before anything is built. The page list is demo/pages.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_INDEX, DEMO_SITES } from '../demo/pages.mjs';
import { getExtensionArgs, QUIET_ARGS } from './chromium.mjs';
import { OUTPUT_DIR } from './output-dir.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(OUTPUT_DIR, 'chrome-mv3');
const DEMO_DIR = join(OUTPUT_DIR, 'demo');
const PROFILE_DIR = join(ROOT, '.cache/demo-profile');
const SCREENSHOT_PAGE = 'mail';
const SCREENSHOT_VIEWPORT = { width: 1280, height: 800 };
/** The built-in template the screenshot inserts below a typed greeting (templates/builtin.json). */
const SCREENSHOT_TEMPLATE = 'Thanks for reaching out';
/** The customer of the mail demo's thread (demo/mail.html), whom the sidebar's Customer section shows. */
const SCREENSHOT_CUSTOMER = 'Hannah Whitaker';


const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const log = (message = '') => console.log(message);
const fail = (message) => {
  console.error(`\n${message}\n`);
  process.exit(1);
};

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        screenshot: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (error) {
    fail(`${error.message}\nUsage: npm start [-- --no-build] [-- --screenshot <file.png>]`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Finding a browser

/** Chromium builds load an unpacked extension from the command line; branded Chrome 137+ and Edge may refuse. */
function getCandidates() {
  const env = process.env;
  const win = (base, ...parts) => (base ? [join(base, ...parts)] : []);
  switch (process.platform) {
    case 'darwin':
      return {
        chromium: ['/Applications/Chromium.app/Contents/MacOS/Chromium', join(env.HOME ?? '', 'Applications/Chromium.app/Contents/MacOS/Chromium')],
        branded: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
      };
    case 'win32':
      return {
        chromium: [...win(env.LOCALAPPDATA, 'Chromium', 'Application', 'chrome.exe'), ...win(env.ProgramFiles, 'Chromium', 'Application', 'chrome.exe')],
        branded: [
          ...win(env.ProgramFiles, 'Google', 'Chrome', 'Application', 'chrome.exe'),
          ...win(env['ProgramFiles(x86)'], 'Google', 'Chrome', 'Application', 'chrome.exe'),
          ...win(env.LOCALAPPDATA, 'Google', 'Chrome', 'Application', 'chrome.exe'),
          ...win(env['ProgramFiles(x86)'], 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
          ...win(env.ProgramFiles, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        ],
      };
    default:
      return {
        chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/local/bin/chromium'],
        branded: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable'],
      };
  }
}

/**
 * `CHROMIUM_PATH`, then Chromium where it is usually installed, then Playwright's own Chromium, then Chrome or
 * Edge. Playwright's Chromium comes before the branded browsers because those may ignore `--load-extension`.
 */
function findBrowser(chromium) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.\nPoint it at a Chromium, Chrome or Edge executable, or unset it to let npm start look for one.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH', branded: false };
  }
  const { chromium: chromiums, branded } = getCandidates();
  const found = chromiums.find((path) => existsSync(path));
  if (found) return { path: found, source: 'installed Chromium', branded: false };
  let playwrightPath;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  if (playwrightPath && existsSync(playwrightPath)) return { path: playwrightPath, source: "Playwright's Chromium", branded: false };
  const brandedPath = branded.find((path) => existsSync(path));
  if (brandedPath) return { path: brandedPath, source: 'installed Chrome/Edge', branded: true };
  return undefined;
}

function explainNoBrowser() {
  const install = {
    linux: '  - Chromium (best):        sudo apt-get install chromium   (Fedora: sudo dnf install chromium)',
    darwin: '  - Chromium (best):        brew install --cask chromium',
    win32: '  - Chromium (best):        https://www.chromium.org/getting-involved/download-chromium/',
  }[process.platform];
  fail(
    [
      'No Chromium-based browser found. npm start needs one to load the extension.',
      'Install one of these:',
      install ?? '  - Chromium from your system package manager',
      "  - Playwright's Chromium:  npx playwright install chromium",
      '  - Google Chrome:          https://www.google.com/chrome/   (recent releases may refuse unpacked extensions)',
      'Or point npm start at a browser you already have:',
      process.platform === 'win32' ? '  set CHROMIUM_PATH=C:\\path\\to\\chrome.exe && npm start' : '  CHROMIUM_PATH=/path/to/chromium npm start',
    ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Building

function run(label, args) {
  log(`▸ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`${label} failed (exit ${result.status ?? result.signal}). See the output above.`);
}

function build() {
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(wxt) || !existsSync(vite)) fail('The project’s dependencies are not installed: run `npm install` first.');
  run('Building the extension (wxt build → .output/chrome-mv3)', [wxt, 'build']);
  run('Building the demo pages (vite → .output/demo)', [vite, 'build', '--config', 'demo/vite.config.ts']);
}

function checkBuilt() {
  const missing = [
    [join(EXTENSION_DIR, 'manifest.json'), 'the extension'],
    ...[DEMO_INDEX, ...DEMO_SITES].map((page) => [join(DEMO_DIR, page.file), `the demo page ${page.file}`]),
  ].filter(([file]) => !existsSync(file));
  if (missing.length > 0) fail(`--no-build, but there is no build of ${missing.map(([, what]) => what).join(', ')} in .output/.\nRun \`npm start\` without --no-build once.`);
}

// ---------------------------------------------------------------------------------------------------------------
// Serving the demo at the production URLs

const PAGES = [DEMO_INDEX, ...DEMO_SITES];
const pageKey = (url) => `${url.origin}${url.pathname}`;

/** The demo page for a request: its own URL, or (for a page load) whatever page of that host the demo has. */
function getPageFile(url, isNavigation) {
  const exact = PAGES.find((page) => pageKey(new URL(page.url)) === pageKey(url));
  if (exact) return join(DEMO_DIR, exact.file);
  const sameHost = PAGES.find((page) => new URL(page.url).host === url.host);
  return isNavigation && sameHost ? join(DEMO_DIR, sameHost.file) : undefined;
}

/** A built asset: pages use relative URLs, so `…/anything/assets/x.js` is `.output/demo/assets/x.js`. */
function getAssetFile(url) {
  const match = /\/assets\/([\w.-]+)$/.exec(url.pathname);
  if (!match) return undefined;
  const file = resolve(DEMO_DIR, 'assets', match[1]);
  const inside = relative(join(DEMO_DIR, 'assets'), file);
  return !inside.startsWith('..') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Routes every request to a demo host to a built file; anything else on those hosts is aborted, never fetched. */
async function serveDemo(context) {
  const hosts = [...new Set(PAGES.map((page) => new URL(page.url).host))];
  for (const host of hosts) {
    await context.route(`https://${host}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const file = getPageFile(url, request.isNavigationRequest()) ?? getAssetFile(url);
      if (!file) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
  }
  return hosts;
}

// ---------------------------------------------------------------------------------------------------------------
// The browser

async function launch(chromium, browser, { headless, userDataDir }) {
  const args = [...getExtensionArgs(EXTENSION_DIR), ...QUIET_ARGS];
  // HACK: Chrome 137+ ignores --load-extension unless this feature is turned off (Chromium builds need nothing).
  if (browser.branded) args.push('--disable-features=DisableLoadExtensionCommandLineSwitch');
  if (headless) args.push('--headless=new', '--disable-gpu');
  else args.push('--window-size=1440,900');
  // Chromium's sandbox refuses to start as root (containers, CI); a normal user keeps it.
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  try {
    return await chromium.launchPersistentContext(userDataDir, {
      executablePath: browser.path,
      headless,
      args,
      viewport: headless ? SCREENSHOT_VIEWPORT : null,
      deviceScaleFactor: headless ? 1 : undefined,
      // Playwright's defaults would turn extensions off and, in a window, show an "automated software" bar.
      ignoreDefaultArgs: headless ? ['--disable-extensions'] : ['--disable-extensions', '--enable-automation'],
    });
  } catch (error) {
    const inUse = /ProcessSingleton|SingletonLock|profile.*in use/i.test(String(error));
    fail(
      inUse
        ? `The demo profile ${relative(ROOT, userDataDir)} is in use: is another \`npm start\` still open? Close its window, or delete that folder.`
        : `Could not start ${browser.path} (${browser.source}):\n${error instanceof Error ? error.message : error}\nSet CHROMIUM_PATH to another Chromium, Chrome or Edge.`,
    );
  }
}

/** The extension's id, once its service worker runs; a browser that ignored --load-extension never gets one. */
async function waitForExtension(context, browser) {
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => undefined));
  if (!worker) {
    await context.close().catch(() => undefined);
    fail(
      `${browser.path} started but did not load the extension from ${relative(ROOT, EXTENSION_DIR)}.\n` +
        (browser.branded ? 'Recent Google Chrome and Edge releases refuse to load unpacked extensions from the command line. ' : '') +
        'Install Chromium (`sudo apt-get install chromium`, or `npx playwright install chromium`) or set CHROMIUM_PATH to one.',
    );
  }
  return new URL(worker.url()).host;
}

async function takeScreenshot(chromium, browser, file) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'replywell-screenshot-'));
  // A fresh profile each time: the shot does not depend on what someone left open in .cache/demo-profile.
  const context = await launch(chromium, browser, { headless: true, userDataDir });
  let failure;
  try {
    await serveDemo(context);
    await waitForExtension(context, browser);
    const site = DEMO_SITES.find((s) => s.id === SCREENSHOT_PAGE);
    const page = context.pages()[0] ?? (await context.newPage());
    log(`▸ Opening ${site.url}`);
    await page.goto(site.url);
    await page.locator('html[data-editor-ready="true"]').waitFor({ timeout: 15_000 });
    const sidebar = page.locator('replywell-sidebar');
    await sidebar.getByRole('button', { name: 'Replywell', exact: true }).click({ timeout: 15_000 });
    const panel = sidebar.getByRole('complementary', { name: 'Replywell' });
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    // The templates arrive from the background after mounting: wait for them, so the shot shows a working sidebar.
    await panel.getByRole('button', { name: /^Insert / }).first().waitFor({ timeout: 10_000 });
    // A reply under way: a greeting typed, then a template inserted from the sidebar at the caret.
    const draftSection = panel.locator('[data-section="draft"]');
    const emptyDraft = (await draftSection.locator('p').first().textContent().catch(() => null)) ?? undefined;
    await page.getByRole('textbox', { name: 'Message Body' }).click();
    await page.keyboard.type('Hi Hannah,');
    await page.keyboard.press('Enter');
    // By name: which template comes first depends on the conversation the sidebar reads from the page.
    await panel.getByRole('button', { name: `Insert “${SCREENSHOT_TEMPLATE}”` }).click();
    await page.getByRole('textbox', { name: 'Message Body' }).getByText(/^Thank you/).waitFor({ timeout: 10_000 });
    // The sidebar reads the draft a moment after it changes; show it read (a sidebar without that section is fine).
    if (emptyDraft) await draftSection.filter({ hasNotText: emptyDraft }).waitFor({ timeout: 3_000 }).catch(() => undefined);
    // Then the part a newcomer has not seen elsewhere: the customer read from the page, and how long they have waited.
    const customer = panel.locator('[data-section="customer"]');
    await customer.getByRole('definition').filter({ hasText: SCREENSHOT_CUSTOMER }).first().waitFor({ timeout: 10_000 });
    await panel.locator('[data-section="reply-times"]').getByText(/^Waiting /).waitFor({ timeout: 10_000 }).catch(() => undefined);
    await customer.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    mkdirSync(dirname(resolve(file)), { recursive: true });
    await page.screenshot({ path: resolve(file), animations: 'disabled', caret: 'hide' });
    log(`✔ Saved ${relative(process.cwd(), resolve(file)) || file} (${Math.round(statSync(resolve(file)).size / 1024)} KB)`);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
  if (failure) fail(`Could not take the screenshot: ${failure}`);
}

async function openWorkspace(chromium, browser) {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const context = await launch(chromium, browser, { headless: false, userDataDir: PROFILE_DIR });
  let closing = false;
  context.on('close', () => {
    if (!closing) log('\nBrowser closed. Bye!');
    process.exit(0);
  });
  const stop = async () => {
    closing = true;
    log('\nClosing the browser…');
    await context.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const hosts = await serveDemo(context);
  const extensionId = await waitForExtension(context, browser);
  log(`✔ Replywell loaded (extension id ${extensionId})`);

  const index = context.pages()[0] ?? (await context.newPage());
  await index.goto(DEMO_INDEX.url);
  for (const site of DEMO_SITES) {
    const tab = await context.newPage();
    await tab.goto(site.url);
  }
  await index.bringToFront();

  log('');
  log('Demo workspace is open. Tabs:');
  log(`  ${'Start here'.padEnd(10)} ${DEMO_INDEX.url}`);
  for (const site of DEMO_SITES) log(`  ${site.title.padEnd(10)} ${site.url.padEnd(45)} ${site.editor}`);
  log('');
  log(`In this browser, ${hosts.join(', ')} are answered from .output/demo/ and never reach the network.`);
  log('Try: the R button at the right edge (or Alt+Shift+Y) opens the sidebar; click Insert on a template;');
  log('     type ;thanks then Tab in a reply box; press Send.');
  log(`Settings and templates you change are kept in ${relative(ROOT, PROFILE_DIR)}/ until you delete it.`);
  log('Close the browser window (or press Ctrl+C here) to stop.');
}

async function main() {
  const options = readOptions();
  if (options.help) {
    log('Usage: npm start [-- --no-build] [-- --screenshot <file.png>]');
    return;
  }
  const screenshot = options.screenshot;
  if (screenshot !== undefined && !/\.png$/i.test(screenshot)) fail(`--screenshot takes a .png file name, not "${screenshot}".`);

  if (!screenshot && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail(
      'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.\n' +
        'Run it headless and look at the result instead:  npm start -- --screenshot demo.png\n' +
        'or give it a virtual display:                     xvfb-run npm start',
    );
  }

  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    fail('playwright-core is not installed: run `npm install` first.');
  }
  const browser = findBrowser(chromium) ?? explainNoBrowser();
  log(`▸ Browser: ${browser.path} (${browser.source})`);

  if (options['no-build']) checkBuilt();
  else build();

  if (screenshot) await takeScreenshot(chromium, browser, screenshot);
  else await openWorkspace(chromium, browser);
}

await main();
