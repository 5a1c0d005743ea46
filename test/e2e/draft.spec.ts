import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { placeCaret } from './caret';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// The draft check in the built extension, in five editor technologies at the production URL of a site that uses
// each: typing a negative sentence shows a finding; Apply replaces exactly that span in the editor's OWN model
// (window.__rwEditor.getText()) and leaves the caret where the agent was typing; Apply all safe; Dismiss.
const EDITORS = [
  { kind: 'textarea', url: 'https://secure.helpscout.net/conversation/1/1' },
  { kind: 'contenteditable', url: 'https://mail.google.com/mail/u/0/#inbox' },
  { kind: 'prosemirror', url: 'https://app.intercom.com/a/inbox/abc/inbox/conversation/1' },
  { kind: 'lexical', url: 'https://web.whatsapp.com/' },
  { kind: 'ckeditor5', url: 'https://acme.zendesk.com/agent/tickets/1' },
] as const;

const ORIGINAL = 'Hi Anna,\nThanks for your message.';
const modelText = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

async function openAndType(openSite: (url: string, fixture: string) => Promise<Page>, kind: string, url: string, sentence: string): Promise<Page> {
  const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'editors', `${kind}.html`));
  await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
  // The content script follows the composer from its first focus on: it must be there before the agent types.
  await expect(getSidebar(page).launcher).toBeVisible();
  await expect.poll(() => modelText(page)).toBe(ORIGINAL);
  await placeCaret(page, ['Control+End'], ORIGINAL, ORIGINAL.length);
  await page.keyboard.press('Enter');
  await page.keyboard.type(sentence);
  await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${sentence}`);
  await getSidebar(page).launcher.click();
  return page;
}

const findings = (page: Page) => getSidebar(page).panel.getByRole('list', { name: 'Suggestions for the draft' });

for (const { kind, url } of EDITORS) {
  test.describe(kind, () => {
    test('a negative sentence shows a finding, and Apply changes exactly that span', async ({ openSite }) => {
      const sentence = "Sorry, we can't refund order 4821 today.";
      const page = await openAndType(openSite, kind, url, sentence);
      const finding = findings(page).getByRole('listitem').filter({ has: page.locator('mark', { hasText: "we can't refund order 4821 today" }) });
      await expect(finding).toContainText('say what you can do instead');
      await finding.getByRole('button', { name: 'Apply: instead of refunding order 4821 today, what we can do is …' }).click();
      const fixed = 'Sorry, instead of refunding order 4821 today, what we can do is ….';
      await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${fixed}`);
      await expect(getSidebar(page).panel.getByRole('status').filter({ hasText: 'Replaced with' })).toBeVisible();
      // The caret is where the agent left it (the end of the draft): typing carries on there.
      await page.keyboard.type(' Z');
      await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${fixed} Z`);
    });

    test('Apply all safe applies only the safe rewrites', async ({ openSite }) => {
      const sentence = "Please find attached the form. As I said before, we can't ship it.";
      const page = await openAndType(openSite, kind, url, sentence);
      await getSidebar(page).panel.getByRole('button', { name: 'Apply all safe (2)' }).click();
      await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\nI've attached the form. To recap, we can't ship it.`);
      // The refusal needs the agent's judgement: it is still listed.
      await expect(findings(page).locator('mark', { hasText: "we can't ship it" })).toBeVisible();
    });

    test('Dismiss hides a finding for this draft and leaves the text alone', async ({ openSite }) => {
      const sentence = 'Unfortunately, the jacket is sold out.';
      const page = await openAndType(openSite, kind, url, sentence);
      await expect(findings(page).locator('[data-rule]')).toHaveCount(1);
      await getSidebar(page).panel.getByRole('button', { name: 'Dismiss the suggestion about “Unfortunately,”' }).click();
      await expect(getSidebar(page).panel.getByText('Nothing to rephrase: the draft reads well.')).toBeVisible();
      expect(await modelText(page)).toBe(`${ORIGINAL}\n${sentence}`);
    });
  });
}

test.describe('ckeditor5 on a busy page', () => {
  test('Apply replaces exactly that span though a long task holds the page as the editor takes the focus', async ({ openSite, page }) => {
    // CKEditor 5 renders its own selection 50 ms after its editable gets the focus. A long task then (80 ms here;
    // helpdesk pages run longer ones) made that render land after Replywell had put the selection on the words and
    // before CKEditor read it, so the rewrite was pasted at the agent's old caret beside the words it should replace.
    await page.addInitScript(() => {
      document.addEventListener(
        'focus',
        (event) => {
          if (!(event.target as Element).closest?.('.ck-editor__editable')) return;
          setTimeout(() => {
            const until = performance.now() + 80;
            while (performance.now() < until);
          }, 0);
        },
        true,
      );
    });
    await openSite('https://acme.zendesk.com/agent/tickets/1', join(BUILT_FIXTURES_DIR, 'editors', 'ckeditor5.html'));
    await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
    // The sidebar is open while the agent types, so the editor keeps its selection when they click Apply: the
    // editor then takes the focus back without a selection change of its own, and renders its selection late.
    await getSidebar(page).launcher.click();
    await expect(getSidebar(page).panel).toBeVisible();
    await placeCaret(page, ['Control+End'], ORIGINAL, ORIGINAL.length);
    await page.keyboard.press('Enter');
    await page.keyboard.type("Sorry, we can't refund order 4821 today.");
    const finding = findings(page).getByRole('listitem').filter({ has: page.locator('mark', { hasText: "we can't refund order 4821 today" }) });
    await finding.getByRole('button', { name: 'Apply: instead of refunding order 4821 today, what we can do is …' }).click();
    const fixed = 'Sorry, instead of refunding order 4821 today, what we can do is ….';
    await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${fixed}`);
    await expect(getSidebar(page).panel.getByRole('status').filter({ hasText: 'Replaced with' })).toBeVisible();
    await page.keyboard.type(' Z');
    await expect.poll(() => modelText(page)).toBe(`${ORIGINAL}\n${fixed} Z`);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the draft check with findings and its tone summary has no accessibility violations (WCAG 2.2 AA)', async ({ openSite }) => {
      const page = await openAndType(openSite, 'textarea', EDITORS[0].url, "Unfortunately we can't refund it. Please find attached the form.");
      await expect(findings(page).locator('[data-rule]')).toHaveCount(3);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('replywell-sidebar').analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  });
}
