/**
 * A plain-text view of a rich editable root: one line per block (`<p>`, `<div>`, `<li>`, …) or `<br>`-separated run,
 * lines joined by "\n", plus the mapping between offsets in that text and DOM boundary points. All DOM-based
 * strategies address text through these offsets, so `getEditorText`, saved carets and ranges agree with each other.
 */

/** A DOM boundary point (the same pair a `Range` or `Selection` uses). */
export interface DomPoint {
  node: Node;
  offset: number;
}

interface TextSegment {
  node: Text;
  /** Offset of the segment's first kept character in the plain text. */
  start: number;
  /** Kept characters' offsets inside the text node; undefined when every character is kept. */
  domOffsets?: number[];
  length: number;
}

interface Line {
  start: number;
  /** Where a caret goes in this line when it has no text (an empty paragraph). */
  anchor: DomPoint;
  segments: TextSegment[];
}

export interface TextModel {
  text: string;
  lines: Line[];
  /** Plain-text offsets of the points asked for, in order (undefined when the point is outside the root). */
  positions: Array<number | undefined>;
}

// Elements that start a new line. Tag based rather than computed style, so the model is the same in Node tests.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// HACK: editors keep invisible caret helpers in their text nodes that are not part of their model:
// CKEditor 5's inline filler (seven U+2060), Quill's cursor blot (U+FEFF), and zero-width spaces some editors
// (Draft.js, Slate) use to hold an empty line open.
const INVISIBLE = /[\u2060\uFEFF\u200B]/;

export function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  // HACK: CKEditor 5 parks a hidden copy of the selected widget's label inside the editable for screen readers.
  return element.classList.contains('ck-fake-selection-container');
}

/** Does anything that renders text or a line follow `node` inside its nearest block ancestor? */
function hasContentAfterInBlock(node: Node, root: Node): boolean {
  let current: Node | null = node;
  while (current && current !== root && !isBlockElement(current)) {
    for (let sibling = current.nextSibling; sibling; sibling = sibling.nextSibling) {
      // A block right after a <br> starts its own line anyway, so the <br> adds none.
      if (isBlockElement(sibling)) return false;
      if (hasRenderedContent(sibling)) return true;
    }
    current = current.parentNode;
  }
  return false;
}

function hasRenderedContent(node: Node): boolean {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(new RegExp(INVISIBLE.source, 'g'), '').length > 0;
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  if (isSkipped(element)) return false;
  if (element.tagName === 'BR' || isBlockElement(element)) return true;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (hasRenderedContent(child)) return true;
  }
  return false;
}

function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index += 1;
  return index;
}

/**
 * Reads the plain text of an editable root and, in the same walk, the text offsets of the given DOM points.
 */
export function readTextModel(root: Node, points: readonly DomPoint[] = []): TextModel {
  let text = '';
  const lines: Line[] = [];
  let current: Line | undefined;
  const positions: Array<number | undefined> = points.map(() => undefined);

  const openLine = (anchor: DomPoint): Line => {
    if (lines.length > 0) text += '\n';
    const line: Line = { start: text.length, anchor, segments: [] };
    lines.push(line);
    current = line;
    return line;
  };

  const recordPointsAt = (node: Node, offset: number): void => {
    points.forEach((point, index) => {
      if (point.node === node && point.offset === offset && positions[index] === undefined) positions[index] = text.length;
    });
  };

  const visitText = (node: Text): void => {
    const value = node.nodeValue ?? '';
    let kept = value;
    let domOffsets: number[] | undefined;
    if (INVISIBLE.test(value)) {
      domOffsets = [];
      kept = '';
      for (let i = 0; i < value.length; i += 1) {
        if (!INVISIBLE.test(value[i] ?? '')) {
          domOffsets.push(i);
          kept += value[i];
        }
      }
    }
    const line = current ?? openLine({ node, offset: 0 });
    const start = text.length;
    points.forEach((point, index) => {
      if (point.node !== node || positions[index] !== undefined) return;
      const keptBefore = domOffsets ? domOffsets.filter((domOffset) => domOffset < point.offset).length : point.offset;
      positions[index] = start + Math.min(keptBefore, kept.length);
    });
    if (kept.length === 0) return;
    text += kept;
    line.segments.push({ node, start, length: kept.length, ...(domOffsets ? { domOffsets } : {}) });
  };

  const visitElement = (element: Element): void => {
    if (element.tagName === 'BR') {
      const parent = element.parentNode;
      if (!current && parent) openLine({ node: parent, offset: indexInParent(element) });
      // A trailing <br> only keeps an empty or ending block open; it does not make another line.
      if (hasContentAfterInBlock(element, root) && parent) {
        openLine({ node: parent, offset: indexInParent(element) + 1 });
      }
      return;
    }
    const block = element !== root && isBlockElement(element);
    if (block) {
      // Nested blocks (Draft.js wraps each block twice) share one line until text arrives.
      const reusable = current !== undefined && current.segments.length === 0 && current.start === text.length;
      if (reusable && current) current.anchor = { node: element, offset: 0 };
      else openLine({ node: element, offset: 0 });
    }
    let index = 0;
    for (let child = element.firstChild; child; child = child.nextSibling, index += 1) {
      recordPointsAt(element, index);
      visitNode(child);
    }
    recordPointsAt(element, index);
    if (block) current = undefined;
  };

  const visitNode = (node: Node): void => {
    if (node.nodeType === 3) visitText(node as Text);
    else if (node.nodeType === 1 && !isSkipped(node as Element)) visitElement(node as Element);
  };

  if (root.nodeType === 1) visitElement(root as Element);
  else visitNode(root);
  return { text, lines, positions };
}

/** The DOM point for a plain-text offset (clamped to the text). */
export function getPointAtOffset(model: TextModel, offset: number): DomPoint | undefined {
  const target = Math.max(0, Math.min(offset, model.text.length));
  let chosen: Line | undefined;
  for (const line of model.lines) {
    if (line.start <= target) chosen = line;
    else break;
  }
  if (!chosen) return undefined;
  const segments = chosen.segments;
  // Prefer the segment that contains the offset; at a boundary between two segments prefer the earlier one's end,
  // which is where a browser puts the caret after typing.
  for (const segment of segments) {
    if (target >= segment.start && target <= segment.start + segment.length) {
      const inner = target - segment.start;
      const domOffset = segment.domOffsets
        ? inner >= segment.length
          ? (segment.domOffsets[segment.length - 1] ?? 0) + 1
          : (segment.domOffsets[inner] ?? 0)
        : inner;
      return { node: segment.node, offset: domOffset };
    }
  }
  const last = segments[segments.length - 1];
  if (last) return { node: last.node, offset: last.node.length };
  return chosen.anchor;
}

/** Offsets of the start and end of the line that contains `offset`. */
export function getLineBounds(text: string, offset: number): { start: number; end: number } {
  const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}
