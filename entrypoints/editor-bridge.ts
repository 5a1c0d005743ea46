/**
 * Page-world half of the editor bridge. Some editors only react to events created by the page itself (in Firefox a
 * content script's ClipboardEvent/DataTransfer are unreadable to page code), so the content script asks this script,
 * over a nonce-tagged private channel on this <script> element, to dispatch the paste.
 * Protocol: lib/editors/bridge-protocol.ts; this side: lib/editors/bridge-page.ts; content side: bridge-client.ts.
 */
import { startEditorBridge } from '@/lib/editors/bridge-page';

export default defineUnlistedScript(() => {
  // Read at start: currentScript is only set while this script first runs (WXT builds it as a classic script).
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) startEditorBridge(script);
});
