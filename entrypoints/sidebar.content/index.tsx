import { browser } from 'wxt/browser';
import { SUPPORTED_MATCHES } from '@/lib/sites/supported';
import { contentRequest, type Answer } from '@/lib/messages';
import { readSiteEnabled, siteSwitchesItem } from '@/lib/platform/storage';
import { mountSidebar, type MountedSidebar } from './mount';

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Read by `npm run bench`: the time from the script's start to a rendered sidebar.
    performance.mark('replywell:start');
    const host = location.hostname;
    let mounted: MountedSidebar | undefined;

    const start = async () => {
      if (!mounted) mounted = await mountSidebar(ctx, document);
    };
    const stop = () => {
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
          return Promise.resolve({ ok: true, data: { host, siteId: mounted?.siteId ?? '', enabled: !!mounted } });
      }
    });

    const unwatch = siteSwitchesItem.watch((switches) => (readSiteEnabled(switches, host) ? void start() : stop()));
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });
    if (readSiteEnabled(await siteSwitchesItem.getValue(), host)) await start();
  },
});
