// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frontAdapter as adapter } from '@/lib/sites/front';
import { watchSite } from '@/lib/sites/watch';
import type { SiteEvent } from '@/lib/sites/types';

const EMAIL = 'https://app.frontapp.com/inboxes/teammates/1/inbox/open/0/cnv_5f3a9b1';
const CHAT = 'https://app.frontapp.com/open/cnv_7c2d4e8';

/** happy-dom's own API on the test window (not in the DOM typings). */
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Loads a saved fixture page at `url` (its scripts and styles are left out: the page is read as saved). */
function load(name: string, url = EMAIL): Document {
  const html = readFileSync(`test/fixtures/sites/front/${name}`, 'utf8');
  happyDOM.setURL(url);
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
  return document;
}

describe('front matches', () => {
  it.each([EMAIL, CHAT, 'https://app.frontapp.com/compose', 'https://app.frontapp.com/inboxes/teammates/1/inbox'])('reads %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });
  it.each(['https://front.com/', 'https://help.front.com/en/articles/1', 'http://app.frontapp.com/open/cnv_1', 'https://app.frontapp.com.evil.example/open/cnv_1'])(
    'leaves %s alone',
    (url) => {
      expect(adapter.matches(new URL(url))).toBe(false);
    },
  );
});

describe('front on an email conversation', () => {
  beforeEach(() => load('conversation-email.html'));

  it('finds the Tiptap (ProseMirror) reply composer', () => {
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'reply', editor: 'prosemirror', active: true }]);
  });

  it('reads the contact, the subject, the conversation id and the email channel', () => {
    const context = adapter.readContext(document, new URL(EMAIL))!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com'], phone: '+47 912 34 567' });
    expect(context.subject).toBe('Invoice 2026-114 is wrong');
    expect(context.threadId).toBe('cnv_5f3a9b1');
    expect(context.channel).toBe('email');
  });

  it('reads each message with its direction and page time', () => {
    const context = adapter.readContext(document, new URL(EMAIL))!;
    expect(context.messages.map(({ from, at, observed, text }) => ({ from, at, observed, text }))).toEqual([
      { from: 'customer', at: Date.parse('2026-11-20T15:12:00.000Z'), observed: false, text: 'Hello,\ninvoice 2026-114 charges us for 12 seats but we have 10.' },
      { from: 'agent', at: Date.parse('2026-11-21T08:30:00.000Z'), observed: false, text: 'Hi Anna, thanks for flagging this. I have asked billing to check.' },
      { from: 'customer', at: Date.parse('2026-11-21T09:58:00.000Z'), observed: false, text: 'Thanks. Could you send a corrected invoice by Monday?' },
    ]);
    expect(context.latestCustomerMessage).toBe('Thanks. Could you send a corrected invoice by Monday?');
  });

  it("takes the id from the conversation when the address has none, and the address from the customer's message when the panel is closed", () => {
    document.querySelector('[data-testid="contact-panel"]')!.remove();
    const context = adapter.readContext(document, new URL('https://app.frontapp.com/inboxes/teammates/1/inbox'))!;
    expect(context.threadId).toBe('cnv_5f3a9b1');
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com'], phone: undefined });
  });

  it('knows the send button and that Ctrl/Cmd+Enter sends', () => {
    const composer = adapter.findComposers(document)[0]!;
    expect(adapter.findSendButton!(composer, document)?.textContent).toBe('Send');
    expect(adapter.send.keys).toEqual([{ key: 'Enter', mod: true }]);
    expect(adapter.isEmptyState!(document, new URL(EMAIL))).toBe(false);
  });
});

describe('front on a chat conversation', () => {
  it('reads the chat channel from the messages', () => {
    load('conversation-chat.html', CHAT);
    const context = adapter.readContext(document, new URL(CHAT))!;
    expect(context.channel).toBe('chat');
    expect(context.threadId).toBe('cnv_7c2d4e8');
    expect(context.customer).toEqual({ name: 'Mikko Virtanen', firstName: 'Mikko', emails: ['mikko.virtanen@example.fi'], phone: undefined });
    expect(context.messages.map((m) => m.from)).toEqual(['customer', 'agent', 'customer']);
    expect(context.latestCustomerMessage).toBe('Great, and with Okta?');
  });
});

describe('front on a new message', () => {
  it('finds a new-message composer and the recipient', () => {
    const url = 'https://app.frontapp.com/compose';
    load('new-message.html', url);
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'new', editor: 'prosemirror' }]);
    expect(adapter.readContext(document, new URL(url))).toEqual({
      customer: { name: 'Mikko Virtanen', firstName: 'Mikko', emails: ['mikko.virtanen@example.fi'] },
      channel: 'email',
      messages: [],
    });
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(false);
  });
});

describe('front with nothing open', () => {
  it('has no composer and no context, and says it is the empty state', () => {
    const url = 'https://app.frontapp.com/inboxes/teammates/1/inbox';
    load('inbox.html', url);
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, new URL(url))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(true);
  });
});

describe('front on changed markup', () => {
  it('reads nothing on the broken-markup fixture and does not take it for an empty state', () => {
    load('broken.html');
    expect(adapter.readContext(document, new URL(EMAIL))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(EMAIL))).toBe(false);
  });

  it('reads no context without the conversation view, and does not claim an empty state on a conversation address', () => {
    load('conversation-email.html');
    document.querySelector('[data-testid="conversation"]')!.removeAttribute('data-testid');
    expect(adapter.readContext(document, new URL(EMAIL))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(EMAIL))).toBe(false);
  });
});

describe('front events', () => {
  let controller: AbortController;
  let events: SiteEvent[];
  const clock = Date.parse('2026-11-21T10:30:00.000Z');
  beforeEach(() => {
    controller = new AbortController();
    events = [];
    load('conversation-email.html');
    watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
  });
  afterEach(() => controller.abort());
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

  function appendMessage(inbound: boolean, iso: string, text: string): void {
    const message = document.createElement('div');
    Object.assign(message.dataset, { testid: 'message', messageType: 'email', isInbound: String(inbound) });
    message.innerHTML = `<time datetime="${iso}"></time><div data-testid="message-body"><p></p></div>`;
    message.querySelector('p')!.textContent = text;
    document.querySelector('.messages')!.append(message);
  }

  it('reports a new inbound message with its page time, not an outbound one', async () => {
    await flush();
    appendMessage(false, '2026-11-21T10:29:00.000Z', 'Sent from another tab');
    appendMessage(true, '2026-11-21T10:29:50.000Z', 'Thank you!');
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'inbound', threadId: 'cnv_5f3a9b1', at: Date.parse('2026-11-21T10:29:50.000Z'), observed: false, channel: 'email', site: 'front' }]));
  });

  it('reports a reply sent with the Send button', async () => {
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p>Corrected invoice attached.</p>';
    composer.focus();
    document.querySelector<HTMLElement>('[data-testid="send-button"]')!.click();
    composer.innerHTML = '<p><br class="ProseMirror-trailingBreak"></p>';
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'reply', threadId: 'cnv_5f3a9b1', at: clock, observed: true, channel: 'email', site: 'front' }]));
  });

  it('reports a reply in a chat conversation on the chat channel', async () => {
    controller.abort();
    controller = new AbortController();
    events = [];
    load('conversation-chat.html', CHAT);
    watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p>Yes, Okta works.</p>';
    composer.focus();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true, cancelable: true }));
    composer.innerHTML = '<p><br class="ProseMirror-trailingBreak"></p>';
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'reply', threadId: 'cnv_7c2d4e8', at: clock, observed: true, channel: 'chat', site: 'front' }]));
  });

  it('reports no reply for a click elsewhere with a draft', async () => {
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p>Draft</p>';
    document.querySelector<HTMLElement>('nav a')!.click();
    await flush();
    expect(events).toEqual([]);
  });
});
