import { describe, expect, it } from 'vitest';
import { findShortcutMatch, isTriggerKey } from '@/lib/templates/shortcut';

const templates = [
  { id: 'thanks', shortcut: ';thanks' },
  { id: 'thanks2', shortcut: ';thanks2' },
  { id: 'fa', shortcut: ';سلام' },
];

describe('findShortcutMatch', () => {
  it.each([
    ['the whole line', ';thanks', 'thanks'],
    ['after text and a space', 'Hi Ola, ;thanks', 'thanks'],
    ['the longest shortcut', 'x ;thanks2', 'thanks2'],
    ['typed in capitals', ';THANKS', 'thanks'],
    ['after an opening bracket', '(;thanks', 'thanks'],
    ['a Persian shortcut', 'متن ;سلام', 'fa'],
  ])('matches %s', (_name, text, id) => {
    expect(findShortcutMatch(text, templates)?.id).toBe(id);
  });

  it.each([
    ['inside a word', 'no;thanks'],
    ['with text after it', ';thanks '],
    ['a partial shortcut', ';than'],
    ['an empty line', ''],
  ])('does not match %s', (_name, text) => {
    expect(findShortcutMatch(text, templates)).toBeUndefined();
  });
});

describe('isTriggerKey', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
  it.each([
    [key('Tab'), 'Tab', true],
    [key('Tab', { shiftKey: true }), 'Tab', false],
    [key(' '), 'Space', true],
    [key('Enter'), 'Enter', true],
    [key('Enter', { ctrlKey: true }), 'Enter', false],
    [key('Tab'), 'Space', false],
  ] as const)('%o with trigger %s is %s', (event, trigger, expected) => {
    expect(isTriggerKey(event, trigger)).toBe(expected);
  });
});
