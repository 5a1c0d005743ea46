/** Something that can be expanded from a typed shortcut. */
export interface HasShortcut {
  shortcut: string;
}

/**
 * The template whose shortcut the text before the caret ends with, as a whole word (at the start of the line or
 * after whitespace or an opening bracket/quote). The longest shortcut wins, so `;thanks2` beats `;thanks`.
 * Shortcuts compare case-insensitively, as people type them.
 */
export function findShortcutMatch<T extends HasShortcut>(textBeforeCaret: string, templates: readonly T[]): T | undefined {
  const typed = textBeforeCaret.toLocaleLowerCase();
  let best: T | undefined;
  for (const template of templates) {
    const shortcut = template.shortcut.toLocaleLowerCase();
    if (!shortcut || !typed.endsWith(shortcut)) continue;
    const before = typed.charAt(typed.length - shortcut.length - 1);
    if (before !== '' && !/[\s(["'«“‘]/u.test(before)) continue;
    if (!best || shortcut.length > best.shortcut.length) best = template;
  }
  return best;
}

/** The trigger keys a user can choose, and how each shows up in a KeyboardEvent. */
export function isTriggerKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>, trigger: 'Tab' | 'Enter' | 'Space'): boolean {
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false;
  return trigger === 'Space' ? event.key === ' ' : event.key === trigger;
}
