import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILT_FIXTURES_DIR, expect, getSidebar, readSiteStatus, test } from './harness';

// The site adapters in the built extension, on each site's fixture pages served at its production URL: the sidebar
// shows the customer read from the page, a template lands in the site's composer through its editor (read back from
// the editor's own model, window.__rwEditor), sending is noticed as a reply with the thread id (read from the page
// status the popup also asks for), and a page whose markup changed falls back to the generic adapter with a notice.

const SITES = [
  {
    id: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrkXnRlvTxqKzDcGmVnJbKkB',
    fixture: 'gmail/thread.html',
    composer: '[g_editable="true"]',
    send: 'div[role="button"].aoO',
    threadId: 'thread-f:1849301234567890123',
    shows: ['Anna Berg', 'anna.berg@example.com', '+47 912 34 567', 'Refund for a damaged parcel'],
  },
  {
    id: 'outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hYjEyLTFhOTQtMDACLTAwCgAQAHq1',
    fixture: 'outlook/conversation.html',
    composer: '[id^="editorParent"] [contenteditable="true"]',
    send: '[data-testid="ComposeSendButton"]',
    threadId: 'AAQkADAwATM0MDAAMS1hYjEyLTFhOTQtMDACLTAwCgAQAHq1',
    shows: ['Anna Berg', 'anna.berg@example.com', '+4791234567', 'Refund for a damaged parcel'],
  },
  {
    id: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    fixture: 'zendesk/ticket.html',
    composer: '.ck-editor__editable',
    send: '[data-test-id="submit_button-button"]',
    threadId: '4821',
    shows: ['Anna Berg', 'anna.berg@example.com', '+4791234567', 'Parcel arrived damaged'],
  },
  {
    id: 'freshdesk',
    url: 'https://acme.freshdesk.com/a/tickets/4821',
    fixture: 'freshdesk/ticket.html',
    composer: '.fr-element',
    send: '[data-test-id="send-button"]',
    threadId: '4821',
    shows: ['Anna Berg', 'anna.berg@example.com', '+47 912 34 567', 'Parcel arrived damaged'],
  },
  {
    id: 'helpscout',
    url: 'https://secure.helpscout.net/conversation/2207188123/1187',
    fixture: 'helpscout/conversation.html',
    composer: '[data-cy="reply-editor"] [contenteditable="true"]',
    send: '[data-cy="send-button"]',
    threadId: '2207188123',
    shows: ['Anna Berg', 'anna.berg@example.com', 'anna@berg.example', '+4791234567', 'Parcel arrived damaged'],
  },
] as const;

const THANKS_TITLE = 'Thanks for reaching out';
const THANKS = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";
const FALLBACK_NOTICE = "Replywell can't read this page's conversation; templates and draft checks still work.";

const modelText = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

async function openFixture(openSite: (url: string, fixture: string) => Promise<Page>, url: string, fixture: string): Promise<Page> {
  const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'sites', fixture));
  await expect(getSidebar(page).launcher).toBeVisible();
  return page;
}

for (const site of SITES) {
  test.describe(site.id, () => {
    test('the sidebar shows the customer read from the page', async ({ openSite }) => {
      const page = await openFixture(openSite, site.url, site.fixture);
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      const customer = sidebar.panel.getByRole('region', { name: 'Customer' });
      for (const text of site.shows) await expect(customer.getByRole('definition').filter({ hasText: text })).toBeVisible();
      await expect(sidebar.panel.getByText(FALLBACK_NOTICE)).toHaveCount(0);
    });

    test("a template lands in the site's composer, and sending it is noticed as a reply in this thread", async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, site.url, site.fixture);
      await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
      await page.locator(site.composer).click();
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect(sidebar.panel.getByRole('status').filter({ hasText: `Inserted “${THANKS_TITLE}”.` })).toBeVisible();
      await expect.poll(() => modelText(page)).toBe(THANKS);

      // Only replies here: a customer message still unanswered when the thread opened is reported as inbound too.
      const replies = async () => ((await readSiteStatus(serviceWorker)).siteEvents ?? []).filter((event) => event.kind === 'reply').map(({ kind, threadId, observed }) => ({ kind, threadId, observed }));
      expect(await replies()).toEqual([]);
      await page.locator(site.send).click();
      await expect.poll(replies).toEqual([{ kind: 'reply', threadId: site.threadId, observed: true }]);
      expect(await readSiteStatus(serviceWorker)).toMatchObject({ siteId: site.id, adapter: site.id, fallback: false });
    });
  });
}

test('a customer message that arrives is noticed as inbound, with the time the page gives it', async ({ openSite, serviceWorker }) => {
  const page = await openFixture(openSite, SITES[2].url, SITES[2].fixture);
  await expect.poll(async () => (await readSiteStatus(serviceWorker)).adapter).toBe('zendesk');
  // Zendesk appends the requester's comment to the log, with its time in a <time datetime>.
  const at = await page.evaluate(() => {
    const time = new Date(Math.floor(Date.now() / 1000) * 1000);
    document.querySelector('[data-test-id="omni-log-container"]')!.insertAdjacentHTML(
      'beforeend',
      `<article data-test-id="omni-log-comment-item" data-comment-id="40150"><header><span data-test-id="omni-log-item-sender">Anna Berg</span> <time datetime="${time.toISOString()}">now</time></header><div data-test-id="omni-log-message-content"><p>Any news?</p></div></article>`,
    );
    return time.getTime();
  });
  // The requester's last comment was unanswered when the ticket opened (reported then, at its page time); the new one
  // follows, at the time the page gives it.
  await expect.poll(async () => (await readSiteStatus(serviceWorker)).siteEvents).toEqual([
    { kind: 'inbound', threadId: '4821', at: Date.parse('2025-11-19T15:05:00Z'), observed: false },
    { kind: 'inbound', threadId: '4821', at, observed: false },
  ]);
});

test.describe('changed markup', () => {
  for (const { id, url, fixture, shows } of [
    { id: 'gmail', url: SITES[0].url, fixture: 'gmail/broken.html', shows: ['anna.berg@example.com'] },
    { id: 'zendesk', url: SITES[2].url, fixture: 'zendesk/broken.html', shows: ['Anna Berg', 'anna.berg@example.com'] },
  ]) {
    test(`${id}: falls back to the generic adapter, says so, and templates still go in`, async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, url, fixture);
      const sidebar = getSidebar(page);
      await page.locator('[contenteditable="true"]').click();
      await sidebar.launcher.click();
      await expect(sidebar.panel.getByRole('status').filter({ hasText: FALLBACK_NOTICE })).toBeVisible();
      const customer = sidebar.panel.getByRole('region', { name: 'Customer' });
      for (const text of shows) await expect(customer.getByRole('definition').filter({ hasText: text })).toBeVisible();
      expect(await readSiteStatus(serviceWorker)).toMatchObject({ siteId: id, adapter: 'generic', fallback: true });

      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect(page.locator('[contenteditable="true"]')).toContainText('Thank you for reaching out!');
    });
  }

  test('an inbox is not taken for changed markup: no notice', async ({ openSite, serviceWorker }) => {
    const page = await openFixture(openSite, 'https://mail.google.com/mail/u/0/#inbox', 'gmail/inbox.html');
    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    await expect(sidebar.panel.getByRole('region', { name: 'Customer' })).toContainText('No customer details read from this page.');
    // The notice only ever comes while the generic adapter stands in: here Gmail's own adapter reads the page.
    await expect.poll(async () => readSiteStatus(serviceWorker)).toMatchObject({ adapter: 'gmail', fallback: false });
    await expect(sidebar.panel.getByText(FALLBACK_NOTICE)).toHaveCount(0);
  });
});
