import { describe, expect, it } from 'vitest';
import { createDeliveryQueue } from '@/lib/responses/delivery';

/** A hand-driven clock: timers run only when the test says so. */
function createClock() {
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  return {
    schedule: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
    get waits() {
      return timers.map((t) => t.at - now);
    },
  };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the delivery queue', () => {
  it('retries with a doubling wait until acknowledged, keeping the order', async () => {
    const clock = createClock();
    const received: string[] = [];
    let failures = 3;
    const queue = createDeliveryQueue<string>({
      schedule: clock.schedule,
      firstDelayMs: 100,
      send: async (item) => {
        if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        received.push(item);
      },
    });
    queue.push('inbound');
    queue.push('reply');
    await settle();
    expect(clock.waits).toEqual([100]);
    await clock.advance(100);
    expect(clock.waits).toEqual([200]);
    await clock.advance(200);
    expect(clock.waits).toEqual([400]);
    expect(queue.pending).toBe(2);
    await clock.advance(400);
    await settle();
    expect(received).toEqual(['inbound', 'reply']);
    expect(queue.pending).toBe(0);
  });

  it('caps the wait', async () => {
    const clock = createClock();
    const queue = createDeliveryQueue<number>({ schedule: clock.schedule, firstDelayMs: 1000, maxDelayMs: 3000, send: () => Promise.reject(new Error('asleep')) });
    queue.push(1);
    await settle();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      waits.push(clock.waits[0]!);
      await clock.advance(clock.waits[0]!);
    }
    expect(waits).toEqual([1000, 2000, 3000, 3000]);
  });

  it('stops on a final failure and when stopped', async () => {
    const clock = createClock();
    let sends = 0;
    const queue = createDeliveryQueue<number>({
      schedule: clock.schedule,
      isFinal: (error) => error instanceof Error && error.message === 'invalidated',
      send: () => {
        sends++;
        return Promise.reject(new Error('invalidated'));
      },
    });
    queue.push(1);
    await settle();
    expect(clock.waits).toEqual([]);
    queue.push(2);
    await settle();
    expect(sends).toBe(1);
  });
});

describe('failures', () => {
  it('are told to the caller on every attempt', async () => {
    const clock = createClock();
    const seen: string[] = [];
    let tries = 0;
    const queue = createDeliveryQueue<number>({
      schedule: clock.schedule,
      firstDelayMs: 10,
      onFailure: (error) => seen.push((error as Error).message),
      send: () => (++tries < 3 ? Promise.reject(new Error(`QuotaExceededError ${tries}`)) : Promise.resolve()),
    });
    queue.push(1);
    await settle();
    await clock.advance(10);
    await clock.advance(20);
    await settle();
    expect(seen).toEqual(['QuotaExceededError 1', 'QuotaExceededError 2']);
    expect(queue.pending).toBe(0);
  });
});
