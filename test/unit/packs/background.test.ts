import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPackUpdates, getPacksOverview, PACK_UPDATE_ALARM, removePackById, resetPacks, startPacks, subscribePack, whenPacksIdle } from '@/entrypoints/background/packs';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import { makePack, makeTemplate } from './fixtures';

const PACK_URL = 'https://packs.example.com/acme.json';

/** A pack server: the file it serves, its ETag, and the requests it got. */
function serve(initial: { body: unknown; etag: string }) {
  const server = { ...initial, requests: [] as { url: string; headers: Record<string, string> }[] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      server.requests.push({ url, headers });
      if (headers['If-None-Match'] === server.etag) return new Response(null, { status: 304 });
      return new Response(JSON.stringify(server.body), { status: 200, headers: { ETag: server.etag } });
    }),
  );
  return server;
}

let db: ReplywellDatabase;
let n = 0;
const granted = new Set<string>();

beforeEach(() => {
  fakeBrowser.reset();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.i18n!.getUILanguage = () => 'nb-NO';
  b.permissions!.remove = async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.delete(origin));
  granted.clear();
  db = createDatabase(`packs-background-${++n}`);
  resetPacks(db);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

async function start() {
  startPacks();
  await whenPacksIdle();
}

describe('background packs', () => {
  it('installs the starter pack of the interface language on first run, once', async () => {
    await start();
    const overview = await getPacksOverview();
    expect(overview.packs.map((pack) => [pack.id, pack.origin, pack.templateCount])).toEqual([['replywell-starter-nb', 'starter', 28]]);
    expect(overview.starters.filter((starter) => starter.installed).map((starter) => starter.language)).toEqual(['nb']);
    expect(await db.templates.get('replywell-starter-nb/ack-ticket')).toMatchObject({ source: 'pack:replywell-starter-nb', language: 'nb' });
    // Removed by the user, it stays removed at the next start.
    await removePackById('replywell-starter-nb');
    await start();
    expect((await getPacksOverview()).packs).toEqual([]);
    // The daily check is scheduled.
    expect(await fakeBrowser.alarms.get(PACK_UPDATE_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });
  });

  it('installs what the policy names, skips the starter pack when told, and removes what the policy drops', async () => {
    serve({ body: makePack({ id: 'it-remote', name: 'IT remote' }), etag: '"1"' });
    await fakeBrowser.storage.managed.set({
      packs: [{ url: PACK_URL }, { pack: JSON.stringify(makePack({ id: 'it-inline', name: 'IT inline' })) }, { url: 'http://insecure.example.com/p.json' }],
      installStarterPack: false,
    });
    await start();
    const overview = await getPacksOverview();
    expect(overview.packs.map((pack) => [pack.id, pack.origin, pack.url])).toEqual([
      ['it-inline', 'policy', undefined],
      ['it-remote', 'policy', PACK_URL],
    ]);
    expect(overview.policyErrors).toEqual(['packs[2].url: expected an https address, found "http://insecure.example.com/p.json"']);
    await expect(removePackById('it-inline')).rejects.toThrow(/organisation's policy/);

    await fakeBrowser.storage.managed.set({ packs: [{ url: PACK_URL }] });
    await vi.waitFor(async () => expect((await getPacksOverview()).packs.map((pack) => pack.id)).toEqual(['it-remote']));
    expect(await db.templates.where('source').equals('pack:it-inline').count()).toBe(0);
  });

  it('subscribes, then the daily alarm upgrades when the version rises and records a 304 otherwise', async () => {
    const server = serve({ body: makePack(), etag: '"v1"' });
    await fakeBrowser.storage.managed.set({ installStarterPack: false });
    await start();
    const answer = await subscribePack(PACK_URL);
    expect(answer).toMatchObject({ ok: true, status: 'installed' });

    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_UPDATE_ALARM, scheduledTime: Date.now(), periodInMinutes: 24 * 60, persistAcrossSessions: true });
    await whenPacksIdle();
    expect(server.requests.at(-1)!.headers['If-None-Match']).toBe('"v1"');
    expect((await getPacksOverview()).packs[0]).toMatchObject({ version: '1.0.0', checkedAt: expect.any(Number) });

    server.body = makePack({ version: '1.1.0', templates: [makeTemplate('refund', { body: 'New text' })] });
    server.etag = '"v2"';
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_UPDATE_ALARM, scheduledTime: Date.now(), periodInMinutes: 24 * 60, persistAcrossSessions: true });
    await whenPacksIdle();
    expect((await getPacksOverview()).packs[0]).toMatchObject({ version: '1.1.0', etag: '"v2"', lastChanges: { added: [], changed: ['refund'], removed: ['thanks'] } });
    expect(await db.templates.get('acme-support/refund')).toMatchObject({ body: 'New text' });
  });

  it('keeps the installed version when the new file is broken, and says why', async () => {
    const server = serve({ body: makePack(), etag: '"v1"' });
    await fakeBrowser.storage.managed.set({ installStarterPack: false });
    await start();
    await subscribePack(PACK_URL);
    server.body = { ...makePack({ version: '2.0.0' }), templates: [{ id: 'x', title: '', body: 'B', language: 'en' }] };
    server.etag = '"v2"';
    expect(await checkPackUpdates('acme-support')).toEqual([
      { id: 'acme-support', name: 'Acme support', status: 'error', error: 'the new file has problems: templates[0].title: the title is empty' },
    ]);
    expect((await getPacksOverview()).packs[0]).toMatchObject({ version: '1.0.0', lastError: 'the new file has problems: templates[0].title: the title is empty' });
    expect(await db.templates.where('source').equals('pack:acme-support').count()).toBe(2);
  });

  it('refuses a subscription whose download fails, storing nothing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' })));
    await fakeBrowser.storage.managed.set({ installStarterPack: false });
    await start();
    await expect(subscribePack(PACK_URL)).rejects.toThrow('Could not download the pack: packs.example.com answered 404 Not Found.');
    expect((await getPacksOverview()).packs).toEqual([]);
  });

  it("gives a removed subscription's site access back", async () => {
    serve({ body: makePack(), etag: '"v1"' });
    await fakeBrowser.storage.managed.set({ installStarterPack: false });
    await start();
    granted.add('https://packs.example.com/*');
    await subscribePack(PACK_URL);
    await removePackById('acme-support');
    expect(granted.has('https://packs.example.com/*')).toBe(false);
  });
});
