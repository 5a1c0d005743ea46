import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, fixturePage, getSidebar, test } from './harness';

// axe-core checks Replywell's own UI (the sidebar's shadow root, the options page and the popup) against WCAG 2.2
// A/AA. The host fixture pages are not ours, so scans of a site page include only the sidebar.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations: found } = await builder.analyze();
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function setUiLanguage(serviceWorker: Worker, uiLanguage: string): Promise<void> {
  await serviceWorker.evaluate((lang) => chrome.storage.local.set({ settings: { uiLanguage: lang, triggerKey: 'Tab' } }), uiLanguage);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the open sidebar has no accessibility violations', async ({ openSite }) => {
      const page = await openSite('https://acme.zendesk.com/agent/tickets/1', fixturePage('helpdesk.html'));
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await expect(sidebar.panel).toBeVisible();
      expect(await violations(page, 'replywell-sidebar')).toEqual([]);
    });
  });
}

test('the closed launcher has no accessibility violations', async ({ openSite }) => {
  const page = await openSite('https://acme.zendesk.com/agent/tickets/1', fixturePage('helpdesk.html'));
  await expect(getSidebar(page).launcher).toBeVisible();
  expect(await violations(page, 'replywell-sidebar')).toEqual([]);
});

test('the sidebar in Persian (right to left) has no accessibility violations', async ({ openSite, serviceWorker }) => {
  await setUiLanguage(serviceWorker, 'fa');
  const page = await openSite('https://acme.zendesk.com/agent/tickets/1', fixturePage('helpdesk.html'));
  const host = page.locator('replywell-sidebar');
  await host.getByRole('button', { name: 'Replywell', exact: true }).click();
  await expect(host.locator('[dir="rtl"]')).toHaveCount(1);
  expect(await violations(page, 'replywell-sidebar')).toEqual([]);
});

for (const lang of ['en', 'fa'] as const) {
  test(`the options page (${lang}) has no accessibility violations`, async ({ page, extensionId, serviceWorker }) => {
    await setUiLanguage(serviceWorker, lang);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`the popup (${lang}) has no accessibility violations`, async ({ page, extensionId, serviceWorker }) => {
    await setUiLanguage(serviceWorker, lang);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.locator('main, body > *').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

// Guards the scans above: a nameless button put into the shadow root must be reported, so an empty result means
// the sidebar was really scanned.
test('the scan reaches into the sidebar shadow root', async ({ openSite }) => {
  const page = await openSite('https://acme.zendesk.com/agent/tickets/1', fixturePage('helpdesk.html'));
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  await sidebar.panel.evaluate((panel) => panel.append(Object.assign(panel.ownerDocument.createElement('button'), { className: 'rw-unnamed' })));
  expect((await violations(page, 'replywell-sidebar')).some((v) => v.startsWith('button-name'))).toBe(true);
});
