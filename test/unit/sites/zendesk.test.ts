import { afterEach, describe, expect, it } from 'vitest';
import { zendeskAdapter } from '@/lib/sites/zendesk';
import { collectEvents, emptyOnClick, typeInto } from './events';
import { loadFixture, type LoadedFixture } from './fixture';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4821';
let fixture: LoadedFixture | undefined;
const open = (state: string, url = TICKET_URL) => (fixture = loadFixture('zendesk', state, url));
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('zendesk: matches', () => {
  it.each(['https://acme.zendesk.com/agent/tickets/4821', 'https://acme-eu.zendesk.com/agent/dashboard', 'https://acme.zendesk.com/agent/tickets/new/1', 'https://acme.zendesk.com/agent'])(
    'reads %s',
    (url) => expect(zendeskAdapter.matches(new URL(url))).toBe(true),
  );
  it.each([
    'https://acme.zendesk.com/hc/en-us/requests/4821',
    'https://www.zendesk.com/agent/',
    'https://acme.zendesk.com/agents',
    'https://acme.zendesk.com.example.org/agent/tickets/1',
    'https://support.acme.example/agent/tickets/1',
  ])('leaves %s alone', (url) => expect(zendeskAdapter.matches(new URL(url))).toBe(false));
});

describe('zendesk: a ticket', () => {
  it('finds the CKEditor 5 composer and the Submit button', () => {
    const { doc } = open('ticket');
    const composers = zendeskAdapter.findComposers(doc);
    expect(composers.map(({ kind, editor, active }) => ({ kind, editor, active }))).toEqual([{ kind: 'reply', editor: 'ckeditor5', active: true }]);
    expect(zendeskAdapter.findSendButton!(composers[0]!, doc)?.textContent).toBe('Submit as Pending');
  });

  it('reads the requester with time zone and language, the subject, the ticket id and the public comments', () => {
    const { doc, url } = open('ticket');
    const context = zendeskAdapter.readContext(doc, url)!;
    expect(context.customer).toEqual({
      name: 'Anna Berg',
      firstName: 'Anna',
      emails: ['anna.berg@example.com'],
      phone: '+4791234567',
      timeZone: 'Europe/Oslo',
      locale: 'nb',
      language: 'Norwegian (Bokmål)',
    });
    expect(context.subject).toBe('Parcel arrived damaged');
    expect(context.threadId).toBe('4821');
    // The internal note is left out: it is not a reply to the customer.
    expect(context.messages.map((m) => [m.from, new Date(m.at!).toISOString(), m.key])).toEqual([
      ['customer', '2025-11-17T08:14:00.000Z', '40112'],
      ['agent', '2025-11-17T09:02:00.000Z', '40113'],
      ['customer', '2025-11-17T12:40:00.000Z', '40117'],
      ['agent', '2025-11-18T07:30:00.000Z', '40120'],
      ['customer', '2025-11-19T15:05:00.000Z', '40131'],
    ]);
    expect(context.latestCustomerMessage).toBe('It has been two days. When will I hear back?');
  });

  it('reports a reply when Submit is clicked and the editor empties, an inbound for a new requester comment', async () => {
    open('ticket');
    const events = await collectEvents(fixture!, zendeskAdapter, (doc) => {
      const composer = doc.querySelector<HTMLElement>('.ck-editor__editable')!;
      typeInto(composer, 'Hi Anna, the refund is on its way.');
      const submit = doc.querySelector<HTMLElement>('[data-test-id="submit_button-button"]')!;
      emptyOnClick(submit, composer);
      submit.click();
      doc.querySelector('[data-test-id="omni-log-container"]')!.insertAdjacentHTML(
        'beforeend',
        '<article data-test-id="omni-log-comment-item" data-comment-id="40140"><header><span data-test-id="omni-log-item-sender">Anna Berg</span> <time datetime="2025-11-20T09:30:00Z">now</time></header></article>',
      );
    });
    expect(events).toEqual([
      { kind: 'inbound', threadId: '4821', at: Date.parse('2025-11-20T09:30:00Z'), observed: false, channel: 'email', site: 'zendesk' },
      { kind: 'reply', threadId: '4821', at: expect.any(Number), observed: true, channel: 'email', site: 'zendesk' },
    ]);
  });

  it("reports nothing for an agent's internal note or a click elsewhere", async () => {
    open('ticket');
    const events = await collectEvents(fixture!, zendeskAdapter, (doc) => {
      typeInto(doc.querySelector<HTMLElement>('.ck-editor__editable')!, 'Draft');
      doc.querySelector<HTMLElement>('[data-test-id="customer-context-user-name"]')!.click();
      doc.querySelector('[data-test-id="omni-log-container"]')!.insertAdjacentHTML(
        'beforeend',
        '<article data-test-id="omni-log-comment-item" data-comment-id="40141"><header><span data-test-id="omni-log-item-sender">Kari Nordmann</span> <span data-test-id="omni-log-internal-note-tag">Internal note</span> <time datetime="2025-11-20T09:31:00Z">now</time></header></article>',
      );
    });
    expect(events).toEqual([]);
  });
});

describe('zendesk: new ticket, dashboard, changed markup', () => {
  it('reads the requester of a new ticket and finds a new-message composer', () => {
    const { doc, url } = open('new', 'https://acme.zendesk.com/agent/tickets/new/1');
    expect(zendeskAdapter.findComposers(doc).map((c) => c.kind)).toEqual(['new']);
    const context = zendeskAdapter.readContext(doc, url)!;
    expect(context.customer).toEqual({ name: 'Mikko Virtanen', firstName: 'Mikko', emails: ['mikko.virtanen@example.fi'], phone: undefined, timeZone: 'Europe/Helsinki', locale: 'fi', language: 'Finnish' });
    expect(context.subject).toBe('Your warranty claim');
    // A new ticket has no number until it is saved.
    expect(context.threadId).toBeUndefined();
    expect(context.messages).toEqual([]);
  });

  it('reads nothing on the dashboard, an empty state', () => {
    const { doc, url } = open('dashboard', 'https://acme.zendesk.com/agent/dashboard');
    expect(zendeskAdapter.findComposers(doc)).toEqual([]);
    expect(zendeskAdapter.readContext(doc, url)).toBeUndefined();
    expect(zendeskAdapter.isEmptyState!(doc, url)).toBe(true);
  });

  it('reads nothing on a ticket whose hooks changed, and does not call it an empty state', () => {
    const { doc, url } = open('broken');
    expect(zendeskAdapter.findComposers(doc)).toEqual([]);
    expect(zendeskAdapter.readContext(doc, url)).toBeUndefined();
    expect(zendeskAdapter.isEmptyState!(doc, url)).toBe(false);
  });
});
