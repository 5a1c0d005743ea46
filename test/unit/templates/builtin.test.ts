import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';
import { builtinTemplatesSchema, getBuiltinTemplates } from '@/lib/templates/builtin';
import builtin from '@/templates/builtin.json';

describe('templates/builtin.json', () => {
  it('matches its schema: every template has a title and a text in every interface language', () => {
    const parsed = builtinTemplatesSchema.safeParse(builtin);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has unique ids and shortcuts', () => {
    const { templates } = builtinTemplatesSchema.parse(builtin);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(new Set(templates.map((t) => t.shortcut.toLowerCase())).size).toBe(templates.length);
  });

  it('keeps its text tidy: no stray spaces at line ends or doubled blank lines', () => {
    const { templates } = builtinTemplatesSchema.parse(builtin);
    for (const template of templates) {
      for (const lang of UI_LANGUAGES) {
        for (const text of [template.title[lang], template.text[lang]]) {
          expect(text, `${template.id} ${lang}`).toBe(text.trim());
          expect(text, `${template.id} ${lang}`).not.toMatch(/[ \t]\n|\n{3,}/);
        }
      }
    }
  });

  it.each(UI_LANGUAGES)('gives the %s text for that interface language', (lang) => {
    const thanks = getBuiltinTemplates(builtin, lang).find((t) => t.shortcut === ';thanks');
    expect(thanks?.text).toBe(builtin.templates.find((t) => t.shortcut === ';thanks')?.text[lang]);
  });

  it('names the broken field of damaged data', () => {
    const damaged = { templates: [{ ...builtin.templates[0], text: { en: 'Hello' } }] };
    expect(() => getBuiltinTemplates(damaged, 'en')).toThrow(/text/);
  });
});
