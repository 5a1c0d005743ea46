// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findEditor, getEditorText, getTextBeforeCaret, insertText, saveCaret } from '@/lib/editors';
import { getSelectionOffsets, selectOffsets } from '@/lib/editors/selection';
import type { EditorTarget } from '@/lib/editors/types';

let root: HTMLElement;
let target: EditorTarget;

beforeEach(() => {
  document.body.innerHTML =
    '<div id="compose" contenteditable="true"><div>Hi Anna,</div><div><br></div><div>Sorry ;thanks</div></div><button id="other">x</button>';
  root = document.getElementById('compose')!;
  target = findEditor(root)!;
});

describe('contenteditable strategy', () => {
  it('detects the host', () => {
    expect(target).toEqual({ kind: 'contenteditable', element: root });
  });

  it('reads one line per div, keeping the empty line', () => {
    expect(getEditorText(target)).toBe('Hi Anna,\n\nSorry ;thanks');
  });

  it.each([
    ['start of text', 0],
    ['inside the first line', 3],
    ['the empty line', 9],
    ['end of text', 23],
  ])('saves and restores the caret at %s', (_name, offset) => {
    root.focus();
    expect(selectOffsets(root, { start: offset, end: offset })).toBe(true);
    expect(saveCaret(target)).toEqual({ kind: 'offsets', start: offset, end: offset });
  });

  it('saves a selection across lines', () => {
    selectOffsets(root, { start: 3, end: 12 });
    expect(getSelectionOffsets(root)).toEqual({ start: 3, end: 12 });
  });

  it('reads the text before the caret up to the start of its line', () => {
    root.focus();
    selectOffsets(root, { start: 23, end: 23 });
    expect(getTextBeforeCaret(target, 50)).toBe('Sorry ;thanks');
    expect(getTextBeforeCaret(target, 7)).toBe(';thanks');
    selectOffsets(root, { start: 9, end: 9 });
    expect(getTextBeforeCaret(target, 50)).toBe('');
  });

  it('returns undefined when the caret is elsewhere', () => {
    document.getElementById('other')!.focus();
    window.getSelection()!.removeAllRanges();
    expect(getTextBeforeCaret(target, 10)).toBeUndefined();
    expect(saveCaret(target)).toBeUndefined();
  });

  it('replaces a typed shortcut and leaves the caret after the text', async () => {
    root.focus();
    selectOffsets(root, { start: 23, end: 23 });
    await expect(insertText(target, { text: 'Thank you!' }, { replaceBefore: 7 })).resolves.toMatchObject({ ok: true });
    expect(getEditorText(target)).toBe('Hi Anna,\n\nSorry Thank you!');
    expect(getSelectionOffsets(root)).toEqual({ start: 26, end: 26 });
  });

  it('replaces a plain-text range', async () => {
    await expect(insertText(target, { text: 'Bob' }, { range: { start: 3, end: 7 } })).resolves.toMatchObject({ ok: true });
    expect(getEditorText(target)).toBe('Hi Bob,\n\nSorry ;thanks');
    expect(getSelectionOffsets(root)).toEqual({ start: 6, end: 6 });
  });

  it('inserts two paragraphs at a restored caret after focus moved away', async () => {
    root.focus();
    selectOffsets(root, { start: 8, end: 8 });
    const caret = saveCaret(target)!;
    document.getElementById('other')!.focus();
    await expect(insertText(target, { text: ' I hope\nyou are well' }, { caret })).resolves.toMatchObject({ ok: true });
    expect(getEditorText(target)).toBe('Hi Anna, I hope\nyou are well\n\nSorry ;thanks');
    expect(getSelectionOffsets(root)).toEqual({ start: 28, end: 28 });
    expect(document.activeElement).toBe(root);
  });

  it('refuses a shortcut longer than the text before the caret', async () => {
    root.focus();
    selectOffsets(root, { start: 2, end: 2 });
    expect((await insertText(target, { text: 'x' }, { replaceBefore: 5 })).ok).toBe(false);
  });
});

describe('toLineDivs', () => {
  it('turns paragraphs into line divs, keeping inline markup and attributes', async () => {
    const { toLineDivs } = await import('@/lib/editors/contenteditable');
    expect(toLineDivs(document, '<p dir="rtl">سلام <strong>دوست</strong></p><p><br></p><ul><li>x</li></ul>')).toBe(
      '<div dir="rtl">سلام <strong>دوست</strong></div><div><br></div><ul><li>x</li></ul>',
    );
  });
});
