import { afterEach, describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '@/lib/sites/freshdesk';
import { collectEvents, emptyOnClick, typeInto } from './events';
import { loadFixture, type LoadedFixture } from './fixture';

const TICKET_URL = 'https://acme.freshdesk.com/a/tickets/4821';
let fixture: LoadedFixture | undefined;
const open = (state: string, url = TICKET_URL) => (fixture = loadFixture('freshdesk', state, url));
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('freshdesk: matches', () => {
  it.each(['https://acme.freshdesk.com/a/tickets/4821', 'https://acme.freshdesk.com/a/tickets/filters/all_tickets', 'https://acme.freshdesk.com/helpdesk/tickets/4821'])(
    'reads %s',
    (url) => expect(freshdeskAdapter.matches(new URL(url))).toBe(true),
  );
  it.each(['https://freshdesk.com/', 'https://www.freshworks.com/freshdesk/', 'https://acme.freshdesk.com.example.org/a/tickets/1', 'http://acme.freshdesk.com/a/tickets/1'])(
    'leaves %s alone',
    (url) => expect(freshdeskAdapter.matches(new URL(url))).toBe(false),
  );
});

describe('freshdesk: a ticket', () => {
  it('finds the Froala reply editor (a contenteditable) and the Send button', () => {
    const { doc } = open('ticket');
    const composers = freshdeskAdapter.findComposers(doc);
    expect(composers.map(({ kind, editor, active }) => ({ kind, editor, active }))).toEqual([{ kind: 'reply', editor: 'contenteditable', active: true }]);
    expect(freshdeskAdapter.findSendButton!(composers[0]!, doc)?.getAttribute('data-test-id')).toBe('send-button');
  });

  it('reads the requester with time zone and language, the subject, the ticket id and the conversation without notes', () => {
    const { doc, url } = open('ticket');
    const context = freshdeskAdapter.readContext(doc, url)!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com'], phone: '+47 912 34 567', timeZone: 'Europe/Oslo', language: 'Norwegian' });
    expect(context.subject).toBe('Parcel arrived damaged');
    expect(context.threadId).toBe('4821');
    expect(context.messages.map((m) => [m.from, new Date(m.at!).toISOString()])).toEqual([
      ['customer', '2025-11-17T08:14:00.000Z'],
      ['agent', '2025-11-17T09:02:00.000Z'],
      ['customer', '2025-11-17T12:40:00.000Z'],
      ['agent', '2025-11-18T07:30:00.000Z'],
      ['customer', '2025-11-19T15:05:00.000Z'],
    ]);
    expect(context.latestCustomerMessage).toBe('It has been two days. When will I hear back?');
  });

  it('reports a reply on Send, a reply on Ctrl+Enter, and an inbound for a new incoming entry', async () => {
    open('ticket');
    const events = await collectEvents(fixture!, freshdeskAdapter, async (doc) => {
      const composer = doc.querySelector<HTMLElement>('.fr-element')!;
      typeInto(composer, 'Hi Anna');
      const send = doc.querySelector<HTMLElement>('[data-test-id="send-button"]')!;
      emptyOnClick(send, composer);
      send.click();
      await fixture!.window.happyDOM.waitUntilComplete();
      typeInto(composer, 'One more thing');
      composer.dispatchEvent(new (doc.defaultView!.KeyboardEvent)('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      setTimeout(() => (composer.innerHTML = '<p><br></p>'), 10);
      await fixture!.window.happyDOM.waitUntilComplete();
      doc.querySelector('.conversation-pane')!.insertAdjacentHTML(
        'beforeend',
        '<div data-test-id="conversation-item" data-conversation-id="90020" data-test-direction="incoming"><time datetime="2025-11-20T09:45:00Z">now</time></div>',
      );
    });
    expect(events.map(({ kind, threadId }) => [kind, threadId])).toEqual([
      ['reply', '4821'],
      ['reply', '4821'],
      ['inbound', '4821'],
    ]);
    expect(events[2]!.at).toBe(Date.parse('2025-11-20T09:45:00Z'));
  });

  it('reports no inbound for a private note or an outgoing entry', async () => {
    open('ticket');
    const events = await collectEvents(fixture!, freshdeskAdapter, (doc) => {
      doc.querySelector('.conversation-pane')!.insertAdjacentHTML(
        'beforeend',
        '<div data-test-id="conversation-item" data-conversation-id="90021" data-test-direction="outgoing" data-test-private="true"><time datetime="2025-11-20T09:46:00Z">now</time></div><div data-test-id="conversation-item" data-conversation-id="90022" data-test-direction="outgoing"><time datetime="2025-11-20T09:47:00Z">now</time></div>',
      );
    });
    expect(events).toEqual([]);
  });
});

describe('freshdesk: new ticket, list, changed markup', () => {
  it('reads the requester of a new ticket', () => {
    const { doc, url } = open('new', 'https://acme.freshdesk.com/a/tickets/new');
    expect(freshdeskAdapter.findComposers(doc).map((c) => c.kind)).toEqual(['new']);
    const context = freshdeskAdapter.readContext(doc, url)!;
    expect([context.customer.name, context.customer.emails, context.subject, context.threadId]).toEqual(['Mikko Virtanen', ['mikko.virtanen@example.fi'], 'Your warranty claim', undefined]);
  });

  it('reads nothing on the ticket list, an empty state', () => {
    const { doc, url } = open('list', 'https://acme.freshdesk.com/a/tickets/filters/all_tickets');
    expect(freshdeskAdapter.findComposers(doc)).toEqual([]);
    expect(freshdeskAdapter.readContext(doc, url)).toBeUndefined();
    expect(freshdeskAdapter.isEmptyState!(doc, url)).toBe(true);
  });

  it('reads nothing at a ticket URL without its hooks, and does not call it an empty state', () => {
    const { doc, url } = open('list');
    expect(freshdeskAdapter.readContext(doc, url)).toBeUndefined();
    expect(freshdeskAdapter.isEmptyState!(doc, url)).toBe(false);
  });
});
