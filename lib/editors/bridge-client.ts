/** The content-script side of the editor bridge: a PasteDispatcher that has the page world dispatch the paste. */
import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  PASTE_TARGET_ATTRIBUTE,
  parseBridgeResponse,
  toRequestDetail,
} from './bridge-protocol';
import type { PasteDispatcher } from './types';

/** How long to wait for the bridge's answer before treating the paste as not delivered. */
const RESPONSE_TIMEOUT_MS = 1000;

let lastId = 0;

/**
 * A dispatcher that asks the page-world bridge (injected as `script` with `nonce`) to paste. Resolves to false when
 * the bridge does not answer in time, so `insertText` falls back to editing commands.
 */
export function createBridgeDispatcher(script: HTMLScriptElement, nonce: string): PasteDispatcher {
  return (root, content) => {
    const view = script.ownerDocument.defaultView;
    if (!view) return false;
    lastId += 1;
    const id = `${Date.now().toString(36)}-${lastId}`;
    return new Promise<boolean>((resolve) => {
      const finish = (ok: boolean): void => {
        script.removeEventListener(BRIDGE_RESPONSE_EVENT, onResponse);
        view.clearTimeout(timer);
        root.removeAttribute(PASTE_TARGET_ATTRIBUTE);
        resolve(ok);
      };
      const onResponse = (event: Event): void => {
        const response = parseBridgeResponse((event as CustomEvent<unknown>).detail, nonce);
        if (response?.id === id) finish(response.ok);
      };
      const timer = view.setTimeout(() => finish(false), RESPONSE_TIMEOUT_MS);
      script.addEventListener(BRIDGE_RESPONSE_EVENT, onResponse);
      root.setAttribute(PASTE_TARGET_ATTRIBUTE, id);
      const detail = toRequestDetail({ nonce, id, text: content.text, ...(content.html !== undefined ? { html: content.html } : {}) });
      // The event is created with the content script's CustomEvent; its string detail is readable by the page.
      script.dispatchEvent(new view.CustomEvent(BRIDGE_REQUEST_EVENT, { detail }));
    });
  };
}
