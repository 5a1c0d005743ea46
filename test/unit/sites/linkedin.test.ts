// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkedinAdapter as adapter, parseClock, parseDayHeading } from '@/lib/sites/linkedin';
import { watchSite } from '@/lib/sites/watch';
import type { SiteEvent } from '@/lib/sites/types';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ZmFrZVRocmVhZElkMQ==/';
// Sunday 22 November 2026, 12:00 local time.
const NOW = new Date(2026, 10, 22, 12, 0);

/** happy-dom's own API on the test window (not in the DOM typings). */
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Loads a saved fixture page at `url` (its scripts and styles are left out: the page is read as saved). */
function load(name: string, url: string): Document {
  const html = readFileSync(`test/fixtures/sites/linkedin/${name}`, 'utf8');
  happyDOM.setURL(url);
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
  return document;
}

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('linkedin matches', () => {
  it.each([THREAD, 'https://www.linkedin.com/messaging/', 'https://www.linkedin.com/messaging', 'https://www.linkedin.com/messaging/compose/'])('reads %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/anna-berg-example/',
    'https://www.linkedin.com/messagingx/',
    'https://linkedin.com/messaging/',
    'http://www.linkedin.com/messaging/',
    'https://www.linkedin.com.evil.example/messaging/',
  ])('leaves %s alone', (url) => {
    expect(adapter.matches(new URL(url))).toBe(false);
  });
});

describe('linkedin times', () => {
  it.each([
    ['Today', local(2026, 11, 22)],
    ['Yesterday', local(2026, 11, 21)],
    ['Friday', local(2026, 11, 20)],
    ['Saturday', local(2026, 11, 21)],
    ['Sunday', local(2026, 11, 15)],
    ['Nov 20', local(2026, 11, 20)],
    ['Dec 24', local(2025, 12, 24)],
    ['Sep 3, 2024', local(2024, 9, 3)],
    ['September 3', local(2026, 9, 3)],
  ])('reads the day heading %s', (text, at) => {
    expect(parseDayHeading(text, NOW)?.getTime()).toBe(at);
  });
  it.each(['I dag', '20. nov.', 'Feb 30', ''])('gives no day for %j', (text) => {
    expect(parseDayHeading(text, NOW)).toBeUndefined();
  });
  it.each([
    ['10:42 AM', 10 * 60 + 42],
    ['12:05 AM', 5],
    ['12:30 PM', 12 * 60 + 30],
    ['4:15 pm', 16 * 60 + 15],
    ['16:15', 16 * 60 + 15],
  ])('reads the time %s', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });
  it.each(['13:00 PM', '25:00', 'noon'])('gives no time for %s', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });
});

describe('linkedin on a conversation', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    load('conversation.html', THREAD);
  });
  afterEach(() => vi.useRealTimers());

  it('finds the msg-form composer (a plain contenteditable), not the search fields', () => {
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'chat', editor: 'contenteditable', active: true }]);
    expect(adapter.findComposers(document)[0]!.element.classList.contains('msg-form__contenteditable')).toBe(true);
  });

  it('reads the customer, the thread id and every message with its author and time', () => {
    const context = adapter.readContext(document, new URL(THREAD))!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: [] });
    expect(context.threadId).toBe('2-ZmFrZVRocmVhZElkMQ==');
    expect(context.channel).toBe('social');
    expect(context.messages.map(({ from, at, observed, key, text }) => ({ from, at, observed, key, text }))).toEqual([
      { from: 'customer', at: local(2026, 11, 20, 16, 15), observed: false, key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAFakeAnna,2-ZmFrZU1zZzE=)', text: 'Hi! We are looking at your team plan for 40 seats.' },
      { from: 'customer', at: local(2026, 11, 20, 16, 15), observed: false, key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAFakeAnna,2-ZmFrZU1zZzI=)', text: 'Do you offer annual billing?' },
      { from: 'agent', at: local(2026, 11, 22, 9, 5), observed: false, key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAFakeKari,2-ZmFrZU1zZzM=)', text: 'Hi Anna, yes we do, with two months free.' },
      { from: 'customer', at: local(2026, 11, 22, 9, 20), observed: false, key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAFakeAnna,2-ZmFrZU1zZzQ=)', text: 'Great. Can you send me a quote today?' },
    ]);
    expect(context.latestCustomerMessage).toBe('Great. Can you send me a quote today?');
    expect(adapter.isEmptyState!(document, new URL(THREAD))).toBe(false);
  });

  it('times messages as observed when the headings are in another language', () => {
    document.querySelectorAll('time').forEach((time) => (time.textContent = 'i går'));
    const messages = adapter.readContext(document, new URL(THREAD))!.messages;
    expect(messages.every((m) => m.at === undefined && m.observed)).toBe(true);
  });

  it('knows the send button and that Enter sends', () => {
    const composer = adapter.findComposers(document)[0]!;
    const button = adapter.findSendButton!(composer, document)!;
    expect(button.textContent).toBe('Send');
    expect(adapter.send.buttons.some((selector) => button.closest(selector))).toBe(true);
    expect(adapter.send.keys).toEqual([{ key: 'Enter', mod: false }]);
  });
});

describe('linkedin on a new message', () => {
  it('finds a new-message composer and the chosen recipient', () => {
    const url = 'https://www.linkedin.com/messaging/compose/';
    load('new-conversation.html', url);
    expect(adapter.findComposers(document)).toMatchObject([{ kind: 'new', editor: 'contenteditable' }]);
    const context = adapter.readContext(document, new URL(url))!;
    expect(context.customer).toEqual({ name: 'Mikko Virtanen', firstName: 'Mikko', emails: [] });
    expect(context.threadId).toBeUndefined();
    expect(context.messages).toEqual([]);
  });
});

describe('linkedin with no conversation', () => {
  it('has no composer, no context, and says it is the empty state', () => {
    const url = 'https://www.linkedin.com/messaging/';
    load('inbox.html', url);
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, new URL(url))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(url))).toBe(true);
  });
});

describe('linkedin on changed markup', () => {
  it('reads nothing on the broken-markup fixture and does not take it for an empty state', () => {
    load('broken.html', THREAD);
    expect(adapter.readContext(document, new URL(THREAD))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(THREAD))).toBe(false);
  });

  it('reads no context when the title bar is gone, and does not claim an empty state while a composer is there', () => {
    load('conversation.html', THREAD);
    document.querySelector('.msg-title-bar')!.remove();
    expect(adapter.readContext(document, new URL(THREAD))).toBeUndefined();
    document.querySelector('.msg-convo-wrapper')!.className = 'x-renamed';
    expect(adapter.readContext(document, new URL(THREAD))).toBeUndefined();
    expect(adapter.isEmptyState!(document, new URL(THREAD))).toBe(false);
  });
});

describe('linkedin events', () => {
  let controller: AbortController;
  let events: SiteEvent[];
  const clock = NOW.getTime();
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    controller = new AbortController();
    events = [];
    load('conversation.html', THREAD);
    watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

  /** A message as LinkedIn adds it: a new group with its sender and time. */
  function appendMessage(fromOther: boolean, urn: string, time: string, text: string): void {
    const li = document.createElement('li');
    li.className = 'msg-s-message-list__event';
    li.innerHTML = `<div class="msg-s-event-listitem${fromOther ? ' msg-s-event-listitem--other' : ''}" data-event-urn="${urn}"><div class="msg-s-message-group__meta"><time class="msg-s-message-group__timestamp">${time}</time></div><p class="msg-s-event-listitem__body"></p></div>`;
    li.querySelector('p')!.textContent = text;
    document.querySelector('.msg-s-message-list-content')!.append(li);
  }

  it('reports a new customer message at the time the page shows, and not the agent\'s own', async () => {
    await flush();
    appendMessage(true, 'urn:new:1', '12:00 PM', 'Any update?');
    appendMessage(false, 'urn:new:2', '12:00 PM', 'Yes, sending it now');
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'inbound', threadId: '2-ZmFrZVRocmVhZElkMQ==', at: local(2026, 11, 22, 12, 0), observed: false, channel: 'social', site: 'linkedin' }]));
  });

  it('does not take a message shown late with an old page time for a new one', async () => {
    await flush();
    appendMessage(true, 'urn:old:1', '9:30 AM', 'Loaded late');
    await flush();
    expect(events).toEqual([]);
  });

  it('reports a reply sent with the Send button', async () => {
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p>Quote attached</p>';
    composer.focus();
    // LinkedIn enables the button once there is text.
    const button = document.querySelector<HTMLButtonElement>('.msg-form__send-button')!;
    button.disabled = false;
    button.click();
    composer.innerHTML = '<p><br></p>';
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'reply', threadId: '2-ZmFrZVRocmVhZElkMQ==', at: clock, observed: true, channel: 'social', site: 'linkedin' }]));
  });
});
