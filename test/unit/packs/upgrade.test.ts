import { describe, expect, it } from 'vitest';
import type { TemplateRow } from '@/lib/db/schema';
import { parsePack, type Pack, type PackInput } from '@/lib/packs';
import { compareVersions, customiseTemplate, diffPackTemplates, exportPersonalPack, getPackTemplateRows } from '@/lib/packs/upgrade';
import { makePack, makeTemplate } from './fixtures';

function pack(input: PackInput): Pack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.1', '1.0.0', 1],
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.0.0-beta', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0-beta.11', 1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['1.0.0+build.5', '1.0.0+build.7', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});

describe('diffPackTemplates', () => {
  const v1 = pack(makePack({ templates: [makeTemplate('a'), makeTemplate('b'), makeTemplate('c')] })).templates;

  it('names what was added, changed and removed', () => {
    const v2 = pack(makePack({ templates: [makeTemplate('a'), makeTemplate('b', { body: 'New text' }), makeTemplate('d')] })).templates;
    expect(diffPackTemplates(v1, v2)).toEqual({ added: ['d'], changed: ['b'], removed: ['c'] });
  });

  it.each([
    ['title', { title: 'Other' }],
    ['shortcut', { shortcut: ';x' }],
    ['tags', { tags: ['other'] }],
    ['folder', { folder: 'Other' }],
    ['channels', { channels: ['social' as const] }],
    ['variants', { variants: [{ language: 'nb', title: 'A', body: 'Tekst' }] }],
  ])('counts a change of %s', (_, change) => {
    const v2 = pack(makePack({ templates: [makeTemplate('a', change), makeTemplate('b'), makeTemplate('c')] })).templates;
    expect(diffPackTemplates(v1, v2)).toEqual({ added: [], changed: ['a'], removed: [] });
  });

  it("ignores the author's own timestamps and the order of templates", () => {
    const v2 = pack(makePack({ templates: [makeTemplate('c'), makeTemplate('a', { updatedAt: 5 }), makeTemplate('b')] })).templates;
    expect(diffPackTemplates(v1, v2)).toEqual({ added: [], changed: [], removed: [] });
  });
});

describe('stored rows', () => {
  it('are `<packId>/<templateId>`, read-only pack rows; an upgrade keeps usage and creation time', () => {
    const v1 = pack(makePack());
    const [first] = getPackTemplateRows(v1, [], 1000);
    expect(first).toMatchObject({ id: 'acme-support/refund', templateId: 'refund', source: 'pack:acme-support', packVersion: '1.0.0', createdAt: 1000, updatedAt: 1000, usageCount: 0 });
    const used = { ...first!, usageCount: 7, lastUsedAt: 1500 };
    const v2 = pack(makePack({ version: '1.1.0', templates: [makeTemplate('refund'), makeTemplate('thanks', { shortcut: ';ty', body: 'New' })] }));
    const rows = getPackTemplateRows(v2, [used, getPackTemplateRows(v1, [], 1000)[1]!], 2000);
    expect(rows[0]).toMatchObject({ createdAt: 1000, updatedAt: 1000, usageCount: 7, lastUsedAt: 1500, packVersion: '1.1.0' });
    expect(rows[1]).toMatchObject({ createdAt: 1000, updatedAt: 2000, body: 'New' });
  });
});

describe('customiseTemplate', () => {
  const row = getPackTemplateRows(pack(makePack()), [], 1000)[0]!;

  it('makes a personal copy with a free id that remembers its original', () => {
    const copy = customiseTemplate(row, new Set(['refund', 'refund-2']), 3000);
    expect(copy).toMatchObject({ id: 'refund-3', templateId: 'refund-3', source: 'personal', customisedFrom: 'acme-support/refund', title: row.title, body: row.body, shortcut: ';refund', createdAt: 3000, usageCount: 0 });
    expect(copy).not.toHaveProperty('packVersion');
  });

  it('refuses to customise a personal template', () => {
    expect(() => customiseTemplate({ ...row, source: 'personal' }, new Set(), 1)).toThrow(/already a personal template/);
  });
});

describe('exportPersonalPack', () => {
  const personal: TemplateRow[] = [
    { id: 'hello', templateId: 'hello', source: 'personal', title: 'Hello', body: 'Hi **{{customer.firstName | there}}**', shortcut: ';hello', tags: ['greeting'], folder: 'Mine', language: 'en', channels: ['chat'], createdAt: 1, updatedAt: 2, usageCount: 40, lastUsedAt: 3 },
    { id: 'takk', source: 'personal', title: 'Takk', body: 'Takk!', tags: [], language: 'nb', channels: ['email'], variants: [{ language: 'fi', title: 'Kiitos', body: 'Kiitos!' }], updatedAt: 4 },
  ];

  it('round-trips: the exported file imports again with the same templates', () => {
    const exported = exportPersonalPack(personal, { id: 'my-templates', name: 'My templates', version: '1.0.0', author: 'Kari' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.pack.languages).toEqual(['en', 'nb', 'fi']);
    const again = parsePack(JSON.stringify(exported.pack));
    expect(again.ok && again.pack).toEqual(exported.pack);
    // Only the templates' own fields travel: usage and source stay on this machine.
    expect(exported.pack.templates[0]).toEqual({ id: 'hello', title: 'Hello', body: 'Hi **{{customer.firstName | there}}**', shortcut: ';hello', tags: ['greeting'], folder: 'Mine', language: 'en', channels: ['chat'], createdAt: 1, updatedAt: 2 });
  });

  it('reports what keeps personal templates from being a pack', () => {
    const exported = exportPersonalPack([personal[0]!, { ...personal[0]!, id: 'hello-2', templateId: 'hello-2' }], { id: 'Mine!', name: 'x', version: '1', author: 'a' });
    expect(exported.ok).toBe(false);
    // Two copies of one template: same shortcut, which a pack does not allow.
    if (!exported.ok) expect(exported.errors.map((e) => e.path)).toEqual(['id', 'templates[1].shortcut', 'version']);
  });
});
