import { describe, expect, it } from 'vitest';
import { isMatchedBy, readOriginPattern } from '@/lib/sites/match-pattern';
import { SUPPORTED_MATCHES, SUPPORTED_SITES } from '@/lib/sites/supported';

const matchesAny = (url: string) => SUPPORTED_MATCHES.some((pattern) => isMatchedBy(pattern, new URL(url)));

describe('supported match patterns', () => {
  it.each([
    'https://mail.google.com/mail/u/0/#inbox',
    'https://outlook.office.com/mail/',
    'https://outlook.live.com/mail/0/',
    'https://acme.zendesk.com/agent/tickets/1',
    'https://acme.freshdesk.com/a/tickets/1',
    'https://secure.helpscout.net/conversation/1/1',
    'https://app.intercom.com/a/inbox/abc/inbox/conversation/1',
    'https://app.frontapp.com/inboxes/teammates/1',
    'https://www.linkedin.com/messaging/thread/1/',
    'https://x.com/messages/1-2',
    'https://www.messenger.com/t/1',
    'https://www.facebook.com/messages/t/1',
    'https://web.whatsapp.com/',
  ])('match %s', (url) => expect(matchesAny(url)).toBe(true));

  it.each([
    'https://example.org/',
    'https://mail.google.org/',
    'http://mail.google.com/mail/',
    'https://acme.zendesk.com/hc/en-us',
    'https://zendesk.com.evil.example/agent/',
    'https://evilzendesk.com/agent/tickets/1',
  ])('do not match %s', (url) => expect(matchesAny(url)).toBe(false));

  it('gives every site an id and at least one pattern', () => {
    const ids = SUPPORTED_SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of SUPPORTED_SITES) expect(site.matches.length).toBeGreaterThan(0);
  });
});

describe('readOriginPattern', () => {
  it.each([
    ['help.example.com', 'https://help.example.com/*'],
    ['  https://help.example.com/inbox?x=1 ', 'https://help.example.com/*'],
    ['http://intranet.local:8080/desk', 'http://intranet.local/*'],
    ['HELP.Example.COM', 'https://help.example.com/*'],
  ])('%s becomes %s', (input, pattern) => {
    expect(readOriginPattern(input)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.com', 'scheme'],
    ['https://', 'invalid'],
    ['https://user:pw@example.com', 'invalid'],
    ['*.example.com', 'invalid'],
  ])('%j is rejected as %s', (input, error) => {
    expect(readOriginPattern(input)).toEqual({ ok: false, error });
  });
});
