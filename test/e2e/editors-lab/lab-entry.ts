// Browser bundle for the editors lab: exposes lib/editors to Playwright as `window.__rwLab`.
import { startEditorBridge } from '../../../lib/editors/bridge-page';
import { createBridgeNonce } from '../../../lib/editors/bridge-protocol';
import {
  createBridgeDispatcher,
  findEditor,
  getEditorText,
  getTextBeforeCaret,
  insertText,
  saveCaret,
  type InsertContent,
  type InsertOptions,
  type InsertResult,
  type PasteDispatcher,
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
let bridgeDispatcher: PasteDispatcher | undefined;
let pastesThroughBridge = 0;

const lab = {
  kind: (): string => getTarget().kind,
  getText: (): string => getEditorText(getTarget()),
  textBeforeCaret: (maxLength: number): string | undefined => getTextBeforeCaret(getTarget(), maxLength),
  saveCaret: (): SavedCaret | undefined => {
    savedCaret = saveCaret(getTarget());
    return savedCaret && savedCaret.kind === 'offsets' ? savedCaret : undefined;
  },
  /**
   * Starts the page-world bridge on a script element the way the content script does (nonce in data-nonce) and
   * makes later inserts with `viaBridge` paste through it.
   */
  startBridge: (): boolean => {
    const script = document.createElement('script');
    // getRandomValues, not randomUUID: the latter exists only in secure contexts (https), and sites may be http.
    const nonce = createBridgeNonce(crypto);
    script.dataset.nonce = nonce;
    if (!startEditorBridge(script) || script.dataset.nonce !== undefined) return false;
    const dispatch = createBridgeDispatcher(script, nonce);
    bridgeDispatcher = async (root, content) => {
      pastesThroughBridge += 1;
      return dispatch(root, content);
    };
    return true;
  },
  pastesThroughBridge: (): number => pastesThroughBridge,
  /** Inserts; `useSavedCaret` restores the caret remembered by saveCaret(), `viaBridge` pastes through the bridge. */
  insert: (
    content: InsertContent,
    options: Omit<InsertOptions, 'caret' | 'dispatchPaste'> & { useSavedCaret?: boolean; viaBridge?: boolean } = {},
  ): Promise<InsertResult> => {
    const { useSavedCaret, viaBridge, ...rest } = options;
    return insertText(getTarget(), content, {
      ...rest,
      ...(useSavedCaret && savedCaret ? { caret: savedCaret } : {}),
      ...(viaBridge && bridgeDispatcher ? { dispatchPaste: bridgeDispatcher } : {}),
    });
  },
};

declare global {
  interface Window {
    __rwLab?: typeof lab;
  }
}

window.__rwLab = lab;
