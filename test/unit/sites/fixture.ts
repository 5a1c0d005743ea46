// Loads a site fixture page (test/fixtures/sites/<site>/<state>.html) into a happy-dom window at a production URL,
// without its scripts: the markup the adapter reads is the page's own, as it is before any editor library runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const SITES_DIR = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

export interface LoadedFixture {
  window: Window;
  doc: Document;
  url: URL;
  close(): Promise<void>;
}

/** The fixture's HTML without scripts and stylesheets. */
export function readFixture(site: string, state: string): string {
  return readFileSync(`${SITES_DIR}${site}/${state}.html`, 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*>/g, '');
}

/** A window at `url` showing `html` (a fixture's markup or a test's own). */
export function loadHtml(html: string, url: string): LoadedFixture {
  const window = new Window({ url, width: 1280, height: 800 });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  return { window, doc, url: new URL(url), close: () => window.happyDOM.close() };
}

/** A site fixture page at a production URL. */
export function loadFixture(site: string, state: string, url: string): LoadedFixture {
  return loadHtml(readFixture(site, state), url);
}
