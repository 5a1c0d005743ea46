import type { BrowserContext, Page } from '@playwright/test';
import { expect, fixturePage, getSidebar, test } from './harness';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/**
 * Opens the popup for `site`. Its document is loaded in a tab of the same window, then the site's tab is brought to
 * the front and the popup reloaded, so that its `tabs.query({ active: true, currentWindow: true })` finds the site
 * as it does when the toolbar button is clicked. (CDP's `Extensions.triggerAction` does open the real popup, but
 * as a target Playwright does not attach to, so it could not be driven with locators.)
 */
async function openPopupFor(context: BrowserContext, extensionId: string, site: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await site.bringToFront();
  await popup.reload();
  return popup;
}

test('the popup switch turns the sidebar off on that host, live, and back on', async ({ context, page, openSite, serviceWorker, extensionId }) => {
  const site = await openSite('https://mail.google.com/mail/u/0/#inbox', fixturePage('helpdesk.html'));
  const { launcher } = getSidebar(site);
  await expect(launcher).toBeVisible();

  const popup = await openPopupFor(context, extensionId, page);
  const toggle = popup.getByRole('switch', { name: 'Replywell on mail.google.com' });
  await expect(toggle).toBeChecked();

  await toggle.click();
  await expect(toggle).not.toBeChecked();
  // No reload: the content script watches the switch and removes the sidebar at once.
  await expect(getSidebar(site).host).toHaveCount(0);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('siteSwitches'))).toEqual({ siteSwitches: { 'mail.google.com': false } });

  // Still off after a reload, and the popup reads it back as off.
  await site.reload();
  await expect(site.getByRole('textbox', { name: 'Reply to Sam Jones' })).toBeVisible();
  await popup.reload();
  await expect(toggle).not.toBeChecked();
  await expect(getSidebar(site).host).toHaveCount(0);

  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await expect(launcher).toBeVisible();
});

test('on a page without Replywell the popup says so and opens the settings', async ({ context, page, openSite, extensionId }) => {
  await openSite('https://www.example.org/', '<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>');
  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.getByText('Replywell does not run on this page. Add the site in Settings to use it here.')).toBeVisible();
  await expect(popup.getByRole('switch')).toHaveCount(0);

  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Settings' }).click();
  const options = await opened;
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1, name: 'Replywell settings' })).toBeVisible();
});
