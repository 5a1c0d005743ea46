import { browser } from 'wxt/browser';
import type { UserSite } from '@/lib/messages';
import { readUserSites, userSitesItem } from '@/lib/platform/storage';

const SCRIPT_ID = 'replywell-user-sites';
/** The built content script; WXT names it after the entrypoint folder. */
const CONTENT_SCRIPT_FILE = 'content-scripts/sidebar.js';

/** Firefox's older dynamic content script API (MV2), for a browser without `scripting.registerContentScripts`. */
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt?: 'document_idle' }): Promise<{ unregister(): Promise<void> }>;
}

/** Keeps one dynamic content script registered on exactly the given origins. */
interface Registrar {
  set(matches: readonly string[]): Promise<void>;
}

/**
 * Chrome (MV3) and Firefox 102 and later (MV2 as well) have `scripting.registerContentScripts`; the manifest's
 * minimum Firefox is 115, so `contentScripts.register` is only a fallback for a browser that lacks it.
 */
function createRegistrar(): Registrar {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (scripting?.registerContentScripts) {
    return {
      async set(matches) {
        const wanted = [...matches].sort();
        const [current] = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
        const have = [...(current?.matches ?? [])].sort();
        if (current && wanted.join('\n') === have.join('\n')) return;
        if (current) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
        if (wanted.length === 0) return;
        await scripting.registerContentScripts([
          { id: SCRIPT_ID, matches: wanted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
        ]);
      },
    };
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  // contentScripts.register lasts as long as the (persistent MV2) background page: it is redone at every start.
  let registered: { unregister(): Promise<void> } | undefined;
  let have = '';
  return {
    async set(matches) {
      const wanted = [...matches].sort().join('\n');
      if (registered && wanted === have) return;
      await registered?.unregister();
      registered = undefined;
      have = '';
      if (!contentScripts || matches.length === 0) return;
      registered = await contentScripts.register({ matches: [...matches], js: [{ file: `/${CONTENT_SCRIPT_FILE}` }], runAt: 'document_idle' });
      have = wanted;
    },
  };
}

let registrar: Registrar | undefined;
// Registration is read-compare-write: concurrent runs (start-up and an add) would register the same id twice.
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function isGranted(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** The user-added sites, each with whether the browser still grants Replywell access. */
export async function listUserSites(): Promise<UserSite[]> {
  const patterns = readUserSites(await userSitesItem.getValue());
  return Promise.all(patterns.map(async (pattern) => ({ pattern, granted: await isGranted(pattern) })));
}

async function syncNow(): Promise<void> {
  const sites = await listUserSites();
  registrar ??= createRegistrar();
  await registrar.set(sites.filter((site) => site.granted).map((site) => site.pattern));
}

/** Makes the registered content script match exactly the user-added sites whose permission is granted. */
export function syncUserSiteScripts(): Promise<void> {
  return serially(syncNow);
}

async function executeInTab(tabId: number): Promise<void> {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}` as const] });
    return;
  }
  // Firefox MV2 without the scripting API (see createRegistrar).
  const tabs = browser.tabs as unknown as { executeScript(tabId: number, details: { file: string }): Promise<unknown> };
  await tabs.executeScript(tabId, { file: `/${CONTENT_SCRIPT_FILE}` });
}

/**
 * Starts the content script in tabs of `pattern` that were open before the site was added, so that the user does
 * not have to reload them. A tab whose content script already answers (the site was removed and added again
 * without a reload) is left alone: the sidebar must never mount twice.
 */
async function injectIntoOpenTabs(pattern: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: pattern });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const tabId = tab.id;
      const running = await browser.tabs.sendMessage(tabId, { type: 'getPageStatus' }).then(
        () => true,
        () => false,
      );
      if (running) return;
      // A tab that navigated away or closed meanwhile simply is not injected.
      await executeInTab(tabId).catch(() => undefined);
    }),
  );
}

/** Adds a site whose host permission the options page has just obtained, and injects it into its open tabs. */
export async function addUserSite(pattern: string): Promise<UserSite[]> {
  if (!(await isGranted(pattern))) throw new Error(`Replywell has no permission for ${pattern}`);
  const patterns = readUserSites(await userSitesItem.getValue());
  if (!patterns.includes(pattern)) await userSitesItem.setValue([...patterns, pattern]);
  await syncUserSiteScripts();
  await injectIntoOpenTabs(pattern).catch(() => undefined);
  return listUserSites();
}

/** Removes a user-added site, its content script registration and its host permission. */
export async function removeUserSite(pattern: string): Promise<UserSite[]> {
  const patterns = readUserSites(await userSitesItem.getValue());
  await userSitesItem.setValue(patterns.filter((p) => p !== pattern));
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await syncUserSiteScripts();
  return listUserSites();
}

/** Forgets the registrar chosen earlier; for tests that swap the browser's APIs. */
export function resetUserSiteRegistrar(): void {
  registrar = undefined;
  queue = Promise.resolve();
}
