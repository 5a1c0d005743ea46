import { join } from 'node:path';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// The harness itself: built fixture pages run with their assets at production URLs, and nothing reaches the network.

const QUILL = join(BUILT_FIXTURES_DIR, 'editors/quill.html');

for (const url of ['https://mail.google.com/mail/u/0/#inbox', 'https://web.whatsapp.com/']) {
  test(`a built fixture runs with its scripts and styles at ${url}`, async ({ openSite, page }) => {
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await openSite(url, QUILL);
    // The fixture's editor library is live: it exposes its own model's text.
    await expect.poll(() => page.evaluate(() => typeof (window as { __rwEditor?: { getText(): string } }).__rwEditor?.getText())).toBe('string');
    await expect(getSidebar(page).launcher).toBeVisible();
    expect(failed.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
  });
}

test('every request outside the served fixtures is aborted', async ({ openSite, page }) => {
  await openSite('https://acme.zendesk.com/agent/tickets/1', '<!doctype html><title>t</title><p>fixture</p>');
  const outcome = (url: string) => page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, () => 'blocked'), url);
  expect(await outcome('https://example.com/')).toBe('blocked');
  expect(await outcome('https://acme.zendesk.com/api/v2/tickets.json')).toBe('blocked');
  expect(await outcome('/agent/tickets/1')).toBe('status 200');
});
