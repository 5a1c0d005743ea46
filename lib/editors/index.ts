/**
 * Writing into whatever editor a support site uses, so that the editor's own model changes: one strategy per
 * editor technology behind `insertText`. Pure: the DOM comes in as the target element.
 */
import { ckeditor5Strategy } from './ckeditor5';
import { contenteditableStrategy } from './contenteditable';
import { findEditor } from './detect';
import { draftjsStrategy } from './draftjs';
import { lexicalStrategy } from './lexical';
import { dispatchPasteHere } from './paste';
import { prosemirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { getRangeOffsets, selectAndSync } from './selection';
import { getLineBounds } from './text-model';
import { textareaStrategy } from './textarea';
import type { EditorKind, EditorStrategy, EditorTarget, InsertContent, InsertOptions, InsertResult, SavedCaret, TextSpan } from './types';

export { findEditor } from './detect';
export { createPasteEvent, dispatchPasteHere, escapeHtml, textToParagraphHtml } from './paste';
export { createBridgeDispatcher } from './bridge-client';
export * from './types';

const STRATEGIES: Record<EditorKind, EditorStrategy> = {
  textarea: textareaStrategy,
  contenteditable: contenteditableStrategy,
  prosemirror: prosemirrorStrategy,
  lexical: lexicalStrategy,
  draftjs: draftjsStrategy,
  ckeditor5: ckeditor5Strategy,
  quill: quillStrategy,
};

/** The strategy that writes into an editor of this kind. */
export function getStrategy(kind: EditorKind): EditorStrategy {
  return STRATEGIES[kind];
}

/** The editor's plain text, blocks joined by "\n" (the offsets `range` and saved carets refer to). */
export function getEditorText(target: EditorTarget): string {
  return STRATEGIES[target.kind].getText(target.element);
}

/** Remembers the editor's caret or selection as text offsets, which survive the editor re-rendering its DOM. */
export function saveCaret(target: EditorTarget): SavedCaret | undefined {
  const span = STRATEGIES[target.kind].getSelection(target.element);
  return span ? { kind: 'offsets', start: span.start, end: span.end } : undefined;
}

/** Puts the caret or selection on a span of the editor's text and waits until the editor holds it there. */
export function selectSpan(target: EditorTarget, span: TextSpan): Promise<boolean> {
  const strategy = STRATEGIES[target.kind];
  return selectAndSync(target.element, span, strategy.select, strategy.getSelection);
}

/** Text from the start of the caret's line (block) up to the caret, at most `maxLength` characters. */
export function getTextBeforeCaret(target: EditorTarget, maxLength: number): string | undefined {
  const strategy = STRATEGIES[target.kind];
  const span = strategy.getSelection(target.element);
  if (!span || span.start !== span.end) return undefined;
  if (target.kind === 'textarea' && target.element.ownerDocument.activeElement !== target.element) return undefined;
  const text = strategy.getText(target.element);
  const line = getLineBounds(text, span.end);
  return text.slice(Math.max(line.start, span.end - maxLength), span.end);
}

function resolveCaret(target: EditorTarget, caret: SavedCaret, length: number): TextSpan | undefined {
  const span = caret.kind === 'offsets' ? { start: caret.start, end: caret.end } : getRangeOffsets(target.element, caret.range);
  if (!span) return undefined;
  return { start: Math.min(span.start, length), end: Math.min(span.end, length) };
}

/** Which span of the text an insertion replaces, from the options and the live (or restored) caret. */
function resolveSpan(target: EditorTarget, strategy: EditorStrategy, options: InsertOptions): TextSpan | string {
  const length = strategy.getText(target.element).length;
  if (options.range) {
    const { start, end } = options.range;
    if (start < 0 || end < start || end > length) return `range ${start}-${end} is outside the editor's text (length ${length})`;
    return { start, end };
  }
  const restored = options.caret ? resolveCaret(target, options.caret, length) : undefined;
  const selection = restored ?? strategy.getSelection(target.element) ?? { start: length, end: length };
  if (options.replaceBefore !== undefined) {
    const start = selection.end - options.replaceBefore;
    if (options.replaceBefore < 0 || start < 0) return `cannot replace ${options.replaceBefore} characters before offset ${selection.end}`;
    return { start, end: selection.end };
  }
  return selection;
}

/**
 * Inserts text into the editor (at the caret, over the selection, over `replaceBefore` characters before the caret,
 * or over `range`), focusing it first and leaving the caret after the inserted text.
 */
export async function insertText(target: EditorTarget, content: InsertContent, options: InsertOptions = {}): Promise<InsertResult> {
  const strategy = STRATEGIES[target.kind];
  if (!target.element.isConnected) return { ok: false, reason: 'the editor is no longer in the page' };
  try {
    await strategy.focus(target.element);
    const span = resolveSpan(target, strategy, options);
    if (typeof span === 'string') return { ok: false, reason: span };
    return await strategy.replace(target.element, span, content, options.dispatchPaste ?? dispatchPasteHere);
  } catch (error) {
    // Host editors can throw from their handlers; that must not escape into the content script's UI.
    return { ok: false, reason: `inserting into the ${target.kind} editor failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Replaces a span of the editor's plain text (a rewrite being applied), keeping the caret after the new text. */
export function replaceRange(target: EditorTarget, range: TextSpan, content: InsertContent, options: Omit<InsertOptions, 'range'> = {}): Promise<InsertResult> {
  return insertText(target, content, { ...options, range });
}

/** The editor that has the focus (or holds the selection) in a document, if any. */
export function findFocusedEditor(doc: Document): EditorTarget | undefined {
  const selection = doc.defaultView?.getSelection();
  return findEditor(doc.activeElement) ?? findEditor(selection?.anchorNode ?? null);
}
