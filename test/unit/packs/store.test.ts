import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import { parsePack, type Pack, type PackInput } from '@/lib/packs';
import { customiseStoredTemplate, installPack, listPacks, recordPackCheck, removePack } from '@/lib/packs/store';
import { makePack, makeTemplate } from './fixtures';

function pack(input: PackInput): Pack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

let db: ReplywellDatabase;
let n = 0;
beforeEach(() => {
  db = createDatabase(`packs-test-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const personal = { id: 'mine', templateId: 'mine', source: 'personal', title: 'Mine', body: 'My text', tags: [], language: 'en', channels: ['email'], updatedAt: 1 };

async function snapshot() {
  return { templates: await db.templates.orderBy('id').toArray(), packs: await db.packs.toArray() };
}

describe('installing and upgrading', () => {
  it('installs a pack: its templates and its row, in one go', async () => {
    const result = await installPack(db, pack(makePack()), { origin: 'file', now: 100 });
    expect(result.status).toBe('installed');
    expect((await db.templates.toArray()).map((t) => t.id).sort()).toEqual(['acme-support/refund', 'acme-support/thanks']);
    expect(await listPacks(db)).toEqual([expect.objectContaining({ id: 'acme-support', version: '1.0.0', origin: 'file', templateCount: 2, installedAt: 100 })]);
  });

  it('upgrades: replaces the pack templates, keeps personal copies and other packs, and records the changes', async () => {
    await db.templates.add(personal);
    await installPack(db, pack(makePack({ id: 'other', templates: [makeTemplate('refund', { shortcut: ';r2' })] })), { origin: 'file', now: 50 });
    await installPack(db, pack(makePack()), { origin: 'file', now: 100 });
    const copy = await customiseStoredTemplate(db, 'acme-support/refund', 150);
    const v2 = makePack({ version: '1.1.0', templates: [makeTemplate('refund', { body: 'Updated' }), makeTemplate('new-one')] });
    const result = await installPack(db, pack(v2), { origin: 'file', now: 200 });
    expect(result.status).toBe('upgraded');
    expect(result.changes).toEqual({ added: ['new-one'], changed: ['refund'], removed: ['thanks'] });
    const ids = (await db.templates.toArray()).map((t) => t.id).sort();
    expect(ids).toEqual(['acme-support/new-one', 'acme-support/refund', 'mine', 'other/refund', copy.id].sort());
    expect(await db.templates.get(copy.id)).toMatchObject({ source: 'personal', body: 'Text of refund.'.replace(/^/, 'Hi {{customer.firstName | there}},\n\n') });
    expect((await db.packs.get('acme-support'))?.lastChanges).toEqual({ added: ['new-one'], changed: ['refund'], removed: ['thanks'], from: '1.0.0', to: '1.1.0', at: 200 });
  });

  it('refuses an older version and changes nothing', async () => {
    await installPack(db, pack(makePack({ version: '2.0.0' })), { origin: 'file', now: 100 });
    const before = await snapshot();
    await expect(installPack(db, pack(makePack({ version: '1.9.0', templates: [makeTemplate('x')] })), { origin: 'file', now: 200 })).rejects.toThrow('Version 1.9.0 of "Acme support" is older than the installed 2.0.0.');
    expect(await snapshot()).toEqual(before);
  });

  it('rolls everything back when a write fails half-way', async () => {
    await installPack(db, pack(makePack()), { origin: 'file', now: 100 });
    const before = await snapshot();
    // A row that IndexedDB refuses (a function cannot be cloned) makes the second write of the upgrade fail.
    const broken = pack(makePack({ version: '1.1.0', templates: [makeTemplate('refund'), makeTemplate('other')] }));
    (broken.templates[1] as Record<string, unknown>).variants = [() => 1];
    await expect(installPack(db, broken, { origin: 'file', now: 200 })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('treats the same version from a subscription as unchanged, but records the check', async () => {
    await installPack(db, pack(makePack()), { origin: 'url', url: 'https://packs.example.com/acme.json', etag: '"1"', now: 100 });
    const result = await installPack(db, pack(makePack({ templates: [makeTemplate('x')] })), { origin: 'url', url: 'https://packs.example.com/acme.json', etag: '"2"', now: 300 });
    expect(result.status).toBe('unchanged');
    expect((await db.templates.toArray()).map((t) => t.id).sort()).toEqual(['acme-support/refund', 'acme-support/thanks']);
    expect(await db.packs.get('acme-support')).toMatchObject({ etag: '"2"', checkedAt: 300, updatedAt: 100 });
  });

  it('keeps a policy pack under policy, and a subscription at its address', async () => {
    await installPack(db, pack(makePack()), { origin: 'policy', url: 'https://it.example.com/pack.json', now: 100 });
    await expect(installPack(db, pack(makePack({ version: '9.0.0' })), { origin: 'file', now: 200 })).rejects.toThrow(/organisation's policy/);
    await expect(removePack(db, 'acme-support')).rejects.toThrow(/organisation's policy/);
    await installPack(db, pack(makePack({ id: 'sub' })), { origin: 'url', url: 'https://a.example.com/p.json', now: 100 });
    await expect(installPack(db, pack(makePack({ id: 'sub', version: '2.0.0' })), { origin: 'url', url: 'https://b.example.com/p.json', now: 200 })).rejects.toThrow(/already subscribed from https:\/\/a.example.com\/p.json/);
    await expect(installPack(db, pack(makePack({ id: 'sub', version: '2.0.0' })), { origin: 'file', now: 200 })).rejects.toThrow(/Remove it first/);
  });
});

describe('removing', () => {
  it('removes the pack and its templates only', async () => {
    await db.templates.add(personal);
    await installPack(db, pack(makePack()), { origin: 'file', now: 100 });
    await installPack(db, pack(makePack({ id: 'other' })), { origin: 'file', now: 100 });
    const copy = await customiseStoredTemplate(db, 'acme-support/thanks', 150);
    await removePack(db, 'acme-support');
    expect((await db.templates.toArray()).map((t) => t.id).sort()).toEqual(['mine', 'other/refund', 'other/thanks', copy.id].sort());
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['other']);
  });

  it('says so when the pack is not installed', async () => {
    await expect(removePack(db, 'nope')).rejects.toThrow('No pack "nope" is installed.');
  });
});

describe('subscription checks', () => {
  it('records an error and clears it on the next good check', async () => {
    await installPack(db, pack(makePack()), { origin: 'url', url: 'https://packs.example.com/a.json', now: 100 });
    expect(await recordPackCheck(db, 'acme-support', { now: 200, error: 'HTTP 500' })).toMatchObject({ checkedAt: 200, lastError: 'HTTP 500' });
    const cleared = await recordPackCheck(db, 'acme-support', { now: 300 });
    expect(cleared).toMatchObject({ checkedAt: 300 });
    expect(cleared).not.toHaveProperty('lastError');
  });
});
