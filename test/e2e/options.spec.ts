import type { Page } from '@playwright/test';
import { expect, fixturePage, getPageStatus, getSidebar, test } from './harness';

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
 * Why not the real prompt: `permissions.request` from the options page (a real click, so a user gesture) opens
 * Chromium's native permission dialog. Found by experiment with Chromium 156, `--headless=new`, extension loaded
 * with --load-extension: the request stays pending forever; the dialog is browser UI, not a page, so neither
 * Playwright nor keyboard input sent to the page reaches it (Enter does nothing); no CDP target exposes it; the
 * CDP `Extensions` domain (loadUnpacked, triggerAction, storage items) and `Browser.grantPermissions` (web
 * permissions only) have no way to grant an extension's host permission; no command-line switch auto-accepts it
 * (the auto-confirm hook exists only inside Chromium's own C++ browser tests). What does work: after access is
 * granted on chrome://extensions, the same `permissions.request` resolves true at once without a dialog. So the
 * test below grants there first and then drives the real "Add site" click, which calls the real request.
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

  // Remove: the list empties and the permission is given back; a new page load has no sidebar.
  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove help.example-support.com' }).click();
  await expect(options.getByText('You have not added any sites.')).toBeVisible();
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
