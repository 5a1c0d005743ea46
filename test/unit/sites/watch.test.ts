import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAdapter, SiteEvent } from '@/lib/sites/types';
import { watchSite } from '@/lib/sites/watch';
import { loadHtml, type LoadedFixture } from './fixture';

// A minimal site: a log of <li data-id data-from [data-at]>, a text area and a send button; the thread is in the hash.
const testAdapter: SiteAdapter = {
  id: 'test',
  name: 'Test',
  channel: 'chat',
  matches: () => true,
  findComposers: (doc) => [...doc.querySelectorAll<HTMLElement>('textarea')].map((element) => ({ element, kind: 'chat', editor: 'textarea', active: doc.activeElement === element })),
  readContext: (doc, url) => ({
    customer: { emails: [] },
    threadId: url.hash.slice(1) || undefined,
    channel: 'chat',
    messages: [...doc.querySelectorAll('li')].map((li) => ({
      from: li.dataset.from === 'agent' ? 'agent' : 'customer',
      at: li.dataset.at ? Date.parse(li.dataset.at) : undefined,
      observed: false,
      key: li.dataset.id,
    })),
  }),
  send: { buttons: ['#send'], keys: [{ key: 'Enter', mod: false }] },
};

const PAGE = '<ul id="log"><li data-id="1" data-from="customer" data-at="2025-11-20T08:00:00Z">hi</li><li data-id="2" data-from="agent">hello</li></ul><textarea></textarea><button id="send">Send</button><div data-replywell><button id="own">Insert</button></div>';
const OPENED_AT = Date.parse('2025-11-20T09:00:00Z');

let fixture: LoadedFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

function start(adapter: SiteAdapter = testAdapter, options: { settleMs?: number; onEvent?: (event: SiteEvent) => void } = {}) {
  fixture = loadHtml(PAGE, 'https://chat.example/app#t1');
  const events: SiteEvent[] = [];
  const controller = new AbortController();
  const clock = { now: OPENED_AT };
  watchSite(adapter, fixture.doc, {
    signal: controller.signal,
    onEvent: options.onEvent ?? ((event) => events.push(event)),
    now: () => clock.now,
    throttleMs: 5,
    settleMs: options.settleMs ?? 0,
    confirmWithinMs: 200,
  });
  const doc = fixture.doc;
  const add = (html: string) => doc.querySelector('#log')!.insertAdjacentHTML('beforeend', html);
  const settle = () => fixture!.window.happyDOM.waitUntilComplete();
  return { doc, events, controller, clock, add, settle };
}

describe('watchSite', () => {
  it('reports nothing for the messages already there', async () => {
    const { events, settle } = start();
    await settle();
    expect(events).toEqual([]);
  });

  it('reports the customer messages still unanswered when a thread opens, with their page times', async () => {
    fixture = loadHtml(
      '<ul id="log"><li data-id="1" data-from="customer" data-at="2025-11-20T07:00:00Z">first</li><li data-id="2" data-from="agent" data-at="2025-11-20T07:30:00Z">answer</li><li data-id="3" data-from="customer" data-at="2025-11-20T08:00:00Z">again</li><li data-id="4" data-from="customer" data-at="2025-11-20T08:20:00Z">hello?</li><li data-id="5" data-from="customer">no time</li></ul><textarea></textarea>',
      'https://chat.example/app#t9',
    );
    const events: SiteEvent[] = [];
    watchSite(testAdapter, fixture.doc, { signal: new AbortController().signal, onEvent: (event) => events.push(event), now: () => OPENED_AT, throttleMs: 5, settleMs: 0, reportWaitingOnOpen: true });
    await fixture.window.happyDOM.waitUntilComplete();
    expect(events).toEqual([
      { kind: 'inbound', threadId: 't9', at: Date.parse('2025-11-20T08:00:00Z'), observed: false, channel: 'chat', site: 'test' },
      { kind: 'inbound', threadId: 't9', at: Date.parse('2025-11-20T08:20:00Z'), observed: false, channel: 'chat', site: 'test' },
    ]);
  });

  it('reports a new customer message with its page time, and one without as observed now', async () => {
    const { events, add, settle, clock } = start();
    await settle();
    clock.now += 1000;
    add('<li data-id="3" data-from="customer" data-at="2025-11-20T09:00:30Z">again</li>');
    await settle();
    add('<li data-id="4" data-from="customer">and again</li>');
    await settle();
    expect(events).toEqual([
      { kind: 'inbound', threadId: 't1', at: Date.parse('2025-11-20T09:00:30Z'), observed: false, channel: 'chat', site: 'test' },
      { kind: 'inbound', threadId: 't1', at: OPENED_AT + 1000, observed: true, channel: 'chat', site: 'test' },
    ]);
  });

  it('takes an old message that renders late for part of the thread, not a new one', async () => {
    const { events, add, settle } = start();
    await settle();
    add('<li data-id="0" data-from="customer" data-at="2025-11-19T08:00:00Z">older</li>');
    await settle();
    expect(events).toEqual([]);
  });

  it('takes messages without a time that appear while the thread loads for part of it', async () => {
    const { events, add, settle } = start(testAdapter, { settleMs: 1000 });
    await settle();
    add('<li data-id="5" data-from="customer">still loading</li>');
    await settle();
    expect(events).toEqual([]);
  });

  it('starts afresh in another thread: its messages were there before the agent opened it', async () => {
    const { doc, events, add, settle } = start();
    await settle();
    fixture!.window.happyDOM.setURL('https://chat.example/app#t2');
    doc.querySelector('#log')!.innerHTML = '<li data-id="10" data-from="customer">other thread</li>';
    await settle();
    add('<li data-id="11" data-from="customer">new in t2</li>');
    await settle();
    expect(events.map((e) => [e.kind, e.threadId])).toEqual([['inbound', 't2']]);
  });

  it('confirms a send by a new agent message when the composer keeps its text', async () => {
    const { doc, events, add, settle } = start();
    await settle();
    doc.querySelector('textarea')!.value = 'On its way';
    doc.querySelector<HTMLElement>('#send')!.click();
    add('<li data-id="6" data-from="agent">On its way</li>');
    await settle();
    expect(events.map((e) => [e.kind, e.threadId, e.observed])).toEqual([['reply', 't1', true]]);
  });

  it('reports one reply for Enter then a click on Send, and none from Replywell\'s own buttons', async () => {
    const { doc, events, settle } = start();
    await settle();
    const field = doc.querySelector('textarea')!;
    field.value = 'Hello';
    doc.querySelector<HTMLElement>('#own')!.click();
    await settle();
    expect(events).toEqual([]);
    field.dispatchEvent(new (doc.defaultView!.KeyboardEvent)('keydown', { key: 'Enter', bubbles: true }));
    doc.querySelector<HTMLElement>('#send')!.click();
    field.value = '';
    await settle();
    expect(events.map((e) => e.kind)).toEqual(['reply']);
  });

  it('ignores Shift+Enter and Enter while composing text with an input method', async () => {
    const { doc, events, settle } = start();
    await settle();
    const field = doc.querySelector('textarea')!;
    field.value = 'Hello';
    const view = doc.defaultView!;
    field.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    field.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }));
    field.value = '';
    await settle();
    expect(events).toEqual([]);
  });

  it('survives an adapter that throws and a receiver that throws', async () => {
    const throwing: SiteAdapter = {
      ...testAdapter,
      readContext: () => {
        throw new Error('markup changed');
      },
      findComposers: () => {
        throw new Error('markup changed');
      },
      send: { buttons: ['[[not a selector'], keys: [{ key: 'Enter', mod: false }], isSendButton: () => { throw new Error('markup changed'); } },
    };
    const { doc, add, settle } = start(throwing);
    await settle();
    add('<li data-id="7" data-from="customer">x</li>');
    doc.querySelector<HTMLElement>('#send')!.click();
    await settle();
    await fixture!.close();

    let calls = 0;
    const second = start(testAdapter, {
      onEvent: () => {
        calls++;
        throw new Error('receiver failed');
      },
    });
    await second.settle();
    second.add('<li data-id="8" data-from="customer">x</li>');
    await second.settle();
    second.add('<li data-id="9" data-from="customer">y</li>');
    await second.settle();
    expect(calls).toBe(2);
  });

  it('stops when its signal aborts', async () => {
    const { events, add, settle, controller } = start();
    await settle();
    controller.abort();
    add('<li data-id="12" data-from="customer">late</li>');
    await settle();
    expect(events).toEqual([]);
  });
});
