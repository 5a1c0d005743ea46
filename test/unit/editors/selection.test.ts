// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { getSelectionOffsets, selectAndSync, selectOffsets } from '@/lib/editors/selection';
import type { TextSpan } from '@/lib/editors/types';

// The agent's caret, left at the end of the draft when they clicked Apply in the sidebar.
const STALE: TextSpan = { start: 35, end: 35 };
// The finding's words, "can't refund".
const WORDS: TextSpan = { start: 9, end: 21 };

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="editor" contenteditable="true"><p>Hi Anna,</p><p>We can’t refund order 4821.</p></div>';
  root = document.getElementById('editor')!;
  root.focus();
  selectOffsets(root, STALE);
});

/**
 * An editor that renders its own selection a moment after ours was placed, before it read ours (CKEditor 5's render
 * 50 ms after focus, overdue on a busy page), `times` times; afterwards it leaves the selection alone.
 */
function selectUnderEditor(times: number): { select: (root: HTMLElement, span: TextSpan) => boolean; placed: () => number } {
  let placed = 0;
  return {
    select: (element, span) => {
      placed += 1;
      const ok = selectOffsets(element, span);
      if (placed <= times) window.setTimeout(() => selectOffsets(element, STALE), 0);
      return ok;
    },
    placed: () => placed,
  };
}

describe('selectAndSync', () => {
  it('places the selection once when the editor keeps it', async () => {
    const editor = selectUnderEditor(0);
    expect(await selectAndSync(root, WORDS, editor.select)).toBe(true);
    expect(editor.placed()).toBe(1);
    expect(getSelectionOffsets(root)).toEqual(WORDS);
  });

  it.each([
    ['once', 1],
    ['twice', 2],
  ])('places it again when the editor wrote its older selection back %s', async (_name, times) => {
    const editor = selectUnderEditor(times);
    expect(await selectAndSync(root, WORDS, editor.select)).toBe(true);
    expect(editor.placed()).toBe(times + 1);
    expect(getSelectionOffsets(root)).toEqual(WORDS);
  });

  it('gives up after three tries when the editor never holds it, so nothing is pasted at its caret', async () => {
    const editor = selectUnderEditor(Infinity);
    expect(await selectAndSync(root, WORDS, editor.select)).toBe(false);
    expect(editor.placed()).toBe(3);
    expect(getSelectionOffsets(root)).toEqual(STALE);
  });

  it('fails at once when the span cannot be placed', async () => {
    expect(await selectAndSync(root, WORDS, () => false)).toBe(false);
    expect(getSelectionOffsets(root)).toEqual(STALE);
  });
});
