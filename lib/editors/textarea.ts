/** `<textarea>` and text-like `<input>`: native undo through execCommand, setRangeText as the fallback. */
import type { EditorStrategy, InsertContent, InsertResult, TextSpan } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function asField(element: HTMLElement): TextField {
  return element as TextField;
}

/** `<input type=email>` and a few others have no selection API (selectionStart is null or throws). */
function readSelection(field: TextField): TextSpan | undefined {
  try {
    if (field.selectionStart === null || field.selectionEnd === null) return undefined;
    return { start: field.selectionStart, end: field.selectionEnd };
  } catch {
    return undefined;
  }
}

function trySelect(field: TextField, span: TextSpan): boolean {
  try {
    field.setSelectionRange(span.start, span.end);
    return true;
  } catch {
    return false;
  }
}

function fireInput(field: TextField, data: string): void {
  const view = field.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: false, inputType: 'insertText', data };
  field.dispatchEvent(view ? new view.InputEvent('input', init) : new Event('input', { bubbles: true }));
}

/** Replaces a span without execCommand; React and Vue see the change through the input event. */
function replaceWithoutExecCommand(field: TextField, span: TextSpan, text: string): void {
  const caret = span.start + text.length;
  if (trySelect(field, span)) {
    field.setRangeText(text, span.start, span.end, 'end');
  } else {
    // No selection API (type=email): rewrite the whole value.
    field.value = field.value.slice(0, span.start) + text + field.value.slice(span.end);
  }
  trySelect(field, { start: caret, end: caret });
  fireInput(field, text);
}

function tryExecCommand(field: TextField, text: string): boolean {
  const doc = field.ownerDocument;
  if (typeof doc.execCommand !== 'function' || doc.activeElement !== field) return false;
  try {
    return text.length > 0 ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
  } catch {
    return false;
  }
}

async function replace(element: HTMLElement, span: TextSpan, content: InsertContent): Promise<InsertResult> {
  const field = asField(element);
  if (field.readOnly || field.disabled) return { ok: false, reason: 'the field is read-only or disabled' };
  // An <input> is one line: paragraphs become spaces rather than being dropped by the browser.
  const text = field.tagName === 'INPUT' ? content.text.replace(/\r?\n/g, ' ') : content.text;
  const before = field.value;
  const expected = before.slice(0, span.start) + text + before.slice(span.end);
  if (trySelect(field, span) && tryExecCommand(field, text) && field.value !== before) {
    // The page may legitimately reshape the value (maxlength, an input mask); the change is the page's to make.
    return { ok: true, via: 'execCommand' };
  }
  if (field.value === before) replaceWithoutExecCommand(field, span, text);
  if (field.value === expected || field.value !== before) return { ok: true, via: 'setRangeText' };
  return { ok: false, reason: 'the field did not accept the text' };
}

export const textareaStrategy: EditorStrategy = {
  kind: 'textarea',
  getText: (element) => asField(element).value,
  getSelection: (element) => {
    const field = asField(element);
    return readSelection(field) ?? { start: field.value.length, end: field.value.length };
  },
  select: (element, span) => trySelect(asField(element), span),
  focus: async (element) => {
    if (element.ownerDocument.activeElement !== element) element.focus({ preventScroll: true });
  },
  replace: (element, span, content) => replace(element, span, content),
};
