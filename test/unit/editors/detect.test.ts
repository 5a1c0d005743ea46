// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findEditor } from '@/lib/editors/detect';

beforeEach(() => {
  document.body.innerHTML = `
    <textarea id="textarea"></textarea>
    <input id="text" type="text"><input id="search" type="search"><input id="password" type="password">
    <input id="number" type="number"><input id="readonly" readonly>
    <div id="pm" class="ProseMirror" contenteditable="true"><p id="pm-p">x</p></div>
    <div id="pm-readonly" class="ProseMirror" contenteditable="false"><p id="pm-readonly-p">x</p></div>
    <div id="lexical" contenteditable="true" data-lexical-editor="true"><p><span id="lexical-span">x</span></p></div>
    <div class="DraftEditor-root"><div id="draft" class="public-DraftEditor-content" contenteditable="true">
      <div data-contents="true"><div data-block="true"><span id="draft-span">x</span></div></div></div></div>
    <div class="DraftEditor-root"><div id="draft-bare" contenteditable="true">
      <div data-contents="true"><span id="draft-bare-span">x</span></div></div></div>
    <div id="ck" class="ck ck-content ck-editor__editable ck-editor__editable_inline" contenteditable="true">
      <figure><figcaption id="ck-nested" class="ck-editor__editable ck-editor__nested-editable" contenteditable="true">c</figcaption></figure>
      <p id="ck-p">x</p></div>
    <div class="ql-container"><div id="quill" class="ql-editor" contenteditable="true"><p id="quill-p">x</p></div></div>
    <div id="gmail" contenteditable="true" role="textbox"><div><span id="gmail-span">x</span></div>
      <div contenteditable="false" id="chip">chip</div></div>
    <div id="plaintext" contenteditable="plaintext-only">x</div>
    <div id="empty-attr" contenteditable="">x</div>
    <p id="static">not editable</p>`;
});

const byId = (id: string): HTMLElement => document.getElementById(id)!;

describe('findEditor', () => {
  it.each([
    ['textarea', 'textarea', 'textarea', 'textarea'],
    ['text input', 'text', 'textarea', 'text'],
    ['search input', 'search', 'textarea', 'search'],
    ['ProseMirror paragraph', 'pm-p', 'prosemirror', 'pm'],
    ['Lexical text span', 'lexical-span', 'lexical', 'lexical'],
    ['Draft.js block', 'draft-span', 'draftjs', 'draft'],
    ['Draft.js without public class', 'draft-bare-span', 'draftjs', 'draft-bare'],
    ['CKEditor paragraph', 'ck-p', 'ckeditor5', 'ck'],
    ['CKEditor nested editable resolves to the root', 'ck-nested', 'ckeditor5', 'ck'],
    ['Quill line', 'quill-p', 'quill', 'quill'],
    ['Gmail-style contenteditable', 'gmail-span', 'contenteditable', 'gmail'],
    ['plaintext-only host', 'plaintext', 'contenteditable', 'plaintext'],
    ['empty contenteditable attribute', 'empty-attr', 'contenteditable', 'empty-attr'],
  ])('%s', (_name, startId, kind, rootId) => {
    const target = findEditor(byId(startId));
    expect(target?.kind).toBe(kind);
    expect(target?.element).toBe(byId(rootId));
  });

  it('walks up from a text node', () => {
    expect(findEditor(byId('pm-p').firstChild)?.element).toBe(byId('pm'));
  });

  it.each([['password'], ['number'], ['readonly'], ['static'], ['chip'], ['pm-readonly-p']])('ignores #%s', (id) => {
    expect(findEditor(byId(id))).toBeUndefined();
  });

  it('ignores null', () => {
    expect(findEditor(null)).toBeUndefined();
  });
});
