// The watcher on threads that start empty or load late: a customer writing first into a new chat is logged; a
// thread's history arriving (at once, in chunks, after an empty-looking moment, above what is shown) is not.
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAdapter, SiteEvent } from '@/lib/sites/types';
import { messengerAdapter } from '@/lib/sites/messenger';
import { whatsappAdapter } from '@/lib/sites/whatsapp';
import { watchSite } from '@/lib/sites/watch';
import { loadFixture, loadHtml, type LoadedFixture } from './fixture';

// A minimal chat: a log of <li data-id data-from [data-at]>, a text area (the composer, when the page has one)
// and a send button; the thread is in the hash.
const chatAdapter: SiteAdapter = {
  id: 'test',
  name: 'Test',
  channel: 'chat',
  matches: () => true,
  findComposers: (doc) => [...doc.querySelectorAll<HTMLElement>('textarea')].map((element) => ({ element, kind: 'chat', editor: 'textarea', active: true })),
  readContext: (doc, url) =>
    doc.querySelector('#log')
      ? {
          customer: { emails: [] },
          threadId: url.hash.slice(1) || undefined,
          channel: 'chat',
          messages: [...doc.querySelectorAll('li')].map((li) => ({
            from: li.dataset.from === 'agent' ? 'agent' : 'customer',
            at: li.dataset.at ? Date.parse(li.dataset.at) : undefined,
            observed: false,
            key: li.dataset.id,
          })),
        }
      : undefined,
  send: { buttons: ['#send'], keys: [{ key: 'Enter', mod: false }] },
};

const SETTLE_MS = 1_000;
const OPENED_AT = Date.parse('2025-11-20T09:00:00Z');
const EMPTY_CHAT = '<ul id="log"></ul><textarea></textarea><button id="send">Send</button>';
const iso = (ms: number) => new Date(ms).toISOString();

let fixture: LoadedFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** Starts the watcher on `html` at `url` with a clock the test moves; `wait` lets the watcher read the page. */
function start(html: string, url = 'https://chat.example/app#t1', options: { reportWaitingOnOpen?: boolean; adapter?: SiteAdapter; page?: LoadedFixture } = {}) {
  fixture = options.page ?? loadHtml(html, url);
  const events: SiteEvent[] = [];
  const clock = { now: OPENED_AT };
  watchSite(options.adapter ?? chatAdapter, fixture.doc, {
    signal: new AbortController().signal,
    onEvent: (event) => events.push(event),
    now: () => clock.now,
    throttleMs: 5,
    settleMs: SETTLE_MS,
    confirmWithinMs: 200,
    reportWaitingOnOpen: options.reportWaitingOnOpen,
  });
  const doc = fixture.doc;
  const wait = () => fixture!.window.happyDOM.waitUntilComplete();
  /** Moves the clock on by `ms`, then changes the page and lets the watcher read it. */
  const at = async (ms: number, change: () => void) => {
    clock.now += ms;
    change();
    await wait();
  };
  const append = (html: string) => doc.querySelector('#log')!.insertAdjacentHTML('beforeend', html);
  const prepend = (html: string) => doc.querySelector('#log')!.insertAdjacentHTML('afterbegin', html);
  const summary = () => events.map(({ kind, threadId, at, observed }) => ({ kind, threadId, at, observed }));
  return { doc, events, clock, wait, at, append, prepend, summary };
}

describe('watchSite on a new, empty chat', () => {
  it('logs the customer writing first once the empty chat has settled, at the page time', async () => {
    const { wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    const sent = OPENED_AT + 4_000;
    await at(5_000, () => append(`<li data-id="1" data-from="customer" data-at="${iso(sent)}">Hello, anyone there?</li>`));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: sent, observed: false }]);
  });

  it('logs it at the moment it was seen when the page gives no time, and the messages after it too', async () => {
    const { wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    await at(SETTLE_MS, () => append('<li data-id="1" data-from="customer">Hello</li>'));
    await at(300, () => append('<li data-id="2" data-from="customer">I have a question</li>'));
    expect(summary()).toEqual([
      { kind: 'inbound', threadId: 't1', at: OPENED_AT + SETTLE_MS, observed: true },
      { kind: 'inbound', threadId: 't1', at: OPENED_AT + SETTLE_MS + 300, observed: true },
    ]);
  });

  it('settles by how long the chat has been quiet, not by how long ago it opened', async () => {
    // Typing in the composer (a page change that is not a message) does not hold the settling back either.
    const { doc, wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    await at(SETTLE_MS - 1, () => doc.body.insertAdjacentHTML('beforeend', '<p>typing…</p>'));
    await at(1, () => append('<li data-id="1" data-from="customer">Hi</li>'));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: OPENED_AT + SETTLE_MS, observed: true }]);
  });

  it("takes a message without a time in the chat's first moments for the chat loading", async () => {
    const { wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    await at(SETTLE_MS - 1, () => append('<li data-id="1" data-from="customer">loaded</li>'));
    await at(5_000, () => append('<li data-id="2" data-from="customer">new</li>'));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: OPENED_AT + SETTLE_MS - 1 + 5_000, observed: true }]);
  });

  it('logs a message whose page time is after the opening even while the chat settles', async () => {
    const { wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    await at(200, () => append(`<li data-id="1" data-from="customer" data-at="${iso(OPENED_AT + 150)}">quick</li>`));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: OPENED_AT + 150, observed: false }]);
  });

  it('never takes a page time older than the opening for new, however long the chat was quiet', async () => {
    const { wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    await at(10_000, () => append(`<li data-id="1" data-from="customer" data-at="${iso(OPENED_AT - 86_400_000)}">yesterday</li>`));
    await at(10_000, () => append(`<li data-id="2" data-from="customer" data-at="${iso(OPENED_AT - 5 * 60_000)}">before you looked</li>`));
    expect(summary()).toEqual([]);
  });

  it('counts the agent writing first as a reply only on a confirmed send, and the answer as inbound', async () => {
    const { doc, wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    const field = doc.querySelector('textarea')!;
    // An agent message that appears without a send from here (sent from a phone) is no reply and no inbound.
    await at(SETTLE_MS, () => append('<li data-id="0" data-from="agent">sent elsewhere</li>'));
    expect(summary()).toEqual([]);
    doc.querySelector('#log')!.replaceChildren();
    await wait();

    await at(3_000, () => {
      field.value = 'Hello, this is Acme support.';
      field.dispatchEvent(new (doc.defaultView!.KeyboardEvent)('keydown', { key: 'Enter', bubbles: true }));
      field.value = '';
    });
    await at(50, () => append('<li data-id="1" data-from="agent">Hello, this is Acme support.</li>'));
    // A quick answer: the send showed that the chat had loaded.
    await at(200, () => append('<li data-id="2" data-from="customer">Hi!</li>'));
    expect(summary()).toEqual([
      { kind: 'reply', threadId: 't1', at: OPENED_AT + SETTLE_MS + 3_000, observed: true },
      { kind: 'inbound', threadId: 't1', at: OPENED_AT + SETTLE_MS + 3_250, observed: true },
    ]);
  });

  it('counts the reply and the customer message when both show in the same read', async () => {
    const { doc, wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    const field = doc.querySelector('textarea')!;
    field.value = 'Hello';
    await at(2_000, () => {
      doc.querySelector<HTMLElement>('#send')!.click();
      append('<li data-id="1" data-from="agent">Hello</li><li data-id="2" data-from="customer">Hi!</li>');
    });
    expect(summary().map(({ kind, observed }) => [kind, observed])).toEqual([
      ['inbound', true],
      ['reply', true],
    ]);
  });
});

describe('watchSite on a thread that loads its history late', () => {
  it('takes history arriving in several chunks right after the opening for the thread loading', async () => {
    // Each chunk comes less than the settle time after the one before, though the last comes well after that time
    // from the opening; older messages are put above the ones shown.
    const { wait, at, append, prepend, summary } = start(EMPTY_CHAT);
    await wait();
    await at(600, () => append('<li data-id="5" data-from="customer">latest</li>'));
    await at(600, () => prepend('<li data-id="3" data-from="customer">older</li><li data-id="4" data-from="agent">answer</li>'));
    await at(600, () => prepend('<li data-id="1" data-from="customer">oldest</li><li data-id="2" data-from="agent">answer</li>'));
    await at(600, () => append('<li data-id="6" data-from="customer">also loaded</li>'));
    expect(summary()).toEqual([]);
  });

  it('takes history arriving after an empty-looking moment shorter than the settle time for the thread loading', async () => {
    const { wait, at, append, summary } = start(EMPTY_CHAT);
    await wait();
    await at(SETTLE_MS - 100, () => append('<li data-id="1" data-from="customer">history</li><li data-id="2" data-from="customer">more history</li>'));
    await at(SETTLE_MS - 100, () => append('<li data-id="3" data-from="customer">the rest</li>'));
    expect(summary()).toEqual([]);
    // Once it has settled, a message arriving is new.
    await at(SETTLE_MS, () => append('<li data-id="4" data-from="customer">now</li>'));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: OPENED_AT + 3 * SETTLE_MS - 200, observed: true }]);
  });

  it('takes history for history after a long empty moment when it holds the agent’s messages or old page times', async () => {
    const early = OPENED_AT - 3_600_000;
    const { wait, at, append, summary } = start(EMPTY_CHAT, 'https://chat.example/app#t1', { reportWaitingOnOpen: true });
    await wait();
    await at(5_000, () =>
      append(
        `<li data-id="1" data-from="customer" data-at="${iso(early)}">question</li><li data-id="2" data-from="agent" data-at="${iso(early + 60_000)}">answer</li><li data-id="3" data-from="customer" data-at="${iso(early + 120_000)}">still waiting</li>`,
      ),
    );
    // Only the message still waiting for an answer, at its page time, as when a thread opens with it.
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: early + 120_000, observed: false }]);

    await fixture!.close();
    const second = start(EMPTY_CHAT);
    await second.wait();
    await second.at(5_000, () => second.append('<li data-id="1" data-from="customer">question</li><li data-id="2" data-from="agent">answer</li>'));
    expect(second.summary()).toEqual([]);
  });

  it('does not settle a thread that shows neither messages nor a composer (still loading)', async () => {
    const { doc, wait, at, append, summary } = start('<ul id="log"></ul>');
    await wait();
    await at(5_000, () => {
      append('<li data-id="1" data-from="customer">history</li>');
      doc.body.insertAdjacentHTML('beforeend', '<textarea></textarea>');
    });
    await at(SETTLE_MS, () => append('<li data-id="2" data-from="customer">new</li>'));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: OPENED_AT + 5_000 + SETTLE_MS, observed: true }]);
  });

  it('takes older messages loaded above the ones shown (scrolling up) for history, after the thread settled', async () => {
    const { wait, at, prepend, append, summary } = start('<ul id="log"><li data-id="9" data-from="customer">shown</li></ul><textarea></textarea>');
    await wait();
    await at(10_000, () => prepend('<li data-id="7" data-from="customer">older</li><li data-id="8" data-from="agent">older answer</li>'));
    expect(summary()).toEqual([]);
    await at(1_000, () => append('<li data-id="10" data-from="customer">new</li>'));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: 't1', at: OPENED_AT + 11_000, observed: true }]);
  });
});

describe('watchSite switching threads in a single-page app', () => {
  it('starts afresh in each thread: a customer writing first into an empty one is logged there, another’s history is not', async () => {
    const { doc, wait, at, append, summary } = start('<ul id="log"><li data-id="1" data-from="customer">t1 history</li></ul><textarea></textarea>');
    await wait();
    const log = doc.querySelector('#log')!;
    // The address changes first; the old thread's messages stay a moment, then the new, empty chat shows.
    const go = (hash: string) => {
      fixture!.window.happyDOM.setURL(`https://chat.example/app#${hash}`);
      doc.querySelector('h1')?.remove();
      doc.body.insertAdjacentHTML('afterbegin', `<h1>${hash}</h1>`);
    };
    await at(10_000, () => go('t2'));
    await at(200, () => log.replaceChildren());
    await at(SETTLE_MS, () => append('<li data-id="20" data-from="customer">first words in t2</li>'));
    // Back to t1, whose history takes a moment to render again, then to t3, whose history replaces t2's late.
    await at(5_000, () => {
      go('t1');
      log.replaceChildren();
    });
    await at(300, () => append('<li data-id="1" data-from="customer">t1 history</li>'));
    await at(5_000, () => go('t3'));
    await at(3_000, () => {
      log.innerHTML = '<li data-id="30" data-from="customer">t3 history</li><li data-id="31" data-from="agent">t3 answer</li>';
    });
    await at(3_000, () => append('<li data-id="32" data-from="customer">new in t3</li>'));
    expect(summary()).toEqual([
      { kind: 'inbound', threadId: 't2', at: OPENED_AT + 10_000 + 200 + SETTLE_MS, observed: true },
      { kind: 'inbound', threadId: 't3', at: OPENED_AT + 10_000 + 200 + SETTLE_MS + 5_000 + 300 + 5_000 + 3_000 + 3_000, observed: true },
    ]);
  });
});

describe('watchSite on WhatsApp Web’s empty chats', () => {
  const rowFor = (jid: string, id: string, at: Date, author: string, text: string) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = `[${pad(at.getHours())}:${pad(at.getMinutes())}, ${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()}] ${author}: `;
    return `<div role="row"><div class="message-in" data-id="false_${jid}_${id}"><div class="copyable-text" data-pre-plain-text="${stamp}"><span class="selectable-text copyable-text"><span>${text}</span></span></div></div></div>`;
  };
  const minuteOf = (ms: number) => {
    const date = new Date(ms);
    date.setSeconds(0, 0);
    return date.getTime();
  };

  it('logs an unsaved number writing first into the new chat, at the page time', async () => {
    const page = loadFixture('whatsapp', 'new-conversation', 'https://web.whatsapp.com/');
    const { doc, wait, at, summary, clock } = start('', '', { adapter: whatsappAdapter, page });
    await wait();
    const list = doc.querySelector('#main [role="application"]')!;
    await at(30_000, () => list.insertAdjacentHTML('beforeend', rowFor('4791200111@c.us', '3EB0AA01', new Date(clock.now), '+47 912 00 111', 'Hei!')));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: '4791200111@c.us', at: minuteOf(OPENED_AT + 30_000), observed: false }]);
  });

  it('logs a saved contact writing first, under the chat id the first message brings', async () => {
    // A saved contact's chat shows their name, not their number: its id is known only from a message's data-id.
    const page = loadFixture('whatsapp', 'new-conversation', 'https://web.whatsapp.com/');
    for (const title of page.doc.querySelectorAll('[title="+47 912 00 111"]')) {
      title.setAttribute('title', 'Anna Berg');
      title.textContent = 'Anna Berg';
    }
    const { doc, wait, at, summary, clock } = start('', '', { adapter: whatsappAdapter, page });
    await wait();
    const list = doc.querySelector('#main [role="application"]')!;
    await at(30_000, () => list.insertAdjacentHTML('beforeend', rowFor('4791234567@c.us', '3EB0AA02', new Date(clock.now), 'Anna Berg', 'Hei!')));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: '4791234567@c.us', at: minuteOf(OPENED_AT + 30_000), observed: false }]);
  });
});

describe('watchSite on a new, empty Messenger chat (no message times)', () => {
  const CHAT = 'https://www.messenger.com/t/100055544433322/';
  const row = (sender: string, text: string) =>
    `<div role="row" class="in"><div role="gridcell" data-scope="messages_table" tabindex="-1"><h5 class="sr" dir="auto"><span>${sender}</span></h5><div class="bubble"><div dir="auto">${text}</div></div></div></div>`;

  it('logs the customer writing first once the chat has settled, at the moment it was seen', async () => {
    const page = loadFixture('messenger', 'empty-chat', CHAT);
    const { doc, wait, at, summary } = start('', '', { adapter: messengerAdapter, page });
    await wait();
    await at(4_000, () => doc.querySelector('[role="grid"]')!.insertAdjacentHTML('beforeend', row('Liisa Korhonen', 'Moi! Is the jacket still available?')));
    expect(summary()).toEqual([{ kind: 'inbound', threadId: '100055544433322', at: OPENED_AT + 4_000, observed: true }]);
  });

  it('takes messages that show in its first moments for the chat loading', async () => {
    const page = loadFixture('messenger', 'empty-chat', CHAT);
    const { doc, wait, at, summary } = start('', '', { adapter: messengerAdapter, page });
    await wait();
    await at(300, () => doc.querySelector('[role="grid"]')!.insertAdjacentHTML('beforeend', row('Liisa Korhonen', 'an older message')));
    expect(summary()).toEqual([]);
  });
});
