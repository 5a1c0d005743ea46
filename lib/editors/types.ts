/** The editor technologies Replywell can write into; each has one strategy file in lib/editors/. */
export const EDITOR_KINDS = ['textarea', 'contenteditable', 'prosemirror', 'lexical', 'draftjs', 'ckeditor5', 'quill'] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/** An editor found on the page: its technology and its root (the `<textarea>`/`<input>` or the editable root). */
export interface EditorTarget {
  kind: EditorKind;
  element: HTMLElement;
}

/** What to insert: plain text (paragraphs separated by "\n"), and optionally sanitised HTML for rich editors. */
export interface InsertContent {
  text: string;
  html?: string;
}

/** A caret or selection remembered inside an editor, to be restored before inserting. */
export type SavedCaret =
  | { kind: 'offsets'; start: number; end: number }
  | { kind: 'range'; range: Range };

/**
 * Delivers a synthetic clipboard paste to an editor root. The default runs in the caller's world; in Firefox the
 * content script hands the paste to the page-world bridge instead, because some editors only accept events
 * created by the page.
 */
export type PasteDispatcher = (root: HTMLElement, content: InsertContent) => Promise<boolean> | boolean;

export interface InsertOptions {
  /** Caret to restore first (the agent clicked in the sidebar since). */
  caret?: SavedCaret;
  /** Replace this many UTF-16 code units just before the caret (a typed shortcut). */
  replaceBefore?: number;
  /** Replace this span of the editor's plain text (offsets as returned by `getEditorText`). */
  range?: { start: number; end: number };
  dispatchPaste?: PasteDispatcher;
}

/**
 * How the text got in: the browser's editing commands, the textarea `setRangeText` fallback, the editor's own paste
 * pipeline, or a direct DOM edit of a plain contenteditable (the last resort).
 */
export type InsertMethod = 'execCommand' | 'setRangeText' | 'paste' | 'dom';

export type InsertResult = { ok: true; via: InsertMethod } | { ok: false; reason: string };


/** A span of the editor's plain text (offsets as in `getEditorText`), start <= end. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One editor technology: how to read its text and selection and how to replace a span of its text. */
export interface EditorStrategy {
  kind: EditorKind;
  /** The editor's plain text, blocks joined by "\n". */
  getText(element: HTMLElement): string;
  /** The current selection inside the editor, or undefined when it is elsewhere. */
  getSelection(element: HTMLElement): TextSpan | undefined;
  /** Puts the selection (or caret) on a span; false when it cannot. */
  select(element: HTMLElement, span: TextSpan): boolean;
  /** Focuses the editor without moving its selection where possible. */
  focus(element: HTMLElement): Promise<void>;
  /** Replaces `span` with `content`, leaving the caret after it. The editor is already focused. */
  replace(element: HTMLElement, span: TextSpan, content: InsertContent, dispatchPaste: PasteDispatcher): Promise<InsertResult>;
}
