// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getLineBounds, getPointAtOffset, readTextModel } from '@/lib/editors/text-model';

function root(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('readTextModel', () => {
  it.each([
    ['plain text', 'Hello', 'Hello'],
    ['Gmail one div per line', '<div>Hi Anna,</div><div><br></div><div>Thanks</div>', 'Hi Anna,\n\nThanks'],
    ['ProseMirror empty paragraph', '<p>a</p><p><br class="ProseMirror-trailingBreak"></p><p>b</p>', 'a\n\nb'],
    ['hard break inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
    ['trailing br adds no line', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['text then blocks', 'top<div>a</div>tail', 'top\na\ntail'],
    [
      'Draft.js nested block wrappers',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">one</span></span></div></div>' +
        '<div data-block="true"><div><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div><span><span data-text="true">two</span></span></div></div></div>',
      'one\n\ntwo',
    ],
    ['CKEditor inline filler is invisible', '<p>a\u2060\u2060\u2060\u2060\u2060\u2060\u2060b</p>', 'ab'],
    ['lists', '<ul><li>one</li><li>two</li></ul><p>after</p>', 'one\ntwo\nafter'],
    ['br before a block adds no line', '<div>a<br><p>b</p></div>', 'a\nb'],
    ['script content is skipped', '<p>a<script>x()</script></p>', 'a'],
  ])('%s', (_name, html, text) => {
    expect(readTextModel(root(html)).text).toBe(text);
  });

  it('maps DOM points to offsets in the same walk', () => {
    const element = root('<p>ab</p><p><br></p><p>cd</p>');
    const [first, empty, last] = Array.from(element.children);
    const { positions } = readTextModel(element, [
      { node: first!.firstChild!, offset: 1 },
      { node: empty!, offset: 0 },
      { node: last!.firstChild!, offset: 2 },
      { node: element, offset: 3 },
      { node: document.body, offset: 0 },
    ]);
    expect(positions).toEqual([1, 3, 6, 6, undefined]);
  });

  it('maps a point inside invisible filler characters', () => {
    const element = root('<p>a\u2060\u2060b</p>');
    const text = element.firstChild!.firstChild!;
    expect(readTextModel(element, [{ node: text, offset: 3 }]).positions).toEqual([1]);
  });
});

describe('getPointAtOffset', () => {
  it('round-trips every offset of a multi-block text', () => {
    const element = root('<p>ab</p><p><br></p><p>c<br>d</p>');
    const model = readTextModel(element);
    expect(model.text).toBe('ab\n\nc\nd');
    for (let offset = 0; offset <= model.text.length; offset += 1) {
      const point = getPointAtOffset(model, offset)!;
      expect(readTextModel(element, [point]).positions[0]).toBe(offset);
    }
  });

  it('puts the caret of an empty paragraph inside it', () => {
    const element = root('<p>a</p><p><br></p>');
    const point = getPointAtOffset(readTextModel(element), 2);
    expect(point).toEqual({ node: element.children[1], offset: 0 });
  });

  it('skips filler characters when mapping back (the caret goes after the filler, where CKEditor keeps it)', () => {
    const element = root('<p>a\u2060\u2060b</p>');
    const point = getPointAtOffset(readTextModel(element), 1)!;
    expect(point.offset).toBe(3);
    expect(getPointAtOffset(readTextModel(element), 2)!.offset).toBe(4);
  });
});

describe('getLineBounds', () => {
  it.each([
    ['start of text', 'ab\ncd', 0, { start: 0, end: 2 }],
    ['second line', 'ab\ncd', 4, { start: 3, end: 5 }],
    ['line start', 'ab\ncd', 3, { start: 3, end: 5 }],
    ['text starting with a newline', '\nab', 0, { start: 0, end: 0 }],
  ])('%s', (_name, text, offset, bounds) => {
    expect(getLineBounds(text, offset)).toEqual(bounds);
  });
});
