/** A helpdesk composer on CKEditor 5 (classic editor with a toolbar), as Zendesk's agent workspace uses. */
import 'ckeditor5/ckeditor5.css';
import { Autoformat, Bold, ClassicEditor, Essentials, Italic, Link, List, Paragraph } from 'ckeditor5';
import type { DemoComposer } from '../shared/page';

export interface CkeditorComposer extends DemoComposer {
  editor: ClassicEditor;
}

/** The model's text: one line per block, a soft break (Shift+Enter) as "\n". */
export function getModelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  return Array.from(root.getChildren())
    .map((block) => {
      let text = '';
      for (const item of editor.model.createRangeIn(block as never).getItems()) {
        if (item.is('$textProxy')) text += item.data;
        else if (item.is('element', 'softBreak')) text += '\n';
      }
      return text;
    })
    .join('\n');
}

/** Replaces `element` with a CKEditor 5 classic editor. */
export async function createCkeditorComposer(element: HTMLElement, options: { placeholder: string; label: string }): Promise<CkeditorComposer> {
  const editor = await ClassicEditor.create({
    attachTo: element,
    // CKEditor 5 is used under its GPL licence here, like everywhere in this repository's test pages.
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List, Autoformat],
    toolbar: ['bold', 'italic', 'link', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
    placeholder: options.placeholder,
    label: options.label,
  });
  return {
    editor,
    getText: () => getModelText(editor),
    getHTML: () => editor.getData(),
    focus: () => editor.editing.view.focus(),
    clear: () => editor.setData(''),
  };
}
