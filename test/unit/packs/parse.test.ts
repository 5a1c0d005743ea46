import { describe, expect, it } from 'vitest';
import { formatPath, PACK_LIMITS, parsePack, type PackError } from '@/lib/packs';
import { makePack, makeTemplate } from './fixtures';

function errorsOf(input: unknown): PackError[] {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

describe('parsePack', () => {
  it('accepts a valid pack, as a value or as file text, and applies defaults', () => {
    const input = makePack({ templates: [{ id: 'a', title: 'A', body: 'Text', language: 'en' }] });
    for (const value of [input, JSON.stringify(input), `\uFEFF${JSON.stringify(input)}`]) {
      const result = parsePack(value);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.pack.templates[0]).toMatchObject({ id: 'a', tags: [], channels: ['email', 'chat', 'social'] });
    }
  });

  it.each([
    ['not JSON', '{"format": "replywell-pack",', '(root)', /not valid JSON/, 'notJson'],
    ['a list', '[]', '(root)', /expected a pack object, found a list/, 'notObject'],
    ['another kind of file', { templates: [] }, 'format', /not a Replywell pack/, 'notPack'],
    ['a newer format', { ...makePack(), schemaVersion: 2 }, 'schemaVersion', /reads pack format 1/, 'unsupportedVersion'],
    ['a bad id', makePack({ id: 'Acme Support' }), 'id', /pack id/, 'invalidPackId'],
    ['a bad version', makePack({ version: 'v2' }), 'version', /semantic version/, 'invalidVersion'],
    ['a missing name', { ...makePack(), name: undefined }, 'name', /required/, 'required'],
    ['a wrong type', makePack({ author: 42 as unknown as string }), 'author', /expected string, found number/, 'wrongType'],
    ['an unknown field', { ...makePack(), licence: 'MIT' }, 'licence', /unknown field/, 'unknownField'],
    ['a misspelt template field', makePack({ templates: [{ ...makeTemplate('a'), shorcut: ';a' } as never] }), 'templates[0].shorcut', /unknown field/, 'unknownField'],
    ['an empty body', makePack({ templates: [makeTemplate('a', { body: '' })] }), 'templates[0].body', /empty/, 'empty'],
    ['a bad template id', makePack({ templates: [makeTemplate('a'), makeTemplate('B c')] }), 'templates[1].id', /lower-case/, 'invalidTemplateId'],
    ['a shortcut with a space', makePack({ templates: [makeTemplate('a', { shortcut: '; a' })] }), 'templates[0].shortcut', /shortcut/, 'invalidShortcut'],
    ['an unknown channel', makePack({ templates: [makeTemplate('a', { channels: ['fax' as never] })] }), 'templates[0].channels[0]', /./, 'invalidChoice'],
    ['a bad language tag', makePack({ languages: ['english!'] }), 'languages[0]', /BCP 47/, 'invalidLanguage'],
    ['no templates', makePack({ templates: [] }), 'templates', /at least one template/, 'tooFew'],
    ['a broken rule', makePack({ rules: [{ phrase: '', preferred: 'x' }] }), 'rules[0].phrase', /empty/, 'empty'],
    ['a fractional SLA', makePack({ sla: { chat: 1.5 } }), 'sla.chat', /whole number/, 'notWholeNumber'],
    ['an SLA over 30 days', makePack({ sla: { email: PACK_LIMITS.slaMaxMinutes + 1 } }), 'sla.email', /at most/, 'numberTooLarge'],
  ])('refuses %s with an error at its path', (_, input, path, message, code) => {
    const errors = errorsOf(input);
    const error = errors.find((e) => e.path === path);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.message).toMatch(message);
    expect(error!.code).toBe(code);
  });

  it.each([
    ['duplicate template ids', makePack({ templates: [makeTemplate('a'), makeTemplate('b'), makeTemplate('a', { shortcut: ';other' })] }), 'templates[2].id', 'the id "a" is already used by templates[0]', 'duplicateId', ['a', 'templates[0]']],
    ['shortcuts that differ only in case', makePack({ templates: [makeTemplate('a', { shortcut: ';Refund' }), makeTemplate('b', { shortcut: ';refund' })] }), 'templates[1].shortcut', 'the shortcut ";refund" is already used by templates[0].shortcut', 'duplicateShortcut', [';refund', 'templates[0].shortcut']],
    [
      "a variant reusing another template's shortcut",
      makePack({ templates: [makeTemplate('a'), makeTemplate('b', { variants: [{ language: 'nb', title: 'B', body: 'Tekst', shortcut: ';a' }] })] }),
      'templates[1].variants[0].shortcut',
      'the shortcut ";a" is already used by templates[0].shortcut',
      'duplicateShortcut',
      [';a', 'templates[0].shortcut'],
    ],
    ['a template language missing from languages', makePack({ templates: [makeTemplate('a', { language: 'fi' })] }), 'templates[0].language', '"fi" is missing from the pack\'s languages', 'languageNotListed', ['fi']],
    ['a language listed twice', makePack({ languages: ['en', 'EN'] }), 'languages[1]', '"EN" is listed twice', 'languageListedTwice', ['EN']],
    ['two rules for one phrase', makePack({ rules: [{ phrase: 'ASAP', preferred: 'by noon' }, { phrase: 'asap', preferred: 'today' }] }), 'rules[1].phrase', 'the phrase "asap" already has a rule: rules[0]', 'duplicateRule', ['asap', 'rules[0]']],
  ])('refuses %s', (_, input, path, message, code, params) => {
    expect(errorsOf(input)).toContainEqual({ path, message, code, params });
  });

  it("lets a template's own language versions repeat its shortcut", () => {
    const pack = makePack({ templates: [makeTemplate('a', { variants: [{ language: 'nb', title: 'A', body: 'Tekst', shortcut: ';a' }] })] });
    expect(parsePack(pack).ok).toBe(true);
  });

  it('reports every problem at once, one per field', () => {
    const errors = errorsOf(makePack({ version: 'x', templates: [makeTemplate('a', { title: '', body: '   ' })] }));
    expect(errors.map((e) => e.path)).toEqual(['templates[0].body', 'templates[0].title', 'version']);
  });

  it('reports duplicates in the same run as field errors, in file order', () => {
    const errors = errorsOf(makePack({ templates: [makeTemplate('a'), makeTemplate('b', { title: '' }), makeTemplate('a', { shortcut: ';b' }), ...Array.from({ length: 8 }, (_, i) => makeTemplate(`t${i}`))] }));
    expect(errors).toEqual([
      { path: 'templates[1].title', message: 'the title is empty', code: 'empty', params: [] },
      { path: 'templates[2].id', message: 'the id "a" is already used by templates[0]', code: 'duplicateId', params: ['a', 'templates[0]'] },
      { path: 'templates[2].shortcut', message: 'the shortcut ";b" is already used by templates[1].shortcut', code: 'duplicateShortcut', params: [';b', 'templates[1].shortcut'] },
    ]);
  });

  it('formats paths for people', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['templates', 3, 'variants', 0, 'body'])).toBe('templates[3].variants[0].body');
    expect(formatPath(['sla', 'my key'])).toBe('sla["my key"]');
  });
});

describe('limits', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const big = `{"format":"replywell-pack","pad":"${'x'.repeat(PACK_LIMITS.fileBytes)}"}`;
    expect(errorsOf(big)).toEqual([{ path: '(root)', message: 'the file is 5.0 MB; a pack is at most 5.0 MB', code: 'fileTooLarge', params: ['5.0 MB'] }]);
  });

  it('counts bytes, not characters (Persian text is two bytes a letter)', () => {
    const persian = 'س'.repeat(Math.ceil(PACK_LIMITS.fileBytes / 2) + 10);
    expect(errorsOf(JSON.stringify({ ...makePack(), description: persian }))[0]!.message).toMatch(/a pack is at most 5.0 MB/);
  });

  it('refuses a value over the size limit', () => {
    expect(errorsOf({ ...makePack(), description: 'x'.repeat(PACK_LIMITS.fileBytes) })[0]!.message).toMatch(/larger than 5.0 MB/);
  });

  it('refuses more templates than the limit', () => {
    const templates = Array.from({ length: PACK_LIMITS.templateCount + 1 }, (_, i) => ({ id: `t${i}`, title: 'T', body: 'B', language: 'en' }));
    expect(errorsOf(makePack({ templates }))).toContainEqual({ path: 'templates', message: `more than ${PACK_LIMITS.templateCount} templates`, code: 'tooMany', params: [String(PACK_LIMITS.templateCount)] });
  });

  it.each([
    ['title', { title: 'x'.repeat(121) }, 'templates[0].title', /longer than 120/],
    ['body', { body: 'x'.repeat(10_001) }, 'templates[0].body', /longer than 10000/],
    ['tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'templates[0].tags', /more than 20 tags/],
  ])('refuses a too long %s', (_, change, path, message) => {
    const error = errorsOf(makePack({ templates: [makeTemplate('a', change)] })).find((e) => e.path === path);
    expect(error?.message).toMatch(message);
  });

  it('reports at most the error limit', () => {
    const templates = Array.from({ length: 200 }, (_, i) => makeTemplate(`t${i}`, { title: '' }));
    expect(errorsOf(makePack({ templates }))).toHaveLength(PACK_LIMITS.errorCount);
  });
});

describe('hostile content', () => {
  it('keeps HTML and script in text exactly as written: it is data, never markup', () => {
    const body = '<script>alert(1)</script><img src=x onerror="alert(2)"> **bold** [link](javascript:alert(3))';
    const title = '<b onmouseover=alert(4)>Hi</b>';
    const result = parsePack(makePack({ templates: [makeTemplate('a', { body, title })] }));
    expect(result.ok && result.pack.templates[0]).toMatchObject({ body, title });
  });

  it('does not let a __proto__ key reach any prototype', () => {
    const text = `{"__proto__":{"polluted":true},${JSON.stringify(makePack()).slice(1)}`;
    const result = parsePack(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The key is an unknown field of the file, reported like any other.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: '__proto__', message: 'unknown field', code: 'unknownField', params: [] }]);
  });

  it('refuses invisible control characters, and direction overrides in shortcuts', () => {
    const errors = errorsOf(makePack({ templates: [makeTemplate('a', { body: 'Hi\u0000there' }), makeTemplate('b', { shortcut: ';b\u202E' })] }));
    expect(errors).toContainEqual({ path: 'templates[0].body', message: 'contains the invisible control character U+0000', code: 'controlCharacter', params: ['U+0000'] });
    expect(errors).toContainEqual({ path: 'templates[1].shortcut', message: 'contains the invisible control character U+202E', code: 'controlCharacter', params: ['U+202E'] });
  });

  it('keeps the characters Persian text needs (ZWNJ, right-to-left marks)', () => {
    const body = 'می\u200cخواهیم \u200Fسفارش\u200F {{ticket.id}}';
    expect(parsePack(makePack({ languages: ['fa'], templates: [makeTemplate('a', { language: 'fa', body })] })).ok).toBe(true);
  });

  it('refuses a value that refers to itself instead of looping', () => {
    const pack: Record<string, unknown> = { ...makePack() };
    pack.self = pack;
    expect(errorsOf(pack)[0]!.message).toMatch(/refers to itself/);
  });

  it.each([null, 42, 'null', '"text"', '123'])('refuses %j', (input) => {
    expect(errorsOf(input)[0]!.path).toBe('(root)');
  });
});
