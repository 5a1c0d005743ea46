/** Draft.js (Facebook's React editor): its plain-text paste makes one block per line, blank lines included. */
import { createPasteStrategy } from './paste-strategy';

export const draftjsStrategy = createPasteStrategy('draftjs', { paragraphsAsHtml: false });
