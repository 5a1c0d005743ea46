import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';
import { builtinTemplatesSchema, getBuiltinTemplates, withBuiltinTemplates } from '@/lib/templates/builtin';
import { renderTemplate } from '@/lib/templates/render';
import { getTemplateVersion } from '@/lib/templates/variant';
import builtin from '@/templates/builtin.json';

describe('templates/builtin.json', () => {
  it('matches the template schema', () => {
    const parsed = builtinTemplatesSchema.safeParse(builtin);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has unique ids and shortcuts', () => {
    const templates = getBuiltinTemplates(builtin);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(new Set(templates.map((t) => t.shortcut?.toLowerCase())).size).toBe(templates.length);
  });

  it('has a version in every interface language, each tidy and rendering without unknown syntax', () => {
    for (const template of getBuiltinTemplates(builtin)) {
      for (const lang of UI_LANGUAGES) {
        const version = getTemplateVersion(template, lang);
        expect(version.language, `${template.id} ${lang}`).toBe(lang);
        for (const text of [version.title, version.body]) {
          expect(text, `${template.id} ${lang}`).toBe(text.trim());
          expect(text, `${template.id} ${lang}`).not.toMatch(/[ \t]\n|\n{3,}/);
        }
        expect(renderTemplate(version.body, {}).unknown).toEqual([]);
      }
    }
  });

  it('throws on damaged data, naming the field', () => {
    const damaged = { templates: [{ id: 'builtin-x', title: 'x', language: 'en' }] };
    expect(() => getBuiltinTemplates(damaged)).toThrow(/body/);
    expect(() => getBuiltinTemplates({ templates: [{ id: 'x', title: 'x', body: 'y', language: 'en' }] })).toThrow(/builtin-/);
  });
});

describe('withBuiltinTemplates', () => {
  const builtins = getBuiltinTemplates(builtin);
  it('offers the built-ins when nothing is stored, and lists them before the stored ones', () => {
    expect(withBuiltinTemplates([], builtins)).toHaveLength(builtins.length);
    expect(withBuiltinTemplates([{ id: 'mine', shortcut: ';mine' }], builtins).map((t) => t.id)).toEqual(['builtin-thanks', 'builtin-hello', 'mine']);
  });
  it('lets a stored template with the same id or shortcut replace one', () => {
    const list = withBuiltinTemplates([{ id: 'mine', shortcut: ';THANKS' }, { id: 'builtin-hello', shortcut: undefined }], builtins);
    expect(list.map((t) => t.id)).toEqual(['mine', 'builtin-hello']);
  });
});
