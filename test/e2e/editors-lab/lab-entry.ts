// Browser bundle for the editors lab: exposes lib/editors to Playwright as `window.__rwLab`.
import {
  findEditor,
  getEditorText,
  getTextBeforeCaret,
  insertText,
  saveCaret,
  type InsertContent,
  type InsertOptions,
  type InsertResult,
  type SavedCaret,
} from '../../../lib/editors';

// The fixture's editable element; every fixture keeps its composer in form.composer.
const EDITABLE = 'form.composer textarea, form.composer input, form.composer [contenteditable="true"]';

function getTarget() {
  const target = findEditor(document.querySelector(EDITABLE));
  if (!target) throw new Error('editors lab: no editor found in form.composer');
  return target;
}

let savedCaret: SavedCaret | undefined;

const lab = {
  kind: (): string => getTarget().kind,
  getText: (): string => getEditorText(getTarget()),
  textBeforeCaret: (maxLength: number): string | undefined => getTextBeforeCaret(getTarget(), maxLength),
  saveCaret: (): SavedCaret | undefined => {
    savedCaret = saveCaret(getTarget());
    return savedCaret && savedCaret.kind === 'offsets' ? savedCaret : undefined;
  },
  /** Inserts; `useSavedCaret` restores the caret remembered by saveCaret(). */
  insert: (content: InsertContent, options: Omit<InsertOptions, 'caret' | 'dispatchPaste'> & { useSavedCaret?: boolean } = {}): Promise<InsertResult> => {
    const { useSavedCaret, ...rest } = options;
    return insertText(getTarget(), content, { ...rest, ...(useSavedCaret && savedCaret ? { caret: savedCaret } : {}) });
  },
};

declare global {
  interface Window {
    __rwLab?: typeof lab;
  }
}

window.__rwLab = lab;
