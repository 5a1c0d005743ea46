import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addUserSite, listUserSites, removeUserSite, resetUserSiteRegistrar, syncUserSiteScripts } from '@/entrypoints/background/user-sites';
import { userSitesItem } from '@/lib/platform/storage';

const SITE = 'https://help.example-support.com/*';
const OTHER = 'https://desk.acme.io/*';

/**
 * The fake browser stores for real but leaves permissions, scripting and tabs unmocked; this models them in memory:
 * granted origins, registered scripts, open tabs and which tabs run the content script.
 */
function installBrowserModel(options: { firefoxContentScriptsOnly?: boolean } = {}) {
  const granted = new Set<string>();
  const registered = new Map<string, { matches: string[] }>();
  const firefoxRegistrations: string[][] = [];
  const tabs: { id: number; url: string; running: boolean }[] = [];
  const injected: number[] = [];
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;

  b.permissions!.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o));
  b.permissions!.remove = async ({ origins }: { origins: string[] }) => origins.every((o) => granted.delete(o));
  b.tabs!.query = async ({ url }: { url: string }) => tabs.filter((tab) => tab.url.startsWith(url.slice(0, -1)));
  b.tabs!.sendMessage = async (tabId: number) => {
    if (!tabs.find((tab) => tab.id === tabId)?.running) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, data: { host: '', siteId: 'generic', enabled: true } };
  };
  if (options.firefoxContentScriptsOnly) {
    (fakeBrowser as unknown as { scripting?: unknown }).scripting = undefined;
    (fakeBrowser as unknown as Record<string, unknown>).contentScripts = {
      register: async ({ matches }: { matches: string[] }) => {
        firefoxRegistrations.push(matches);
        return { unregister: async () => void firefoxRegistrations.splice(firefoxRegistrations.indexOf(matches), 1) };
      },
    };
    b.tabs!.executeScript = async (tabId: number) => {
      injected.push(tabId);
      tabs.find((tab) => tab.id === tabId)!.running = true;
    };
  } else {
    b.scripting = {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => ({ id, ...registered.get(id)! })),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, { matches: script.matches });
        }
      },
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        injected.push(target.tabId);
        tabs.find((tab) => tab.id === target.tabId)!.running = true;
        return [];
      },
    };
  }
  return { granted, registered, firefoxRegistrations, tabs, injected };
}

describe('user-added sites', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetUserSiteRegistrar();
  });

  it('adds a granted site: stored, registered, and started in the tabs already open on it', async () => {
    const model = installBrowserModel();
    model.granted.add(SITE);
    model.tabs.push({ id: 1, url: 'https://help.example-support.com/tickets/1', running: false }, { id: 2, url: 'https://other.example/', running: false });

    expect(await addUserSite(SITE)).toEqual([{ pattern: SITE, granted: true }]);
    expect(await userSitesItem.getValue()).toEqual([SITE]);
    expect(model.registered.get('replywell-user-sites')?.matches).toEqual([SITE]);
    expect(model.injected).toEqual([1]);
  });

  it('does not start the content script a second time in a tab where it still runs', async () => {
    const model = installBrowserModel();
    model.granted.add(SITE);
    model.tabs.push({ id: 1, url: 'https://help.example-support.com/', running: true });
    await addUserSite(SITE);
    expect(model.injected).toEqual([]);
  });

  it('refuses a site without permission and changes nothing stored', async () => {
    const model = installBrowserModel();
    await userSitesItem.setValue([OTHER]);
    await expect(addUserSite(SITE)).rejects.toThrow(/no permission/);
    expect(await userSitesItem.getValue()).toEqual([OTHER]);
    expect(model.registered.size).toBe(0);
  });

  it('removes a site: list, registration and permission', async () => {
    const model = installBrowserModel();
    model.granted.add(SITE).add(OTHER);
    await addUserSite(SITE);
    await addUserSite(OTHER);
    expect(model.registered.get('replywell-user-sites')?.matches).toEqual([OTHER, SITE].sort());

    expect(await removeUserSite(SITE)).toEqual([{ pattern: OTHER, granted: true }]);
    expect(model.granted.has(SITE)).toBe(false);
    expect(model.registered.get('replywell-user-sites')?.matches).toEqual([OTHER]);
  });

  it('lists a site whose permission was withdrawn as not granted and unregisters it at the next sync', async () => {
    const model = installBrowserModel();
    model.granted.add(SITE);
    await addUserSite(SITE);
    model.granted.delete(SITE);
    await syncUserSiteScripts();
    expect(await listUserSites()).toEqual([{ pattern: SITE, granted: false }]);
    expect(model.registered.size).toBe(0);
  });

  it('survives concurrent syncs (start-up and an add) without registering the same id twice', async () => {
    const model = installBrowserModel();
    model.granted.add(SITE);
    await userSitesItem.setValue([SITE]);
    await Promise.all([syncUserSiteScripts(), syncUserSiteScripts(), addUserSite(SITE)]);
    expect(model.registered.get('replywell-user-sites')?.matches).toEqual([SITE]);
  });

  it('uses contentScripts.register where scripting.registerContentScripts is missing (old Firefox MV2)', async () => {
    const model = installBrowserModel({ firefoxContentScriptsOnly: true });
    model.granted.add(SITE);
    model.tabs.push({ id: 7, url: 'https://help.example-support.com/', running: false });
    await addUserSite(SITE);
    expect(model.firefoxRegistrations).toEqual([[SITE]]);
    expect(model.injected).toEqual([7]);
    await removeUserSite(SITE);
    expect(model.firefoxRegistrations).toEqual([]);
  });
});
