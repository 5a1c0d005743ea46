import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';

const ROOT = join(__dirname, '../../..');
const read = (lang: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

describe('interface messages', () => {
  const english = read('en');

  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))('%s has exactly the English keys, each translated text non-empty', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), key).not.toBe('');
  });

  // Brand names and key names read the same in every language; everything else must be translated, so that a
  // key copied from English and forgotten fails here.
  const SAME_IN_EVERY_LANGUAGE = new Set(['extName', 'launcherLabel', 'sidebarTitle', 'optionsTriggerTab', 'optionsTriggerEnter']);
  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))('%s translates every message but names', (lang) => {
    const messages = read(lang);
    const untranslated = Object.keys(english).filter((key) => !SAME_IN_EVERY_LANGUAGE.has(key) && messages[key]?.message === english[key]?.message);
    expect(untranslated).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s keeps every placeholder of the English message', (lang) => {
    const messages = read(lang);
    for (const [key, entry] of Object.entries(english)) {
      const names = Object.keys(entry.placeholders ?? {});
      for (const name of names) expect(messages[key]?.message.toLowerCase(), `${lang}:${key}`).toContain(`$${name.toLowerCase()}$`);
    }
  });

  it('has a message for every key the code asks for', () => {
    const used = new Set<string>();
    for (const dir of ['components', 'entrypoints', 'lib']) {
      for (const file of sourceFiles(dir)) {
        const text = readFileSync(join(ROOT, file), 'utf8');
        for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
        for (const match of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
      }
    }
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const match of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]!);
    const missing = [...used].filter((key) => !(key in english));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });
});
