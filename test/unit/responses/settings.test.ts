import { describe, expect, it } from 'vitest';
import { getSlaState, readWaiting } from '@/lib/responses/clock';
import { getSlaMinutes, readReplyLogSettings } from '@/lib/responses/settings';

describe('reply-log settings', () => {
  it('falls back field by field on damaged values', () => {
    const read = readReplyLogSettings({ slaMinutes: { email: 60, chat: -5, social: 'soon' }, businessHours: { timeZone: 'Europe/Helsinki', days: [], start: '09:00', end: '17:00' }, useBusinessHours: 'yes', retentionDays: 90 }, 'Europe/Oslo');
    expect(read).toEqual({ slaMinutes: { email: 60 }, businessHours: { timeZone: 'Europe/Oslo', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, useBusinessHours: false, retentionDays: 90 });
    expect(readReplyLogSettings(null, 'Asia/Tehran').businessHours.timeZone).toBe('Asia/Tehran');
    expect(readReplyLogSettings({ businessHours: { timeZone: 'Asia/Tehran', days: [6, 7, 1, 2, 3], start: '17:00', end: '08:00' } }, 'UTC').businessHours.start).toBe('09:00');
  });

  it('takes the user’s target first, then the pack’s, then the default', () => {
    const settings = readReplyLogSettings({ slaMinutes: { chat: 5 } }, 'UTC');
    expect(getSlaMinutes(settings, { chat: 1, social: 30 })).toEqual({ email: 1440, chat: 5, social: 30 });
    expect(getSlaMinutes(settings)).toEqual({ email: 1440, chat: 5, social: 60 });
  });
});

describe('the conversation clock', () => {
  const ev = (kind: 'inbound' | 'reply', at: number) => ({ id: `${kind}${at}`, threadKey: 'a', kind, at, site: 'gmail', channel: 'email' as const });

  it('waits from the oldest message after the last reply', () => {
    expect(readWaiting([ev('inbound', 50), ev('reply', 20), ev('inbound', 10), ev('inbound', 30)])).toEqual({ waitingSince: 30, lastReplyAt: 20 });
    expect(readWaiting([ev('inbound', 10), ev('reply', 10)])).toEqual({ waitingSince: null, lastReplyAt: 10 });
    expect(readWaiting([])).toEqual({ waitingSince: null, lastReplyAt: null });
  });

  it.each([
    [0, 'ok'],
    [89 * 60_000, 'ok'],
    [90 * 60_000, 'near'],
    [120 * 60_000, 'near'],
    [120 * 60_000 + 1, 'breached'],
  ] as const)('a wait of %i ms against 2 hours is %s', (waited, state) => expect(getSlaState(waited, 120)).toBe(state));
});
