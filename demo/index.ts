/** The demo index: links point at the production URLs when served by `npm start`, else at the built files. */
import { DEMO_INDEX } from './pages.mjs';
import { linkDemoPages } from './shared/page';

linkDemoPages();
// Served from anywhere but the demo's own address, the links lead to plain files where the extension cannot run.
document.querySelector<HTMLElement>('#served-note')!.hidden = location.hostname === new URL(DEMO_INDEX.url).hostname;
