import { describe, expect, it } from 'vitest';
import { escapeCsvField, parseLogFile, toCsv, toJson } from '@/lib/responses/log-file';
import type { ResponseEvent } from '@/lib/responses/stats';
import { getThreadKey, toStoredEvent } from '@/lib/responses/thread-key';
import { webcrypto } from 'node:crypto';

const KEY = '0123456789abcdef0123456789abcdef';
const AT = Date.UTC(2026, 10, 20, 9, 30);
const event = (kind: 'inbound' | 'reply', at: number, extra: Partial<ResponseEvent> = {}): ResponseEvent => ({ id: `${KEY}:${kind}:${at}`, threadKey: KEY, kind, at, site: 'zendesk', channel: 'email', ...extra });

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['@cmd', "'@cmd"],
    ['', ''],
  ])('escapes %j as %j', (value, expected) => expect(escapeCsvField(value)).toBe(expected));

  it('writes a header and one CRLF line per event, with the time as ISO 8601', () => {
    const csv = toCsv([event('inbound', AT), event('reply', AT + 60_000, { templateId: 'refund, "store credit"', rewrites: 2, observed: true })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,threadKey,kind,at,time,site,channel,observed,templateId,rewrites,customerTimeZone');
    expect(lines[1]).toBe(`${KEY}:inbound:${AT},${KEY},inbound,${AT},2026-11-20T09:30:00.000Z,zendesk,email,false,,0,`);
    expect(lines[2]).toContain(',true,"refund, ""store credit""",2,');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });
});

describe('JSON export and import', () => {
  it('round-trips every field', () => {
    const events = [event('inbound', AT, { customerTimeZone: 'Asia/Tehran', observed: true }), event('reply', AT + 5, { templateId: 'hello', rewrites: 1 })];
    expect(parseLogFile(toJson(events, AT))).toEqual({ ok: true, events });
    expect(parseLogFile(toJson([], AT))).toEqual({ ok: true, events: [] });
  });

  it('keeps one of an event listed twice', () => {
    const one = event('inbound', AT);
    expect(parseLogFile(toJson([one, { ...one }], AT))).toEqual({ ok: true, events: [one] });
  });

  it('names the line and field of a bad event and returns no events at all', () => {
    const text = toJson([event('inbound', AT), event('reply', AT + 1), event('inbound', AT + 2)], AT).replace(`"at":${AT + 1}`, '"at":"yesterday"');
    const result = parseLogFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ code: 'field', line: 3, path: 'events[1].at' })]);
  });

  it('finds the line whatever the layout', () => {
    const text = `{\n  "format": "replywell-reply-log",\n  "version": 1,\n  "events": [\n    ${JSON.stringify(event('inbound', AT))},\n\n    {\n      "id": "x"\n    }\n  ]\n}`;
    const result = parseLogFile(text);
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.path])).toEqual(expect.arrayContaining([[7, 'events[1].threadKey']]));
  });

  it('refuses rows that carry anything beyond the log fields (text, names)', () => {
    const text = toJson([{ ...event('inbound', AT), text: 'Hello Kari' } as ResponseEvent], AT);
    const result = parseLogFile(text);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['field']);
  });

  it('refuses an id edited by hand', () => {
    const result = parseLogFile(toJson([{ ...event('inbound', AT), id: 'made-up' }], AT));
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([['idMismatch', 'events[0].id']]);
  });

  it.each([
    ['not JSON', '{"format": ', 'notJson'],
    ['another file', '{"name": "pack"}', 'notExport'],
    ['a list', '[]', 'notExport'],
    ['a newer version', '{"format":"replywell-reply-log","version":2,"events":[]}', 'version'],
    ['events not a list', '{"format":"replywell-reply-log","version":1,"events":{}}', 'notList'],
  ])('refuses %s with a clear reason', (_name, text, code) => {
    const result = parseLogFile(text);
    expect(result.ok ? undefined : result.errors[0]?.code).toBe(code);
  });

  it('stops listing after the first twenty problems', () => {
    const bad = Array.from({ length: 50 }, (_, i) => ({ ...event('inbound', AT + i), site: 'Not A Site' }));
    const result = parseLogFile(toJson(bad, AT));
    expect(result.ok ? 0 : result.errors.length).toBe(20);
  });
});

describe('thread keys', () => {
  it('are stable per install and site, differ across salts, and never contain the raw id', async () => {
    const a = await getThreadKey(webcrypto.subtle, 'salt-1', 'gmail', 'thread-42');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await getThreadKey(webcrypto.subtle, 'salt-1', 'gmail', 'thread-42')).toBe(a);
    expect(await getThreadKey(webcrypto.subtle, 'salt-2', 'gmail', 'thread-42')).not.toBe(a);
    expect(await getThreadKey(webcrypto.subtle, 'salt-1', 'outlook', 'thread-42')).not.toBe(a);
  });

  it('make the same id for the same report, so a retry is stored once', () => {
    const report = { kind: 'reply' as const, threadId: 't', at: AT, observed: true, site: 'gmail', channel: 'email' as const, rewrites: 0 };
    expect(toStoredEvent(report, KEY)).toEqual({ id: `${KEY}:reply:${AT}`, threadKey: KEY, kind: 'reply', at: AT, site: 'gmail', channel: 'email', observed: true });
    expect(toStoredEvent({ ...report }, KEY).id).toBe(toStoredEvent(report, KEY).id);
  });
});
