import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { OUTPUT_DIR } from '../scripts/output-dir.mjs';

const demoDir = fileURLToPath(new URL('.', import.meta.url));
const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The demo workspace (`npm run build:demo`, also run by `npm start`): four pages built into `.output/demo/`.
 * Asset paths are relative (`base: './'`) because scripts/start.mjs serves each page at a production URL with its
 * own path (`/mail/u/0/`, `/agent/tickets/1042`, `/`), and the assets must resolve next to whichever it is.
 */
export default defineConfig({
  root: demoDir,
  base: './',
  // The demo never reads .env files or a public/ folder.
  envDir: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(OUTPUT_DIR, 'demo'),
    emptyOutDir: true,
    // CKEditor 5 is one large bundle by design; the demo is served locally, so its size does not matter.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // The timings report is noise in `npm start`'s output.
      checks: { bundlerTimings: false },
      input: {
        index: page('index.html'),
        mail: page('mail.html'),
        helpdesk: page('helpdesk.html'),
        chat: page('chat.html'),
      },
    },
  },
});
