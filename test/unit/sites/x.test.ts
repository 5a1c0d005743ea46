// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { xAdapter as adapter } from '@/lib/sites/x';
import { watchSite } from '@/lib/sites/watch';
import type { SiteEvent } from '@/lib/sites/types';

const DM = 'https://x.com/messages/1234567890-9876543210';
const POST = 'https://x.com/annaberg_ex/status/1991234567890000001';

/** happy-dom's own API on the test window (not in the DOM typings). */
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Loads a saved fixture page at `url` (its scripts and styles are left out: the page is read as saved). */
function load(name: string, url = DM): Document {
  const html = readFileSync(`test/fixtures/sites/x/${name}`, 'utf8');
  happyDOM.setURL(url);
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
  return document;
}

describe('x matches', () => {
  it.each([
    DM,
    POST,
    'https://x.com/messages',
    'https://x.com/messages/',
    'https://x.com/i/chat/1234567890-9876543210',
    'https://twitter.com/messages/1234567890-9876543210',
    'https://twitter.com/annaberg_ex/status/1991234567890000001/photo/1',
    'https://x.com/messages/compose',
  ])('reads %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });
  it.each([
    'https://x.com/home',
    'https://x.com/annaberg_ex',
    'https://x.com/explore',
    'https://x.com/settings/account',
    'http://x.com/messages',
    'https://x.com.evil.example/messages',
    'https://developer.x.com/en/docs',
    'https://mobile.x.com/messages/1-2',
  ])('leaves %s alone', (url) => {
    expect(adapter.matches(new URL(url))).toBe(false);
  });
});

describe('x on a DM conversation', () => {
  beforeEach(() => load('dm-conversation.html'));

  it('finds the Draft.js DM box as a chat composer', () => {
    const composers = adapter.findComposers(document);
    expect(composers).toMatchObject([{ kind: 'chat', editor: 'draftjs', active: true }]);
    expect(composers[0]!.element.getAttribute('data-testid')).toBe('dmComposerTextInput');
  });

  it('reads the customer, the conversation id and who wrote each message', () => {
    const context = adapter.readContext(document, new URL(DM))!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: [] });
    expect(context.threadId).toBe('1234567890-9876543210');
    expect(context.channel).toBe('social');
    expect(context.messages.map(({ from, at, observed, text }) => ({ from, at, observed, text }))).toEqual([
      { from: 'customer', at: undefined, observed: true, text: "Hi, your app logged me out and now my 2FA code doesn't work." },
      { from: 'customer', at: undefined, observed: true, text: "I've tried three times." },
      { from: 'agent', at: undefined, observed: true, text: 'Hi Anna, sorry about that. Which device are you on?' },
      { from: 'customer', at: undefined, observed: true, text: 'An Android phone, app version 10.2.' },
    ]);
    expect(context.latestCustomerMessage).toBe('An Android phone, app version 10.2.');
    expect(adapter.readContext(document, new URL('https://x.com/i/chat/1234567890-9876543210'))?.threadId).toBe('1234567890-9876543210');
  });

  it('knows the DM send button and that Enter sends a DM', () => {
    const composer = adapter.findComposers(document)[0]!;
    expect(adapter.findSendButton!(composer, document)?.getAttribute('data-testid')).toBe('dmComposerSendButton');
    expect(adapter.send.keys.filter((k) => !k.composerKinds || k.composerKinds.includes('chat'))).toEqual([{ key: 'Enter', mod: false, composerKinds: ['chat'] }]);
  });
});

describe('x on a new DM conversation', () => {
  it('reads the contact with no messages yet', () => {
    load('new-conversation.html');
    const context = adapter.readContext(document, new URL('https://x.com/messages/1234567890-5555555555'))!;
    expect(context.customer.name).toBe('Mikko Virtanen');
    expect(context.threadId).toBe('1234567890-5555555555');
    expect(context.messages).toEqual([]);
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'chat', editor: 'draftjs' }]);
  });
});

describe('x on a post with replies', () => {
  beforeEach(() => load('reply.html'));

  it('finds the reply box as a reply composer', () => {
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'reply', editor: 'draftjs', active: true }]);
  });

  it("reads the post's author as the customer, the post id as the thread and each post's time", () => {
    const context = adapter.readContext(document, new URL(POST))!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: [] });
    expect(context.threadId).toBe('1991234567890000001');
    expect(context.messages.map(({ from, at, observed, key }) => ({ from, at, observed, key }))).toEqual([
      { from: 'customer', at: Date.parse('2026-11-21T09:42:00.000Z'), observed: false, key: '1991234567890000001' },
      { from: 'agent', at: Date.parse('2026-11-21T09:50:00.000Z'), observed: false, key: '1991234567890000002' },
      { from: 'customer', at: Date.parse('2026-11-21T10:05:00.000Z'), observed: false, key: '1991234567890000003' },
    ]);
    expect(context.latestCustomerMessage).toBe('Done, sent it an hour ago. Still nothing.');
  });

  it('takes the customer from the other author when the agent opened its own reply', () => {
    const context = adapter.readContext(document, new URL('https://x.com/acme_help/status/1991234567890000002'))!;
    expect(context.customer.name).toBe('Anna Berg');
    expect(context.messages.map((m) => m.from)).toEqual(['customer', 'agent', 'customer']);
  });

  it('knows the reply button and that Ctrl/Cmd+Enter posts', () => {
    const composer = adapter.findComposers(document)[0]!;
    expect(adapter.findSendButton!(composer, document)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(adapter.send.keys.filter((k) => !k.composerKinds || k.composerKinds.includes('reply'))).toEqual([{ key: 'Enter', mod: true, composerKinds: ['reply'] }]);
  });
});

describe('x with no conversation open', () => {
  it.each(['https://x.com/messages', 'https://x.com/messages/compose'])('has no composer and no context at %s, and says it is the empty state', (address) => {
    load('inbox.html', address);
    const url = new URL(address);
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, url)).toBeUndefined();
    expect(adapter.isEmptyState!(document, url)).toBe(true);
  });
});

describe('x on changed markup', () => {
  it('reads nothing on the broken-markup fixture and does not take it for an empty state', () => {
    load('broken.html', DM);
    expect(adapter.readContext(document, new URL(DM))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(DM))).toBe(false);
  });

  it('reads no DM context without the conversation pane, and does not claim an empty state on a DM address', () => {
    load('dm-conversation.html');
    document.querySelector('[data-testid="DmActivityContainer"]')!.removeAttribute('data-testid');
    document.querySelector('section[aria-labelledby]')!.removeAttribute('aria-labelledby');
    expect(adapter.readContext(document, new URL(DM))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(DM))).toBe(false);
  });

  it('reads no post context when posts lose their test ids', () => {
    load('reply.html');
    for (const post of document.querySelectorAll('article')) post.removeAttribute('data-testid');
    expect(adapter.readContext(document, new URL(POST))).toBeUndefined();
  });
});

describe('x events', () => {
  let controller: AbortController;
  let events: SiteEvent[];
  let clock: number;
  beforeEach(() => {
    controller = new AbortController();
    events = [];
    clock = Date.parse('2026-11-21T10:30:00.000Z');
  });
  afterEach(() => controller.abort());
  const start = () => watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
  const setDraft = (composer: HTMLElement, text: string) => {
    composer.querySelector('[data-offset-key] span')!.innerHTML = `<span data-text="true">${text}</span>`;
  };

  it('reports a DM from the customer at the moment it was seen', async () => {
    load('dm-conversation.html');
    start();
    await flush();
    const cell = document.createElement('div');
    cell.innerHTML = '<div data-testid="messageEntry"><a href="/annaberg_ex" data-testid="DM_Conversation_Avatar">A</a><div><span>Still there?</span></div></div>';
    document.querySelector('[data-testid="DmScrollerContainer"]')!.append(cell);
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ kind: 'inbound', at: clock, observed: true, channel: 'social', site: 'x' });
  });

  it('reports a reply post from the customer with its page time', async () => {
    load('reply.html', POST);
    start();
    await flush();
    const cell = document.createElement('div');
    cell.innerHTML =
      '<article data-testid="tweet"><div data-testid="User-Name"><a href="/annaberg_ex"><span>Anna Berg</span></a> <a href="/annaberg_ex/status/1991234567890000009"><time datetime="2026-11-21T10:29:30.000Z">now</time></a></div><div data-testid="tweetText"><span>Hello?</span></div></article>';
    document.querySelector('[data-testid="inline_reply_offscreen"]')!.before(cell);
    await vi.waitFor(() => expect(events.map((e) => [e.kind, e.at, e.observed])).toEqual([['inbound', Date.parse('2026-11-21T10:29:30.000Z'), false]]));
  });

  it('reports a DM sent with Enter, and a reply posted with Ctrl+Enter, not a reply with plain Enter', async () => {
    load('dm-conversation.html');
    start();
    await flush();
    const dm = adapter.findComposers(document)[0]!.element;
    setDraft(dm, 'Please update the app');
    dm.focus();
    dm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    setDraft(dm, '');
    await vi.waitFor(() => expect(events.map((e) => [e.kind, e.threadId])).toEqual([['reply', '1234567890-9876543210']]));
    controller.abort();

    controller = new AbortController();
    events = [];
    load('reply.html', POST);
    start();
    await flush();
    const reply = adapter.findComposers(document)[0]!.element;
    setDraft(reply, 'We have sent you a DM');
    reply.focus();
    reply.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await flush();
    expect(events).toEqual([]);
    reply.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    setDraft(reply, '');
    await vi.waitFor(() => expect(events.map((e) => [e.kind, e.threadId])).toEqual([['reply', '1991234567890000001']]));
  });
});
