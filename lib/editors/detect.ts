/** Finds the editor that owns a node (the focused element, or the selection's anchor) and names its technology. */
import type { EditorKind, EditorTarget } from './types';

// Each library's own class or attribute on its editable root. These are public, documented hooks that the
// libraries keep stable across versions (themes and plugins style them), unlike a site's generated class names.
const LIBRARY_ROOTS: ReadonlyArray<{ kind: EditorKind; selector: string }> = [
  // ProseMirror (and Tiptap, which renders a ProseMirror view) puts `.ProseMirror` on view.dom.
  { kind: 'prosemirror', selector: '.ProseMirror' },
  // Lexical marks its root element with data-lexical-editor="true".
  { kind: 'lexical', selector: '[data-lexical-editor="true"]' },
  // Draft.js: the contenteditable is `.public-DraftEditor-content` ("public-" classes are its styling API).
  { kind: 'draftjs', selector: '.public-DraftEditor-content' },
  // CKEditor 5: every editable root has `.ck-editor__editable`; nested editables inside widgets also do, so skip them.
  { kind: 'ckeditor5', selector: '.ck-editor__editable:not(.ck-editor__nested-editable)' },
  // Quill: the editable root is `.ql-editor`.
  { kind: 'quill', selector: '.ql-editor' },
];

// HACK: a Draft.js page whose CSS build dropped the public class still has its block container attribute.
const DRAFT_CONTENTS = '.DraftEditor-root [data-contents="true"]';

// The input types a person writes a reply into; password, number, date… are not.
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

function isEditableHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** The nearest ancestor (or self) that makes content editable, stopping at an explicit contenteditable="false". */
function closestEditableHost(element: Element): HTMLElement | undefined {
  let host: HTMLElement | undefined;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const value = current.getAttribute('contenteditable');
    if (value === 'false') break;
    if (value !== null) host = current as HTMLElement;
  }
  return host;
}

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/** The editor that `node` belongs to, or undefined when it is not in an editable text control. */
export function findEditor(node: Node | null): EditorTarget | undefined {
  const element = node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return undefined;
  if (isTextField(element)) {
    const field = element as HTMLTextAreaElement | HTMLInputElement;
    return field.readOnly || field.disabled ? undefined : { kind: 'textarea', element: field };
  }
  const host = closestEditableHost(element);
  if (!host) return undefined;
  for (const { kind, selector } of LIBRARY_ROOTS) {
    const root = element.closest(selector);
    // The library root must itself be the editable (a read-only ProseMirror view keeps its class).
    if (root && isEditableHost(root)) return { kind, element: root as HTMLElement };
  }
  const draftContents = element.closest(DRAFT_CONTENTS);
  if (draftContents) {
    const draftRoot = closestEditableHost(draftContents);
    if (draftRoot) return { kind: 'draftjs', element: draftRoot };
  }
  return { kind: 'contenteditable', element: host };
}
