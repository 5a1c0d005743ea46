import { afterEach, describe, expect, it } from 'vitest';
import { outlookAdapter } from '@/lib/sites/outlook';
import { collectEvents, typeInto } from './events';
import { loadFixture, type LoadedFixture } from './fixture';

const CONVERSATION_ID = 'AAQkADAwATM0MDAAMS1hYjEyLTFhOTQtMDACLTAwCgAQAHq1';
const CONVERSATION_URL = `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(CONVERSATION_ID)}`;
let fixture: LoadedFixture | undefined;
const open = (state: string, url = CONVERSATION_URL) => (fixture = loadFixture('outlook', state, url));
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('outlook: matches', () => {
  it.each([
    'https://outlook.office.com/mail/',
    'https://outlook.office.com/mail/inbox/id/AAQkADAw%2BATM0',
    'https://outlook.office365.com/mail/deeplink/compose',
    'https://outlook.live.com/mail/0/inbox/id/AAQkADAw',
  ])('reads %s', (url) => expect(outlookAdapter.matches(new URL(url))).toBe(true));
  it.each(['https://outlook.office.com/calendar/view/week', 'https://outlook.com/', 'https://login.live.com/', 'https://outlook.office.com.example.net/mail/'])(
    'leaves %s alone',
    (url) => expect(outlookAdapter.matches(new URL(url))).toBe(false),
  );
});

describe('outlook: a conversation with the inline reply open', () => {
  it('finds the inline reply, a plain contenteditable, and its Send button', () => {
    const { doc } = open('conversation');
    const composers = outlookAdapter.findComposers(doc);
    expect(composers.map(({ kind, editor, active }) => ({ kind, editor, active }))).toEqual([{ kind: 'inline-reply', editor: 'contenteditable', active: true }]);
    expect(outlookAdapter.findSendButton!(composers[0]!, doc)?.getAttribute('data-testid')).toBe('ComposeSendButton');
  });

  it('reads the customer, subject, conversation id from the URL and the messages with their times', () => {
    const { doc, url } = open('conversation');
    const context = outlookAdapter.readContext(doc, url)!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com'], phone: '+4791234567' });
    expect(context.subject).toBe('Refund for a damaged parcel');
    expect(context.threadId).toBe(CONVERSATION_ID);
    expect(context.messages.map((m) => [m.from, m.at, m.key])).toEqual([
      ['customer', new Date(2025, 10, 17, 9, 14).getTime(), 'AAMkAGI2TG93AAA='],
      ['agent', new Date(2025, 10, 17, 10, 2).getTime(), 'AAMkAGI2TG94AAA='],
      ['customer', new Date(2025, 10, 17, 13, 40).getTime(), 'AAMkAGI2TG95AAA='],
      ['agent', new Date(2025, 10, 18, 8, 30).getTime(), 'AAMkAGI2TG96AAA='],
      ['customer', new Date(2025, 10, 19, 16, 5).getTime(), 'AAMkAGI2TG97AAA='],
    ]);
    expect(context.latestCustomerMessage).toBe('It has been two days. When will I hear back?');
  });

  it('takes the conversation id from the selected message when the URL has none', () => {
    const { doc, url } = open('conversation', 'https://outlook.office.com/mail/inbox');
    expect(outlookAdapter.readContext(doc, url)!.threadId).toBe(CONVERSATION_ID);
  });

  it('reports a reply when Send is clicked and the inline reply closes, and an inbound for a new message', async () => {
    open('conversation');
    const events = await collectEvents(fixture!, outlookAdapter, (doc) => {
      typeInto(doc.querySelector<HTMLElement>('[id^="editorParent"] [contenteditable="true"]')!, 'Hi Anna');
      const send = doc.querySelector<HTMLElement>('[data-testid="ComposeSendButton"]')!;
      send.addEventListener('click', () => setTimeout(() => doc.querySelector('#rw-inline-reply')!.remove(), 10));
      send.click();
      const list = doc.querySelector('[role="list"]')!;
      list.insertAdjacentHTML(
        'beforeend',
        '<div role="listitem" data-item-id="AAMkNEW="><div class="head"><span title="anna.berg@example.com">Anna Berg</span><div data-testid="SentReceivedSavedTime">Thu 11/20/2025 10:30 AM</div></div></div>',
      );
    });
    expect(events.map(({ kind, threadId, observed }) => ({ kind, threadId, observed }))).toEqual([
      { kind: 'inbound', threadId: CONVERSATION_ID, observed: false },
      { kind: 'reply', threadId: CONVERSATION_ID, observed: true },
    ]);
    expect(events[0]!.at).toBe(new Date(2025, 10, 20, 10, 30).getTime());
  });

  it('reports a reply on Ctrl+Enter when the composer empties', async () => {
    open('conversation');
    const events = await collectEvents(fixture!, outlookAdapter, (doc) => {
      const composer = doc.querySelector<HTMLElement>('[id^="editorParent"] [contenteditable="true"]')!;
      typeInto(composer, 'Hi Anna');
      composer.dispatchEvent(new (doc.defaultView!.KeyboardEvent)('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
      setTimeout(() => (composer.innerHTML = '<div><br></div>'), 10);
    });
    expect(events.map((e) => e.kind)).toEqual(['reply']);
  });
});

describe('outlook: new message, inbox, changed markup', () => {
  it('reads the recipient and subject of a new message', () => {
    const { doc, url } = open('new', 'https://outlook.office.com/mail/deeplink/compose');
    expect(outlookAdapter.findComposers(doc).map((c) => c.kind)).toEqual(['new']);
    expect(outlookAdapter.readContext(doc, url)).toEqual({
      customer: { name: 'Mikko Virtanen', firstName: 'Mikko', emails: ['mikko.virtanen@example.fi'] },
      subject: 'Your subscription renewal',
      channel: 'email',
      messages: [],
    });
  });

  it('reads nothing in the inbox with nothing selected, an empty state', () => {
    const { doc, url } = open('inbox', 'https://outlook.office.com/mail/');
    expect(outlookAdapter.findComposers(doc)).toEqual([]);
    expect(outlookAdapter.readContext(doc, url)).toBeUndefined();
    expect(outlookAdapter.isEmptyState!(doc, url)).toBe(true);
  });

  it('does not call a conversation URL whose markup it cannot read an empty state', () => {
    const { doc, url } = open('inbox');
    expect(outlookAdapter.readContext(doc, url)).toBeUndefined();
    expect(outlookAdapter.isEmptyState!(doc, url)).toBe(false);
  });
});
