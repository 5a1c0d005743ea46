import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { placeCaret } from './caret';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// The built extension writing into every editor technology, at the production URL of a site that uses it. Each
// assertion reads the editor's OWN model (window.__rwEditor.getText(), exposed by the fixture page in the page
// world), then types on to prove the caret sits right after the inserted text and the editor keeps working.
const EDITORS = [
  { kind: 'textarea', url: 'https://secure.helpscout.net/conversation/1/1' },
  { kind: 'contenteditable', url: 'https://mail.google.com/mail/u/0/#inbox' },
  { kind: 'prosemirror', url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/1' },
  { kind: 'tiptap', url: 'https://app.frontapp.com/inboxes/teammates/1' },
  { kind: 'lexical', url: 'https://web.whatsapp.com/' },
  { kind: 'draftjs', url: 'https://x.com/messages/1-2' },
  { kind: 'ckeditor5', url: 'https://acme.zendesk.com/agent/tickets/1' },
  { kind: 'quill', url: 'https://acme.freshdesk.com/a/tickets/1' },
] as const;

const ORIGINAL = 'Hi Anna,\nThanks for your message.';
const THANKS_TITLE = 'Thanks for reaching out';
const THANKS = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";

const modelText = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

async function openEditor(openSite: (url: string, fixture: string) => Promise<Page>, kind: string, url: string): Promise<Page> {
  const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'editors', `${kind}.html`));
  await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
  await expect(getSidebar(page).launcher).toBeVisible();
  await expect.poll(() => modelText(page)).toBe(ORIGINAL);
  return page;
}

/** The caret at the end of the whole text, as after Ctrl+End. */
const caretAtEnd = (page: Page) => placeCaret(page, ['Control+End'], ORIGINAL, ORIGINAL.length);
/** The caret at the start of the second line: between the greeting and the text. */
const caretAtSecondLine = (page: Page) => placeCaret(page, ['Control+Home', 'ArrowDown', 'Home'], ORIGINAL, 'Hi Anna,\n'.length);

for (const { kind, url } of EDITORS) {
  test.describe(kind, () => {
    test('a typed shortcut expands on Tab into the editor model', async ({ openSite }) => {
      const page = await openEditor(openSite, kind, url);
      await caretAtEnd(page);
      await page.keyboard.press('Enter');
      await page.keyboard.type(';thanks');
      await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n;thanks`);
      await page.keyboard.press('Tab');
      await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${THANKS}`);
      await page.keyboard.type('Z');
      await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${THANKS}Z`);
    });

    test('Insert from the sidebar lands where the caret was before the sidebar took the focus', async ({ openSite }) => {
      const page = await openEditor(openSite, kind, url);
      // The agent wants the template between the greeting and the text.
      await caretAtSecondLine(page);
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect(sidebar.panel.getByRole('status').filter({ hasText: `Inserted “${THANKS_TITLE}”.` })).toBeVisible();
      await expect.poll(() => modelText(page)).toBe(`Hi Anna,\n${THANKS}Thanks for your message.`);
      await page.keyboard.type('Z');
      await expect.poll(() => modelText(page)).toBe(`Hi Anna,\n${THANKS}ZThanks for your message.`);
    });
  });
}
