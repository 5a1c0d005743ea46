/** A chat composer on Lexical (rich text, with history), as WhatsApp Web's is: Enter sends, Shift+Enter breaks. */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND, type LexicalEditor } from 'lexical';
import type { DemoComposer } from '../shared/page';

export interface LexicalComposer extends DemoComposer {
  editor: LexicalEditor;
}

/** Lexical's own text: one line per top-level block ($getRoot().getTextContent() would put "\n\n" between them). */
export function getLexicalText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()).join('\n'));
}

/**
 * Makes `element` a Lexical editor. `onEnter` runs for Enter without Shift (the chat sends); `onEmptyChange`
 * tells the page when to show its placeholder, which Lexical without React leaves to the page.
 */
export function createLexicalComposer(element: HTMLElement, options: { onEnter: () => void; onEmptyChange: (empty: boolean) => void }): LexicalComposer {
  const editor = createEditor({
    namespace: 'replywell-demo-chat',
    nodes: [HeadingNode, QuoteNode],
    theme: { paragraph: 'composer-paragraph' },
    onError: (error) => console.error(error),
  });
  editor.setRootElement(element);
  mergeRegister(
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false;
        event?.preventDefault();
        options.onEnter();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerTextContentListener((text) => options.onEmptyChange(text.trim().length === 0)),
  );
  // An empty paragraph to type in, as Lexical's React composer (and so every real Lexical site) starts with.
  editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
  return {
    editor,
    getText: () => getLexicalText(editor),
    focus: () => editor.focus(),
    clear: () =>
      editor.update(
        () => {
          const root = $getRoot();
          root.clear();
          root.append($createParagraphNode());
          root.selectStart();
        },
        { discrete: true },
      ),
  };
}
