import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

const MIN = 60_000;

/** Logs events through the background's own message, as the content script does. */
async function logEvents(page: Page, events: { kind: 'inbound' | 'reply'; threadId: string; at: number; channel?: string; site?: string }[]): Promise<void> {
  const answers = await page.evaluate(async (list) => {
    const results = [];
    for (const event of list) results.push(await chrome.runtime.sendMessage({ type: 'logEvent', event: { observed: false, site: 'gmail', channel: 'email', ...event } }));
    return results;
  }, events);
  for (const answer of answers) expect(answer).toMatchObject({ ok: true });
}

async function openDashboard(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html#reply-times`);
  await expect(page.getByRole('heading', { name: 'Reply times', level: 2 })).toBeVisible();
}

/** The headline figure under one label. */
const headline = (page: Page, label: string) => page.locator('.rw-headline').filter({ has: page.getByText(label, { exact: true }) }).locator('.rw-headline-value');

test('logged messages and replies show as first and next reply figures, and survive export, delete and import', async ({ page, extensionId }) => {
  await openDashboard(page, extensionId);
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();

  const start = Date.now() - 3 * 60 * MIN;
  await logEvents(page, [
    { kind: 'inbound', threadId: 'thread-a', at: start },
    { kind: 'reply', threadId: 'thread-a', at: start + 10 * MIN },
    { kind: 'inbound', threadId: 'thread-b', at: start },
    { kind: 'reply', threadId: 'thread-b', at: start + 30 * MIN },
    { kind: 'inbound', threadId: 'thread-b', at: start + 60 * MIN },
    { kind: 'reply', threadId: 'thread-b', at: start + 80 * MIN },
  ]);
  // The same report again (a retry) is stored once.
  await logEvents(page, [{ kind: 'reply', threadId: 'thread-a', at: start + 10 * MIN }]);
  await page.reload();

  await expect(headline(page, 'First reply, median')).toHaveText('20 min');
  await expect(headline(page, 'First reply, 90th percentile')).toHaveText('30 min');
  await expect(headline(page, 'Next reply, median')).toHaveText('20 min');
  await expect(headline(page, 'Within target')).toHaveText('100%');
  await expect(page.getByText('3 customer messages and 3 replies in this period.')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON, everything' }).click();
  const file = join(tmpdir(), `rw-log-${Date.now()}.json`);
  await (await downloading).saveAs(file);
  expect(readFileSync(file, 'utf8')).not.toContain('thread-a');

  await page.getByRole('button', { name: 'Delete all reply-time data…' }).click();
  await expect(page.getByText('Delete all 6 events? This cannot be undone; export first if you may need them.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All reply-time data was deleted.' })).toBeVisible();
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();

  await page.getByLabel('Import a JSON log').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 6 new events; 0 were already here.' })).toBeVisible();
  await expect(headline(page, 'First reply, median')).toHaveText('20 min');
  await expect(headline(page, 'Next reply, median')).toHaveText('20 min');

  // Importing the same file again changes nothing.
  await page.getByLabel('Import a JSON log').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 0 new events; 6 were already here.' })).toBeVisible();
});

test('a damaged log file is refused with its line and field, and nothing is imported', async ({ page, extensionId }) => {
  await openDashboard(page, extensionId);
  await logEvents(page, [{ kind: 'inbound', threadId: 'kept', at: Date.now() - 5 * MIN }]);
  await page.reload();
  await expect(page.getByText('1 customer messages and 0 replies in this period.')).toBeVisible();
  const key = '0123456789abcdef0123456789abcdef';
  const at = Date.now() - 60 * MIN;
  const good = { id: `${key}:inbound:${at}`, threadKey: key, kind: 'inbound', at, site: 'gmail', channel: 'email' };
  const text = `{"format":"replywell-reply-log","version":1,"exportedAt":${at},"events":[\n${JSON.stringify(good)},\n${JSON.stringify({ ...good, id: `${key}:reply:${at + 1}`, kind: 'reply', at: 'soon' })}\n]}\n`;
  const file = join(tmpdir(), `rw-bad-${Date.now()}.json`);
  writeFileSync(file, text);
  await page.getByLabel('Import a JSON log').setInputFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(`Nothing was imported from rw-bad-`);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('Line 3, events[1].at: this value is not valid');
  // The event already stored is still the only one.
  await page.reload();
  await expect(page.getByText('1 customer messages and 0 replies in this period.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete all reply-time data…' }).click();
  await expect(page.getByText('Delete all 1 events?', { exact: false })).toBeVisible();
});

test('targets and working hours are saved and change the figures', async ({ page, extensionId }) => {
  await openDashboard(page, extensionId);
  const start = Date.now() - 2 * 60 * MIN;
  await logEvents(page, [
    { kind: 'inbound', threadId: 'chat-1', at: start, site: 'intercom', channel: 'chat' },
    { kind: 'reply', threadId: 'chat-1', at: start + 3 * MIN, site: 'intercom', channel: 'chat' },
  ]);
  await page.reload();
  // Three minutes against the default two-minute chat target.
  await expect(headline(page, 'Within target')).toHaveText('0%');
  await page.getByLabel('Chat (minutes)').fill('5');
  await page.getByLabel('Chat (minutes)').press('Tab');
  await expect(headline(page, 'Within target')).toHaveText('100%');
  await page.reload();
  await expect(page.getByLabel('Chat (minutes)')).toHaveValue('5');
  await expect(page.getByLabel('Site', { exact: true })).toContainText('intercom');
});

test('on Zendesk, a customer comment and the reply sent after it reach the dashboard, though the service worker stopped in between', async ({ context, openSite, extensionId }) => {
  const ticket = await openSite('https://acme.zendesk.com/agent/tickets/4821', join(BUILT_FIXTURES_DIR, 'sites/zendesk/ticket.html'));
  await expect(ticket.locator('html[data-editor-ready="true"]')).toHaveCount(1);
  const sidebar = getSidebar(ticket);
  await sidebar.launcher.click();
  await expect(sidebar.panel.getByText(/^Target for email: /)).toBeVisible();

  // The ticket's last comment is the requester's, from November 2025 and unanswered: the clock counts from it.
  await expect(sidebar.panel.getByText(/^Waiting \d+ days/)).toBeVisible();
  // Another comment arrives now, with the time Zendesk gives it.
  await ticket.evaluate(() => {
    document.querySelector('[data-test-id="omni-log-container"]')!.insertAdjacentHTML(
      'beforeend',
      `<article data-test-id="omni-log-comment-item" data-comment-id="40151"><header><span data-test-id="omni-log-item-sender">Anna Berg</span> <time datetime="${new Date().toISOString()}">now</time></header><div data-test-id="omni-log-message-content"><p>Any news about my parcel?</p></div></article>`,
    );
  });

  // The service worker is stopped (as the browser does after 30 s idle); the reply must still be logged.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#reply-times`);
  const cdp = await context.newCDPSession(options);
  const states: string[] = [];
  const reached = (state: string) =>
    new Promise<void>((resolve) => {
      if (states.includes(state)) resolve();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) if (version.scriptURL.endsWith('/background.js')) states.push(version.runningStatus);
        if (states.includes(state)) resolve();
      });
    });
  await cdp.send('ServiceWorker.enable');
  const stopped = reached('stopped');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  states.length = 0;
  const restarted = reached('running');

  await ticket.bringToFront();
  await ticket.locator('.ck-editor__editable').click();
  await ticket.keyboard.type('Hello Anna, the replacement ships today.');
  await ticket.locator('[data-test-id="submit_button-button"]').click();
  // The report woke the worker up again, and was stored.
  await restarted;
  await expect(sidebar.panel.getByText(/^Answered \d+ sec ago; nothing is waiting\.$/)).toBeVisible();

  await options.bringToFront();
  await options.reload();
  // In the last 7 days: the new comment and the reply; the reply answered it within seconds.
  await expect(options.getByText('1 customer messages and 1 replies in this period.')).toBeVisible();
  await expect(headline(options, 'First reply, median')).toHaveText(/^\d+ sec$/);
});

/** The reports that wait in extension storage for the background's acknowledgement, read from an extension page. */
const readPendingReports = (page: Page) =>
  page.evaluate(async () => {
    const all = (await chrome.storage.local.get(null)) as Record<string, { item?: { kind?: string } } | undefined>;
    return Object.entries(all)
      .filter(([key]) => key.startsWith('pendingReport.'))
      .map(([, entry]) => entry?.item?.kind ?? 'damaged')
      .sort();
  });

test('on Zendesk, a comment and a reply that the log could not store when their tab closed reach the dashboard from the next tab', async ({ context, openSite, extensionId }) => {
  test.setTimeout(60_000);
  const url = 'https://acme.zendesk.com/agent/tickets/4821';
  const fixture = join(BUILT_FIXTURES_DIR, 'sites/zendesk/ticket.html');
  const ticket = await openSite(url, fixture);
  await expect(ticket.locator('html[data-editor-ready="true"]')).toHaveCount(1);
  const sidebar = getSidebar(ticket);
  await sidebar.launcher.click();
  // The unanswered comment from November 2025, reported at open, is stored: the clock counts from it.
  await expect(sidebar.panel.getByText(/^Waiting \d+ days/)).toBeVisible();

  // The service worker cannot store anything now (the disk is full, as IndexedDB says it).
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
  await worker.evaluate(() => {
    const full = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });

  // A customer comment arrives, and the agent answers it.
  await ticket.evaluate(() => {
    document.querySelector('[data-test-id="omni-log-container"]')!.insertAdjacentHTML(
      'beforeend',
      `<article data-test-id="omni-log-comment-item" data-comment-id="40152"><header><span data-test-id="omni-log-item-sender">Anna Berg</span> <time datetime="${new Date().toISOString()}">now</time></header><div data-test-id="omni-log-message-content"><p>Is it shipped?</p></div></article>`,
    );
  });
  await expect(sidebar.panel.getByText('The disk is full, so reply times cannot be saved. Replywell keeps trying; free some space.')).toBeVisible();
  await ticket.locator('.ck-editor__editable').click();
  await ticket.keyboard.type('Hello Anna, it ships today.');
  await ticket.locator('[data-test-id="submit_button-button"]').click();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#reply-times`);
  // Both reports wait in extension storage, unacknowledged; then their tab is closed.
  await expect.poll(() => readPendingReports(options)).toEqual(['inbound', 'reply']);
  await ticket.close();
  await expect(options.getByText('0 customer messages and 0 replies in this period.')).toBeVisible();

  // The worker is stopped (its full disk goes with it) and the agent opens a ticket in another tab.
  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.scriptURL.endsWith('/background.js') && version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await openSite(url, fixture, await context.newPage());

  // The new tab takes the left reports over (once they are older than the grace period) and they are stored.
  await expect.poll(() => readPendingReports(options), { timeout: 30_000 }).toEqual([]);
  await options.reload();
  await expect(options.getByText('1 customer messages and 1 replies in this period.')).toBeVisible();
  await expect(headline(options, 'First reply, median')).toHaveText(/^\d+ sec$/);
});
