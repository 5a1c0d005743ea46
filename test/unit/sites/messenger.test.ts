// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messengerAdapter as adapter } from '@/lib/sites/messenger';
import { watchSite } from '@/lib/sites/watch';
import type { SiteEvent } from '@/lib/sites/types';

const CHAT = 'https://www.messenger.com/t/100012345678901/';

/** happy-dom's own API on the test window (not in the DOM typings). */
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Loads a saved fixture page at `url` (its scripts and styles are left out: the page is read as saved). */
function load(name: string, url: string): Document {
  const html = readFileSync(`test/fixtures/sites/messenger/${name}`, 'utf8');
  happyDOM.setURL(url);
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
  return document;
}

describe('messenger matches', () => {
  it.each([
    'https://www.messenger.com/t/100012345678901/',
    'https://www.messenger.com/new',
    'https://www.messenger.com/',
    'https://www.facebook.com/messages/t/100012345678901/',
    'https://www.facebook.com/messages/e2ee/t/7712345678901234/',
    'https://www.facebook.com/messages/',
  ])('reads %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });
  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/anna.berg.example',
    'https://www.facebook.com/messagesx/t/1',
    'https://m.facebook.com/messages/t/1',
    'http://www.messenger.com/t/1',
    'https://www.messenger.com.evil.example/t/1',
  ])('leaves %s alone', (url) => {
    expect(adapter.matches(new URL(url))).toBe(false);
  });
});

describe('messenger on a chat', () => {
  beforeEach(() => load('conversation.html', CHAT));

  it('finds the Lexical chat composer, not the search box', () => {
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]).toMatchObject({ kind: 'chat', editor: 'lexical', active: true });
  });

  it('reads the customer, the thread id from the address and who wrote each message', () => {
    const context = adapter.readContext(document, new URL(CHAT))!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: [] });
    expect(context.threadId).toBe('100012345678901');
    expect(context.channel).toBe('social');
    expect(context.messages.map(({ from, at, observed, text }) => ({ from, at, observed, text }))).toEqual([
      { from: 'customer', at: undefined, observed: true, text: 'Hi, I ordered the blue jacket last week.' },
      { from: 'customer', at: undefined, observed: true, text: "It still hasn't shipped. Is something wrong?" },
      { from: 'agent', at: undefined, observed: true, text: 'Hi Anna! Let me check that for you.' },
      { from: 'customer', at: undefined, observed: true, text: 'Any news? I need it before Friday.' },
    ]);
    expect(context.latestCustomerMessage).toBe('Any news? I need it before Friday.');
    expect(adapter.isEmptyState!(document, new URL(CHAT))).toBe(false);
  });

  it.each([
    ['https://www.facebook.com/messages/t/100012345678901/', '100012345678901'],
    ['https://www.facebook.com/messages/e2ee/t/7712345678901234', '7712345678901234'],
  ])('takes the thread id from %s', (url, id) => {
    expect(adapter.readContext(document, new URL(url))?.threadId).toBe(id);
  });

  it('knows the send button and that Enter sends', () => {
    const composer = adapter.findComposers(document)[0]!;
    const button = adapter.findSendButton!(composer, document)!;
    expect(button.classList.contains('send')).toBe(true);
    expect(adapter.send.buttons.some((selector) => button.closest(selector))).toBe(true);
    expect(adapter.send.buttons.some((selector) => document.querySelector('.like')!.closest(selector))).toBe(false);
    expect(adapter.send.keys).toEqual([{ key: 'Enter', mod: false }]);
  });
});

describe('messenger on a new message', () => {
  it('finds a new-message composer and a context without a customer yet', () => {
    const url = 'https://www.facebook.com/messages/new/';
    load('new-conversation.html', url);
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'new', editor: 'lexical', active: true }]);
    const context = adapter.readContext(document, new URL(url))!;
    expect(context).toMatchObject({ customer: { emails: [] }, threadId: undefined, messages: [] });
    expect(context.customer.name).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(false);
  });
});

describe('messenger with no chat open', () => {
  it('has no composer and no context, and says it is the empty state', () => {
    const url = 'https://www.facebook.com/messages/';
    load('inbox.html', url);
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, new URL(url))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(true);
  });
});

describe('messenger on changed markup', () => {
  it('reads nothing on the broken-markup fixture and does not take it for an empty state', () => {
    load('broken.html', CHAT);
    expect(adapter.readContext(document, new URL(CHAT))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(CHAT))).toBe(false);
  });

  it('reads no context when the chat has lost its heading, and is not an empty state', () => {
    load('conversation.html', CHAT);
    for (const heading of document.querySelectorAll('h2')) heading.remove();
    expect(adapter.readContext(document, new URL(CHAT))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(CHAT))).toBe(false);
  });

  it('reads nothing from a page without landmarks', () => {
    happyDOM.setURL(CHAT);
    document.body.innerHTML = '<div><div contenteditable="true">x</div></div>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, new URL(CHAT))).toBeUndefined();
  });
});

describe('messenger events', () => {
  let controller: AbortController;
  let events: SiteEvent[];
  const clock = 1_790_000_000_000;
  beforeEach(() => {
    controller = new AbortController();
    events = [];
    load('conversation.html', CHAT);
    watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
  });
  afterEach(() => controller.abort());
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

  function appendMessage(sender: string, text: string): void {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.innerHTML = '<div role="gridcell" data-scope="messages_table"><h5><span></span></h5><div><div dir="auto"></div></div></div>';
    row.querySelector('span')!.textContent = sender;
    row.querySelector('div[dir="auto"]')!.textContent = text;
    document.querySelector('[role="grid"]')!.append(row);
  }

  it('reports a customer message as inbound at the moment it was seen', async () => {
    await flush();
    appendMessage('Anna Berg', 'Hello again');
    appendMessage('You sent', 'Not inbound');
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'inbound', threadId: '100012345678901', at: clock, observed: true, channel: 'social', site: 'messenger' }]));
  });

  it('reports a reply sent with Enter', async () => {
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p dir="auto"><span data-lexical-text="true">It ships today</span></p>';
    composer.focus();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    composer.innerHTML = '<p dir="auto"><br></p>';
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'reply', threadId: '100012345678901', at: clock, observed: true, channel: 'social', site: 'messenger' }]));
  });

  it('reports no reply when the text stays (the send did not happen)', async () => {
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p dir="auto"><span data-lexical-text="true">Draft</span></p>';
    composer.focus();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    document.querySelector<HTMLElement>('.like')!.click();
    await flush();
    expect(events).toEqual([]);
  });
});
