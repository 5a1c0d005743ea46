import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPackJsonSchemaText } from '@/lib/packs/json-schema';
import { validatePackFiles } from '@/scripts/pack-validate';

describe('docs/pack.schema.json', () => {
  it('is what `npm run pack:schema` writes from the zod schema (run it after changing a schema)', () => {
    const committed = readFileSync(new URL('../../../docs/pack.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(getPackJsonSchemaText());
  });

  it('describes a closed object with the required pack fields', () => {
    const schema = JSON.parse(getPackJsonSchemaText()) as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['format', 'schemaVersion', 'id', 'name', 'version', 'author', 'description', 'languages', 'templates']);
    expect(schema.additionalProperties).toBe(false);
    // Written by hand, a template may leave out fields with defaults.
    expect((schema.properties.templates as { items: { required: string[] } }).items.required).toEqual(['id', 'title', 'body', 'language']);
  });
});

describe('npm run pack:validate', () => {
  const files: Record<string, string> = {
    'good.json': readFileSync(new URL('../../../templates/starter/en.json', import.meta.url), 'utf8'),
    'bad.json': JSON.stringify({ format: 'replywell-pack', schemaVersion: 1, id: 'x', name: 'X', version: '1.0', author: 'A', description: '', languages: ['en'], templates: [{ id: 'a', title: 'A', body: '', language: 'en' }] }),
  };
  const read = (file: string) => {
    if (!(file in files)) throw new Error('ENOENT: no such file');
    return files[file]!;
  };

  it('passes valid packs', () => {
    expect(validatePackFiles(['good.json'], read)).toEqual({ ok: true, lines: ['good.json: ok — "Replywell starter templates (English)" 1.0.0, 28 templates in en'] });
  });

  it('fails with one readable line per problem', () => {
    expect(validatePackFiles(['good.json', 'bad.json', 'missing.json'], read)).toEqual({
      ok: false,
      lines: [
        'good.json: ok — "Replywell starter templates (English)" 1.0.0, 28 templates in en',
        'bad.json: 2 problems',
        '  templates[0].body: the text is empty',
        '  version: expected a semantic version such as "1.2.0"',
        'missing.json: cannot be read (ENOENT: no such file)',
      ],
    });
  });
});
