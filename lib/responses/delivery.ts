/** Starts a timer and returns its cancel function (the content script passes `setTimeout`). */
export type Schedule = (run: () => void, ms: number) => () => void;

/** An item as it waits in extension storage: when it was saved, and the item. */
export interface PendingEntry<T> {
  savedAt: number;
  item: T;
}

/** Where unacknowledged items wait (extension storage), one key per item, so that a closed tab leaves them behind. */
export interface PendingStore {
  /** Every stored entry, by key. */
  readAll(): Promise<Record<string, unknown>>;
  /** Stores an entry under a new key of its own (never one another writer could use) and returns the key. */
  add(entry: PendingEntry<unknown>): Promise<string>;
  remove(key: string): Promise<void>;
}

export interface Durability<T> {
  store: PendingStore;
  /** Reads an item back from storage; `undefined` for a damaged one, which is dropped. */
  parse: (value: unknown) => T | undefined;
  now: () => number;
  /** At most this many entries are kept in the store (a writer that finds it full keeps its item in memory only). */
  maxPending: number;
  /** Entries younger than this may belong to a live queue that is sending them: they are left to it. */
  graceMs: number;
}

export interface DeliveryOptions<T> {
  /** Sends one item; resolves when the receiver acknowledged it, rejects when it did not. */
  send: (item: T) => Promise<unknown>;
  schedule: Schedule;
  /** Whether a failure is final (the extension was updated: nobody will ever answer). */
  isFinal?: (error: unknown) => boolean;
  /** Told of every failed attempt (the sidebar says when the disk is full). */
  onFailure?: (error: unknown) => void;
  /** First wait after a failure; it doubles up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Keeps each item in a store until acknowledged, and takes over what closed queues left there. */
  durable?: Durability<T>;
}

export interface DeliveryQueue<T> {
  /** Queues an item and sends it as soon as everything before it is acknowledged. */
  push(item: T): void;
  /** Queues the stored items that other queues left (saved at least the grace period ago); resolves when queued. */
  adopt(): Promise<void>;
  /** Items not acknowledged yet. */
  readonly pending: number;
  /** Stops retrying (the page is going away or the extension was updated); stored items stay for the next queue. */
  stop(): void;
}

/**
 * The stored entries another queue may take over, oldest first, and the keys of damaged ones. An entry is ready
 * once it is `graceMs` old, or when it is dated in the future (the computer's clock was set back).
 */
export function readPending<T>(entries: Record<string, unknown>, parse: (value: unknown) => T | undefined, now: number, graceMs: number): { ready: [key: string, item: T, savedAt: number][]; damaged: string[] } {
  const ready: [string, T, number][] = [];
  const damaged: string[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const { savedAt, item } = (typeof value === 'object' && value !== null ? value : {}) as Partial<PendingEntry<unknown>>;
    const parsed = typeof savedAt === 'number' && Number.isFinite(savedAt) ? parse(item) : undefined;
    if (parsed === undefined) damaged.push(key);
    else if (Math.abs(now - savedAt!) >= graceMs) ready.push([key, parsed, savedAt!]);
  }
  return { ready: ready.sort((a, b) => a[2] - b[2]), damaged };
}

/**
 * Delivers items in order, each retried with a doubling wait until it is acknowledged: the background's service
 * worker may be asleep or restarting when a report is made, and a report must not be lost on the way. The
 * receiver stores items by deterministic ids, so a retry after an acknowledgement that got lost is harmless.
 *
 * With `durable`, each item is written to the store before it is sent and removed once acknowledged, and the
 * queue takes over, one grace period after it starts, what queues of closed tabs left there. Two queues may then
 * send the same item (a live tab still retrying it past the grace period): harmless, for the same reason. An item
 * is removed from the store only after it was acknowledged, or when it is damaged; so none is lost.
 */
export function createDeliveryQueue<T>(options: DeliveryOptions<T>): DeliveryQueue<T> {
  const { send, schedule, isFinal = () => false, onFailure, firstDelayMs = 500, maxDelayMs = 30_000, durable } = options;
  const queue: { item: T; key?: string; saved?: Promise<void> }[] = [];
  let sending = false;
  let stopped = false;
  let delay = firstDelayMs;
  let cancel: (() => void) | undefined;
  let saving = Promise.resolve();
  // Never throws, not even synchronously (an invalidated extension context): the queue must go on.
  const forget = (key: string | undefined) => {
    if (durable && key !== undefined) void Promise.resolve(key).then((stored) => durable.store.remove(stored)).catch(() => undefined);
  };

  const pump = () => {
    if (sending || stopped || queue.length === 0) return;
    sending = true;
    const head = queue[0]!;
    Promise.resolve(head.saved)
      .then(() => send(head.item))
      .then(
        () => {
          sending = false;
          queue.shift();
          forget(head.key);
          delay = firstDelayMs;
          pump();
        },
        (error: unknown) => {
          sending = false;
          onFailure?.(error);
          if (isFinal(error)) {
            stopped = true;
            return;
          }
          cancel = schedule(() => {
            cancel = undefined;
            pump();
          }, delay);
          delay = Math.min(maxDelayMs, delay * 2);
        },
      );
  };

  const adopt = async () => {
    if (!durable) return;
    const { ready, damaged } = readPending(await durable.store.readAll(), durable.parse, durable.now(), durable.graceMs);
    damaged.forEach(forget);
    for (const [key, item] of ready) {
      if (stopped || queue.length >= durable.maxPending) break;
      if (!queue.some((held) => held.key === key)) queue.push({ item, key });
    }
    if (!cancel) pump();
  };
  const cancelAdopt = durable && schedule(() => void adopt().catch(() => undefined), durable.graceMs);

  return {
    push(item) {
      if (stopped) return;
      const held: (typeof queue)[number] = { item };
      if (durable) {
        // Written before it is sent, one write after another so that the cap holds for a burst; a store that is full
        // (the cap, or the disk) leaves it in memory only, as before. Other tabs' writes at the same moment may pass
        // the cap by a few: it bounds storage, it needs no exact count.
        held.saved = saving = saving.then(async () => {
          if (Object.keys(await durable.store.readAll()).length < durable.maxPending) held.key = await durable.store.add({ savedAt: durable.now(), item });
        }).catch(() => undefined);
      }
      queue.push(held);
      if (!cancel) pump();
    },
    adopt,
    get pending() {
      return queue.length;
    },
    stop() {
      stopped = true;
      cancel?.();
      cancelAdopt?.();
    },
  };
}
