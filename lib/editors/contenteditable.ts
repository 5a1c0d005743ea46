/**
 * Plain contenteditable hosts (Gmail, Outlook on the web, most helpdesks' own composers): the browser's editing
 * commands keep native undo and the site's one-`<div>`-per-line structure; a direct DOM edit is the fallback.
 */
import { focusEditor, getSelectionOffsets, selectOffsets } from './selection';
import { readTextModel } from './text-model';
import type { EditorStrategy, InsertContent, InsertResult, TextSpan } from './types';

/** Editors render spaces they must keep (double, trailing) as no-break spaces; the text is the same to a reader. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}

export function getExpectedText(before: string, span: TextSpan, text: string): string {
  return before.slice(0, span.start) + text + before.slice(span.end);
}

function exec(doc: Document, command: string, value?: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

/**
 * Plain composers (Gmail, Outlook on the web) hold one `<div>` per line; a pasted `<p>` would add its margins as
 * blank lines there, so paragraphs become divs. The HTML is already sanitised (InsertContent's contract) and a
 * <template> parses it inertly.
 */
export function toLineDivs(doc: Document, html: string): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  for (const paragraph of Array.from(template.content.querySelectorAll('p'))) {
    const div = doc.createElement('div');
    for (const attribute of Array.from(paragraph.attributes)) div.setAttribute(attribute.name, attribute.value);
    div.append(...Array.from(paragraph.childNodes));
    paragraph.replaceWith(div);
  }
  return template.innerHTML;
}

/** Types the lines with the browser's editing commands, one paragraph per line. */
function insertWithCommands(root: HTMLElement, content: InsertContent): boolean {
  const doc = root.ownerDocument;
  if (content.html !== undefined) return exec(doc, 'insertHTML', toLineDivs(doc, content.html));
  const lines = content.text.split('\n');
  if (content.text.length === 0) return exec(doc, 'delete');
  return lines.every((line, index) => {
    if (index > 0 && !exec(doc, 'insertParagraph')) return false;
    return line.length === 0 || exec(doc, 'insertText', line);
  });
}

/** Last resort: edits the DOM directly (lines separated by `<br>`) and tells listeners with an input event. */
function insertWithDom(root: HTMLElement, span: TextSpan, content: InsertContent): boolean {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const selection = view?.getSelection();
  if (!view || !selection || !selectOffsets(root, span) || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  content.text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line.length > 0) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  root.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: content.text }));
  return true;
}

async function replace(root: HTMLElement, span: TextSpan, content: InsertContent): Promise<InsertResult> {
  const before = getPlainText(root);
  const expected = normalizeSpaces(getExpectedText(before, span, content.text));
  if (!selectOffsets(root, span)) return { ok: false, reason: 'could not place the caret in the editor' };
  insertWithCommands(root, content);
  const afterCommands = normalizeSpaces(getPlainText(root));
  if (afterCommands === expected) return { ok: true, via: 'execCommand' };
  // HTML may render differently from its plain text; any change means the editor took it.
  if (content.html !== undefined && afterCommands !== normalizeSpaces(before)) return { ok: true, via: 'execCommand' };
  if (afterCommands !== normalizeSpaces(before)) return { ok: false, reason: 'the editor changed the text unexpectedly' };
  insertWithDom(root, span, content);
  return normalizeSpaces(getPlainText(root)) === expected ? { ok: true, via: 'dom' } : { ok: false, reason: 'the editor did not accept the text' };
}

export function getPlainText(root: HTMLElement): string {
  return readTextModel(root).text;
}

export const contenteditableStrategy: EditorStrategy = {
  kind: 'contenteditable',
  getText: getPlainText,
  getSelection: getSelectionOffsets,
  select: selectOffsets,
  focus: focusEditor,
  replace: (root, span, content) => replace(root, span, content),
};
