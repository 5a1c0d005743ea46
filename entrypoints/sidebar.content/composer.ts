import { findEditor, getEditorText, saveCaret } from '@/lib/editors';
import type { EditorTarget, SavedCaret } from '@/lib/editors/types';

/** Editable elements a page may reply in, used before the agent has focused any of them. */
const EDITABLE_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

export interface ComposerTracker {
  /** The composer the agent last worked in, or the first one on the page. */
  getActive(): EditorTarget | undefined;
  /** The caret as it was when the agent last left the active composer. */
  getCaret(): SavedCaret | undefined;
}

/**
 * Whether an event comes from Replywell's own UI (its shadow host carries `data-replywell`): the sidebar's search
 * box is a text field too, and must never be taken for the host page's composer.
 */
export function isFromOwnUi(event: Event): boolean {
  return event.composedPath().some((node) => (node as Partial<Element>).hasAttribute?.('data-replywell') === true);
}

function isVisible(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/**
 * Follows which composer the agent is typing in and where the caret is, so that an insert started from the
 * sidebar (which takes the focus) lands where the agent was. `onDraft` receives the composer's text, debounced.
 */
export function trackComposer(doc: Document, signal: AbortSignal, onChange: (draft: string | undefined) => void): ComposerTracker {
  let active: EditorTarget | undefined;
  let caret: SavedCaret | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const inActive = (node: EventTarget | null | undefined) => !!active && node instanceof Node && active.element.contains(node);
  const remember = () => {
    if (!active) return;
    const selection = doc.getSelection();
    const focused = active.element === doc.activeElement || inActive(selection?.anchorNode);
    if (focused) caret = saveCaret(active) ?? caret;
  };
  const readDraft = () => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(active ? getEditorText(active) : undefined), 150);
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      if (isFromOwnUi(event)) return;
      const target = findEditor(event.composedPath()[0] as Node);
      if (!target) return;
      if (target.element !== active?.element) caret = undefined;
      active = target;
      remember();
      readDraft();
    },
    { capture: true, signal },
  );
  // Saved on every move rather than on blur alone: some editors clear the DOM selection before focus leaves.
  doc.addEventListener('selectionchange', remember, { signal });
  doc.addEventListener('focusout', (event) => inActive(event.target) && remember(), { capture: true, signal });
  doc.addEventListener('input', (event) => inActive(event.composedPath()[0]) && readDraft(), { capture: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));

  return {
    getActive() {
      if (active?.element.isConnected) return active;
      const first = [...doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)].find((el) => !el.closest('[data-replywell]') && isVisible(el));
      return first ? findEditor(first) : undefined;
    },
    getCaret: () => (active?.element.isConnected ? caret : undefined),
  };
}
