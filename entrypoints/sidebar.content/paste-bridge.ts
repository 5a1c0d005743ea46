import { createBridgeDispatcher } from '@/lib/editors/bridge-client';
import type { PasteDispatcher } from '@/lib/editors/types';

/**
 * Firefox only: some editors ignore paste events created by a content script (Xray wrappers hide their
 * clipboard data from page code), so the paste is handed to a small page-world script. Chromium's isolated
 * worlds share event objects with the page and need no bridge.
 */
export async function createPasteDispatcher(): Promise<PasteDispatcher | undefined> {
  if (!import.meta.env.FIREFOX) return undefined;
  const nonce = crypto.randomUUID();
  const { script } = await injectScript('/editor-bridge.js', {
    keepInDom: false,
    modifyScript: (element) => {
      element.dataset.nonce = nonce;
    },
  });
  return createBridgeDispatcher(script, nonce);
}
