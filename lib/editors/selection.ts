/**
 * Reading and placing the DOM selection inside an editable root in plain-text offsets, and waiting for editors
 * to notice a selection or content change. The document and window always come from the element.
 */
import { type DomPoint, getPointAtOffset, readTextModel } from './text-model';
import type { TextSpan } from './types';


function getDomSelection(root: Node): Selection | null {
  const view = root.ownerDocument?.defaultView;
  return view?.getSelection() ?? null;
}

/** Whether `node` is `root` or inside it. */
function isInside(root: Node, node: Node | null): boolean {
  return node !== null && (node === root || root.contains(node));
}

/** The selection inside `root` as plain-text offsets (start <= end), or undefined when it is elsewhere. */
export function getSelectionOffsets(root: HTMLElement): TextSpan | undefined {
  const selection = getDomSelection(root);
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!isInside(root, range.startContainer) || !isInside(root, range.endContainer)) return undefined;
  return getRangeOffsets(root, range);
}

/** A DOM range's plain-text offsets inside `root`. */
export function getRangeOffsets(root: HTMLElement, range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>): TextSpan | undefined {
  const points: DomPoint[] = [
    { node: range.startContainer, offset: range.startOffset },
    { node: range.endContainer, offset: range.endOffset },
  ];
  const [start, end] = readTextModel(root, points).positions;
  if (start === undefined || end === undefined) return undefined;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/** Puts the DOM selection on a plain-text span of `root`; false when the span cannot be mapped. */
export function selectOffsets(root: HTMLElement, span: TextSpan): boolean {
  const selection = getDomSelection(root);
  if (!selection) return false;
  const model = readTextModel(root);
  const start = getPointAtOffset(model, span.start);
  const end = span.end === span.start ? start : getPointAtOffset(model, span.end);
  if (!start || !end) return false;
  selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  return true;
}

/** Puts the DOM selection on a live Range (a caret saved as a Range); false when the range left the root. */
export function selectRange(root: HTMLElement, range: Range): boolean {
  const selection = getDomSelection(root);
  if (!selection || !isInside(root, range.startContainer) || !isInside(root, range.endContainer)) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Resolves after one task, so handlers queued by the browser for what just happened have run. */
export function nextTask(root: Node): Promise<void> {
  const view = root.ownerDocument?.defaultView;
  const schedule = view ? view.setTimeout.bind(view) : setTimeout;
  return new Promise((resolve) => {
    schedule(() => resolve(), 0);
  });
}

/**
 * Starts listening for the next `selectionchange`; call before changing the selection and await the result after.
 * Editors such as ProseMirror, Lexical, Draft.js and CKEditor copy the DOM selection into their model from that
 * event, so a paste dispatched before it would land at the model's old selection. The timeout covers the case
 * where the selection did not actually change (no event is fired then).
 */
export function whenSelectionSynced(root: Node, timeoutMs = 120): () => Promise<void> {
  const doc = root.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return () => Promise.resolve();
  const settled = new Promise<void>((resolve) => {
    const done = (): void => {
      doc.removeEventListener('selectionchange', done);
      view.clearTimeout(timer);
      resolve();
    };
    const timer = view.setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
  // One more task after the event: our listener may run before an editor that registered later than us.
  return () => settled.then(() => nextTask(root));
}

/**
 * Resolves once `root`'s subtree has changed (then one more task, so the editor finishes its own selection update),
 * or after `timeoutMs` when nothing changed. Some editors (Lexical, Draft.js under React 18) render their model
 * change asynchronously after handling the paste event.
 */
export function whenContentChanged(root: Node, timeoutMs = 400): () => Promise<void> {
  const view = root.ownerDocument?.defaultView;
  if (!view) return () => Promise.resolve();
  const settled = new Promise<void>((resolve) => {
    const observer = new view.MutationObserver(() => done());
    const done = (): void => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve();
    };
    const timer = view.setTimeout(done, timeoutMs);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
  return () => settled.then(() => nextTask(root));
}

/**
 * Puts the selection on a span and waits until the editor has copied it into its model; false when the editor
 * will not hold it (three tries), so that nothing is pasted at a caret the editor chose instead.
 */
export async function selectAndSync(
  root: HTMLElement,
  span: TextSpan,
  select: (root: HTMLElement, span: TextSpan) => boolean = selectOffsets,
  read: (root: HTMLElement) => TextSpan | undefined = getSelectionOffsets,
): Promise<boolean> {
  // HACK: CKEditor 5 renders its own selection into the DOM 50 ms after its editable gets the focus. On a busy page
  // that render comes after ours and before CKEditor's `selectionchange` handler, puts back the caret the agent left
  // and so takes the paste there; reading the selection back after the editor's turn and placing it again fixes it.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const synced = whenSelectionSynced(root);
    if (!select(root, span)) return false;
    await synced();
    const held = read(root);
    if (held?.start === span.start && held.end === span.end) return true;
  }
  return false;
}

/** Focuses an editor unless the focus is already inside it; waits a task so the editor's focus handlers settle. */
export async function focusEditor(element: HTMLElement): Promise<void> {
  const active = element.ownerDocument.activeElement;
  if (active && isInside(element, active)) return;
  element.focus({ preventScroll: true });
  // HACK: Draft.js (React 18) and CKEditor 5 re-render their own selection into the DOM shortly after focus;
  // letting that happen first keeps it from overwriting the selection we are about to place.
  await nextTask(element);
}
