import { findEditor, getTextBeforeCaret, insertText } from '@/lib/editors';
import type { PasteDispatcher } from '@/lib/editors/types';
import type { ShortcutTemplate } from '@/lib/messages';
import type { TriggerKey } from '@/lib/platform/storage';
import { findShortcutMatch, isTriggerKey } from '@/lib/templates/shortcut';
import { isFromOwnUi } from './composer';

/** Longest text read back from the caret; shortcuts are at most 32 characters. */
const LOOKBEHIND = 40;

interface ShortcutOptions {
  getTemplates: () => readonly ShortcutTemplate[];
  getTriggerKey: () => TriggerKey;
  dispatchPaste?: PasteDispatcher;
}

/**
 * Expands a shortcut typed just before the caret when the trigger key is pressed. The listener runs in the
 * capture phase on the window so that it sees the key before the editor does; when no shortcut matches it does
 * nothing and the key keeps its normal job.
 */
export function listenForShortcuts(doc: Document, signal: AbortSignal, options: ShortcutOptions): void {
  const view = doc.defaultView;
  if (!view) return;
  view.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing || event.defaultPrevented || !isTriggerKey(event, options.getTriggerKey()) || isFromOwnUi(event)) return;
      const target = findEditor(event.composedPath()[0] as Node);
      if (!target) return;
      const before = getTextBeforeCaret(target, LOOKBEHIND);
      const template = before === undefined ? undefined : findShortcutMatch(before, options.getTemplates());
      if (!template) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void insertText(target, { text: template.text, html: template.html }, { replaceBefore: template.shortcut.length, dispatchPaste: options.dispatchPaste });
    },
    { capture: true, signal },
  );
}
