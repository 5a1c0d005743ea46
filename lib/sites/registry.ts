// Every site adapter, in one array. The generic adapter is not listed: it is what `getAdapter` falls back to.
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { helpscoutAdapter } from './helpscout';
import { intercomAdapter } from './intercom';
import { linkedinAdapter } from './linkedin';
import { messengerAdapter } from './messenger';
import { outlookAdapter } from './outlook';
import { zendeskAdapter } from './zendesk';
import type { SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp';
import { xAdapter } from './x';

/** The site adapters, one per supported site (lib/sites/supported.ts); the first whose `matches` is true wins. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  zendeskAdapter,
  freshdeskAdapter,
  helpscoutAdapter,
  intercomAdapter,
  frontAdapter,
  linkedinAdapter,
  messengerAdapter,
  whatsappAdapter,
  xAdapter,
];

/** The adapter for a page: the site's own, else the generic adapter. */
export function getAdapter(url: URL, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch {
      // A broken matcher must not keep the others (or the generic fallback) from running.
    }
  }
  return genericAdapter;
}

export { genericAdapter };
