import { createBridgeDispatcher } from '@/lib/editors/bridge-client';
import { createBridgeNonce, NONCE_DATA_KEY } from '@/lib/editors/bridge-protocol';
import type { PasteDispatcher } from '@/lib/editors/types';

/**
 * Firefox only: some editors ignore paste events created by a content script (Xray wrappers hide their
 * clipboard data from page code), so the paste is handed to a small page-world script. Chromium's isolated
 * worlds share event objects with the page and need no bridge.
 */
export async function createPasteDispatcher(): Promise<PasteDispatcher | undefined> {
  if (!import.meta.env.FIREFOX) return undefined;
  // getRandomValues, not randomUUID: the latter exists only on secure (https) pages and user sites may be http.
  const nonce = createBridgeNonce(crypto);
  const { script } = await injectScript('/editor-bridge.js', {
    keepInDom: false,
    modifyScript: (element) => {
      element.dataset[NONCE_DATA_KEY] = nonce;
    },
  });
  return createBridgeDispatcher(script, nonce);
}
