import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import { deleteTemplates, getFreeId, listStoredTemplates, recordTemplateUse, restoreTemplates, saveTemplate, TemplateStoreError, updateTemplates } from '@/lib/templates/store';

let db: ReplywellDatabase;
let name = 0;
beforeEach(() => {
  db = createDatabase(`templates-store-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

const packRow = { id: 'acme/refund', templateId: 'refund', source: 'pack:acme', title: 'Refund', body: 'Refund text', tags: [], language: 'en', channels: ['email'], updatedAt: 1 };

describe('template store', () => {
  it('creates a personal template with an id from its title and keeps creation time and usage on edit', async () => {
    const saved = await saveTemplate(db, { title: 'Late order – sorry!', body: 'Hi', language: 'en' }, 100);
    expect(saved).toMatchObject({ id: 'late-order-sorry', source: 'personal', createdAt: 100, updatedAt: 100, tags: [], channels: ['email', 'chat', 'social'] });
    await recordTemplateUse(db, saved.id, 150);
    const edited = await saveTemplate(db, { ...saved, body: 'Hello' }, 200);
    expect(edited).toMatchObject({ createdAt: 100, updatedAt: 200, usageCount: 1, lastUsedAt: 150, body: 'Hello' });
    const again = await saveTemplate(db, { id: saved.id, title: 'Late order – sorry!', body: 'x', language: 'en' }, 300, { isNew: true });
    expect(again.id).toBe('late-order-sorry-2');
  });

  it('refuses invalid input naming the field, and stores nothing', async () => {
    const error = await saveTemplate(db, { title: '', body: 'x', language: 'en', shortcut: 'has space' }, 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TemplateStoreError);
    expect((error as TemplateStoreError).issues.map((issue) => issue.path).sort()).toEqual(['shortcut', 'title']);
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses to change or delete pack templates; counts their use', async () => {
    await db.templates.put(packRow);
    await expect(saveTemplate(db, { id: 'acme/refund', title: 'Mine', body: 'x', language: 'en' }, 1)).rejects.toThrow(/customise/);
    await expect(deleteTemplates(db, ['acme/refund'])).rejects.toThrow(/pack/);
    await recordTemplateUse(db, 'acme/refund', 5);
    expect(await db.templates.get('acme/refund')).toMatchObject({ usageCount: 1, lastUsedAt: 5, title: 'Refund' });
  });

  it('deletes and restores exactly (undo)', async () => {
    const a = await saveTemplate(db, { title: 'A', body: 'a', language: 'en', tags: ['x'] }, 1);
    const b = await saveTemplate(db, { title: 'B', body: 'b', language: 'nb' }, 2);
    const removed = await deleteTemplates(db, [a.id, b.id]);
    expect((await listStoredTemplates(db)).templates).toEqual([]);
    await restoreTemplates(db, removed);
    expect((await listStoredTemplates(db)).templates.sort((x, y) => x.id.localeCompare(y.id))).toEqual([a, b]);
  });

  it('moves and tags in bulk, personal templates only', async () => {
    await db.templates.put(packRow);
    const a = await saveTemplate(db, { title: 'A', body: 'a', language: 'en', folder: 'Old' }, 1);
    expect(await updateTemplates(db, [a.id, 'acme/refund'], { folder: 'Billing', addTags: ['vip'] }, 5)).toBe(1);
    expect(await db.templates.get(a.id)).toMatchObject({ folder: 'Billing', tags: ['vip'], updatedAt: 5 });
    await updateTemplates(db, [a.id], { folder: null }, 6);
    expect((await db.templates.get(a.id))?.folder).toBeUndefined();
    expect((await db.templates.get('acme/refund'))?.tags).toEqual([]);
  });

  it('lists pack rows and reports damaged rows without dropping them', async () => {
    await db.templates.put(packRow);
    await db.templates.put({ id: 'broken', source: 'personal', language: 'en', tags: [], updatedAt: 1, title: 42 });
    const list = await listStoredTemplates(db);
    expect(list.templates.map((template) => template.id)).toEqual(['acme/refund']);
    expect(list.damaged).toEqual([{ id: 'broken', problem: expect.stringContaining('title') }]);
    expect(await db.templates.count()).toBe(2);
  });

  it.each([
    ['Refund – sale items', 'refund-sale-items'],
    ['Jääkiekko Ødegård', 'jaakiekko-odegard'],
    ['سلام', 'template'],
  ])('makes a slug id from %s', (title, id) => {
    expect(getFreeId(title, new Set())).toBe(id);
  });
});
