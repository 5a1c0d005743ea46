import { describe, expect, it } from 'vitest';
import { getIssues, getPackSource, getSourcePackId, isPackTemplate, packTemplateSchema, templateSchema, TEMPLATE_CHANNELS, TEMPLATE_LIMITS } from '@/lib/templates/schema';
import { getTemplateVersion, hasTemplateLanguage } from '@/lib/templates/variant';

const minimal = { id: 'refund-offer', title: 'Refund offer', body: 'Hello {{customer.firstName | there}}', language: 'en' };

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = templateSchema.safeParse(input);
  return result.success ? [] : getIssues(result.error);
}

describe('templateSchema', () => {
  it('fills in the defaults: no tags, every channel', () => {
    const template = templateSchema.parse(minimal);
    expect(template.tags).toEqual([]);
    expect(template.channels).toEqual([...TEMPLATE_CHANNELS]);
  });

  it('accepts every field', () => {
    const full = {
      ...minimal,
      shortcut: ';refund',
      tags: ['billing'],
      folder: 'Refunds',
      variants: [{ language: 'nb', title: 'Refusjon', body: 'Hei', shortcut: ';refusjon' }],
      channels: ['email', 'chat'],
      createdAt: 1,
      updatedAt: 2,
      source: 'pack:acme-support',
      usageCount: 3,
      lastUsedAt: 4,
    };
    expect(templateSchema.parse(full)).toEqual(full);
  });

  it.each([
    ['id with capitals', { ...minimal, id: 'Refund' }, 'id'],
    ['id starting with a hyphen', { ...minimal, id: '-refund' }, 'id'],
    ['id too long', { ...minimal, id: 'a'.repeat(TEMPLATE_LIMITS.idLength + 1) }, 'id'],
    ['empty title', { ...minimal, title: '  ' }, 'title'],
    ['long title', { ...minimal, title: 'x'.repeat(TEMPLATE_LIMITS.titleLength + 1) }, 'title'],
    ['empty body', { ...minimal, body: '' }, 'body'],
    ['white-space body', { ...minimal, body: ' \n ' }, 'body'],
    ['long body', { ...minimal, body: 'x'.repeat(TEMPLATE_LIMITS.bodyLength + 1) }, 'body'],
    ['shortcut with a space', { ...minimal, shortcut: '; refund' }, 'shortcut'],
    ['one-character shortcut', { ...minimal, shortcut: ';' }, 'shortcut'],
    ['language that is not BCP 47', { ...minimal, language: 'english!' }, 'language'],
    ['unknown channel', { ...minimal, channels: ['fax'] }, 'channels.0'],
    ['no channel', { ...minimal, channels: [] }, 'channels'],
    ['a channel twice', { ...minimal, channels: ['chat', 'chat'] }, 'channels'],
    ['bad source', { ...minimal, source: 'somewhere' }, 'source'],
    ['negative usage count', { ...minimal, usageCount: -1 }, 'usageCount'],
    ['variant in the template’s own language', { ...minimal, variants: [{ language: 'EN', title: 'x', body: 'y' }] }, 'variants.0.language'],
    ['two variants in one language', { ...minimal, variants: [{ language: 'nb', title: 'x', body: 'y' }, { language: 'nb', title: 'z', body: 'w' }] }, 'variants.1.language'],
    ['variant without body', { ...minimal, variants: [{ language: 'fi', title: 'x' }] }, 'variants.0.body'],
  ])('rejects %s and names the field', (_name, input, path) => {
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.every((issue) => issue.message.length > 0)).toBe(true);
  });
});

describe('packTemplateSchema', () => {
  it('rejects the fields set on install and unknown keys', () => {
    expect(packTemplateSchema.safeParse({ ...minimal, source: 'personal' }).success).toBe(false);
    expect(packTemplateSchema.safeParse({ ...minimal, usageCount: 1 }).success).toBe(false);
    expect(packTemplateSchema.safeParse({ ...minimal, script: 'x' }).success).toBe(false);
    expect(packTemplateSchema.parse(minimal).channels).toEqual([...TEMPLATE_CHANNELS]);
  });
});

describe('sources', () => {
  it('round-trips a pack id', () => {
    expect(getSourcePackId(getPackSource('acme'))).toBe('acme');
    expect(getSourcePackId('personal')).toBeUndefined();
    expect(isPackTemplate({ source: 'pack:acme' })).toBe(true);
    expect(isPackTemplate({ source: 'personal' })).toBe(false);
    expect(isPackTemplate({})).toBe(false);
  });
});

describe('getTemplateVersion', () => {
  const template = templateSchema.parse({
    ...minimal,
    variants: [
      { language: 'nb', title: 'Refusjon', body: 'Hei' },
      { language: 'pt-BR', title: 'Reembolso', body: 'Olá' },
    ],
  });
  it.each([
    [undefined, 'Refund offer'],
    ['nb', 'Refusjon'],
    ['NB', 'Refusjon'],
    ['pt', 'Reembolso'],
    ['en-GB', 'Refund offer'],
    ['fi', 'Refund offer'],
  ])('for %s offers %s', (lang, title) => {
    expect(getTemplateVersion(template, lang).title).toBe(title);
  });
  it('knows which languages a template has', () => {
    expect(hasTemplateLanguage(template, 'nb-NO')).toBe(true);
    expect(hasTemplateLanguage(template, 'fa')).toBe(false);
  });
});
