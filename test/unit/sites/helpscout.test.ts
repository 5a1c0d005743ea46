import { afterEach, describe, expect, it } from 'vitest';
import { helpscoutAdapter } from '@/lib/sites/helpscout';
import { collectEvents, emptyOnClick, typeInto } from './events';
import { loadFixture, type LoadedFixture } from './fixture';

const CONVERSATION_URL = 'https://secure.helpscout.net/conversation/2207188123/1187';
let fixture: LoadedFixture | undefined;
const open = (state: string, url = CONVERSATION_URL) => (fixture = loadFixture('helpscout', state, url));
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('helpscout: matches', () => {
  it.each(['https://secure.helpscout.net/conversation/2207188123/1187', 'https://secure.helpscout.net/mailbox/5a1b2c3d/', 'https://secure.helpscout.net/conversation/2207188123/1187?folderId=1'])(
    'reads %s',
    (url) => expect(helpscoutAdapter.matches(new URL(url))).toBe(true),
  );
  it.each(['https://www.helpscout.com/', 'https://docs.helpscout.com/article/1', 'https://acme.helpscoutdocs.com/', 'http://secure.helpscout.net/'])('leaves %s alone', (url) =>
    expect(helpscoutAdapter.matches(new URL(url))).toBe(false),
  );
});

describe('helpscout: a conversation', () => {
  it('finds the reply editor and its Send button', () => {
    const { doc } = open('conversation');
    const composers = helpscoutAdapter.findComposers(doc);
    expect(composers.map(({ kind, editor, active }) => ({ kind, editor, active }))).toEqual([{ kind: 'reply', editor: 'contenteditable', active: true }]);
    expect(helpscoutAdapter.findSendButton!(composers[0]!, doc)?.getAttribute('data-cy')).toBe('send-button');
  });

  it('reads the customer with both addresses and the time zone, the subject, the id and the threads without notes', () => {
    const { doc, url } = open('conversation');
    const context = helpscoutAdapter.readContext(doc, url)!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com', 'anna@berg.example'], phone: '+4791234567', timeZone: 'Europe/Oslo' });
    expect(context.subject).toBe('Parcel arrived damaged');
    expect(context.threadId).toBe('2207188123');
    expect(context.channel).toBe('email');
    expect(context.messages.map((m) => [m.from, new Date(m.at!).toISOString(), m.key])).toEqual([
      ['customer', '2025-11-17T08:14:00.000Z', '3301'],
      ['agent', '2025-11-17T09:02:00.000Z', '3302'],
      ['customer', '2025-11-17T12:40:00.000Z', '3305'],
      ['agent', '2025-11-18T07:30:00.000Z', '3308'],
      ['customer', '2025-11-19T15:05:00.000Z', '3312'],
    ]);
    expect(context.latestCustomerMessage).toBe('It has been two days. When will I hear back?');
  });

  it('reports a reply when Send empties the editor and an inbound for a new customer thread', async () => {
    open('conversation');
    const events = await collectEvents(fixture!, helpscoutAdapter, (doc) => {
      const composer = doc.querySelector<HTMLElement>('[data-cy="reply-editor"] [contenteditable="true"]')!;
      typeInto(composer, 'Hi Anna');
      const send = doc.querySelector<HTMLElement>('[data-cy="send-button"]')!;
      emptyOnClick(send, composer);
      send.click();
      doc.querySelector('.threads')!.insertAdjacentHTML('beforeend', '<article data-cy="thread" data-thread-type="customer" data-thread-id="3320"><time datetime="2025-11-20T09:50:00Z">now</time></article>');
    });
    expect(events.map(({ kind, threadId, observed }) => ({ kind, threadId, observed }))).toEqual([
      { kind: 'inbound', threadId: '2207188123', observed: false },
      { kind: 'reply', threadId: '2207188123', observed: true },
    ]);
  });

  it('reports no inbound for a note, and no reply when the draft stays', async () => {
    open('conversation');
    const events = await collectEvents(fixture!, helpscoutAdapter, (doc) => {
      typeInto(doc.querySelector<HTMLElement>('[data-cy="reply-editor"] [contenteditable="true"]')!, 'Hi Anna');
      doc.querySelector<HTMLElement>('[data-cy="send-button"]')!.click();
      doc.querySelector('.threads')!.insertAdjacentHTML('beforeend', '<article data-cy="thread" data-thread-type="note" data-thread-id="3321"><time datetime="2025-11-20T09:51:00Z">now</time></article>');
    });
    expect(events).toEqual([]);
  });
});

describe('helpscout: new conversation, mailbox, changed markup', () => {
  it('reads the customer of a new conversation', () => {
    const { doc, url } = open('new', 'https://secure.helpscout.net/mailbox/5a1b2c3d/new-ticket/');
    expect(helpscoutAdapter.findComposers(doc).map((c) => c.kind)).toEqual(['new']);
    expect(helpscoutAdapter.readContext(doc, url)!.customer.emails).toEqual(['mikko.virtanen@example.fi']);
  });

  it('reads nothing in a mailbox, an empty state', () => {
    const { doc, url } = open('mailbox', 'https://secure.helpscout.net/mailbox/5a1b2c3d/');
    expect(helpscoutAdapter.findComposers(doc)).toEqual([]);
    expect(helpscoutAdapter.readContext(doc, url)).toBeUndefined();
    expect(helpscoutAdapter.isEmptyState!(doc, url)).toBe(true);
  });

  it('reads nothing at a conversation URL without its hooks, and does not call it an empty state', () => {
    const { doc, url } = open('mailbox');
    expect(helpscoutAdapter.readContext(doc, url)).toBeUndefined();
    expect(helpscoutAdapter.isEmptyState!(doc, url)).toBe(false);
  });
});
