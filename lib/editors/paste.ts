/**
 * Synthetic clipboard pastes: rich editors update their own model from their paste pipeline, which is the one
 * input path every editor supports with arbitrary multi-paragraph text.
 */
import type { InsertContent, PasteDispatcher } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** One `<p>` per line; an empty line becomes an empty paragraph (`<p><br></p>`) so it survives HTML parsing. */
export function textToParagraphHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? `<p>${escapeHtml(line)}</p>` : '<p><br></p>'))
    .join('');
}

/**
 * Builds a `paste` ClipboardEvent carrying `text/plain` (and `text/html` when given) with the constructors of the
 * element's own window, so page code sees ordinary objects of its realm.
 */
export function createPasteEvent(target: Element, content: InsertContent): Event {
  const view = target.ownerDocument.defaultView;
  if (!view) throw new Error('createPasteEvent: the element is not in a window');
  const data = new view.DataTransfer();
  data.setData('text/plain', content.text);
  if (content.html !== undefined) data.setData('text/html', content.html);
  const init = { bubbles: true, cancelable: true, composed: true };
  const event = new view.ClipboardEvent('paste', { ...init, clipboardData: data });
  // HACK: some engines ignore `clipboardData` in the ClipboardEvent constructor; give it the property directly.
  if (event.clipboardData !== data) Object.defineProperty(event, 'clipboardData', { value: data });
  return event;
}

/** Dispatches the paste in the caller's world; true once dispatched (success is checked by reading the editor). */
export const dispatchPasteHere: PasteDispatcher = (root, content) => {
  root.dispatchEvent(createPasteEvent(root, content));
  return true;
};
