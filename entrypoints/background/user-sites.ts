import { browser } from 'wxt/browser';
import type { UserSite } from '@/lib/messages';
import { readUserSites, userSitesItem } from '@/lib/platform/storage';

const SCRIPT_ID = 'replywell-user-sites';
/** The built content script; WXT names it after the entrypoint folder. */
const CONTENT_SCRIPT_FILE = 'content-scripts/sidebar.js';

async function isGranted(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** The user-added sites, each with whether the browser still grants Replywell access. */
export async function listUserSites(): Promise<UserSite[]> {
  const patterns = readUserSites(await userSitesItem.getValue());
  return Promise.all(patterns.map(async (pattern) => ({ pattern, granted: await isGranted(pattern) })));
}

/** Makes the registered content script match exactly the user-added sites whose permission is granted. */
export async function syncUserSiteScripts(): Promise<void> {
  const sites = await listUserSites();
  const wanted = sites.filter((site) => site.granted).map((site) => site.pattern).sort();
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const have = [...(current?.matches ?? [])].sort();
  if (current && wanted.join('\n') === have.join('\n')) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (wanted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: wanted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false },
  ]);
}

/** Adds a site whose host permission the options page has just obtained, and injects it into its open tabs. */
export async function addUserSite(pattern: string): Promise<UserSite[]> {
  if (!(await isGranted(pattern))) throw new Error(`No permission for ${pattern}`);
  const patterns = readUserSites(await userSitesItem.getValue());
  if (!patterns.includes(pattern)) await userSitesItem.setValue([...patterns, pattern]);
  await syncUserSiteScripts();
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
