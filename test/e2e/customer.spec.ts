import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Holidays from 'date-holidays';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// The Customer card in the built extension, on site fixtures served at their production URLs: where the customer
// is (from a helpdesk time-zone field, or only a phone number in an email signature), their local time and status,
// the reasons, and confirm/correct remembered by the background across reloads.

const ZENDESK_TICKET = { url: 'https://acme.zendesk.com/agent/tickets/4821', fixture: 'zendesk/ticket.html' };
const ZENDESK_NEW = { url: 'https://acme.zendesk.com/agent/tickets/new/1', fixture: 'zendesk/new.html' };
const GMAIL_THREAD = { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrkXnRlvTxqKzDcGmVnJbKkB', fixture: 'gmail/thread.html' };

/** "+01:00"-style offset of a zone now, as the card writes it (U+2212 for minus). */
function offsetNow(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(Date.now());
  const name = parts.find((part) => part.type === 'timeZoneName')!.value.replace('GMT', '');
  return (name || '+00:00').replace('-', '−');
}

/** What Oslo's clock means at an instant, worked out independently: date-holidays, Intl, Saturday–Sunday, 09–17. */
function getOsloMoment(at: number): 'business' | 'evening' | 'night' | 'weekend' | 'holiday' {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const holidays = new Holidays('NO').isHoliday(new Date(at));
  if (holidays && holidays.some((holiday) => holiday.type === 'public' || holiday.type === 'bank')) return 'holiday';
  if (parts.weekday === 'Sat' || parts.weekday === 'Sun') return 'weekend';
  const minute = Number(parts.hour) * 60 + Number(parts.minute);
  return minute >= 9 * 60 && minute < 17 * 60 ? 'business' : minute >= 17 * 60 && minute < 22 * 60 ? 'evening' : 'night';
}

async function openCard(openSite: (url: string, fixture: string) => Promise<Page>, site: { url: string; fixture: string }) {
  const page = await openSite(site.url, join(BUILT_FIXTURES_DIR, 'sites', site.fixture));
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  const card = sidebar.panel.getByRole('region', { name: 'Customer' });
  return { page, sidebar, card };
}

test('Zendesk: the time-zone field places the customer, with the local time, status and reasons', async ({ openSite }) => {
  const { card } = await openCard(openSite, ZENDESK_TICKET);
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
  await expect(card.getByText(`Europe/Oslo (UTC${offsetNow('Europe/Oslo')})`)).toBeVisible();
  await expect(card.locator('time.rw-customer-clock')).toHaveText(/\d{2}:\d{2}/);
  const MOMENTS = { business: 'Business hours there', evening: 'Evening there, after business hours', night: 'Night or early morning there', weekend: 'Weekend there', holiday: 'Public holiday there' };
  // What Oslo's clock means now (a run at 16:59:59 may see the next moment: the card ticks on).
  await expect(card.locator('.rw-customer-moment')).toHaveText(MOMENTS[getOsloMoment(Date.now())]);
  await expect(card.locator('.rw-customer-next')).toHaveText(/^(Good time to reply: now\.|Next business hours there: .+ \(your time: .+\))$/);
  await card.getByText('Why this guess').click();
  await expect(card.getByRole('listitem').filter({ hasText: /^The helpdesk shows the time zone \u2068Europe\/Oslo\u2069$/ })).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: /^Phone number \u2068\+47 91 23 45 67\u2069$/ })).toBeVisible();
  // Norway has an etiquette card.
  await expect(card.getByText('Etiquette in Norway')).toBeVisible();
});

test('Zendesk: a Finnish customer by the Helsinki time zone and a .fi address', async ({ openSite }) => {
  const { card } = await openCard(openSite, ZENDESK_NEW);
  await expect(card.locator('.rw-customer-country')).toHaveText('Finland');
  await expect(card.getByText(`Europe/Helsinki (UTC${offsetNow('Europe/Helsinki')})`)).toBeVisible();
});

test('Gmail: only an email address and a phone number in the signature are enough', async ({ openSite }) => {
  const { card } = await openCard(openSite, GMAIL_THREAD);
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
  await expect(card.locator('.rw-customer-source')).toHaveText(/^best guess, \d+ %$/);
  await card.getByText('Why this guess').click();
  await expect(card.getByRole('listitem').filter({ hasText: /^Phone number \u2068\+47 91 23 45 67\u2069$/ })).toBeVisible();
});

test('confirm and correct are remembered across reloads, and forgetting brings the guess back', async ({ openSite }) => {
  const { page, card } = await openCard(openSite, GMAIL_THREAD);
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');

  // Correct: the customer is in Sweden.
  await card.getByRole('combobox', { name: "Or choose the customer's time zone" }).fill('Europe/Stockholm');
  await card.getByRole('button', { name: 'Use this time zone' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Saved for this customer: Europe/Stockholm.' })).toBeVisible();
  await expect(card.locator('.rw-customer-country')).toHaveText('Sweden');
  await expect(card.locator('.rw-customer-source')).toHaveText('confirmed by you');

  await page.reload();
  // The sidebar remembers it was open on this site.
  await expect(getSidebar(page).panel).toBeVisible();
  await expect(card.locator('.rw-customer-country')).toHaveText('Sweden');
  await expect(card.locator('.rw-customer-source')).toHaveText('confirmed by you');
  // The guess from the page is still offered as the alternative, one click away.
  await expect(card.getByRole('button', { name: 'Use Norway, Europe/Oslo' })).toBeVisible();

  await card.getByRole('button', { name: 'Forget my choice' }).click();
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
  await expect(card.locator('.rw-customer-source')).toHaveText(/^best guess/);

  // Confirm the guess in one click; it stays confirmed after a reload.
  await card.getByRole('button', { name: 'Confirm Norway, Europe/Oslo' }).click();
  await expect(card.locator('.rw-customer-source')).toHaveText('confirmed by you');
  await page.reload();
  // The sidebar remembers it was open on this site.
  await expect(getSidebar(page).panel).toBeVisible();
  await expect(card.locator('.rw-customer-source')).toHaveText('confirmed by you');
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
});

test('with nothing to go on, the card says what would help', async ({ openSite }) => {
  const page = await openSite('https://acme.zendesk.com/agent/tickets/1', '<!doctype html><title>t</title><p>No customer here</p>');
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  const card = sidebar.panel.getByRole('region', { name: 'Customer' });
  await expect(card.getByText('Nothing on this page says where the customer is.')).toBeVisible();
  await expect(card.getByText('What would help:')).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: 'a phone number with its country code (+47 …)' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the full card (reasons, alternatives, etiquette open) has no WCAG 2.2 AA violations', async ({ openSite }) => {
      const { card } = await openCard(openSite, ZENDESK_TICKET);
      await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
      await card.getByText('Why this guess').click();
      await card.getByText('Etiquette in Norway').click();
      const { violations } = await new AxeBuilder({ page: card.page() }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('replywell-sidebar').analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  });
}

test('Settings → Customer hours: a country gets its own hours, and the card uses them', async ({ context, extensionId, openSite }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#customer-hours`);
  await expect(options.getByRole('heading', { name: "Customers' business hours" })).toBeVisible();
  await options.getByRole('combobox', { name: 'Country' }).selectOption('NO');
  // Hours that hold all day: the card then says business hours whatever the time of the run, unless it is a
  // weekend or a holiday in Oslo.
  await options.getByLabel('Start').fill('00:00');
  await options.getByLabel('End').fill('23:59');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(options.getByRole('row', { name: /Norway/ })).toContainText('00:00');
  const { violations } = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const { card } = await openCard(openSite, ZENDESK_TICKET);
  const moment = getOsloMoment(Date.now());
  const lastMinute = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(Date.now()) === '23:59';
  const expected = moment === 'weekend' || moment === 'holiday' ? moment : lastMinute ? 'night' : 'business';
  await expect(card.locator('.rw-customer-moment')).toHaveAttribute('data-moment', expected);
});

test('an open tab follows a change of the customer hours at once, without a reload', async ({ context, extensionId, openSite }) => {
  const { page, card } = await openCard(openSite, ZENDESK_TICKET);
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
  await page.evaluate(() => ((window as unknown as { rwNotReloaded: boolean }).rwNotReloaded = true));
  // One working hour that does not hold now in Oslo: the next business time then starts at that hour, whatever the
  // day (a weekend or holiday moves it to the next working day, at that hour too), where the default says 09:00 or now.
  const osloHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' }).format(Date.now()));
  const hour = [3, 4, 5, 6].find((h) => h !== osloHour)!;
  const start = `${String(hour).padStart(2, '0')}:00`;
  const shown = new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(Date.UTC(2026, 0, 5, hour));
  await expect(card.locator('.rw-customer-next')).not.toContainText(shown);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#customer-hours`);
  await options.getByRole('combobox', { name: 'Country' }).selectOption('NO');
  await options.getByLabel('Start').fill(start);
  await options.getByLabel('End').fill(`${String(hour + 1).padStart(2, '0')}:00`);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await expect(card.locator('.rw-customer-next')).toContainText(`Next business hours there: `);
  await expect(card.locator('.rw-customer-next')).toContainText(shown);
  expect(await page.evaluate(() => (window as unknown as { rwNotReloaded?: boolean }).rwNotReloaded)).toBe(true);
});

test("Gmail: with no phone and a generic address, the language of the customer's latest message places them, and the card says it was detected", async ({ openSite }) => {
  const html = readFileSync(join(BUILT_FIXTURES_DIR, 'sites', GMAIL_THREAD.fixture), 'utf8')
    .replace('<div>+47 912 34 567</div>', '')
    .replace('It has been two days. When will I hear back?', 'Nyt on kulunut jo kaksi päivää. Milloin saan vastauksen palautuksestani?');
  // The fixture still holds what this test takes out and rewrites.
  expect(html).not.toContain('+47 912');
  expect(html).toContain('palautuksestani');
  const page = await openSite(GMAIL_THREAD.url, html);
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  const card = sidebar.panel.getByRole('region', { name: 'Customer' });
  await expect(card.locator('.rw-customer-country')).toHaveText('Finland');
  await expect(card.locator('.rw-customer-source')).toHaveText(/^best guess, \d+ %$/);
  await card.getByText('Why this guess').click();
  await expect(card.getByRole('listitem').filter({ hasText: "The message's text reads as Finnish (detected from the message)" })).toBeVisible();
});
