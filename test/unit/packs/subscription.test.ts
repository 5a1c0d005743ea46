import { describe, expect, it, vi } from 'vitest';
import { PACK_LIMITS } from '@/lib/packs';
import { readPackPolicy } from '@/lib/packs/policy';
import { fetchPackText, readSubscriptionUrl } from '@/lib/packs/subscription';
import { makePack } from './fixtures';

function respond(body: BodyInit | null, init: ResponseInit & { url?: string } = {}) {
  const response = new Response(body, init);
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => response);
}

describe('readSubscriptionUrl', () => {
  it.each([
    ['https://packs.example.com/team.json', { ok: true, url: 'https://packs.example.com/team.json', originPattern: 'https://packs.example.com/*' }],
    ['  https://packs.example.com:8443/a/b.json?v=1#top ', { ok: true, url: 'https://packs.example.com:8443/a/b.json?v=1', originPattern: 'https://packs.example.com:8443/*' }],
    ['', { ok: false, error: 'empty' }],
    ['packs.example.com/team.json', { ok: false, error: 'invalid' }],
    ['http://packs.example.com/team.json', { ok: false, error: 'scheme' }],
    ['ftp://packs.example.com/team.json', { ok: false, error: 'scheme' }],
    ['https://user:secret@packs.example.com/team.json', { ok: false, error: 'invalid' }],
  ])('%j', (input, expected) => {
    expect(readSubscriptionUrl(input)).toEqual(expected);
  });
});

describe('fetchPackText', () => {
  const URL_ = 'https://packs.example.com/team.json';

  it('downloads the file and keeps the validators the server sent', async () => {
    const fetchFn = respond('{"a":1}', { status: 200, headers: { ETag: '"abc"', 'Last-Modified': 'Sun, 22 Nov 2026 08:00:00 GMT' } });
    expect(await fetchPackText(fetchFn, URL_)).toEqual({ status: 'fetched', text: '{"a":1}', etag: '"abc"', lastModified: 'Sun, 22 Nov 2026 08:00:00 GMT' });
    const init = fetchFn.mock.calls[0]![1]!;
    expect(init).toMatchObject({ cache: 'no-cache', credentials: 'omit' });
    expect(init.headers).not.toHaveProperty('If-None-Match');
  });

  it('asks conditionally and reports 304 as not modified', async () => {
    const fetchFn = respond(null, { status: 304 });
    expect(await fetchPackText(fetchFn, URL_, { etag: '"abc"', lastModified: 'Sun, 22 Nov 2026 08:00:00 GMT' })).toEqual({ status: 'not-modified' });
    expect(fetchFn.mock.calls[0]![1]!.headers).toMatchObject({ 'If-None-Match': '"abc"', 'If-Modified-Since': 'Sun, 22 Nov 2026 08:00:00 GMT' });
  });

  it.each([
    ['an HTTP error', respond('gone', { status: 404, statusText: 'Not Found' }), 'packs.example.com answered 404 Not Found'],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'could not reach packs.example.com (Failed to fetch)'],
    ['a redirect to http', respond('{}', { status: 200, url: 'http://packs.example.com/team.json' }), 'packs.example.com redirected to an address that is not https'],
    ['a declared size over the limit', respond('{}', { status: 200, headers: { 'Content-Length': String(PACK_LIMITS.fileBytes + 1) } }), 'the file is larger than 5 MB'],
    ['a body over the limit without a declared size', respond(new Blob(['x'.repeat(PACK_LIMITS.fileBytes + 1)]).stream(), { status: 200 }), 'the file is larger than 5 MB'],
  ])('explains %s', async (_, fetchFn, message) => {
    await expect(fetchPackText(fetchFn as unknown as typeof fetch, URL_)).rejects.toThrow(message);
  });
});

describe('readPackPolicy', () => {
  it('reads packs by address and inline, and whether to install the starter pack', () => {
    const policy = readPackPolicy({ packs: [{ url: 'https://it.example.com/support.json' }, { pack: JSON.stringify(makePack()) }], installStarterPack: false });
    expect(policy.installStarterPack).toBe(false);
    expect(policy.errors).toEqual([]);
    expect(policy.packs.map((entry) => (entry.kind === 'url' ? entry.url : entry.pack.id))).toEqual(['https://it.example.com/support.json', 'acme-support']);
  });

  it('takes an inline pack written as an object (Firefox policies.json)', () => {
    expect(readPackPolicy({ packs: [{ pack: makePack() }] }).packs).toHaveLength(1);
  });

  it('has nothing to do without a policy', () => {
    expect(readPackPolicy(undefined)).toEqual({ packs: [], installStarterPack: true, errors: [] });
    expect(readPackPolicy({})).toEqual({ packs: [], installStarterPack: true, errors: [] });
  });

  it('skips malformed entries with a message naming them, and keeps the good ones', () => {
    const policy = readPackPolicy({
      packs: [{ url: 'http://it.example.com/a.json' }, { url: 'https://it.example.com/b.json', pack: '{}' }, 'text', { pack: JSON.stringify(makePack({ version: 'one' })) }, { url: 'https://it.example.com/ok.json' }],
    });
    expect(policy.packs).toEqual([{ kind: 'url', url: 'https://it.example.com/ok.json' }]);
    expect(policy.errors).toEqual([
      'packs[0].url: expected an https address, found "http://it.example.com/a.json"',
      'packs[1]: give either "url" (an https address) or "pack" (the pack itself)',
      'packs[2]: give either "url" (an https address) or "pack" (the pack itself)',
      'packs[3].pack: version: expected a semantic version such as "1.2.0"',
    ]);
  });

  it('reports a policy of the wrong shape', () => {
    expect(readPackPolicy({ packs: 'https://x' }).errors[0]).toMatch(/^The policy is not an object/);
  });
});
