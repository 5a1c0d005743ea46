/**
 * Page-world half of the editor bridge. Some editors only react to events created by the page itself (in Firefox a
 * content script's ClipboardEvent/DataTransfer are unreadable to page code), so the content script asks this script,
 * over a nonce-tagged private channel on this <script> element, to dispatch the paste. Protocol: lib/editors/bridge-protocol.ts.
 */
import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  NONCE_DATA_KEY,
  PASTE_TARGET_ATTRIBUTE,
  getRequestContent,
  parseBridgeRequest,
  toResponseDetail,
} from '@/lib/editors/bridge-protocol';
import { createPasteEvent } from '@/lib/editors/paste';

export default defineUnlistedScript(() => {
  // Read once at start: currentScript is only set while this script first runs.
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  const nonce = script.dataset[NONCE_DATA_KEY];
  delete script.dataset[NONCE_DATA_KEY];
  if (!nonce) return;

  script.addEventListener(BRIDGE_REQUEST_EVENT, (event) => {
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail, nonce);
    if (!request) return;
    const respond = (ok: boolean, error?: string): void => {
      const detail = toResponseDetail({ nonce, id: request.id, ok, ...(error ? { error } : {}) });
      script.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail }));
    };
    const target = Array.from(document.querySelectorAll<HTMLElement>(`[${PASTE_TARGET_ATTRIBUTE}]`)).find(
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
});
