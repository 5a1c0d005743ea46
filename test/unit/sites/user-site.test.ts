import { describe, expect, it } from 'vitest';
import { getPatternHost, isSupportedHost, readUserSiteInput, type UserSiteInput } from '@/lib/sites/user-site';
import { SUPPORTED_MATCHES } from '@/lib/sites/supported';

const context = {
  supportedMatches: SUPPORTED_MATCHES,
  userSites: [
    { pattern: 'https://desk.acme.io/*', granted: true },
    { pattern: 'https://old.acme.io/*', granted: false },
  ],
};

describe('readUserSiteInput', () => {
  it.each<[string, string, UserSiteInput]>([
    ['a bare host', 'help.example-support.com', { ok: true, pattern: 'https://help.example-support.com/*', host: 'help.example-support.com' }],
    ['a full URL with path and query', 'https://help.acme.io/inbox?x=1', { ok: true, pattern: 'https://help.acme.io/*', host: 'help.acme.io' }],
    ['an http URL with a port', 'http://intranet.local:8080/tickets', { ok: true, pattern: 'http://intranet.local/*', host: 'intranet.local' }],
    ['surrounding spaces', '  help.acme.io  ', { ok: true, pattern: 'https://help.acme.io/*', host: 'help.acme.io' }],
    ['an empty field', '   ', { ok: false, error: 'empty' }],
    ['spaces inside', 'help acme io', { ok: false, error: 'invalid' }],
    ['a wildcard', '*.acme.io', { ok: false, error: 'invalid' }],
    ['an ftp address', 'ftp://files.acme.io', { ok: false, error: 'scheme' }],
    ['a supported host', 'mail.google.com', { ok: false, error: 'supported', host: 'mail.google.com' }],
    ['a supported subdomain pattern', 'https://acme.zendesk.com/', { ok: false, error: 'supported', host: 'acme.zendesk.com' }],
    ['a site already added and granted', 'desk.acme.io', { ok: false, error: 'duplicate', host: 'desk.acme.io' }],
    ['a site whose permission was withdrawn', 'old.acme.io', { ok: true, pattern: 'https://old.acme.io/*', host: 'old.acme.io' }],
  ])('%s', (_name, input, expected) => {
    expect(readUserSiteInput(input, context)).toEqual(expected);
  });
});

describe('isSupportedHost', () => {
  it.each([
    ['mail.google.com', true],
    ['acme.freshdesk.com', true],
    ['zendesk.com', true],
    ['google.com', false],
    ['evilzendesk.com', false],
    ['help.example-support.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isSupportedHost(host, SUPPORTED_MATCHES)).toBe(expected);
  });
});

describe('getPatternHost', () => {
  it('reads the host of an origin pattern', () => {
    expect(getPatternHost('https://help.acme.io/*')).toBe('help.acme.io');
  });
});
