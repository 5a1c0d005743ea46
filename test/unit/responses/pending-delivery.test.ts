import { describe, expect, it } from 'vitest';
import { createDeliveryQueue, readPending, type DeliveryQueue, type PendingEntry, type PendingStore } from '@/lib/responses/delivery';

// The durable side of the delivery queue: items wait in a store (extension storage in the content script) until
// acknowledged, and a new queue takes over what a dropped one (a closed tab) left there.

/** A hand-driven clock shared by every queue of a test: timers run only when the test says so. */
function createClock(start = 1_000_000) {
  const timers: { at: number; run: () => void }[] = [];
  let now = start;
  return {
    now: () => now,
    schedule: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        if (timers.includes(timer)) timers.splice(timers.indexOf(timer), 1);
      };
    },
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await settle();
    },
  };
}
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** extension storage as the store sees it: a map of keys, each written and removed on its own. */
function createStore() {
  const entries = new Map<string, unknown>();
  let next = 0;
  const store: PendingStore & { entries: Map<string, unknown>; failWrites: boolean } = {
    entries,
    failWrites: false,
    readAll: async () => Object.fromEntries(entries),
    async add(entry) {
      if (store.failWrites) throw new Error('QuotaExceededError: storage is full');
      const key = `k${++next}`;
      entries.set(key, structuredClone(entry));
      return key;
    },
    async remove(key) {
      entries.delete(key);
    },
  };
  return store;
}

interface Report {
  id: string;
}
const parse = (value: unknown): Report | undefined =>
  typeof value === 'object' && value !== null && typeof (value as Report).id === 'string' ? { id: (value as Report).id } : undefined;

/** A receiver that acknowledges when `answering`, and records what it stored (by id, as the log does). */
function createReceiver(answering = true) {
  const received: string[] = [];
  return {
    answering,
    received,
    send(item: Report) {
      if (!this.answering) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      received.push(item.id);
      return Promise.resolve();
    },
  };
}

const GRACE = 10_000;
function createQueue(clock: ReturnType<typeof createClock>, store: PendingStore, receiver: ReturnType<typeof createReceiver>, maxPending = 50): DeliveryQueue<Report> {
  return createDeliveryQueue<Report>({
    send: (item) => receiver.send(item),
    schedule: clock.schedule,
    firstDelayMs: 100,
    durable: { store, parse, now: clock.now, maxPending, graceMs: GRACE },
  });
}
const storedIds = (store: ReturnType<typeof createStore>) => [...store.entries.values()].map((entry) => (entry as PendingEntry<Report>).item.id);

describe('a durable delivery queue', () => {
  it('stores a report before sending it, and removes it when acknowledged', async () => {
    const clock = createClock();
    const store = createStore();
    const seenAtSend: string[][] = [];
    const queue = createDeliveryQueue<Report>({
      schedule: clock.schedule,
      send: async () => {
        seenAtSend.push(storedIds(store));
      },
      durable: { store, parse, now: clock.now, maxPending: 50, graceMs: GRACE },
    });
    queue.push({ id: 'reply-1' });
    await settle();
    expect(seenAtSend).toEqual([['reply-1']]);
    expect(store.entries.size).toBe(0);
    expect(queue.pending).toBe(0);
  });

  it('keeps a report stored, with the time it was saved, while the receiver does not answer', async () => {
    const clock = createClock(5_000_000);
    const store = createStore();
    const receiver = createReceiver(false);
    const queue = createQueue(clock, store, receiver);
    queue.push({ id: 'inbound-1' });
    await settle();
    await clock.advance(100);
    expect([...store.entries.values()]).toEqual([{ savedAt: 5_000_000, item: { id: 'inbound-1' } }]);
    receiver.answering = true;
    await clock.advance(200);
    expect(receiver.received).toEqual(['inbound-1']);
    expect(store.entries.size).toBe(0);
  });

  it('leaves its reports stored when dropped (the tab closed), and a new queue delivers them after the grace period', async () => {
    const clock = createClock();
    const store = createStore();
    const closed = createQueue(clock, store, createReceiver(false));
    closed.push({ id: 'inbound-1' });
    closed.push({ id: 'reply-1' });
    await settle();
    closed.stop();
    expect(storedIds(store)).toEqual(['inbound-1', 'reply-1']);

    const receiver = createReceiver();
    const next = createQueue(clock, store, receiver);
    await clock.advance(GRACE - 1);
    // Not yet: the reports might still be a live tab's, in flight.
    expect(receiver.received).toEqual([]);
    await clock.advance(1);
    expect(receiver.received).toEqual(['inbound-1', 'reply-1']);
    expect(store.entries.size).toBe(0);
    expect(next.pending).toBe(0);
  });

  it('leaves a live queue its fresh reports, and shares those it is still retrying past the grace period', async () => {
    const clock = createClock();
    const store = createStore();
    const liveReceiver = createReceiver(false);
    const live = createQueue(clock, store, liveReceiver);
    const otherReceiver = createReceiver();
    const other = createQueue(clock, store, otherReceiver);
    await clock.advance(GRACE / 2);
    live.push({ id: 'reply-1' });
    await settle();
    // The other queue looks once, a grace period after it started: the report is 5 s old and stays the live one's.
    await clock.advance(GRACE / 2);
    expect(otherReceiver.received).toEqual([]);
    expect(other.pending).toBe(0);
    expect(storedIds(store)).toEqual(['reply-1']);

    // A third queue, started while the live one still cannot get through, sends it too; the live one then does.
    const third = createQueue(clock, store, otherReceiver);
    await clock.advance(GRACE);
    expect(otherReceiver.received).toEqual(['reply-1']);
    expect(third.pending).toBe(0);
    expect(store.entries.size).toBe(0);
    liveReceiver.answering = true;
    await clock.advance(30_000);
    expect(liveReceiver.received).toEqual(['reply-1']);
    expect(live.pending).toBe(0);
  });

  it('two new queues that take over the same report both deliver it (the log stores it once)', async () => {
    const clock = createClock();
    const store = createStore();
    const closed = createQueue(clock, store, createReceiver(false));
    closed.push({ id: 'reply-1' });
    await settle();
    closed.stop();
    await clock.advance(GRACE);
    const receiver = createReceiver();
    const first = createQueue(clock, store, receiver);
    const second = createQueue(clock, store, receiver);
    // Both read the store before either removed the report.
    await Promise.all([first.adopt(), second.adopt()]);
    await settle();
    expect(receiver.received).toEqual(['reply-1', 'reply-1']);
    expect(new Set(receiver.received).size).toBe(1);
    expect(store.entries.size).toBe(0);
    expect(first.pending + second.pending).toBe(0);
  });

  it('drops damaged entries from the store, and delivers the good ones', async () => {
    const clock = createClock();
    const store = createStore();
    store.entries.set('truncated', { savedAt: 1 });
    store.entries.set('not-an-entry', 'reply');
    store.entries.set('bad-time', { savedAt: 'yesterday', item: { id: 'x' } });
    store.entries.set('bad-item', { savedAt: 1, item: { id: 7 } });
    store.entries.set('good', { savedAt: 1, item: { id: 'reply-1' } });
    const receiver = createReceiver();
    createQueue(clock, store, receiver);
    await clock.advance(GRACE);
    expect(receiver.received).toEqual(['reply-1']);
    expect(store.entries.size).toBe(0);
  });

  it('stores no more than the cap; a report past it is still delivered from memory', async () => {
    const clock = createClock();
    const store = createStore();
    const receiver = createReceiver(false);
    const queue = createQueue(clock, store, receiver, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) queue.push({ id });
    await settle();
    expect(storedIds(store)).toEqual(['a', 'b', 'c']);
    expect(queue.pending).toBe(5);
    receiver.answering = true;
    await clock.advance(100);
    expect(receiver.received).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(store.entries.size).toBe(0);
  });

  it('takes over no more than the cap', async () => {
    const clock = createClock();
    const store = createStore();
    for (let i = 0; i < 8; i++) store.entries.set(`old-${i}`, { savedAt: i, item: { id: `r${i}` } });
    const receiver = createReceiver(false);
    const queue = createQueue(clock, store, receiver, 5);
    await clock.advance(GRACE);
    expect(queue.pending).toBe(5);
    receiver.answering = true;
    await clock.advance(100);
    // The oldest first; the other three wait in the store for the next queue.
    expect(receiver.received).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect([...store.entries.keys()]).toEqual(['old-5', 'old-6', 'old-7']);
  });

  it('still sends a report the store could not keep (a full disk)', async () => {
    const clock = createClock();
    const store = createStore();
    store.failWrites = true;
    const receiver = createReceiver();
    const queue = createQueue(clock, store, receiver);
    queue.push({ id: 'reply-1' });
    await settle();
    expect(receiver.received).toEqual(['reply-1']);
    expect(queue.pending).toBe(0);
  });

  it('goes on delivering when the store throws (the extension context was invalidated under it)', async () => {
    const clock = createClock();
    const store = createStore();
    store.remove = () => {
      throw new Error('Extension context invalidated.');
    };
    const receiver = createReceiver();
    const queue = createQueue(clock, store, receiver);
    queue.push({ id: 'a' });
    queue.push({ id: 'b' });
    await settle();
    expect(receiver.received).toEqual(['a', 'b']);
    expect(queue.pending).toBe(0);
    // Left stored: the next queue delivers them again, which the log takes as a repeat.
    expect(storedIds(store)).toEqual(['a', 'b']);

    store.readAll = () => {
      throw new Error('Extension context invalidated.');
    };
    queue.push({ id: 'c' });
    await clock.advance(GRACE);
    expect(receiver.received).toEqual(['a', 'b', 'c']);
  });

  it('leaves stored reports in place when the failure is final (the extension was updated)', async () => {
    const clock = createClock();
    const store = createStore();
    const queue = createDeliveryQueue<Report>({
      schedule: clock.schedule,
      send: () => Promise.reject(new Error('invalidated')),
      isFinal: () => true,
      durable: { store, parse, now: clock.now, maxPending: 50, graceMs: GRACE },
    });
    queue.push({ id: 'reply-1' });
    await settle();
    await clock.advance(GRACE);
    expect(storedIds(store)).toEqual(['reply-1']);
  });
});

describe('readPending', () => {
  const parseId = (value: unknown) => (typeof value === 'string' ? value : undefined);
  it.each([
    { name: 'older than the grace period', savedAt: 0, ready: true },
    { name: 'exactly the grace period old', savedAt: 90_000, ready: true },
    { name: 'younger than the grace period', savedAt: 95_000, ready: false },
    { name: 'saved now', savedAt: 100_000, ready: false },
    { name: 'dated after now (the clock was set back)', savedAt: 200_000, ready: true },
  ])('an entry $name: ready $ready', ({ savedAt, ready }) => {
    const result = readPending({ k: { savedAt, item: 'r' } }, parseId, 100_000, 10_000);
    expect(result).toEqual({ ready: ready ? [['k', 'r', savedAt]] : [], damaged: [] });
  });

  it.each([
    { name: 'null', value: null },
    { name: 'a number', value: 3 },
    { name: 'no time', value: { item: 'r' } },
    { name: 'a time that is not finite', value: { savedAt: Number.NaN, item: 'r' } },
    { name: 'an item its parser refuses', value: { savedAt: 0, item: 3 } },
  ])('an entry that is $name is damaged', ({ value }) => {
    expect(readPending({ k: value }, parseId, 100_000, 10_000)).toEqual({ ready: [], damaged: ['k'] });
  });

  it('gives the ready entries oldest first', () => {
    const entries = { b: { savedAt: 20, item: 'second' }, a: { savedAt: 30, item: 'third' }, c: { savedAt: 10, item: 'first' } };
    expect(readPending(entries, parseId, 100_000, 10_000).ready.map(([, item]) => item)).toEqual(['first', 'second', 'third']);
  });
});
