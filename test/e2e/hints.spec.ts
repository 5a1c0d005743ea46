import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BUILT_FIXTURES_DIR, expect, getSidebar, test } from './harness';

// The draft-aware hints in the built extension, on the Zendesk ticket fixture served at its production URL: the
// Customer card places the customer (the helpdesk's Oslo time zone, or the zone the agent picks), the agent types in
// the ticket's CKEditor composer, and the Draft check section's "While you write" list shows the hint that the
// background computed from that customer's etiquette and calendar; Dismiss hides it for this draft.

const ZENDESK_TICKET = { url: 'https://acme.zendesk.com/agent/tickets/4821', fixture: 'zendesk/ticket.html' };

async function openTicket(openSite: (url: string, fixture: string) => Promise<Page>) {
  const page = await openSite(ZENDESK_TICKET.url, join(BUILT_FIXTURES_DIR, 'sites', ZENDESK_TICKET.fixture));
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  const card = sidebar.panel.getByRole('region', { name: 'Customer' });
  const hints = sidebar.panel.getByRole('region', { name: 'Draft check' }).getByRole('list', { name: 'While you write' });
  return { page, card, hints };
}

/** Types at the end of the composer's text (after a click in the sidebar the focus has left the composer). */
async function type(page: Page, text: string) {
  await page.locator('.ck-editor__editable').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('a promised Saturday is the Oslo customer\'s weekend (or a holiday there): the hint shows with their next working day, and Dismiss hides it', async ({ openSite }) => {
  const { page, card, hints } = await openTicket(openSite);
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
  await type(page, 'Hi Anna, the replacement lid will be with you by Saturday.');

  // Saturday is always their weekend; it is a holiday's hint instead when a public holiday falls on it.
  const hint = hints.getByRole('listitem').filter({ hasText: /“by Saturday” falls on Saturday, .+ for the customer, (which is their weekend|a public holiday there \(.+\))\./ });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText(/Suggestion: Their next working day is (Monday|Tuesday|Wednesday|Thursday|Friday), /);
  await expect(hint).toContainText('Promised day');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('replywell-sidebar').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  await hint.getByRole('button', { name: /^Dismiss the hint: “by Saturday” falls on Saturday/ }).click();
  await expect(hint).toHaveCount(0);
});

test('troubleshooting first to a customer in Japan (the zone the agent picked) asks for a greeting; Dismiss holds for this draft', async ({ openSite }) => {
  const { page, card, hints } = await openTicket(openSite);
  await expect(card.locator('.rw-customer-country')).toHaveText('Norway');
  await card.getByRole('combobox', { name: "Or choose the customer's time zone" }).fill('Asia/Tokyo');
  await card.getByRole('button', { name: 'Use this time zone' }).click();
  await expect(card.locator('.rw-customer-country')).toHaveText('Japan');

  await type(page, 'Please try clearing your browser cache and signing in again.');
  const greeting = hints.getByRole('listitem').filter({ hasText: 'Many customers in Japan expect a greeting and a word of thanks or acknowledgement before the troubleshooting starts.' });
  await expect(greeting).toBeVisible();
  await expect(greeting).toContainText('Etiquette');
  // The opening is offered with the customer's name as the page shows it.
  await expect(greeting).toContainText('Suggestion: Hello Anna Berg, thank you for getting in touch, and I am sorry for the trouble.');

  await greeting.getByRole('button', { name: /^Dismiss the hint: Many customers in Japan/ }).click();
  await expect(greeting).toHaveCount(0);

  // The agent writes on: a new answer arrives (Saturday is their weekend or a holiday), and the dismissed hint stays hidden.
  await type(page, ' It will be fixed by Saturday.');
  await expect(page.locator('.ck-editor__editable')).toHaveText('Please try clearing your browser cache and signing in again. It will be fixed by Saturday.');
  await expect(hints.getByRole('listitem').filter({ hasText: /“by Saturday” falls on Saturday/ })).toBeVisible();
  await expect(greeting).toHaveCount(0);
});

test('a greeting and thanks before the troubleshooting: no greeting hint for the customer in Japan', async ({ openSite }) => {
  const { page, card, hints } = await openTicket(openSite);
  await card.getByRole('combobox', { name: "Or choose the customer's time zone" }).fill('Asia/Tokyo');
  await card.getByRole('button', { name: 'Use this time zone' }).click();
  await expect(card.locator('.rw-customer-country')).toHaveText('Japan');
  // A promised Saturday gives a hint whatever the day of the run, so the list's answer for this draft is known to be in.
  await type(page, 'Hello Anna, thank you for your patience. Please try signing in again; it will be fixed by Saturday.');
  await expect(hints.getByRole('listitem').filter({ hasText: /“by Saturday” falls on Saturday/ })).toBeVisible();
  await expect(hints.getByRole('listitem').filter({ hasText: 'expect a greeting' })).toHaveCount(0);
});
