import { describe, expect, it } from 'vitest';
import { createTranslator, getDirection, resolveUiLanguage } from '@/lib/i18n';

describe('createTranslator', () => {
  const t = createTranslator(
    {
      plain: { message: 'Hello' },
      named: { message: 'Insert “$TITLE$” now', placeholders: { title: { content: '$1' } } },
      two: { message: '$A$ and $B$ cost $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
    },
    { onlyEnglish: { message: 'Fallback' } },
  );
  it.each([
    ['plain', undefined, 'Hello'],
    ['named', 'Thanks', 'Insert “Thanks” now'],
    ['two', ['tea', 'cake'], 'tea and cake cost $5'],
    ['onlyEnglish', undefined, 'Fallback'],
    ['missingKey', undefined, 'missingKey'],
  ] as const)('%s', (key, subs, expected) => expect(t(key, subs)).toBe(expected));
});

describe('resolveUiLanguage', () => {
  it.each([
    ['auto', 'en-US', 'en'],
    ['auto', 'nb-NO', 'nb'],
    ['auto', 'no', 'nb'],
    ['auto', 'nn', 'nb'],
    ['auto', 'fi', 'fi'],
    ['auto', 'fa-IR', 'fa'],
    ['auto', 'de-DE', 'en'],
    ['fa', 'en-US', 'fa'],
  ] as const)('%s with browser %s is %s', (pref, browserLang, expected) => expect(resolveUiLanguage(pref, browserLang)).toBe(expected));
});

describe('getDirection', () => {
  it.each([
    ['fa', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ar', 'rtl'],
    ['en', 'ltr'],
    ['nb', 'ltr'],
    ['fi', 'ltr'],
  ] as const)('%s is %s', (lang, dir) => expect(getDirection(lang)).toBe(dir));
});
