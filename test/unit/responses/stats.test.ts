import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '@/lib/responses/business-hours';
import { computeReplyStats, type ResponseEvent } from '@/lib/responses/stats';

const MIN = 60_000;
let serial = 0;
/** An event of thread `thread` at minute `minute`. */
function ev(thread: string, kind: 'inbound' | 'reply', minute: number, id = `e${++serial}`): ResponseEvent {
  return { id, threadKey: thread, kind, at: Date.UTC(2027, 0, 11, 8) + minute * MIN, site: 'gmail', channel: 'email' };
}
const values = (stats: ReturnType<typeof computeReplyStats>) => ({
  first: stats.firstReply.count ? [stats.firstReply.medianMs! / MIN] : [],
  next: stats.nextReply.count,
  nextMedian: stats.nextReply.medianMs === null ? null : stats.nextReply.medianMs / MIN,
});

describe('computeReplyStats', () => {
  it('measures the first reply from the first inbound', () => {
    const stats = computeReplyStats([ev('a', 'inbound', 0), ev('a', 'reply', 10)]);
    expect(stats).toMatchObject({ inbound: 1, replies: 1, firstReply: { count: 1, medianMs: 10 * MIN }, nextReply: { count: 0, medianMs: null } });
  });

  it('puts an inbound before a reply at the same instant', () => {
    expect(computeReplyStats([ev('a', 'reply', 5), ev('a', 'inbound', 5)]).firstReply).toMatchObject({ count: 1, medianMs: 0 });
  });

  it('counts events with the same id once', () => {
    const inbound = ev('a', 'inbound', 0, 'same-in');
    const reply = ev('a', 'reply', 10, 'same-reply');
    const stats = computeReplyStats([inbound, inbound, reply, { ...reply }]);
    expect(stats).toMatchObject({ inbound: 1, replies: 1, firstReply: { count: 1 }, nextReply: { count: 0 } });
  });

  it('counts repeated ids once in a long conversation too', () => {
    const events: ResponseEvent[] = [];
    for (let i = 0; i < 40; i++) events.push(ev('long', i % 2 === 0 ? 'inbound' : 'reply', i * 10, `long-${i}`));
    const repeated = [...events, ...events.slice(10, 30).map((event) => ({ ...event }))].reverse();
    const stats = computeReplyStats(repeated);
    expect(stats).toMatchObject({ inbound: 20, replies: 20, firstReply: { count: 1 }, nextReply: { count: 19, medianMs: 10 * MIN } });
  });

  it('does not measure a follow-up reply with nothing unanswered before it', () => {
    const stats = computeReplyStats([ev('a', 'inbound', 0), ev('a', 'reply', 10), ev('a', 'reply', 20)]);
    expect(values(stats)).toEqual({ first: [10], next: 0, nextMedian: null });
    expect(stats.replies).toBe(2);
  });

  it('measures a next reply from the oldest unanswered inbound', () => {
    const stats = computeReplyStats([ev('a', 'inbound', 0), ev('a', 'reply', 10), ev('a', 'inbound', 20), ev('a', 'inbound', 30), ev('a', 'reply', 50)]);
    expect(values(stats)).toEqual({ first: [10], next: 1, nextMedian: 30 });
  });

  it('starts the first reply at the first inbound even when the agent wrote first', () => {
    const stats = computeReplyStats([ev('a', 'reply', 0), ev('a', 'inbound', 10), ev('a', 'reply', 25)]);
    expect(values(stats)).toEqual({ first: [15], next: 0, nextMedian: null });
  });

  it('orders events itself and keeps threads apart', () => {
    const events = [ev('b', 'reply', 40), ev('a', 'reply', 12), ev('b', 'inbound', 10), ev('a', 'inbound', 2), ev('c', 'inbound', 5)];
    const stats = computeReplyStats(events);
    expect(stats.firstReply).toEqual({ count: 2, medianMs: 20 * MIN, p90Ms: 30 * MIN, meanMs: 20 * MIN });
    expect(stats).toMatchObject({ inbound: 3, replies: 2 });
  });

  it('gives nulls for no events', () => {
    expect(computeReplyStats([])).toEqual({
      firstReply: { count: 0, medianMs: null, p90Ms: null, meanMs: null },
      nextReply: { count: 0, medianMs: null, p90Ms: null, meanMs: null },
      inbound: 0,
      replies: 0,
    });
  });

  it('counts only business hours when asked to', () => {
    // Monday 11 January 2027, 08:00 UTC = 09:00 in Oslo. Inbound Friday 16:30 Oslo, answered Monday 09:30 Oslo.
    const hours: BusinessHours = { timeZone: 'Europe/Oslo', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
    const friday = ev('a', 'inbound', -(3 * 24 * 60) + 7.5 * 60);
    const monday = ev('a', 'reply', 30);
    expect(computeReplyStats([friday, monday], { businessHours: hours }).firstReply.medianMs).toBe(60 * MIN);
    expect(computeReplyStats([friday, monday]).firstReply.medianMs).toBe((3 * 24 * 60 - 7.5 * 60 + 30) * MIN);
  });
});
