/** CKEditor 5. */
import { createPasteStrategy } from './paste-strategy';

// CKEditor's plain-text paste makes a soft break (`<br>`) from a single "\n" and a paragraph only from "\n\n";
// `<p>` HTML gives one paragraph per line, as the other editors do.
export const ckeditor5Strategy = createPasteStrategy('ckeditor5', { paragraphsAsHtml: true });
