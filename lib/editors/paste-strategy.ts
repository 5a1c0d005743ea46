/**
 * The shared insertion path of model-based rich editors (ProseMirror, Lexical, Draft.js, CKEditor 5, Quill):
 * place the DOM selection, wait until the editor has copied it into its model, paste through the editor's own
 * paste pipeline, then read the result back and fall back to an editing command when nothing arrived.
 */
import { getExpectedText, getPlainText, normalizeSpaces } from './contenteditable';
import { textToParagraphHtml } from './paste';
import { focusEditor, getSelectionOffsets, selectAndSync, selectOffsets, whenContentChanged } from './selection';
import type { EditorKind, EditorStrategy, InsertContent, InsertMethod, InsertResult, PasteDispatcher, TextSpan } from './types';

export interface PasteStrategyOptions {
  /**
   * Send multi-line plain text also as `<p>` HTML. Needed where the editor's plain-text paste does not make one
   * paragraph per line (ProseMirror collapses blank lines; CKEditor 5 turns single newlines into soft breaks).
   */
  paragraphsAsHtml: boolean;
  /** Reads the editor's text; defaults to the DOM text model. */
  getText?: (root: HTMLElement) => string;
}

/** Does `after` contain every non-empty line of `text`, in order? Used when HTML was pasted and may render apart. */
function containsLines(after: string, text: string): boolean {
  let from = 0;
  for (const line of text.split('\n').map((part) => part.trim()).filter(Boolean)) {
    const found = after.indexOf(normalizeSpaces(line), from);
    if (found === -1) return false;
    from = found + line.length;
  }
  return true;
}

/** Browser editing commands as the fallback: most editors read them back through `beforeinput` or mutations. */
function insertWithCommands(root: HTMLElement, text: string): void {
  const doc = root.ownerDocument;
  if (typeof doc.execCommand !== 'function') return;
  text.split('\n').forEach((line, index) => {
    try {
      if (index > 0) doc.execCommand('insertParagraph', false);
      if (line.length > 0) doc.execCommand('insertText', false, line);
    } catch {
      // An editor may throw from its own handlers; the result is checked by reading the text.
    }
  });
}

export function createPasteStrategy(kind: EditorKind, options: PasteStrategyOptions): EditorStrategy {
  const getText = options.getText ?? getPlainText;

  const payloadFor = (content: InsertContent): InsertContent => {
    if (content.html !== undefined) return content;
    if (options.paragraphsAsHtml && content.text.includes('\n')) {
      return { text: content.text, html: textToParagraphHtml(content.text) };
    }
    return { text: content.text };
  };

  const replace = async (
    root: HTMLElement,
    span: TextSpan,
    content: InsertContent,
    dispatchPaste: PasteDispatcher,
  ): Promise<InsertResult> => {
    const before = normalizeSpaces(getText(root));
    const expected = normalizeSpaces(getExpectedText(before, span, content.text));
    const caretAfter = span.start + content.text.length;
    const isAccepted = (after: string): boolean =>
      after === expected || (content.html !== undefined && after !== before && containsLines(after, content.text));

    if (!(await selectAndSync(root, span))) return { ok: false, reason: `could not place the caret in the ${kind} editor` };

    const changed = whenContentChanged(root);
    let dispatched = false;
    try {
      dispatched = await dispatchPaste(root, payloadFor(content));
    } catch {
      dispatched = false;
    }
    if (dispatched) await changed();
    let after = normalizeSpaces(getText(root));
    let via: InsertMethod = 'paste';

    if (!isAccepted(after)) {
      via = 'execCommand';
      if (after !== before) return { ok: false, reason: `the ${kind} editor changed the text unexpectedly after the paste` };
      if (!(await selectAndSync(root, span))) return { ok: false, reason: `could not place the caret in the ${kind} editor` };
      const changedAgain = whenContentChanged(root);
      insertWithCommands(root, content.text);
      await changedAgain();
      after = normalizeSpaces(getText(root));
      if (!isAccepted(after)) {
        return { ok: false, reason: `the ${kind} editor accepted neither the paste nor the editing commands` };
      }
    }

    // Editors leave the caret after what they pasted; make sure of it, since typing continues from there.
    if (after === expected) {
      const selection = getSelectionOffsets(root);
      if (!selection || selection.start !== caretAfter || selection.end !== caretAfter) {
        await selectAndSync(root, { start: caretAfter, end: caretAfter });
      }
    }
    return { ok: true, via };
  };

  return {
    kind,
    getText,
    getSelection: getSelectionOffsets,
    select: selectOffsets,
    focus: focusEditor,
    replace,
  };
}
