import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { BUILT_FIXTURES_DIR, expect, getSidebar, readSiteStatus, test } from './harness';

// The site adapters of the chat and social inboxes (Intercom, Front, LinkedIn, X, Messenger, WhatsApp Web) in the
// built extension, on fixture pages that use each site's real editor library, served at the sites' production
// addresses; the same checks as sites.spec.ts makes for the email and helpdesk sites. Per site: the sidebar shows
// the customer the page shows; a template inserted from the sidebar lands in the composer's own editor model;
// sending the way the site sends (its key, or its button) posts the message and is noticed as a reply with the
// site's thread id; a customer message arriving is noticed as inbound (events read from the page status the popup
// also asks for); changed markup falls back to the generic adapter with the notice, and an inbox does not.

interface SiteCase {
  site: string;
  url: string;
  fixture: string;
  /** What the sidebar must show about the customer. */
  shows: string[];
  threadId: string;
  /** How the agent sends: the site's key, or a click on its send button. */
  send: { key: string } | { button: string };
  /**
   * Customer messages after the agent's last one, with a page time: reported as inbound when the thread opens (they
   * are still waiting for an answer). Messages without a page time are not.
   */
  waiting: number;
  /** The agent's messages in the thread, to see the sent one appear. */
  sentMessages: string;
  /**
   * A new chat with no messages: the agent writes first, and the customer's answer is the inbound one (the customer
   * writing first into an empty chat is checked on its own below).
   */
  startsEmpty?: boolean;
}

const SITES: SiteCase[] = [
  {
    site: 'intercom',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215467812345',
    fixture: 'intercom/conversation.html',
    waiting: 1,
    shows: ['Anna Berg', 'anna.berg@example.com', '+47 912 34 567'],
    threadId: '215467812345',
    send: { key: 'Control+Enter' },
    sentMessages: '[data-part-author-type="admin"]',
  },
  {
    site: 'front',
    url: 'https://app.frontapp.com/open/cnv_5f3a9b1',
    fixture: 'front/conversation-email.html',
    waiting: 1,
    shows: ['Anna Berg', 'anna.berg@example.com', '+47 912 34 567'],
    threadId: 'cnv_5f3a9b1',
    send: { button: '[data-testid="send-button"]' },
    sentMessages: '[data-testid="message"][data-is-inbound="false"]',
  },
  {
    site: 'front',
    url: 'https://app.frontapp.com/inboxes/shared/4/inbox/open/0/cnv_7c2d4e8',
    fixture: 'front/conversation-chat.html',
    waiting: 1,
    shows: ['Mikko Virtanen', 'mikko.virtanen@example.fi'],
    threadId: 'cnv_7c2d4e8',
    send: { key: 'Control+Enter' },
    sentMessages: '[data-testid="message"][data-is-inbound="false"]',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/messaging/thread/2-ZmFrZVRocmVhZElkMQ==/',
    fixture: 'linkedin/conversation.html',
    waiting: 1,
    shows: ['Anna Berg'],
    threadId: '2-ZmFrZVRocmVhZElkMQ==',
    send: { key: 'Enter' },
    sentMessages: '.msg-s-event-listitem:not(.msg-s-event-listitem--other)',
  },
  {
    site: 'x',
    url: 'https://x.com/messages/1234567890-9876543210',
    fixture: 'x/dm-conversation.html',
    waiting: 0,
    shows: ['Anna Berg'],
    threadId: '1234567890-9876543210',
    send: { key: 'Enter' },
    sentMessages: '[data-testid="messageEntry"]:not(:has([data-testid="DM_Conversation_Avatar"]))',
  },
  {
    site: 'x',
    url: 'https://x.com/annaberg_ex/status/1991234567890000001',
    fixture: 'x/reply.html',
    waiting: 1,
    shows: ['Anna Berg'],
    threadId: '1991234567890000001',
    send: { button: '[data-testid="tweetButtonInline"]' },
    sentMessages: 'article:has([data-testid="User-Name"] a[href="/acme_help"])',
  },
  {
    site: 'messenger',
    url: 'https://www.facebook.com/messages/t/100012345678901/',
    fixture: 'messenger/conversation.html',
    waiting: 0,
    shows: ['Anna Berg'],
    threadId: '100012345678901',
    send: { key: 'Enter' },
    sentMessages: '[role="row"].out',
  },
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    fixture: 'whatsapp/conversation.html',
    waiting: 2,
    shows: ['Anna Berg', '+4791234567'],
    threadId: '4791234567@c.us',
    send: { key: 'Enter' },
    sentMessages: '#main .message-out',
  },
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    fixture: 'whatsapp/new-conversation.html',
    waiting: 0,
    shows: ['+47 912 00 111'],
    threadId: '4791200111@c.us',
    startsEmpty: true,
    send: { button: '#main footer button[aria-label="Send"]' },
    sentMessages: '#main .message-out',
  },
];

const THANKS_TITLE = 'Thanks for reaching out';
const THANKS = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";
/** A little more than the watcher's settle time (lib/sites/watch.ts). */
const SETTLE_MS = 2_000;
const FALLBACK_NOTICE = "Replywell can't read this page's conversation; templates and draft checks still work.";

const siteEvents = async (serviceWorker: Worker) => (await readSiteStatus(serviceWorker)).siteEvents?.map(({ kind, threadId }) => ({ kind, threadId })) ?? [];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const modelText = (page: Page) => page.evaluate(() => window.__rwEditor!.getText());

async function openFixture(openSite: (url: string, fixture: string) => Promise<Page>, url: string, fixture: string): Promise<Page> {
  const page = await openSite(url, join(BUILT_FIXTURES_DIR, 'sites', fixture));
  await expect(page.locator('html[data-fixture-ready="true"]')).toHaveCount(1);
  await expect(getSidebar(page).launcher).toBeVisible();
  return page;
}

for (const entry of SITES) {
  test.describe(`${entry.site}: ${entry.fixture}`, () => {
    test('the sidebar shows the customer read from the page', async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, entry.url, entry.fixture);
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      const customer = sidebar.panel.getByRole('region', { name: 'Customer' });
      for (const text of entry.shows) await expect(customer.getByRole('definition').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) })).toBeVisible();
      await expect(sidebar.panel.getByText(FALLBACK_NOTICE)).toHaveCount(0);
      expect(await readSiteStatus(serviceWorker)).toMatchObject({ siteId: entry.site, adapter: entry.site, fallback: false });
    });

    test("a template lands in the composer's editor model, and sending it the site's way is noticed as a reply in this thread", async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, entry.url, entry.fixture);
      await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
      await expect.poll(() => modelText(page)).toBe('');
      await page.evaluate(() => window.__rwEditor!.focus());
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect(sidebar.panel.getByRole('status').filter({ hasText: `Inserted “${THANKS_TITLE}”.` })).toBeVisible();
      await expect.poll(() => modelText(page)).toBe(THANKS);

      const replies = async () => (await siteEvents(serviceWorker)).filter((event) => event.kind === 'reply');
      expect(await replies()).toEqual([]);
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
      await expect.poll(replies).toEqual([{ kind: 'reply', threadId: entry.threadId }]);
    });

    test('a customer message arriving is noticed as inbound in this thread', async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, entry.url, entry.fixture);
      // What the thread showed on opening was there before: only the customer messages still waiting for an answer
      // are reported (with their page times), then the arriving message.
      await expect.poll(async () => (await readSiteStatus(serviceWorker)).adapter).toBe(entry.site);
      const waiting = Array.from({ length: entry.waiting }, () => ({ kind: 'inbound', threadId: entry.threadId }));
      await expect.poll(() => siteEvents(serviceWorker)).toEqual(waiting);
      // Messages without a page time that appear in the first moments after a thread opens are the thread still
      // loading (the watcher's settle time, 1.5 s); the customer writes later than that.
      const opened = await page.evaluate(() => performance.now());
      await expect.poll(() => page.evaluate(() => performance.now())).toBeGreaterThan(opened + SETTLE_MS);
      const before = [...waiting, ...(entry.startsEmpty ? [{ kind: 'reply', threadId: entry.threadId }] : [])];
      if (entry.startsEmpty) {
        await page.evaluate(() => window.__rwEditor!.focus());
        await page.keyboard.type('Hello, this is Acme support.');
        await page.keyboard.press('Enter');
        await expect.poll(() => siteEvents(serviceWorker)).toEqual(before);
        // The reply is noticed when the composer empties; the watcher reads the new message into the thread a
        // little later (it reads the page at most every 100 ms): the customer answers after that.
        const sentAt = await page.evaluate(() => performance.now());
        await expect.poll(() => page.evaluate(() => performance.now())).toBeGreaterThan(sentAt + 500);
      }
      await page.evaluate(() => (window as unknown as { __rwFixture: { receive(text: string): void } }).__rwFixture.receive('Are you still there?'));
      await expect.poll(() => siteEvents(serviceWorker), { timeout: 10_000 }).toEqual([...before, { kind: 'inbound', threadId: entry.threadId }]);
    });
  });
}

test.describe('changed markup', () => {
  for (const [site, url, fixture] of [
    ['intercom', 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215467812345', 'intercom/broken.html'],
    ['front', 'https://app.frontapp.com/open/cnv_5f3a9b1', 'front/broken.html'],
    ['linkedin', 'https://www.linkedin.com/messaging/thread/2-ZmFrZVRocmVhZElkMQ==/', 'linkedin/broken.html'],
    ['x', 'https://x.com/messages/1234567890-9876543210', 'x/broken.html'],
    ['messenger', 'https://www.messenger.com/t/100012345678901/', 'messenger/broken.html'],
    ['whatsapp', 'https://web.whatsapp.com/', 'whatsapp/broken.html'],
  ] as const) {
    test(`${site}: falls back to the generic adapter, says so, and templates still go in`, async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, url, fixture);
      const composer = page.locator('[contenteditable="true"][role="textbox"]').last();
      await composer.click();
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await expect(sidebar.panel.getByRole('status').filter({ hasText: FALLBACK_NOTICE })).toBeVisible();
      await expect.poll(() => readSiteStatus(serviceWorker)).toMatchObject({ siteId: site, adapter: 'generic', fallback: true });
      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect(composer).toContainText('Thank you for reaching out!');
    });
  }
});

test.describe('pages without a conversation', () => {
  for (const [site, url, fixture] of [
    ['whatsapp', 'https://web.whatsapp.com/', 'whatsapp/inbox.html'],
    ['messenger', 'https://www.facebook.com/messages/', 'messenger/inbox.html'],
    ['x', 'https://x.com/messages', 'x/inbox.html'],
    ['linkedin', 'https://www.linkedin.com/messaging/', 'linkedin/inbox.html'],
    ['intercom', 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all', 'intercom/inbox.html'],
    ['front', 'https://app.frontapp.com/inboxes/teammates/1/inbox', 'front/inbox.html'],
  ] as const) {
    test(`${site}: an inbox is not taken for changed markup`, async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, url, fixture);
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await expect(sidebar.panel.getByRole('region', { name: 'Customer' })).toBeVisible();
      await expect.poll(() => readSiteStatus(serviceWorker)).toMatchObject({ siteId: site, adapter: site, fallback: false });
      await expect(sidebar.panel.getByText(FALLBACK_NOTICE)).toHaveCount(0);
    });
  }
});

test.describe('new messages', () => {
  for (const [site, url, fixture, shows] of [
    ['intercom', 'https://app.intercom.com/a/inbox/abc123/inbox/new-conversation', 'intercom/new-message.html', 'mikko.virtanen@example.fi'],
    ['front', 'https://app.frontapp.com/compose', 'front/new-message.html', 'mikko.virtanen@example.fi'],
    ['linkedin', 'https://www.linkedin.com/messaging/compose/', 'linkedin/new-conversation.html', 'Mikko Virtanen'],
    ['x', 'https://x.com/messages/1234567890-5555555555', 'x/new-conversation.html', 'Mikko Virtanen'],
    ['messenger', 'https://www.messenger.com/new', 'messenger/new-conversation.html', undefined],
  ] as const) {
    test(`${site}: a new message is read by the site's adapter, and a template goes into its editor`, async ({ openSite, serviceWorker }) => {
      const page = await openFixture(openSite, url, fixture);
      await expect(page.locator('html[data-editor-ready="true"]')).toHaveCount(1);
      await page.evaluate(() => window.__rwEditor!.focus());
      const sidebar = getSidebar(page);
      await sidebar.launcher.click();
      await expect.poll(() => readSiteStatus(serviceWorker)).toMatchObject({ siteId: site, adapter: site, fallback: false });
      if (shows) await expect(sidebar.panel.getByRole('region', { name: 'Customer' }).getByRole('definition').filter({ hasText: shows })).toBeVisible();
      await sidebar.search.fill('thanks');
      await sidebar.insert(THANKS_TITLE).click();
      await expect.poll(() => modelText(page)).toBe(THANKS);
      await expect(sidebar.panel.getByText(FALLBACK_NOTICE)).toHaveCount(0);
    });
  }
});

test.describe('a customer writing first', () => {
  // The empty chat has shown, unchanged with its composer, for longer than the watcher's settle time: it has loaded,
  // so what appears in it now is new (before, a first message without a page time was taken for loading). WhatsApp
  // gives the message's time; Messenger gives none, so there the watcher alone tells it from the chat still loading.
  const cases = [
    { site: 'whatsapp', url: 'https://web.whatsapp.com/', fixture: 'whatsapp/new-conversation.html', rows: '#main [data-id]', incoming: '#main .message-in', text: 'Hei! Are you open on Saturday?', threadId: '4791200111@c.us', observed: false, at: 'at its page time' },
    { site: 'messenger', url: 'https://www.messenger.com/t/100055544433322/', fixture: 'messenger/empty-chat.html', rows: '[role="grid"] [role="row"]', incoming: '[role="grid"] [role="row"].in', text: 'Moi! Is the jacket still available?', threadId: '100055544433322', observed: true, at: 'at the moment it was seen' },
  ];
  for (const c of cases) {
    test(`${c.site}: the first message into a new, empty chat reaches the reply log ${c.at}`, async ({ context, openSite, serviceWorker, extensionId }) => {
      const page = await openFixture(openSite, c.url, c.fixture);
      await expect.poll(async () => (await readSiteStatus(serviceWorker)).adapter).toBe(c.site);
      await expect(page.locator(c.rows)).toHaveCount(0);
      const opened = await page.evaluate(() => performance.now());
      await expect.poll(() => page.evaluate(() => performance.now())).toBeGreaterThan(opened + SETTLE_MS);
      expect(await siteEvents(serviceWorker)).toEqual([]);
      await page.evaluate((text) => (window as unknown as { __rwFixture: { receive(text: string): void } }).__rwFixture.receive(text), c.text);
      await expect(page.locator(c.incoming)).toHaveCount(1);
      const inbound = async () => (await readSiteStatus(serviceWorker)).siteEvents?.map(({ kind, threadId, observed }) => ({ kind, threadId, observed })) ?? [];
      await expect.poll(inbound, { timeout: 10_000 }).toEqual([{ kind: 'inbound', threadId: c.threadId, observed: c.observed }]);

      // Stored in the log: the dashboard counts it.
      const dashboard = await context.newPage();
      await dashboard.goto(`chrome-extension://${extensionId}/options.html#reply-times`);
      await expect(dashboard.getByRole('heading', { name: 'Reply times', level: 2 })).toBeVisible();
      await expect(dashboard.getByText('1 customer messages and 0 replies in this period.')).toBeVisible();
    });
  }
});

