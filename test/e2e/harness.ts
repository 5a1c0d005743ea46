import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect, type BrowserContext, type Locator, type Page, type Route, type Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { AUTOMATION_ARGS, getChromiumPath, getExtensionArgs } from '../../scripts/chromium.mjs';
import { OUTPUT_DIR as BUILD_DIR } from '../../scripts/output-dir.mjs';

declare global {
  /** The extension API as Chromium names it in the service worker, where `serviceWorker.evaluate` runs code. */
  const chrome: typeof browser;
}

/** The repository root: every path a test names is relative to it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The unpacked Chromium build that the tests load (`npm run build:chrome` makes it). */
export const EXTENSION_DIR = join(BUILD_DIR, 'chrome-mv3');
/** Fixture pages with real editor libraries, built by `npm run build:fixtures`. */
export const BUILT_FIXTURES_DIR = join(BUILD_DIR, 'fixtures');
/** Hand-written plain HTML pages used by the sidebar's own tests. */
export const PAGES_DIR = join(ROOT, 'test/fixtures/pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};


/** A page served in place of a production URL: inline HTML, or a file whose folder also serves its assets. */
interface ServedPage {
  html?: string;
  file?: string;
}

/** Serves fixtures at production URLs; everything else is aborted, so no test can reach the network. */
class FixtureRouter {
  private readonly pages = new Map<string, ServedPage>();

  register(url: string, fixture: string): void {
    const trimmed = fixture.trimStart();
    // HTML is told apart from a path by its first character: no fixture path starts with "<".
    if (trimmed.startsWith('<')) {
      this.pages.set(pageKey(new URL(url)), { html: fixture });
      return;
    }
    const file = isAbsolute(fixture) ? fixture : resolve(ROOT, fixture);
    if (!existsSync(file)) throw new Error(`Fixture not found: ${file}${file.startsWith(BUILT_FIXTURES_DIR) ? ' (run `npm run build:fixtures`)' : ''}`);
    this.pages.set(pageKey(new URL(url)), { file });
  }

  async handle(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    // The extension's own pages (options, popup) load their scripts from chrome-extension://: not the network.
    if (url.protocol === 'chrome-extension:') {
      await route.continue();
      return;
    }
    const page = this.pages.get(pageKey(url));
    if (page) {
      const body = page.html ?? readFileSync(page.file!);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    const asset = this.findAsset(url);
    if (asset) {
      await route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(asset)] ?? 'application/octet-stream', body: readFileSync(asset) });
      return;
    }
    await route.abort('blockedbyclient');
  }

  /**
   * A sub-resource of a file fixture on the same origin. Its URL is taken relative to the page URL's folder
   * (`../assets/quill.js` from `https://mail.google.com/mail/u/0/` reads `<fixture folder>/../assets/quill.js`) and,
   * for root-relative URLs, relative to the origin. Because a shallow production URL clamps `..` at the origin's
   * root, the fixture's ancestor folders are tried too, up to `.output/`; nothing outside them is ever served.
   */
  private findAsset(url: URL): string | undefined {
    for (const [key, page] of this.pages) {
      if (!page.file || new URL(key).origin !== url.origin) continue;
      const pageDir = new URL('.', key).pathname;
      const fromPage = posix.relative(pageDir, url.pathname);
      const fromRoot = url.pathname.slice(1);
      for (const dir of getServedFolders(page.file)) {
        for (const path of [fromPage, fromRoot]) {
          const candidate = resolve(dir, decodeURIComponent(path));
          if (isInside(candidate, dir) || isInside(candidate, OUTPUT_DIR)) {
            if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
          }
        }
      }
    }
    return undefined;
  }
}

const OUTPUT_DIR = BUILD_DIR;

function isInside(path: string, dir: string): boolean {
  const inside = relative(dir, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** The fixture's folder, and for a built fixture its ancestors up to `.output/`. */
function getServedFolders(file: string): string[] {
  const folders = [dirname(file)];
  while (isInside(folders.at(-1)!, OUTPUT_DIR)) folders.push(dirname(folders.at(-1)!));
  return folders;
}

/** A page is keyed by origin and path: the hash and query of a production URL do not change what is served. */
function pageKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** Locators for Replywell's UI in one page; the open shadow root is pierced by ordinary locators. */
export function getSidebar(page: Page) {
  const host = page.locator('replywell-sidebar');
  const panel = host.getByRole('complementary', { name: 'Replywell' });
  return {
    host,
    launcher: host.getByRole('button', { name: 'Replywell', exact: true }),
    panel,
    close: panel.getByRole('button', { name: 'Close sidebar' }),
    separator: panel.getByRole('separator', { name: 'Resize sidebar' }),
    search: panel.getByRole('searchbox', { name: 'Search templates' }),
    /** The "Insert" button of the template with this title. */
    insert: (title: string): Locator => panel.getByRole('button', { name: `Insert “${title}”` }),
  };
}

export interface HarnessFixtures {
  /** Serves a fixture (inline HTML, or a file path relative to the repository) at a production URL and opens it. */
  openSite: (url: string, fixture: string, page?: Page) => Promise<Page>;
  /** The extension's background service worker. */
  serviceWorker: Worker;
}

export interface HarnessWorkerFixtures {
  /** Fails fast with a clear message when the build is missing. */
  extensionDir: string;
}

export const test = base.extend<HarnessFixtures & { extensionId: string }, HarnessWorkerFixtures>({
  extensionDir: [
    // Playwright reads a fixture's dependencies from its first parameter, so a fixture with none takes `{}`.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No extension build in ${EXTENSION_DIR}: run \`npm run build:chrome\` first.`);
      await use(EXTENSION_DIR);
    },
    { scope: 'worker' },
  ],

  // A fresh profile per test: storage (layouts, settings) never leaks from one test into another.
  context: async ({ extensionDir, colorScheme, viewport, locale }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'replywell-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: getChromiumPath(),
      headless: true,
      colorScheme,
      viewport,
      locale,
      args: ['--headless=new', ...getExtensionArgs(extensionDir), ...AUTOMATION_ARGS],
    });
    const router = new FixtureRouter();
    await context.route('**/*', (route) => router.handle(route));
    routers.set(context, router);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },

  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openSite: async ({ context, page }, use) => {
    await use(async (url, fixture, target = page) => {
      routers.get(context)!.register(url, fixture);
      await target.goto(url);
      return target;
    });
  },
});

const routers = new WeakMap<BrowserContext, FixtureRouter>();

/** Reads a file under test/fixtures/pages/ as a fixture path (so its assets resolve next to it). */
export function fixturePage(name: string): string {
  return join(PAGES_DIR, name);
}

/**
 * Asks the content script of the single open tab for its status, through the background, exactly as the popup
 * does. A page without Replywell's content script has no receiver, which the background reports as an error.
 */
export async function getPageStatus(serviceWorker: Worker): Promise<{ injected: boolean; enabled?: boolean; siteId?: string }> {
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    try {
      const answer = (await chrome.tabs.sendMessage(tab.id, { type: 'getPageStatus' })) as { ok: boolean; data?: { enabled: boolean; siteId: string } };
      return { injected: true, enabled: answer.data?.enabled, siteId: answer.data?.siteId };
    } catch {
      return { injected: false };
    }
  });
}

/** What the content script of the open tab says about its site: the adapter, whether it fell back, its events. */
export interface SiteStatus {
  siteId?: string;
  adapter?: string;
  fallback?: boolean;
  siteEvents?: { kind: string; threadId: string; at: number; observed: boolean }[];
}

/** The site status of the open tab, asked of its content script as the popup asks it. */
export async function readSiteStatus(serviceWorker: Worker): Promise<SiteStatus> {
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    const answer = (await chrome.tabs.sendMessage(tab!.id!, { type: 'getPageStatus' })) as { data?: SiteStatus };
    return answer.data ?? {};
  });
}

export { expect };
