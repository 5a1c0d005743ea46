import { afterEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '@/lib/sites/gmail';
import { collectEvents, typeInto } from './events';
import { loadFixture, type LoadedFixture } from './fixture';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrkXnRlvTxqKzDcGmVnJbKkB';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';
let fixture: LoadedFixture | undefined;
const open = (state: string, url = THREAD_URL) => (fixture = loadFixture('gmail', state, url));
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('gmail: matches', () => {
  it.each([
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/1/#label/Support/FMfcgzQbdrkXnRlvTxqKzDcGmVnJbKkB',
    'https://mail.google.com/mail/u/0/?compose=new#inbox',
  ])('reads %s', (url) => expect(gmailAdapter.matches(new URL(url))).toBe(true));
  it.each([
    'https://mail.google.com/chat/u/0/',
    'https://calendar.google.com/calendar/u/0/r',
    'https://gmail.com/',
    'http://mail.google.com/mail/u/0/',
    'https://mail.google.com.evil.example/mail/u/0/',
  ])('leaves %s alone', (url) => expect(gmailAdapter.matches(new URL(url))).toBe(false));
});

describe('gmail: a thread with the inline reply open', () => {
  it('finds the reply composer, a plain contenteditable, active', () => {
    const { doc } = open('thread');
    const composers = gmailAdapter.findComposers(doc);
    expect(composers.map(({ kind, editor, active }) => ({ kind, editor, active }))).toEqual([{ kind: 'reply', editor: 'contenteditable', active: true }]);
    expect(composers[0]!.element.getAttribute('g_editable')).toBe('true');
    expect(gmailAdapter.findSendButton!(composers[0]!, doc)?.textContent).toBe('Send');
  });

  it('reads the customer, subject, thread id and every message with its time and sender', () => {
    const { doc, url } = open('thread');
    const context = gmailAdapter.readContext(doc, url)!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com'], phone: '+47 912 34 567' });
    expect(context.subject).toBe('Refund for a damaged parcel');
    expect(context.threadId).toBe('thread-f:1849301234567890123');
    expect(context.channel).toBe('email');
    expect(context.messages.map((m) => [m.from, new Date(m.at!).toISOString(), m.observed])).toEqual([
      ['customer', new Date(2025, 10, 17, 9, 14).toISOString(), false],
      ['agent', new Date(2025, 10, 17, 10, 2).toISOString(), false],
      ['customer', new Date(2025, 10, 17, 13, 40).toISOString(), false],
      ['agent', new Date(2025, 10, 18, 8, 30).toISOString(), false],
      ['customer', new Date(2025, 10, 19, 16, 5).toISOString(), false],
    ]);
    expect(context.latestCustomerMessage).toBe('It has been two days. When will I hear back?');
    expect(gmailAdapter.isEmptyState!(doc, url)).toBe(false);
  });

  it('tells the agent from the customer by the account in the window title when the Google bar is missing', () => {
    const { doc, url } = open('thread');
    doc.querySelector('header.gb')!.remove();
    expect(gmailAdapter.readContext(doc, url)!.messages.map((m) => m.from)).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
  });

  it('reports a reply with the thread id when Send is clicked and the reply box closes', async () => {
    open('thread');
    const events = await collectEvents(fixture!, gmailAdapter, (doc) => {
      const composer = doc.querySelector<HTMLElement>('[g_editable="true"]')!;
      typeInto(composer, 'Hi Anna, the refund is on its way.');
      const send = doc.querySelector<HTMLElement>('div[role="button"].aoO')!;
      send.addEventListener('click', () => setTimeout(() => doc.querySelector('#rw-inline-reply')!.remove(), 10));
      send.click();
    });
    expect(events).toEqual([{ kind: 'reply', threadId: 'thread-f:1849301234567890123', at: expect.any(Number), observed: true, channel: 'email', site: 'gmail' }]);
  });

  it('reports a reply on Ctrl+Enter once the composer empties, and none for Enter (a new line)', async () => {
    open('thread');
    const events = await collectEvents(fixture!, gmailAdapter, (doc) => {
      const composer = doc.querySelector<HTMLElement>('[g_editable="true"]')!;
      const view = doc.defaultView!;
      typeInto(composer, 'Hi Anna');
      composer.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      typeInto(composer, 'Hi Anna\nthe refund is on its way.');
      composer.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      setTimeout(() => (composer.innerHTML = '<div><br></div>'), 10);
    });
    expect(events.map((e) => [e.kind, e.threadId])).toEqual([['reply', 'thread-f:1849301234567890123']]);
  });

  it('reports no reply when Send is clicked with an empty composer or the text stays', async () => {
    open('thread');
    const events = await collectEvents(fixture!, gmailAdapter, (doc) => {
      const send = doc.querySelector<HTMLElement>('div[role="button"].aoO')!;
      send.click();
      typeInto(doc.querySelector<HTMLElement>('[g_editable="true"]')!, 'Draft kept');
      send.click();
    });
    expect(events).toEqual([]);
  });

  it('reports a new customer message as inbound with its page time, not the ones there at load', async () => {
    open('thread');
    const events = await collectEvents(fixture!, gmailAdapter, (doc) => {
      const last = doc.querySelectorAll('[data-message-id]')[4]!;
      const next = last.cloneNode(true) as Element;
      next.setAttribute('data-message-id', '#msg-f:1849399999999999999');
      next.setAttribute('data-legacy-message-id', '19a90000aaaabbbb');
      next.querySelector('span.g3')!.setAttribute('title', 'Thu, Nov 20, 2025, 10:30 AM');
      last.after(next);
    });
    expect(events).toEqual([{ kind: 'inbound', threadId: 'thread-f:1849301234567890123', at: new Date(2025, 10, 20, 10, 30).getTime(), observed: false, channel: 'email', site: 'gmail' }]);
  });

  it('takes a customer message without a date as observed, and a re-rendered old one as nothing', async () => {
    open('thread');
    const events = await collectEvents(fixture!, gmailAdapter, (doc) => {
      const messages = doc.querySelectorAll('[data-message-id]');
      // Gmail re-renders an expanded message: same id, new element.
      messages[0]!.replaceWith(messages[0]!.cloneNode(true));
      const next = messages[4]!.cloneNode(true) as Element;
      next.setAttribute('data-message-id', '#msg-f:1849399999999999998');
      next.querySelector('span.g3')!.remove();
      messages[4]!.after(next);
    });
    expect(events.map(({ kind, observed }) => ({ kind, observed }))).toEqual([{ kind: 'inbound', observed: true }]);
  });
});

describe('gmail: the Compose window', () => {
  it('finds a new-message composer and reads the recipient and subject', () => {
    const { doc, url } = open('new', `${INBOX_URL}?compose=new`);
    expect(gmailAdapter.findComposers(doc).map((c) => [c.kind, c.editor, c.active])).toEqual([['new', 'contenteditable', true]]);
    expect(gmailAdapter.readContext(doc, url)).toEqual({
      customer: { name: 'Mikko Virtanen', firstName: 'Mikko', emails: ['mikko.virtanen@example.fi'] },
      subject: 'Your subscription renewal',
      channel: 'email',
      messages: [],
    });
  });
});

describe('gmail: the inbox and changed markup', () => {
  it('reads no conversation in the inbox and says it is an empty state', () => {
    const { doc, url } = open('inbox', INBOX_URL);
    expect(gmailAdapter.findComposers(doc)).toEqual([]);
    expect(gmailAdapter.readContext(doc, url)).toBeUndefined();
    expect(gmailAdapter.isEmptyState!(doc, url)).toBe(true);
  });

  it('finds nothing on markup without its hooks, and does not call it an empty state', () => {
    const { doc, url } = open('broken');
    expect(gmailAdapter.findComposers(doc)).toEqual([]);
    expect(gmailAdapter.readContext(doc, url)).toBeUndefined();
    expect(gmailAdapter.isEmptyState!(doc, url)).toBe(false);
  });
});
