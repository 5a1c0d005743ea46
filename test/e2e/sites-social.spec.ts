import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// The site adapters of the chat and social inboxes (Intercom, Front, LinkedIn, X, Messenger, WhatsApp Web) in the
// built extension, on fixture pages that use each site's real editor library, served at the sites' production
// addresses. Per site: the sidebar shows the customer the page shows; a template inserted from the sidebar lands in
// the composer's own editor model; sending the way the site sends (its key, or its button) posts the message and
// logs a reply with the site's thread id; a customer message arriving logs an inbound event.

interface SiteCase {
  site: string;
  url: string;
  fixture: string;
  /** What the sidebar must show about the customer. */
  shows: string[];
  threadId: string;
  channel: 'email' | 'chat' | 'social';
  /** How the agent sends: the site's key, or a click on its send button. */
  send: { key: string } | { button: string };
  /** The agent's messages in the thread, to see the sent one appear. */
  sentMessages: string;
}

const SITES: SiteCase[] = [
  {
    site: 'intercom',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215467812345',
    fixture: 'intercom/conversation.html',
    shows: ['Anna Berg', 'anna.berg@example.com', '+47 912 34 567'],
    threadId: '215467812345',
    channel: 'chat',
    send: { key: 'Control+Enter' },
    sentMessages: '[data-part-author-type="admin"]',
  },
  {
    site: 'front',
    url: 'https://app.frontapp.com/open/cnv_5f3a9b1',
    fixture: 'front/conversation-email.html',
    shows: ['Anna Berg', 'anna.berg@example.com', '+47 912 34 567'],
    threadId: 'cnv_5f3a9b1',
    channel: 'email',
    send: { button: '[data-testid="send-button"]' },
    sentMessages: '[data-testid="message"][data-is-inbound="false"]',
  },
  {
    site: 'front',
    url: 'https://app.frontapp.com/inboxes/shared/4/inbox/open/0/cnv_7c2d4e8',
    fixture: 'front/conversation-chat.html',
    shows: ['Mikko Virtanen', 'mikko.virtanen@example.fi'],
    threadId: 'cnv_7c2d4e8',
    channel: 'chat',
    send: { key: 'Control+Enter' },
    sentMessages: '[data-testid="message"][data-is-inbound="false"]',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/messaging/thread/2-ZmFrZVRocmVhZElkMQ==/',
    fixture: 'linkedin/conversation.html',
    shows: ['Anna Berg'],
    threadId: '2-ZmFrZVRocmVhZElkMQ==',
    channel: 'social',
    send: { key: 'Enter' },
    sentMessages: '.msg-s-event-listitem:not(.msg-s-event-listitem--other)',
  },
  {
    site: 'x',
    url: 'https://x.com/messages/1234567890-9876543210',
    fixture: 'x/dm-conversation.html',
    shows: ['Anna Berg'],
    threadId: '1234567890-9876543210',
    channel: 'social',
    send: { key: 'Enter' },
    sentMessages: '[data-testid="messageEntry"]:not(:has([data-testid="DM_Conversation_Avatar"]))',
  },
  {
    site: 'x',
    url: 'https://x.com/annaberg_ex/status/1991234567890000001',
    fixture: 'x/reply.html',
    shows: ['Anna Berg'],
    threadId: '1991234567890000001',
    channel: 'social',
    send: { button: '[data-testid="tweetButtonInline"]' },
    sentMessages: 'article:has([data-testid="User-Name"] a[href="/acme_help"])',
  },
  {
    site: 'messenger',
    url: 'https://www.facebook.com/messages/t/100012345678901/',
    fixture: 'messenger/conversation.html',
    shows: ['Anna Berg'],
    threadId: '100012345678901',
    channel: 'social',
    send: { key: 'Enter' },
    sentMessages: '[role="row"].out',
  },
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    fixture: 'whatsapp/conversation.html',
    shows: ['Anna Berg', '+4791234567'],
    threadId: '4791234567@c.us',
    channel: 'social',
    send: { key: 'Enter' },
    sentMessages: '#main .message-out',
  },
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    fixture: 'whatsapp/new-conversation.html',
    shows: ['+47 912 00 111'],
    threadId: '4791200111@c.us',
    channel: 'social',
    send: { button: '#main footer button[aria-label="Send"]' },
    sentMessages: '#main .message-out',
  },
];

const THANKS_TITLE = 'Thanks for reaching out';
const THANKS = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";

interface LoggedEvent {
  kind: 'inbound' | 'reply';
  threadId: string;
  site: string;
  channel: string;
  observed: boolean;
}

const modelText = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

/**
 * Records the reply-log reports the content script sends to the background, beside the background's own handler:
 * an extra `runtime.onMessage` listener that answers nothing, so the product's handling is untouched.
 */
async function recordLogEvents(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { __rwLogged?: unknown[] };
    if (scope.__rwLogged) return;
    scope.__rwLogged = [];
    chrome.runtime.onMessage.addListener((message: unknown) => {
      const request = message as { type?: string; event?: unknown };
      if (request?.type === 'logEvent') scope.__rwLogged!.push(request.event);
      return undefined;
    });
  });
}

const loggedEvents = (serviceWorker: Worker) =>
  serviceWorker.evaluate(() => ((globalThis as typeof globalThis & { __rwLogged?: unknown[] }).__rwLogged ?? []) as LoggedEvent[]);

async function openFixture(openSite: (url: string, fixture: string) => Promise<Page>, { url, fixture }: SiteCase): Promise<Page> {
  const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'sites', fixture));
  await expect(page.locator('html[data-fixture-ready="true"][data-editor-ready="true"]')).toHaveCount(1);
  await expect(getSidebar(page).launcher).toBeVisible();
  await expect.poll(() => modelText(page)).toBe('');
  return page;
}

for (const entry of SITES) {
  test.describe(`${entry.site}: ${entry.fixture}`, () => {
    test('the sidebar shows the customer the page shows', async ({ openSite }) => {
      const page = await openFixture(openSite, entry);
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      for (const text of entry.shows) await expect(sidebar.panel.getByText(text, { exact: false }).first()).toBeVisible();
    });

    test("a template lands in the composer's editor model, and sending logs a reply with the thread id", async ({ openSite, serviceWorker }) => {
      await recordLogEvents(serviceWorker);
      const page = await openFixture(openSite, entry);
      await page.evaluate(() => window.__rwEditor!.focus());
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect(sidebar.panel.getByRole('status').filter({ hasText: `Inserted “${THANKS_TITLE}”.` })).toBeVisible();
      await expect.poll(() => modelText(page)).toBe(THANKS);

      const sent = page.locator(entry.sentMessages);
      const before = await sent.count();
      if ('key' in entry.send) {
        await page.evaluate(() => window.__rwEditor!.focus());
        await page.keyboard.press(entry.send.key);
      } else {
        await page.locator(entry.send.button).click();
      }
      // The site posts the message and empties its composer.
      await expect(sent).toHaveCount(before + 1);
      await expect(sent.last()).toContainText('Thank you for reaching out!');
      await expect.poll(() => modelText(page)).toBe('');
      await expect
        .poll(async () => (await loggedEvents(serviceWorker)).filter((e) => e.kind === 'reply').map(({ kind, threadId, site, channel }) => ({ kind, threadId, site, channel })))
        .toEqual([{ kind: 'reply', threadId: entry.threadId, site: entry.site, channel: entry.channel }]);
    });

    test('a customer message arriving logs an inbound event for the thread', async ({ openSite, serviceWorker }) => {
      await recordLogEvents(serviceWorker);
      const page = await openFixture(openSite, entry);
      // The thread shown on opening was there before: nothing is logged for it.
      await expect(getSidebar(page).launcher).toBeVisible();
      await page.evaluate(() => (window as unknown as { __rwFixture: { receive(text: string): void } }).__rwFixture.receive('Are you still there?'));
      await expect
        .poll(async () => (await loggedEvents(serviceWorker)).map(({ kind, threadId, site }) => ({ kind, threadId, site })), { timeout: 10_000 })
        .toEqual([{ kind: 'inbound', threadId: entry.threadId, site: entry.site }]);
    });
  });
}

test.describe('pages without a conversation', () => {
  for (const [url, fixture] of [
    ['https://web.whatsapp.com/', 'whatsapp/inbox.html'],
    ['https://www.facebook.com/messages/', 'messenger/inbox.html'],
    ['https://x.com/messages', 'x/inbox.html'],
    ['https://www.linkedin.com/messaging/', 'linkedin/inbox.html'],
    ['https://app.intercom.com/a/inbox/abc123/inbox/shared/all', 'intercom/inbox.html'],
    ['https://app.frontapp.com/inboxes/teammates/1/inbox', 'front/inbox.html'],
  ] as const) {
    test(`${url} gets the sidebar without the changed-markup notice`, async ({ openSite }) => {
      const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'sites', fixture));
      await expect(page.locator('html[data-fixture-ready="true"]')).toHaveCount(1);
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await expect(sidebar.search).toBeVisible();
      await expect(sidebar.panel.getByText("can't read this page's conversation", { exact: false })).toHaveCount(0);
    });
  }
});
