/**
 * A webmail-style composer: a plain contenteditable whose lines are one `<div>` each (an empty line is
 * `<div><br></div>`), as Gmail's is. Its "model" is its DOM, read here line by line rather than through
 * innerText, so that the text tests see does not depend on layout.
 */
import type { DemoComposer } from '../shared/page';

const EMPTY = '<div><br></div>';
const BLOCKS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'UL', 'OL', 'H1', 'H2', 'H3', 'PRE']);

/** The lines of a contenteditable: each block is a line, `<br>` breaks a line, a block's final `<br>` is filler. */
export function readLines(root: Node): string[] {
  const lines: string[] = [];
  const collect = (parent: Node) => {
    let line: string | undefined;
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        line = (line ?? '') + (child.textContent ?? '');
      } else if (child.nodeName === 'BR') {
        lines.push(line ?? '');
        line = undefined;
      } else if (BLOCKS.has(child.nodeName)) {
        if (line !== undefined) lines.push(line);
        line = undefined;
        collect(child);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        // Inline formatting (b, i, a, span): its text belongs to the current line.
        line = (line ?? '') + (child.textContent ?? '');
      }
    }
    if (line !== undefined) lines.push(line);
  };
  collect(root);
  return lines.map((line) => line.replace(/\u00A0/g, ' '));
}

/** Makes `element` a one-`<div>`-per-line composer. */
export function createPlainComposer(element: HTMLElement): DemoComposer {
  element.contentEditable = 'true';
  if (!element.hasChildNodes()) element.innerHTML = EMPTY;
  // Chromium already makes a <div> for each Enter; Firefox needs telling (its default used to be <br>).
  element.addEventListener('focus', () => document.execCommand('defaultParagraphSeparator', false, 'div'), { once: true });
  // An emptied composer keeps one empty line, so the next typed text lands in a <div> as it does in Gmail.
  element.addEventListener('input', () => {
    if (!element.firstChild) element.innerHTML = EMPTY;
  });
  return {
    getText: () => readLines(element).join('\n'),
    getHTML: () => element.innerHTML,
    focus: () => element.focus(),
    clear: () => {
      element.innerHTML = EMPTY;
    },
  };
}
