/** ProseMirror and everything built on it (Tiptap, Remirror, Atlassian's editor). */
import { createPasteStrategy } from './paste-strategy';

// ProseMirror's plain-text paste splits on runs of newlines, which drops blank lines; `<p>` HTML keeps them.
export const prosemirrorStrategy = createPasteStrategy('prosemirror', { paragraphsAsHtml: true });
