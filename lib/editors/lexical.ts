/** Lexical (Meta): its rich-text paste turns each "\n" of text/plain into a new paragraph. */
import { createPasteStrategy } from './paste-strategy';

export const lexicalStrategy = createPasteStrategy('lexical', { paragraphsAsHtml: false });
