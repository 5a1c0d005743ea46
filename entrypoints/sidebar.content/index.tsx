import { browser } from 'wxt/browser';
import { SUPPORTED_MATCHES } from '@/lib/sites/supported';
import { contentRequest, type Answer } from '@/lib/messages';
import { readSiteEnabled, readUserSites, siteSwitchesItem, userSitesItem } from '@/lib/platform/storage';
import { isMatchedBy } from '@/lib/sites/match-pattern';
import { mountSidebar, type MountedSidebar } from './mount';

/** What the page status tells about the site adapter (the popup, and tests that check what was noticed). */
function readSiteStatus(mounted: MountedSidebar | undefined) {
  if (!mounted) return {};
  const { adapter, fallback, events } = mounted.getSiteStatus();
  return { adapter, fallback, siteEvents: events.map(({ kind, threadId, at, observed }) => ({ kind, threadId, at, observed })) };
}

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Read by `npm run bench`: the time from the script's start to a rendered sidebar.
    performance.mark('replywell:start');
    const host = location.hostname;
    let mounted: MountedSidebar | undefined;
    // Storage watchers may ask to start again while a mount is still under way: one mount at a time, and a stop
    // that arrives meanwhile removes the sidebar as soon as it exists.
    let mounting: Promise<MountedSidebar> | undefined;
    let wanted = false;

    const start = async () => {
      wanted = true;
      if (mounted || mounting) return;
      mounting = mountSidebar(ctx, document);
      try {
        const sidebar = await mounting;
        if (wanted) mounted = sidebar;
        else sidebar.remove();
      } catch (error) {
        // Nothing of Replywell may break the host page: a failed mount leaves the page as it was.
        console.warn('Replywell could not start on this page:', error);
      } finally {
        mounting = undefined;
      }
    };
    const stop = () => {
      wanted = false;
      mounted?.remove();
      mounted = undefined;
    };

    browser.runtime.onMessage.addListener((message: unknown): Promise<Answer<unknown>> | undefined => {
      const parsed = contentRequest.safeParse(message);
      if (!parsed.success) return undefined;
      switch (parsed.data.type) {
        case 'toggleSidebar':
          return mounted ? Promise.resolve({ ok: true, data: { open: mounted.toggle() } }) : Promise.resolve({ ok: false, error: 'Replywell is off on this site' });
        case 'getPageStatus':
          return Promise.resolve({ ok: true, data: { host, siteId: mounted?.siteId ?? '', enabled: !!mounted, ...readSiteStatus(mounted) } });
      }
    });

    // On a site the user added (not a supported one), removing it in the options page stops the sidebar in tabs
    // that are already open, and adding it again starts it, without a reload.
    const isUserSite = !SUPPORTED_MATCHES.some((pattern) => isMatchedBy(pattern, new URL(location.href)));
    const ownPattern = `${location.protocol}//${host}/*`;
    let listed = !isUserSite || readUserSites(await userSitesItem.getValue()).includes(ownPattern);
    const apply = (switches: unknown) => (listed && readSiteEnabled(switches, host) ? void start() : stop());

    const unwatchSwitches = siteSwitchesItem.watch(apply);
    const unwatchUserSites = isUserSite
      ? userSitesItem.watch(async (sites) => {
          listed = readUserSites(sites).includes(ownPattern);
          apply(await siteSwitchesItem.getValue());
        })
      : () => undefined;
    ctx.onInvalidated(() => {
      unwatchSwitches();
      unwatchUserSites();
      stop();
    });
    if (listed && readSiteEnabled(await siteSwitchesItem.getValue(), host)) await start();
  },
});
