import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { AUTOMATION_ARGS, getChromiumPath, getExtensionArgs } from '../../scripts/chromium.mjs';
import { expect, fixturePage, getPageStatus, getSidebar, test } from './harness';
import { hasOsInputTools, startVirtualDisplay } from './os-input';

/** The extension APIs these tests call from inside the browser (the project has no global `chrome` types). */
declare const chrome: {
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const USER_SITE_URL = 'https://help.example-support.com/';
const USER_SITE_PATTERN = 'https://help.example-support.com/*';

async function openOptions(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Replywell settings' })).toBeVisible();
  return page;
}

/**
 * Grants Replywell access to one site the way a user does in the browser's own extension settings
 * (chrome://extensions → Replywell → Site access), through the call that page itself makes.
 *
 * Why not the real prompt here: `permissions.request` from the options page (a real click, so a user gesture) opens
 * Chromium's native permission dialog. Found by experiment with Chromium 156, `--headless=new`, extension loaded
 * with --load-extension: the request stays pending forever; the dialog is browser UI, not a page, so neither
 * Playwright nor keyboard input sent to the page reaches it (Enter does nothing); no CDP target exposes it; the
 * CDP `Extensions` domain (loadUnpacked, triggerAction, storage items) and `Browser.grantPermissions` (web
 * permissions only) have no way to grant an extension's host permission; no command-line switch auto-accepts it
 * (the auto-confirm hook exists only inside Chromium's own C++ browser tests). What does work: after access is
 * granted on chrome://extensions, the same `permissions.request` resolves true at once without a dialog. So this
 * headless test grants there first and then drives the real "Add site" click, which calls the real request (and
 * proves the click keeps its user gesture: Chromium rejects a request without one before looking at grants).
 * The real dialog is answered in the headed test at the end of this file, where the machine has Xvfb and xdotool.
 */
async function grantSiteAccessInBrowserSettings(page: Page, extensionId: string, pattern: string): Promise<void> {
  const settings = await page.context().newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id!, host!), [extensionId, pattern]);
  await settings.close();
}

test('a user-added site gets the sidebar after the permission is granted', async ({ context, openSite, serviceWorker, extensionId }) => {
  // Before: the site is not one Replywell supports, so no content script runs there.
  const site = await openSite(USER_SITE_URL, fixturePage('helpdesk.html'));
  await expect(site.getByRole('textbox', { name: 'Reply to Sam Jones' })).toBeVisible();
  expect(await getPageStatus(serviceWorker)).toEqual({ injected: false });
  await expect(getSidebar(site).host).toHaveCount(0);

  const options = await openOptions(await context.newPage(), extensionId);
  await expect(options.getByText('You have not added any sites.')).toBeVisible();

  // Access granted in the browser's settings alone does not add the site: the user has not asked for it here.
  await grantSiteAccessInBrowserSettings(options, extensionId, USER_SITE_PATTERN);
  await site.bringToFront();
  await site.reload();
  await expect(site.getByRole('textbox', { name: 'Reply to Sam Jones' })).toBeVisible();
  expect(await getPageStatus(serviceWorker)).toEqual({ injected: false });

  // The real flow from here: type the address, click "Add site" (which calls permissions.request).
  await options.bringToFront();
  await options.getByRole('textbox', { name: 'Site address' }).fill('help.example-support.com');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('status')).toContainText('help.example-support.com added.');
  await expect(options.getByRole('button', { name: 'Remove help.example-support.com' })).toBeVisible();
  await expect(options.getByText('Permission withdrawn')).toHaveCount(0);

  // The tab that was already open gets the sidebar without a reload (scripting.executeScript)…
  await expect(getSidebar(site).launcher).toBeVisible();
  // …and a page loaded afterwards gets it from the registered content script.
  const fresh = await openSite(`${USER_SITE_URL}tickets/2`, fixturePage('helpdesk.html'), await context.newPage());
  await expect(getSidebar(fresh).launcher).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('userSites'))).toEqual({ userSites: [USER_SITE_PATTERN] });

  // Remove: the list empties, the permission is given back, the open tabs lose the sidebar at once, and a new page
  // load has none.
  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove help.example-support.com' }).click();
  await expect(options.getByText('You have not added any sites.')).toBeVisible();
  await expect(getSidebar(site).host).toHaveCount(0);
  await expect(getSidebar(fresh).host).toHaveCount(0);
  expect(await serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), USER_SITE_PATTERN)).toBe(false);
  const after = await openSite(`${USER_SITE_URL}tickets/3`, fixturePage('helpdesk.html'), await context.newPage());
  await expect(after.getByRole('textbox', { name: 'Reply to Sam Jones' })).toBeVisible();
  expect(await getPageStatus(serviceWorker)).toEqual({ injected: false });
  await expect(getSidebar(after).host).toHaveCount(0);
});

test('bad addresses are refused with a clear message and nothing is stored', async ({ page, serviceWorker, extensionId }) => {
  const options = await openOptions(page, extensionId);
  const address = options.getByRole('textbox', { name: 'Site address' });
  const add = options.getByRole('button', { name: 'Add site' });

  await add.click();
  await expect(options.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('Type the address of a site, for example help.example.com.');
  await expect(address).toBeFocused();
  await expect(address).toHaveAttribute('aria-invalid', 'true');

  await address.fill('ftp://files.example.com');
  await address.press('Enter');
  await expect(options.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('Only http and https sites can be added.');

  await address.fill('https://acme.zendesk.com/agent/tickets/1');
  await add.click();
  await expect(options.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('acme.zendesk.com is already supported.');

  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('userSites'))).toEqual({});
});

test('general settings save at once, and Persian turns the page right-to-left', async ({ page, serviceWorker, extensionId }) => {
  const options = await openOptions(page, extensionId);
  await expect(options.locator('html')).toHaveAttribute('dir', 'ltr');

  await options.getByRole('combobox', { name: 'Key that expands a shortcut' }).selectOption('Enter');
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({ settings: { uiLanguage: 'auto', triggerKey: 'Enter' } });

  const language = options.getByRole('combobox', { name: 'Interface language' });
  // Language names are written in their own language, whatever the page is shown in.
  await expect(language.getByRole('option')).toHaveText(['Same as the browser', 'English', 'Norsk bokmål', 'Suomi', 'فارسی']);
  await language.selectOption('fa');
  await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(options.locator('html')).toHaveAttribute('lang', 'fa');
  // The page is now in Persian: the heading is no longer the English one, and the select keeps its autonyms.
  await expect(options.getByRole('heading', { level: 1 })).not.toHaveText('Replywell settings');
  await expect(options.getByRole('option', { name: 'English' })).toHaveCount(1);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({ settings: { uiLanguage: 'fa', triggerKey: 'Enter' } });

  // Chosen again after a reload: the stored choice, not the browser's language, decides.
  await options.reload();
  await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the shortcut note opens the browser shortcut settings', async ({ context, page, extensionId }) => {
  const options = await openOptions(page, extensionId);
  await expect(options.getByText('Alt+Shift+Y')).toBeVisible();
  const opened = context.waitForEvent('page');
  await options.getByRole('button', { name: 'Open shortcut settings' }).click();
  await expect(await opened).toHaveURL('chrome://extensions/shortcuts');
});

test.describe('through the browser’s own permission prompt', () => {
  // The prompt is browser UI: only a headed browser on a (virtual) display, answered with OS-level key presses,
  // reaches it (see os-input.ts). Machines without those tools run the chrome://extensions variant above only.
  test.skip(!hasOsInputTools(), 'needs Xvfb, xdotool and ImageMagick: apt-get install -y xvfb xdotool imagemagick');

  test('Deny adds nothing; Allow adds the site and its tab gets the sidebar', async ({ extensionDir }) => {
    const screen = await startVirtualDisplay(1280, 800);
    const userDataDir = mkdtempSync(join(tmpdir(), 'replywell-e2e-headed-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: getChromiumPath(),
      headless: false,
      viewport: null,
      env: { ...process.env, DISPLAY: screen.display },
      args: [
        ...getExtensionArgs(extensionDir),
        ...AUTOMATION_ARGS,
        '--window-position=0,0',
        '--window-size=1280,800',
      ],
    });
    try {
      const fixture = readFileSync(fixturePage('helpdesk.html'));
      await context.route(`${USER_SITE_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture }));
      const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(serviceWorker.url()).host;

      const site = context.pages()[0] ?? (await context.newPage());
      await site.goto(USER_SITE_URL);
      await expect(site.getByRole('textbox', { name: 'Reply to Sam Jones' })).toBeVisible();
      expect(await getPageStatus(serviceWorker)).toEqual({ injected: false });

      const options = await openOptions(await context.newPage(), extensionId);
      const address = options.getByRole('textbox', { name: 'Site address' });
      const add = options.getByRole('button', { name: 'Add site' });
      // A point of the page far from the centred dialog: the dialog dims the page behind it.
      const dimmed = () => screen.isDialogShown(40, 760);
      expect(dimmed()).toBe(false);

      await address.fill('help.example-support.com');
      await add.click();
      await expect.poll(dimmed).toBe(true);
      await screen.pressOnDialog('Return'); // Deny has the focus.
      await expect(options.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
        'The browser did not give Replywell access to help.example-support.com, so nothing was added.',
      );
      expect(await serviceWorker.evaluate(() => chrome.storage.local.get('userSites'))).toEqual({});

      await expect.poll(dimmed).toBe(false);
      await add.click();
      await expect.poll(dimmed).toBe(true);
      await screen.pressOnDialog('Tab', 'Return'); // Allow.
      await expect(options.getByRole('status')).toContainText('help.example-support.com added.');
      expect(await serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), USER_SITE_PATTERN)).toBe(true);

      // The tab opened before the site was added gets the sidebar without a reload.
      await expect(getSidebar(site).launcher).toBeVisible();
    } finally {
      await context.close();
      screen.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
