// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intercomAdapter as adapter } from '@/lib/sites/intercom';
import { watchSite } from '@/lib/sites/watch';
import type { SiteEvent } from '@/lib/sites/types';

const CONVERSATION = 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/215467812345';

/** happy-dom's own API on the test window (not in the DOM typings). */
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Loads a saved fixture page at `url` (its scripts and styles are left out: the page is read as saved). */
function load(name: string, url = CONVERSATION): Document {
  const html = readFileSync(`test/fixtures/sites/intercom/${name}`, 'utf8');
  happyDOM.setURL(url);
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
  return document;
}

describe('intercom matches', () => {
  it.each([
    CONVERSATION,
    'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215467812345',
    'https://app.intercom.com/a/inbox/abc123/inbox/new-conversation',
    'https://app.intercom.com/a/inbox/abc123/inbox/shared/all',
    'https://app.intercom.com/a/apps/abc123/inbox/inbox/conversation/215467812345',
    'https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/215467812345',
    'https://app.au.intercom.com/a/inbox/abc123/inbox/conversation/215467812345',
  ])('reads %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });
  it.each([
    'https://app.intercom.com/a/apps/abc123/home',
    'https://app.intercom.com/a/apps/abc123/users/segments/all',
    'https://www.intercom.com/help/en/',
    'https://app.eu.intercom.com.evil.example/a/inbox/abc/inbox/conversation/1',
    'http://app.intercom.com/a/inbox/abc123/inbox/conversation/1',
  ])('leaves %s alone', (url) => {
    expect(adapter.matches(new URL(url))).toBe(false);
  });
});

describe('intercom on a conversation', () => {
  beforeEach(() => load('conversation.html'));

  it('finds the ProseMirror reply composer, not the search box', () => {
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'reply', editor: 'prosemirror', active: true }]);
  });

  it('reads every attribute of the customer from the details sidebar', () => {
    const context = adapter.readContext(document, new URL(CONVERSATION))!;
    expect(context.customer).toEqual({
      name: 'Anna Berg',
      firstName: 'Anna',
      emails: ['anna.berg@example.com'],
      phone: '+47 912 34 567',
      timeZone: 'Europe/Oslo',
      language: 'nb',
    });
    expect(context.threadId).toBe('215467812345');
    expect(context.channel).toBe('chat');
  });

  it("reads each customer and teammate part with its page time, leaving out the bot's", () => {
    const context = adapter.readContext(document, new URL(CONVERSATION))!;
    expect(context.messages.map(({ from, at, observed, key, text }) => ({ from, at, observed, key, text }))).toEqual([
      { from: 'customer', at: Date.parse('2026-11-21T09:42:00.000Z'), observed: false, key: '18001', text: 'Hi, my parcel arrived damaged. The lid was broken.' },
      { from: 'agent', at: Date.parse('2026-11-21T09:50:00.000Z'), observed: false, key: '18003', text: "Hi Anna, I'm sorry about that. Could you share your order number?" },
      { from: 'customer', at: Date.parse('2026-11-21T10:05:00.000Z'), observed: false, key: '18004', text: "It's 4821.\nI'd like a replacement, please." },
    ]);
    expect(context.latestCustomerMessage).toBe("It's 4821.\nI'd like a replacement, please.");
  });

  it('takes the name from the customer part when the sidebar is closed', () => {
    document.querySelector('.inbox2__details')!.remove();
    document.querySelector('.inbox2__conversation-title')!.remove();
    const context = adapter.readContext(document, new URL(CONVERSATION))!;
    expect(context.customer).toMatchObject({ name: 'Anna Berg', emails: [], phone: undefined, timeZone: undefined });
  });

  it('knows the send button and that Ctrl/Cmd+Enter sends', () => {
    const composer = adapter.findComposers(document)[0]!;
    expect(adapter.findSendButton!(composer, document)?.textContent).toBe('Send');
    expect(adapter.send.keys).toEqual([{ key: 'Enter', mod: true }]);
    expect(adapter.isEmptyState!(document, new URL(CONVERSATION))).toBe(false);
  });
});

describe('intercom on a new conversation', () => {
  it('finds a new-message composer and the chosen recipient', () => {
    const url = 'https://app.intercom.com/a/inbox/abc123/inbox/new-conversation';
    load('new-message.html', url);
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'new', editor: 'prosemirror' }]);
    const context = adapter.readContext(document, new URL(url))!;
    expect(context).toMatchObject({ customer: { emails: ['mikko.virtanen@example.fi'] }, threadId: undefined, messages: [] });
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(false);
  });
});

describe('intercom with no conversation open', () => {
  it('has no composer and no context, and says it is the empty state', () => {
    const url = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all';
    load('inbox.html', url);
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, new URL(url))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(true);
  });
});

describe('intercom on changed markup', () => {
  it('reads nothing on the broken-markup fixture and does not take it for an empty state', () => {
    load('broken.html');
    expect(adapter.readContext(document, new URL(CONVERSATION))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(CONVERSATION))).toBe(false);
  });

  it('reads no context when the conversation pane is not recognised, and does not claim an empty state', () => {
    load('conversation.html');
    const pane = document.querySelector('[data-conversation-id]')!;
    pane.removeAttribute('data-conversation-id');
    pane.className = 'renamed';
    expect(adapter.readContext(document, new URL(CONVERSATION))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(CONVERSATION))).toBe(false);
  });
});

describe('intercom events', () => {
  let controller: AbortController;
  let events: SiteEvent[];
  const clock = Date.parse('2026-11-21T10:30:00.000Z');
  beforeEach(() => {
    controller = new AbortController();
    events = [];
    load('conversation.html');
    watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
  });
  afterEach(() => controller.abort());
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

  function appendPart(id: string, type: string, iso: string, text: string): void {
    const part = document.createElement('div');
    part.dataset.conversationPartId = id;
    part.dataset.partAuthorType = type;
    part.innerHTML = `<time datetime="${iso}"></time><div class="part-body"><p></p></div>`;
    part.querySelector('p')!.textContent = text;
    document.querySelector('.conversation-stream')!.append(part);
  }

  it('reports a new user part with its page time, not a bot part', async () => {
    await flush();
    appendPart('18100', 'bot', '2026-11-21T10:29:00.000Z', 'Fin here');
    appendPart('18101', 'user', '2026-11-21T10:29:40.000Z', 'Hello?');
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'inbound', threadId: '215467812345', at: Date.parse('2026-11-21T10:29:40.000Z'), observed: false, channel: 'chat', site: 'intercom' }]));
  });

  it('reports a reply sent with Ctrl+Enter, and not with Enter alone', async () => {
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p>A replacement is on its way.</p>';
    composer.focus();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await flush();
    expect(events).toEqual([]);
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    composer.innerHTML = '<p><br></p>';
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'reply', threadId: '215467812345', at: clock, observed: true, channel: 'chat', site: 'intercom' }]));
  });
});
