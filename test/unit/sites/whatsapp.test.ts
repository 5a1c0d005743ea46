// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePrePlainText, whatsappAdapter as adapter } from '@/lib/sites/whatsapp';
import { watchSite } from '@/lib/sites/watch';
import type { SiteEvent } from '@/lib/sites/types';

const URL_ = new URL('https://web.whatsapp.com/');

/** Loads a saved fixture page into the test's document (its scripts and styles are left out: the page is read as saved). */
function load(name: string): Document {
  const html = readFileSync(`test/fixtures/sites/whatsapp/${name}`, 'utf8');
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/gi, '');
  document.documentElement.innerHTML = inner;
  return document;
}

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('whatsapp matches', () => {
  it.each(['https://web.whatsapp.com/', 'https://web.whatsapp.com/send?phone=4791234567'])('reads %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });
  it.each(['https://www.whatsapp.com/', 'https://whatsapp.com/', 'http://web.whatsapp.com/', 'https://web.whatsapp.com.evil.example/', 'https://faq.whatsapp.com/'])(
    'leaves %s alone',
    (url) => {
      expect(adapter.matches(new URL(url))).toBe(false);
    },
  );
});

describe('parsePrePlainText', () => {
  it.each([
    ['en-GB', '[10:42, 21/11/2026] Anna Berg: ', local(2026, 11, 21, 10, 42), 'Anna Berg'],
    ['en-US, 12-hour clock, month first', '[10:42 PM, 11/3/2026] Anna Berg: ', local(2026, 11, 3, 22, 42), 'Anna Berg'],
    ['12 AM is midnight', '[12:05 AM, 11/3/2026] A: ', local(2026, 11, 3, 0, 5), 'A'],
    ['nb/fi dotted', '[10.42, 21.11.2026] Kari: ', local(2026, 11, 21, 10, 42), 'Kari'],
    ['day above 12 with a 12-hour clock', '[9:05 am, 21/11/2026] Anna: ', local(2026, 11, 21, 9, 5), 'Anna'],
    ['year first', '[10:42, 2026-11-21] +47 912 34 567: ', local(2026, 11, 21, 10, 42), '+47 912 34 567'],
    ['two-digit year', '[10:42, 21/11/26] Anna: ', local(2026, 11, 21, 10, 42), 'Anna'],
  ])('reads %s', (_name, value, at, author) => {
    expect(parsePrePlainText(value)).toEqual({ at, author });
  });
  it.each([
    ['no brackets', 'Anna Berg: hello'],
    ['an impossible date', '[10:42, 31/02/2026] Anna: '],
    ['no date', '[10:42] Anna: '],
  ])('gives no time for %s', (_name, value) => {
    expect(parsePrePlainText(value).at).toBeUndefined();
  });
});

describe('whatsapp on a chat with a saved contact', () => {
  beforeEach(() => load('conversation.html'));

  it('finds the chat composer (Lexical), not the chat list search', () => {
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]).toMatchObject({ kind: 'chat', editor: 'lexical', active: true });
    expect(composers[0]!.element.getAttribute('aria-label')).toBe('Type a message');
  });

  it('reads the customer, the thread and every message with its author and time', () => {
    const context = adapter.readContext(document, URL_)!;
    expect(context.customer).toEqual({ name: 'Anna Berg', firstName: 'Anna', emails: [], phone: '+4791234567' });
    expect(context.threadId).toBe('4791234567@c.us');
    expect(context.channel).toBe('social');
    expect(context.messages.map(({ from, at, observed, key, text }) => ({ from, at, observed, key, text }))).toEqual([
      { from: 'customer', at: local(2026, 11, 21, 10, 42), observed: false, key: 'false_4791234567@c.us_3EB0A1B2C3D4E5F60001', text: 'Hello! My order 4821 arrived today and the lid of the box was broken.' },
      { from: 'agent', at: local(2026, 11, 21, 10, 44), observed: false, key: 'true_4791234567@c.us_3EB0A1B2C3D4E5F60002', text: "Hi Anna, I'm sorry to hear that. Could you send a photo of the parcel?" },
      { from: 'customer', at: local(2026, 11, 21, 10, 47), observed: false, key: 'false_4791234567@c.us_3EB0A1B2C3D4E5F60003', text: 'Sure, here it is.' },
      { from: 'customer', at: local(2026, 11, 21, 10, 48), observed: false, key: 'false_4791234567@c.us_3EB0A1B2C3D4E5F60004', text: 'Can I get a refund or a new one?' },
    ]);
    expect(context.latestCustomerMessage).toBe('Can I get a refund or a new one?');
    expect(adapter.isEmptyState!(document, URL_)).toBe(false);
  });

  it('knows the send button, by its icon, and that Enter sends', () => {
    const composer = adapter.findComposers(document)[0]!;
    const button = adapter.findSendButton!(composer, document)!;
    expect(button.getAttribute('aria-label')).toBe('Send');
    const icon = button.querySelector('[data-icon]')!;
    expect(adapter.send.buttons.some((selector) => icon.closest(selector))).toBe(true);
    expect(adapter.send.buttons.some((selector) => button.closest(selector))).toBe(true);
    const mic = document.querySelector('[data-icon="wds-ic-mic-filled"]')!;
    expect(adapter.send.buttons.some((selector) => mic.closest(selector))).toBe(false);
    expect(adapter.send.keys).toEqual([{ key: 'Enter', mod: false }]);
  });
});

describe('whatsapp on a new chat with an unsaved number', () => {
  beforeEach(() => load('new-conversation.html'));

  it('takes the number from the header and makes the thread id from it', () => {
    const context = adapter.readContext(document, URL_)!;
    expect(context.customer).toEqual({ name: undefined, firstName: undefined, emails: [], phone: '+47 912 00 111' });
    expect(context.threadId).toBe('4791200111@c.us');
    expect(context.messages).toEqual([]);
    expect(context.latestCustomerMessage).toBeUndefined();
    expect(adapter.findComposers(document)).toHaveLength(1);
  });
});

describe('whatsapp with no chat open', () => {
  beforeEach(() => load('inbox.html'));

  it('has no composer (the search box is not one) and no context, and says it is the empty state', () => {
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, URL_)).toBeUndefined();
    expect(adapter.isEmptyState!(document, URL_)).toBe(true);
  });
});

describe('whatsapp on changed markup', () => {
  it('reads nothing on the broken-markup fixture and does not take it for an empty state', () => {
    load('broken.html');
    expect(adapter.readContext(document, URL_)).toBeUndefined();
    expect(adapter.isEmptyState!(document, URL_)).toBe(false);
  });

  it('reads nothing and does not claim an empty state when neither pane is there', () => {
    document.body.innerHTML = '<div id="app"><div class="x1"><div contenteditable="true">hi</div></div></div>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.readContext(document, URL_)).toBeUndefined();
    expect(adapter.isEmptyState!(document, URL_)).toBe(false);
  });

  it('does not take a chat whose pane lost its id for the intro panel', () => {
    load('conversation.html');
    document.querySelector('#main')!.id = 'x1main';
    expect(adapter.readContext(document, URL_)).toBeUndefined();
    expect(adapter.isEmptyState!(document, URL_)).toBe(false);
  });

  it('falls back to the message classes when rows lose their data-id', () => {
    load('conversation.html');
    for (const element of document.querySelectorAll('[data-id]')) element.removeAttribute('data-id');
    const context = adapter.readContext(document, URL_)!;
    expect(context.messages.map((m) => m.from)).toEqual(['customer', 'agent', 'customer', 'customer']);
    expect(context.threadId).toBeUndefined();
    expect(context.customer.name).toBe('Anna Berg');
  });
});

describe('whatsapp events', () => {
  let controller: AbortController;
  let events: SiteEvent[];
  let clock: number;

  beforeEach(() => {
    controller = new AbortController();
    events = [];
    clock = Date.now();
  });
  afterEach(() => controller.abort());

  const start = () => watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0 });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

  /** Appends a message row as WhatsApp does when a message arrives or is sent. */
  function appendRow(fromMe: boolean, id: string, at: Date, text: string): void {
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = `[${pad(at.getHours())}:${pad(at.getMinutes())}, ${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()}] ${fromMe ? 'Kari' : 'Anna Berg'}: `;
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.innerHTML = `<div class="${fromMe ? 'message-out' : 'message-in'}" data-id="${fromMe}_4791234567@c.us_${id}"><div class="copyable-text" data-pre-plain-text="${stamp}"><span class="selectable-text copyable-text"><span></span></span></div></div>`;
    row.querySelector('.selectable-text span')!.textContent = text;
    document.querySelector('#main [role="application"]')!.append(row);
  }

  it('reports a new customer message with the page time, and not the ones that were there', async () => {
    load('conversation.html');
    start();
    await flush();
    const arrived = new Date(clock);
    appendRow(false, 'NEW1', arrived, 'Hello?');
    await flush();
    const minute = new Date(arrived.getFullYear(), arrived.getMonth(), arrived.getDate(), arrived.getHours(), arrived.getMinutes()).getTime();
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'inbound', threadId: '4791234567@c.us', at: minute, observed: false, channel: 'social', site: 'whatsapp' }]));
  });

  it('reports on opening the customer messages still waiting for an answer, at their page times', async () => {
    load('conversation.html');
    watchSite(adapter, document, { signal: controller.signal, onEvent: (e) => events.push(e), now: () => clock, throttleMs: 1, settleMs: 0, reportWaitingOnOpen: true });
    await vi.waitFor(() =>
      expect(events.map(({ kind, at, observed }) => ({ kind, at, observed }))).toEqual([
        { kind: 'inbound', at: local(2026, 11, 21, 10, 47), observed: false },
        { kind: 'inbound', at: local(2026, 11, 21, 10, 48), observed: false },
      ]),
    );
  });

  it('reports a reply when Enter empties the composer', async () => {
    load('conversation.html');
    start();
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p class="selectable-text copyable-text"><span data-lexical-text="true">On its way</span></p>';
    composer.focus();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    // WhatsApp empties the composer and shows the sent message.
    composer.innerHTML = '<p class="selectable-text copyable-text"><br></p>';
    appendRow(true, 'OUT1', new Date(clock), 'On its way');
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'reply', threadId: '4791234567@c.us', at: clock, observed: true, channel: 'social', site: 'whatsapp' }]));
  });

  it('reports a reply on a click on the send icon', async () => {
    load('conversation.html');
    start();
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.innerHTML = '<p><span data-lexical-text="true">Refund done</span></p>';
    composer.focus();
    document.querySelector<HTMLElement>('[data-icon="wds-ic-send-filled"]')!.click();
    composer.innerHTML = '<p><br></p>';
    await vi.waitFor(() => expect(events.map((e) => [e.kind, e.threadId])).toEqual([['reply', '4791234567@c.us']]));
  });

  it('reports nothing for Shift+Enter (a new line) or an empty composer', async () => {
    load('conversation.html');
    start();
    await flush();
    const composer = adapter.findComposers(document)[0]!.element;
    composer.focus();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    composer.innerHTML = '<p><span data-lexical-text="true">Line one</span></p>';
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    await flush();
    expect(events).toEqual([]);
  });
});
