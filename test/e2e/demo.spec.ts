/**
 * The demo workspace (`npm start`), the first thing a newcomer runs: on each demo page, served at its production
 * URL, the site's own adapter reads the page (no fallback notice; the Customer section shows the customer the page
 * shows; Reply times shows the customer waiting since their last message, which the page dates minutes ago), a
 * template with the customer's first name and a `;thanks` shortcut land in the page's real editor (read back
 * through the editor's own model, `window.__rwEditor`), and Send moves the reply into the thread, empties the
 * composer and stops the clock; the draft check flags a negative sentence typed in the demo editor and Apply rewrites
 * it there. Then `npm start -- --screenshot` runs end to end.
 *
 * Needs the extension build (`npm run build:chrome`); the demo pages are built here when missing or stale.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { DEMO_INDEX, DEMO_SITES } from '../../demo/pages.mjs';
import { expect, getSidebar, readSiteStatus, ROOT, test } from './harness';
import { newestMtime } from './freshness';
import { OUTPUT_DIR } from '../../scripts/output-dir.mjs';

const DEMO_OUT = join(OUTPUT_DIR, 'demo');
const BUILD_STAMP = join(DEMO_OUT, '.built');
const BUILD_LOCK = join(OUTPUT_DIR, '.demo-build.lock');

interface TemplateEntry {
  title: string;
  body: string;
  shortcut?: string;
}
const readTemplates = (file: string) => (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { templates: TemplateEntry[] }).templates;
const THANKS = readTemplates('templates/builtin.json').find((template) => template.shortcut === ';thanks')!;
const THANKS_TITLE = THANKS.title;
const THANKS_TEXT = THANKS.body;
const THANKS_FIRST_LINE = THANKS_TEXT.split('\n')[0]!;
// A starter-pack template (installed on first run) whose only variable is the customer's first name.
const BACK = readTemplates('templates/starter/en.json').find((template) => template.shortcut === ';back')!;
/** "Thank you for waiting, Hannah! Here's what I found:", the template's text up to its caret mark. */
const backText = (firstName: string) => BACK.body.replace(/\{\{\s*customer\.firstName[^}]*\}\}/, firstName).replace(/\s*\{\{\s*cursor\s*\}\}.*$/s, '');

const FALLBACK_NOTICE = "Replywell can't read this page's conversation; templates and draft checks still work.";

interface DemoPageCase {
  /** The site adapter that should read the page. */
  adapter: string;
  thread: (page: Page) => Locator;
  composer: (page: Page) => Locator;
  send: (page: Page) => Promise<void>;
  /** What the Customer section shows, read from the page. */
  customer: string[];
  firstName: string;
  /** Minutes since the first customer message still unanswered, as the page dates it (demo/*.html). */
  waitingMinutes: number;
}

/** What differs between the demo pages: where the thread is, where the composer is, how a reply is sent, who writes. */
const PAGES: Record<string, DemoPageCase> = {
  mail: {
    adapter: 'gmail',
    thread: (page) => page.locator('#messages'),
    composer: (page) => page.getByRole('textbox', { name: 'Message Body' }),
    send: (page) => page.getByRole('button', { name: 'Send', exact: true }).click(),
    customer: ['Hannah Whitaker', 'hannah.whitaker@example.co.uk', '+44 7700 900461'],
    firstName: 'Hannah',
    waitingMinutes: 25,
  },
  helpdesk: {
    adapter: 'zendesk',
    thread: (page) => page.getByRole('list', { name: 'Conversation' }),
    composer: (page) => page.getByRole('textbox', { name: /Reply to Olivia Tran/ }),
    send: (page) => page.getByRole('button', { name: 'Send', exact: true }).click(),
    customer: ['Olivia Tran', 'olivia.tran@example.com.au', '+61491570156'],
    firstName: 'Olivia',
    waitingMinutes: 25,
  },
  chat: {
    adapter: 'whatsapp',
    thread: (page) => page.getByRole('log', { name: 'Messages with Daniela Reyes' }),
    composer: (page) => page.getByRole('textbox', { name: 'Type a message to Daniela Reyes' }),
    // Enter sends in the chat, as the index page tells the newcomer.
    send: (page) => page.getByRole('textbox', { name: 'Type a message to Daniela Reyes' }).press('Enter'),
    customer: ['Daniela Reyes', '+12065550142'],
    firstName: 'Daniela',
    waitingMinutes: 13,
  },
};

/**
 * Builds .output/demo when it is missing or older than demo/. Test workers run in parallel, so the first to take
 * the lock builds and the others wait for it, then find the build fresh.
 */
async function ensureDemoBuilt(): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes. (The lock may also be gone already.)
      const lockedAt = statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > 120_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    const sources = newestMtime(join(ROOT, 'demo'));
    if (existsSync(BUILD_STAMP) && statSync(BUILD_STAMP).mtimeMs >= sources) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'demo/vite.config.ts'), logLevel: 'warn' });
    writeFileSync(BUILD_STAMP, new Date().toISOString());
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await ensureDemoBuilt();
});

/** WCAG 2.2 A/AA problems in the demo page itself; Replywell's sidebar has its own scans in a11y.spec.ts. */
async function getViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('replywell-sidebar')
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The composer's text as its editor's own model holds it (demo/shared/page.ts publishes `window.__rwEditor`). */
const readComposer = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

for (const site of DEMO_SITES) {
  const { adapter, thread, composer, send, customer, firstName, waitingMinutes } = PAGES[site.id]!;

  test(`${site.title} demo (${site.editor}): the sidebar reads the customer and their wait from the page, fills a template in the page's editor, and Send moves the reply into the thread`, async ({ openSite, page, serviceWorker }) => {
    await openSite(site.url, join(DEMO_OUT, site.file));
    await expect(page.locator('html')).toHaveAttribute('data-editor-ready', 'true');
    await expect(page.getByText('Replywell demo workspace').first()).toBeVisible();
    expect(await getViolations(page)).toEqual([]);
    const messagesBefore = await thread(page).locator('[data-author]').count();

    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    await expect(sidebar.panel).toBeVisible();
    // The site's own adapter reads the demo page: the customer it shows, no notice of changed markup.
    const customerSection = sidebar.panel.getByRole('region', { name: 'Customer' });
    for (const text of customer) await expect(customerSection.getByRole('definition').filter({ hasText: text })).toBeVisible();
    await expect(sidebar.panel.getByText(FALLBACK_NOTICE)).toHaveCount(0);
    expect(await readSiteStatus(serviceWorker)).toMatchObject({ adapter, fallback: false });
    // The customer has waited since their first unanswered message, which the page dates minutes ago.
    const replyTimes = sidebar.panel.getByRole('region', { name: 'Reply times' });
    const clock = replyTimes.getByText(/^Waiting \d+ min$/);
    await expect(clock).toBeVisible();
    const waited = Number(/\d+/.exec((await clock.textContent()) ?? '')![0]);
    // The page was dated at load, a moment ago; a slow machine may have let a minute or two go by since.
    expect(waited).toBeGreaterThanOrEqual(waitingMinutes);
    expect(waited).toBeLessThanOrEqual(waitingMinutes + 3);

    // A template with a variable: the customer's first name comes from the page.
    await sidebar.search.fill(BACK.title);
    await sidebar.insert(BACK.title).click();
    await expect.poll(() => readComposer(page)).toMatch(new RegExp(`^${escapeRegExp(backText(firstName))}\\s*$`));
    await send(page);
    await expect(thread(page).locator('[data-author]')).toHaveCount(messagesBefore + 1);
    await expect(thread(page).locator('[data-author]').last()).toContainText(backText(firstName));
    await expect.poll(() => readComposer(page)).toBe('');
    // The reply is noticed: nobody is waiting any more.
    await expect(replyTimes.getByText(/^Answered \d+ sec ago; nothing is waiting\.$/)).toBeVisible();

    await sidebar.search.fill('thanks');
    await sidebar.insert(THANKS_TITLE).click();
    await expect.poll(() => readComposer(page)).toBe(THANKS_TEXT);

    await send(page);
    const reply = thread(page).locator('[data-author]').last();
    await expect(thread(page).locator('[data-author]')).toHaveCount(messagesBefore + 2);
    await expect(reply).toHaveAttribute('data-author', 'agent');
    await expect(reply).toContainText(THANKS_FIRST_LINE);
    await expect.poll(() => readComposer(page)).toBe('');

    // The index page's other suggestion: a shortcut typed in the composer expands on Tab.
    await composer(page).click();
    await page.keyboard.type(';thanks');
    await expect.poll(() => readComposer(page)).toBe(';thanks');
    await page.keyboard.press('Tab');
    await expect.poll(() => readComposer(page)).toBe(THANKS_TEXT);

    // The draft check reads the demo's editor as the agent types, and Apply rewrites the span in it.
    await page.keyboard.type(" We can't refund order 4821 today.");
    const finding = sidebar.panel
      .getByRole('list', { name: 'Suggestions for the draft' })
      .getByRole('listitem')
      .filter({ has: page.locator('mark', { hasText: "We can't refund order 4821 today" }) });
    await expect(finding).toContainText('say what you can do instead');
    await finding.getByRole('button', { name: 'Apply: Instead of refunding order 4821 today, what we can do is …' }).click();
    // Exactly those words change, in the editor's own model, and the rewrite is not added beside them (CKEditor 5 took
    // the paste at the agent's old caret when its focus render came late on a busy machine: lib/editors/selection.ts).
    await expect.poll(() => readComposer(page)).toBe(`${THANKS_TEXT} Instead of refunding order 4821 today, what we can do is ….`);
    await expect(sidebar.panel.getByRole('status').filter({ hasText: 'Replaced with' })).toBeVisible();
  });
}

test('the demo index links to the three pages at their production URLs and is accessible', async ({ openSite, page }) => {
  await openSite(DEMO_INDEX.url, join(DEMO_OUT, DEMO_INDEX.file));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const site of DEMO_SITES) await expect(page.getByRole('link', { name: site.title, exact: true })).toHaveAttribute('href', site.url);
  // Outside the match patterns: the extension stays off the index, as the page itself says.
  await expect(page.locator('replywell-sidebar')).toHaveCount(0);
  expect(await getViolations(page)).toEqual([]);
});

test('npm start -- --screenshot writes a PNG of the mail demo with the sidebar open', async () => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'replywell-demo-shot-'));
  const file = join(dir, 'shot.png');
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done, failed) => {
      const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-build', '--screenshot', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', failed);
      child.on('close', (exitCode) => done({ code: exitCode, output }));
    });
    expect(code, output).toBe(0);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG signature').toBe(true);
    // The viewport it promises: 1280×800 (IHDR width and height, big-endian, at bytes 16 and 20).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
