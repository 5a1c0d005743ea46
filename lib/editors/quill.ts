/** Quill 1 and 2: the clipboard module turns each "\n" of text/plain into a line of its own. */
import { createPasteStrategy } from './paste-strategy';

export const quillStrategy = createPasteStrategy('quill', { paragraphsAsHtml: false });
