import { describe, expect, it } from 'vitest';
import { computeReplyReport, DEFAULT_SLA_MINUTES, type ReportOptions } from '@/lib/responses/report';
import type { ResponseEvent } from '@/lib/responses/stats';

const MIN = 60_000;
const HOUR = 60 * MIN;
// Monday 11 January 2027 00:00 in Oslo (UTC+1 in winter).
const MONDAY = Date.UTC(2027, 0, 10, 23);
let serial = 0;
function ev(thread: string, kind: 'inbound' | 'reply', at: number, extra: Partial<ResponseEvent> = {}): ResponseEvent {
  return { id: `r${++serial}`, threadKey: thread, kind, at, site: 'gmail', channel: 'email', ...extra };
}
const week: ReportOptions = { from: MONDAY, to: MONDAY + 7 * 24 * HOUR, timeZone: 'Europe/Oslo', slaMinutes: DEFAULT_SLA_MINUTES };

describe('computeReplyReport', () => {
  it('counts SLA met and breached per channel against its own target', () => {
    const events = [
      ev('mail', 'inbound', MONDAY + 9 * HOUR),
      ev('mail', 'reply', MONDAY + 10 * HOUR), // 1 h: within the email day
      ev('chat', 'inbound', MONDAY + 9 * HOUR, { site: 'intercom', channel: 'chat' }),
      ev('chat', 'reply', MONDAY + 9 * HOUR + 3 * MIN, { site: 'intercom', channel: 'chat' }), // 3 min: over 2 min
      ev('chat', 'inbound', MONDAY + 11 * HOUR, { site: 'intercom', channel: 'chat' }),
      ev('chat', 'reply', MONDAY + 11 * HOUR + 2 * MIN, { site: 'intercom', channel: 'chat' }), // exactly 2 min: met
    ];
    const report = computeReplyReport(events, week);
    expect(report.sla).toMatchObject({ measured: 3, met: 2, breached: 1 });
    expect(report.sla.percentMet).toBeCloseTo(66.667, 2);
    expect(report.sla.byChannel.chat).toEqual({ measured: 2, met: 1, breached: 1, percentMet: 50 });
    expect(report.sla.byChannel.email).toEqual({ measured: 1, met: 1, breached: 0, percentMet: 100 });
    expect(report.sla.byChannel.social).toEqual({ measured: 0, met: 0, breached: 0, percentMet: null });
  });

  it('measures a reply early in the period against a message from before it, and counts only what is inside', () => {
    const events = [ev('a', 'inbound', MONDAY - 2 * HOUR), ev('a', 'reply', MONDAY + HOUR), ev('b', 'inbound', MONDAY + 8 * 24 * HOUR)];
    const report = computeReplyReport(events, week);
    expect(report.stats).toMatchObject({ inbound: 0, replies: 1, firstReply: { count: 1, medianMs: 3 * HOUR } });
  });

  it('lists every local day and ISO week of the period, with zeros on quiet days', () => {
    const events = [ev('a', 'inbound', MONDAY + 25 * HOUR), ev('a', 'reply', MONDAY + 26 * HOUR)];
    const report = computeReplyReport(events, { ...week, to: MONDAY + 10 * 24 * HOUR });
    expect(report.daily.map((day) => day.date)).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15', '2027-01-16', '2027-01-17', '2027-01-18', '2027-01-19', '2027-01-20']);
    expect(report.daily[1]).toMatchObject({ inbound: 1, replies: 1, firstReply: { count: 1, medianMs: HOUR } });
    expect(report.daily[0]).toMatchObject({ inbound: 0, replies: 0, firstReply: { count: 0, medianMs: null } });
    expect(report.weekly.map((w) => [w.date, w.inbound])).toEqual([['2027-01-11', 1], ['2027-01-18', 0]]);
  });

  it('places the heatmap in the agent’s local weekday and hour, across a DST change', () => {
    // Sunday 29 March 2026 03:30 CEST is 01:30 UTC (clocks went forward at 02:00).
    const at = Date.UTC(2026, 2, 29, 1, 30);
    const report = computeReplyReport([ev('a', 'inbound', at), ev('a', 'reply', at + 90 * MIN)], { ...week, from: at - 24 * HOUR, to: at + 24 * HOUR });
    expect(report.heatmap.inbound[6]![3]).toBe(1);
    expect(report.heatmap.medianReplyMs[6]![3]).toBe(90 * MIN);
    expect(report.heatmap.inbound.flat().reduce((a, b) => a + b)).toBe(1);
    expect(report.heatmap.medianReplyMs[0]![0]).toBeNull();
  });

  it('breaks figures down by site and channel, busiest first', () => {
    const events = [
      ev('z1', 'inbound', MONDAY + HOUR, { site: 'zendesk' }),
      ev('z2', 'inbound', MONDAY + HOUR, { site: 'zendesk' }),
      ev('z1', 'reply', MONDAY + 2 * HOUR, { site: 'zendesk' }),
      ev('w', 'inbound', MONDAY + HOUR, { site: 'whatsapp', channel: 'social' }),
    ];
    const report = computeReplyReport(events, week);
    expect(report.bySite.map((row) => [row.key, row.inbound, row.replies])).toEqual([['zendesk', 2, 1], ['whatsapp', 1, 0]]);
    expect(report.byChannel.map((row) => row.key)).toEqual(['email', 'social']);
  });

  it('counts a repeated event once in every figure, in a short thread and in a long one', () => {
    const inbound = ev('z1', 'inbound', MONDAY + HOUR, { site: 'zendesk' });
    const reply = ev('z1', 'reply', MONDAY + 2 * HOUR, { site: 'zendesk' });
    const long = Array.from({ length: 30 }, (_, i) => ev('long', i % 2 ? 'reply' : 'inbound', MONDAY + i * MIN));
    const report = computeReplyReport([inbound, { ...inbound }, reply, { ...reply }, ...long, ...long.map((event) => ({ ...event }))], week);
    expect([report.stats.inbound, report.stats.replies]).toEqual([16, 16]);
    expect(report.bySite.map((row) => [row.key, row.inbound, row.replies])).toEqual([['gmail', 15, 15], ['zendesk', 1, 1]]);
    expect(report.daily[0]).toMatchObject({ inbound: 16, replies: 16 });
    expect(report.heatmap.inbound.flat().reduce((a, b) => a + b, 0)).toBe(16);
  });

  it('filters by site and by channel', () => {
    const events = [ev('z', 'inbound', MONDAY + HOUR, { site: 'zendesk' }), ev('g', 'inbound', MONDAY + HOUR), ev('c', 'inbound', MONDAY + HOUR, { site: 'intercom', channel: 'chat' })];
    expect(computeReplyReport(events, { ...week, site: 'zendesk' }).stats.inbound).toBe(1);
    expect(computeReplyReport(events, { ...week, channel: 'email' }).stats.inbound).toBe(2);
  });

  it('compares replies with a template or a rewrite with the others', () => {
    const events = [
      ev('a', 'inbound', MONDAY), ev('a', 'reply', MONDAY + 10 * MIN, { templateId: 'refund' }),
      ev('b', 'inbound', MONDAY), ev('b', 'reply', MONDAY + 20 * MIN, { rewrites: 2 }),
      ev('c', 'inbound', MONDAY), ev('c', 'reply', MONDAY + 60 * MIN),
      ev('d', 'inbound', MONDAY), ev('d', 'reply', MONDAY + 30 * MIN, { templateId: 'hello', rewrites: 1 }),
    ];
    const report = computeReplyReport(events, week);
    expect(report.withTemplate).toEqual({ replies: 2, share: 50, medianMs: 20 * MIN });
    expect(report.withRewrite).toEqual({ replies: 2, share: 50, medianMs: 25 * MIN });
    expect(report.unassisted).toEqual({ replies: 1, share: 25, medianMs: 60 * MIN });
  });

  it('uses business hours for durations and SLA when given', () => {
    const hours = { timeZone: 'Europe/Oslo', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
    // Friday 16:00 → Monday 10:00 in Oslo: 2 business hours, 66 calendar hours.
    const friday = MONDAY - 3 * 24 * HOUR + 16 * HOUR;
    const events = [ev('a', 'inbound', friday), ev('a', 'reply', MONDAY + 10 * HOUR)];
    const options = { ...week, from: friday - HOUR, slaMinutes: { ...DEFAULT_SLA_MINUTES, email: 4 * 60 } };
    expect(computeReplyReport(events, { ...options, businessHours: hours })).toMatchObject({ stats: { firstReply: { medianMs: 2 * HOUR } }, sla: { met: 1 } });
    expect(computeReplyReport(events, options)).toMatchObject({ stats: { firstReply: { medianMs: 66 * HOUR } }, sla: { met: 0, breached: 1 } });
  });

  it('gives empty figures for an empty log, never zeros pretending to be data', () => {
    const report = computeReplyReport([], week);
    expect(report.stats.firstReply.medianMs).toBeNull();
    expect(report.sla.percentMet).toBeNull();
    expect(report.withTemplate.share).toBeNull();
    expect(report.daily).toHaveLength(7);
    expect(report.durations).toHaveLength(0);
  });
});
