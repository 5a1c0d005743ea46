import { describe, expect, it } from 'vitest';
import { createTranslator, UI_LANGUAGES, type LocaleMessages } from '@/lib/i18n';
import { parsePack, PACK_LIMITS, type PackError } from '@/lib/packs';
import { getPackErrorText } from '@/lib/packs/error-text';
import en from '@/public/_locales/en/messages.json';
import fa from '@/public/_locales/fa/messages.json';
import fi from '@/public/_locales/fi/messages.json';
import nb from '@/public/_locales/nb/messages.json';
import { makePack, makeTemplate } from './fixtures';

const LOCALES: Record<(typeof UI_LANGUAGES)[number], LocaleMessages> = { en, nb, fi, fa };

function errorsOf(input: unknown): PackError[] {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

// One pack file with many kinds of problem at once, and a few files refused as a whole.
const broken = errorsOf({
  ...makePack({
    id: 'Bad Id',
    version: 'v2',
    languages: ['en', 'EN'],
    templates: [
      makeTemplate('a', { title: '', body: '  ', shortcut: '; a', channels: ['fax' as never] }),
      makeTemplate('a', { language: 'fi', variants: [{ language: 'FI', title: 'T', body: 'B' }] }),
      makeTemplate('b', { tags: ['x'.repeat(200)], body: 'Hi\u0000' }),
    ],
    rules: [
      { phrase: 'ASAP', preferred: 'soon' },
      { phrase: 'asap', preferred: 'today' },
    ],
    sla: { chat: 1.5, email: PACK_LIMITS.slaMaxMinutes + 1 },
  }),
  author: 7,
  name: undefined,
  licence: 'MIT',
});
const whole = [
  errorsOf('{"format":'),
  errorsOf('[]'),
  errorsOf({ templates: [] }),
  errorsOf({ format: 'other' }),
  errorsOf({ ...makePack(), schemaVersion: 2 }),
  errorsOf(`{"format":"replywell-pack","pad":"${'x'.repeat(PACK_LIMITS.fileBytes)}"}`),
].flat();
const all = [...broken, ...whole];

describe('pack error codes', () => {
  it('gives every error a code and parameters beside its English message', () => {
    for (const error of all) {
      expect(error.code, error.message).toMatch(/^[a-zA-Z]+$/);
      expect(error.code, error.message).not.toBe('invalid');
      expect(Array.isArray(error.params)).toBe(true);
    }
    expect(new Set(all.map((error) => error.code)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(UI_LANGUAGES)('%s: every error reads as a sentence of that language, with its values filled in', (lang) => {
    const t = createTranslator(LOCALES[lang], en);
    for (const error of all) {
      const text = getPackErrorText(t, error);
      expect(text, error.code).not.toMatch(/^packsError|\$\d|\$[A-Z]+\$/);
      for (const param of error.params) if (param !== '') expect(text, error.code).toContain(param);
      if (lang === 'en') expect(text, error.code).not.toBe('');
      else expect(text, `${lang}: ${error.code}`).not.toBe(getPackErrorText(createTranslator(en), error));
    }
  });

  it('reads the codes of a mixed file in Finnish', () => {
    const t = createTranslator(fi, en);
    const byPath = new Map(broken.map((error) => [error.path, getPackErrorText(t, error)]));
    expect(byPath.get('templates[1].id')).toBe('tunnus "a" on jo käytössä kohdassa templates[0]');
    expect(byPath.get('templates[1].variants[0].language')).toBe('kielellä "FI" on jo versio');
    expect(byPath.get('templates[2].body')).toBe('sisältää näkymättömän ohjausmerkin U+0000');
    expect(byPath.get('sla.chat')).toBe('odotettiin kokonaislukua');
    expect(byPath.get('author')).toBe('odotettiin tyyppiä string, löytyi number');
    expect(byPath.get('licence')).toBe('tuntematon kenttä');
  });

  it('keeps the English message of an error without a code (an answer from an older background page)', () => {
    expect(getPackErrorText(createTranslator(nb), { message: 'the text is empty' })).toBe('the text is empty');
  });
});
