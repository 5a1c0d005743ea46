// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getEditorText, getTextBeforeCaret, insertText, saveCaret } from '@/lib/editors';
import type { EditorTarget } from '@/lib/editors/types';

let field: HTMLTextAreaElement;
let target: EditorTarget;

beforeEach(() => {
  document.body.innerHTML = '<textarea id="reply"></textarea><input id="line"><input id="mail" type="email"><button id="other">x</button>';
  field = document.getElementById('reply') as HTMLTextAreaElement;
  field.value = 'Hello world\nsecond ;thanks';
  target = { kind: 'textarea', element: field };
});

function caretAt(offset: number): void {
  field.focus();
  field.setSelectionRange(offset, offset);
}

describe('textarea strategy', () => {
  it.each([
    ['at the caret', () => caretAt(5), { text: ',' }, {}, 'Hello, world\nsecond ;thanks', 6],
    ['over the selection', () => { field.focus(); field.setSelectionRange(6, 11); }, { text: 'Anna' }, {}, 'Hello Anna\nsecond ;thanks', 10],
    ['a shortcut before the caret', () => caretAt(26), { text: 'Thank you!' }, { replaceBefore: 7 }, 'Hello world\nsecond Thank you!', 29],
    ['a plain-text range', () => caretAt(0), { text: 'there' }, { range: { start: 6, end: 11 } }, 'Hello there\nsecond ;thanks', 11],
    ['two paragraphs', () => caretAt(11), { text: '\n\nBest,\nMe' }, {}, 'Hello world\n\nBest,\nMe\nsecond ;thanks', 21],
  ])('inserts %s', async (_name, arrange, content, options, value, caret) => {
    arrange();
    const onInput = vi.fn();
    field.addEventListener('input', onInput);
    await expect(insertText(target, content, options)).resolves.toMatchObject({ ok: true });
    expect(field.value).toBe(value);
    expect(field.selectionStart).toBe(caret);
    expect(field.selectionEnd).toBe(caret);
    expect(onInput).toHaveBeenCalled();
  });

  it('restores a saved caret after the focus moved away', async () => {
    caretAt(5);
    const caret = saveCaret(target);
    expect(caret).toEqual({ kind: 'offsets', start: 5, end: 5 });
    document.getElementById('other')!.focus();
    field.setSelectionRange(0, 0);
    await expect(insertText(target, { text: '!' }, { caret: caret! })).resolves.toMatchObject({ ok: true });
    expect(field.value.startsWith('Hello! world')).toBe(true);
    expect(document.activeElement).toBe(field);
  });

  it('flattens paragraphs in a one-line input', async () => {
    const input = document.getElementById('line') as HTMLInputElement;
    input.focus();
    await insertText({ kind: 'textarea', element: input }, { text: 'a\nb' });
    expect(input.value).toBe('a b');
  });

  it('writes into an email input that has no selection API', async () => {
    const input = document.getElementById('mail') as HTMLInputElement;
    input.value = 'x@';
    await expect(insertText({ kind: 'textarea', element: input }, { text: 'y.com' })).resolves.toMatchObject({ ok: true });
    expect(input.value).toBe('x@y.com');
  });

  it('refuses a range outside the text', async () => {
    const result = await insertText(target, { text: 'x' }, { range: { start: 3, end: 99 } });
    expect(result.ok).toBe(false);
    expect(field.value).toBe('Hello world\nsecond ;thanks');
  });

  it('refuses a read-only field', async () => {
    field.readOnly = true;
    expect((await insertText(target, { text: 'x' })).ok).toBe(false);
  });

  it('reads the text and the text before the caret on the caret line', () => {
    caretAt(26);
    expect(getEditorText(target)).toBe('Hello world\nsecond ;thanks');
    expect(getTextBeforeCaret(target, 100)).toBe('second ;thanks');
    expect(getTextBeforeCaret(target, 7)).toBe(';thanks');
    field.setSelectionRange(3, 5);
    expect(getTextBeforeCaret(target, 10)).toBeUndefined();
  });
});
