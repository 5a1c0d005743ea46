/**
 * The page-world end of the editor bridge, run by entrypoints/editor-bridge.ts with its own <script> element.
 * Kept in lib/ (DOM as a parameter) so the editors lab can run it on the fixture pages.
 */
import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  NONCE_DATA_KEY,
  PASTE_TARGET_ATTRIBUTE,
  getRequestContent,
  parseBridgeRequest,
  toResponseDetail,
} from './bridge-protocol';
import { createPasteEvent } from './paste';

/**
 * Reads and removes the nonce from `script` and answers paste requests sent on it. Returns false (and listens to
 * nothing) when the script carries no nonce.
 */
export function startEditorBridge(script: HTMLScriptElement): boolean {
  const nonce = script.dataset[NONCE_DATA_KEY];
  delete script.dataset[NONCE_DATA_KEY];
  const doc = script.ownerDocument;
  const view = doc.defaultView;
  if (!nonce || !view) return false;

  script.addEventListener(BRIDGE_REQUEST_EVENT, (event) => {
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail, nonce);
    if (!request) return;
    const respond = (ok: boolean, error?: string): void => {
      const detail = toResponseDetail({ nonce, id: request.id, ok, ...(error ? { error } : {}) });
      // Made with the page's CustomEvent: the content script can read a page event's string detail.
      script.dispatchEvent(new view.CustomEvent(BRIDGE_RESPONSE_EVENT, { detail }));
    };
    const target = Array.from(doc.querySelectorAll<HTMLElement>(`[${PASTE_TARGET_ATTRIBUTE}]`)).find(
      (element) => element.getAttribute(PASTE_TARGET_ATTRIBUTE) === request.id,
    );
    if (!target) {
      respond(false, 'no element is marked as the paste target');
      return;
    }
    target.removeAttribute(PASTE_TARGET_ATTRIBUTE);
    try {
      target.dispatchEvent(createPasteEvent(target, getRequestContent(request)));
      respond(true);
    } catch (error) {
      respond(false, error instanceof Error ? error.message : String(error));
    }
  });
  return true;
}
