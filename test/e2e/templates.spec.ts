import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { placeCaret } from './caret';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// Templates in the built extension: fill-in fields before inserting into two editor technologies, search and
// keyboard insert, and a template created in the options page found in the sidebar and expanded from its
// shortcut. Every assertion reads the editor's own model (window.__rwEditor, exposed by the fixture page).
const ORIGINAL = 'Hi Anna,\nThanks for your message.';
const EDITORS = [
  { kind: 'textarea', url: 'https://secure.helpscout.net/conversation/1/1' },
  { kind: 'prosemirror', url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/1' },
] as const;

const ORDER_TEMPLATE = {
  id: 'order-check',
  title: 'Order status check',
  body: 'Order {{input:Order number}} is {{choice:Status|on its way|delayed}}.{{cursor}} Thanks!',
  shortcut: ';ordercheck',
  language: 'en',
};

const modelText = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#templates`);
  await expect(options.getByRole('heading', { name: 'Templates', level: 2 })).toBeVisible();
  return options;
}

/** Stores a personal template through the background, as the sidebar's "new template from the draft" does. */
async function saveTemplate(context: BrowserContext, extensionId: string, template: Record<string, unknown>): Promise<void> {
  const options = await openOptions(context, extensionId);
  const answer = await options.evaluate((body) => chrome.runtime.sendMessage({ type: 'saveTemplate', template: body, isNew: true }), template);
  expect(answer).toMatchObject({ ok: true });
  await options.close();
}

async function openEditor(openSite: (url: string, fixture: string) => Promise<Page>, kind: string, url: string): Promise<Page> {
  const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'editors', `${kind}.html`));
  await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
  await expect(getSidebar(page).launcher).toBeVisible();
  await expect.poll(() => modelText(page)).toBe(ORIGINAL);
  return page;
}

for (const { kind, url } of EDITORS) {
  test(`${kind}: a template with fill-in fields asks for them, then inserts with the caret at {{cursor}}`, async ({ context, extensionId, openSite }) => {
    await saveTemplate(context, extensionId, ORDER_TEMPLATE);
    const page = await openEditor(openSite, kind, url);
    await placeCaret(page, ['Control+End'], ORIGINAL, ORIGINAL.length);
    await page.keyboard.press('Enter');
    await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n`);

    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    await expect(sidebar.search).toBeFocused();
    await sidebar.search.fill('order status');
    await page.keyboard.press('Enter');

    const form = sidebar.panel.getByRole('form', { name: 'Fill in “Order status check”' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Order number' })).toBeFocused();
    // The preview marks what is still missing.
    await expect(form.locator('mark.rw-missing')).toHaveText('{{input:Order number}}');
    await form.getByRole('textbox', { name: 'Order number' }).fill('A-17');
    await form.getByRole('combobox', { name: 'Status' }).selectOption('delayed');
    await expect(form.getByRole('region', { name: 'Preview' })).toHaveText('Order A-17 is delayed. Thanks!');
    await form.getByRole('button', { name: 'Insert' }).click();

    await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\nOrder A-17 is delayed. Thanks!`);
    await expect(sidebar.panel.getByText('Inserted “Order status check”.')).toBeVisible();
    // The caret stands where the template's {{cursor}} was.
    await page.keyboard.type(' Z');
    await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\nOrder A-17 is delayed. Z Thanks!`);
  });
}

test('search, arrow keys and Enter insert the chosen template; Escape clears the search', async ({ openSite }) => {
  const page = await openEditor(openSite, 'textarea', EDITORS[0].url);
  await placeCaret(page, ['Control+End'], ORIGINAL, ORIGINAL.length);
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  await expect(sidebar.search).toBeFocused();

  await page.keyboard.type('freindly greting');
  const first = sidebar.panel.getByRole('button', { name: 'Insert “Friendly greeting”' });
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(sidebar.panel.getByRole('region', { name: 'Preview' })).toHaveText(/Hi there,\s*Thanks for your message\./);

  await page.keyboard.press('Escape');
  await expect(sidebar.search).toHaveValue('');
  await expect(sidebar.panel).toBeVisible();

  await page.keyboard.type('thanks');
  const thanks = sidebar.panel.getByRole('button', { name: 'Insert “Thanks for reaching out”' });
  const current = sidebar.panel.locator('button.rw-tpl-item[aria-current="true"]');
  const results = sidebar.panel.locator('button.rw-tpl-item');
  await expect(thanks).toBeVisible();
  expect(await results.count()).toBeGreaterThan(1);
  // ↓ moves the highlight down the list (and wraps) until it reaches "Thanks for reaching out"; ↑ and ↓ move it
  // one step each way.
  const position = await results.evaluateAll((buttons) => buttons.findIndex((button) => button.getAttribute('aria-label') === 'Insert “Thanks for reaching out”'));
  for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
  await expect(thanks).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(thanks).not.toHaveAttribute('aria-current', 'true');
  await expect(current).toHaveCount(1);
  await page.keyboard.press('ArrowUp');
  await expect(thanks).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.`);
});

test('a template created in the options page shows in the sidebar and expands from its shortcut', async ({ context, extensionId, openSite }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('button', { name: 'New template' }).click();
  const editor = options.getByRole('form', { name: 'New template' });
  await editor.getByLabel('Title').fill('Welcome aboard');
  await editor.getByLabel('Shortcut (optional)').fill(';welcome');
  await editor.getByLabel('Text').fill('Hello **{{customer.firstName | there}}**, welcome aboard!');
  await expect(editor.getByRole('region', { name: 'Preview' })).toHaveText('Hello Kari, welcome aboard!');
  // A bad shortcut is named before anything is saved.
  await editor.getByLabel('Shortcut (optional)').fill('; welcome');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor.getByText(/a shortcut is 2–32 characters without spaces/)).toBeVisible();
  await editor.getByLabel('Shortcut (optional)').fill(';welcome');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(options.getByRole('status')).toContainText('Saved “Welcome aboard”');
  await expect(options.getByRole('button', { name: 'Edit “Welcome aboard”' })).toBeVisible();

  const page = await openEditor(openSite, 'textarea', EDITORS[0].url);
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  await sidebar.search.fill('welcom');
  await expect(sidebar.panel.getByRole('button', { name: 'Insert “Welcome aboard”' })).toBeVisible();
  await sidebar.close.click();

  await placeCaret(page, ['Control+End'], ORIGINAL, ORIGINAL.length);
  await page.keyboard.press('Enter');
  await page.keyboard.type(';welcome');
  await page.keyboard.press('Tab');
  await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\nHello there, welcome aboard!`);
});
