/** Starts a timer and returns its cancel function (the content script passes `setTimeout`). */
export type Schedule = (run: () => void, ms: number) => () => void;

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
}

export interface DeliveryQueue<T> {
  /** Queues an item and sends it as soon as everything before it is acknowledged. */
  push(item: T): void;
  /** Items not acknowledged yet. */
  readonly pending: number;
  /** Stops retrying (the page is going away or the extension was updated). */
  stop(): void;
}

/**
 * Delivers items in order, each retried with a doubling wait until it is acknowledged: the background's service
 * worker may be asleep or restarting when a report is made, and a report must not be lost on the way. The
 * receiver stores items by deterministic ids, so a retry after an acknowledgement that got lost is harmless.
 */
export function createDeliveryQueue<T>(options: DeliveryOptions<T>): DeliveryQueue<T> {
  const { send, schedule, isFinal = () => false, onFailure, firstDelayMs = 500, maxDelayMs = 30_000 } = options;
  const queue: T[] = [];
  let sending = false;
  let stopped = false;
  let delay = firstDelayMs;
  let cancel: (() => void) | undefined;

  const pump = () => {
    if (sending || stopped || queue.length === 0) return;
    sending = true;
    send(queue[0]!).then(
      () => {
        sending = false;
        queue.shift();
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

  return {
    push(item) {
      if (stopped) return;
      queue.push(item);
      if (!cancel) pump();
    },
    get pending() {
      return queue.length;
    },
    stop() {
      stopped = true;
      cancel?.();
    },
  };
}
