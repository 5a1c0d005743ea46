import { storage } from 'wxt/utils/storage';
import type { PendingStore } from '../responses/delivery';
import { siteEventReportSchema, type SiteEventReport } from '../responses/schema';

// Reply-log reports that the background has not acknowledged yet, in extension storage (never the page's), one key
// per report under a random name: two tabs writing at once never touch the same key, and a report is removed only
// by whoever got it acknowledged.
const PREFIX = 'pendingReport.';

/**
 * At most this many reports wait in storage. A report is about 200 bytes, so 500 are 100 KB, read by every page
 * start; and 500 are more replies and messages than an agent handles in a day, so the cap is reached only when the
 * log has been unable to store anything for a day or more (a full disk). Past it, a report is kept in its tab's
 * memory and retried there, as it was before reports were stored.
 */
export const MAX_PENDING_REPORTS = 500;

/**
 * A tab takes over another's reports only once they are this old: a live tab's report is normally acknowledged
 * within a second, even when the service worker has to start first. A live tab that is still retrying after that
 * (the disk is full) shares its reports with the taker; both send them, and the log stores each once.
 */
export const PENDING_GRACE_MS = 10_000;

const keyOf = (key: string) => `local:${PREFIX}${key}` as const;

/** The pending reports in `browser.storage.local`. */
export const pendingReports: PendingStore = {
  async readAll() {
    const entries: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(await storage.snapshot('local'))) if (key.startsWith(PREFIX)) entries[key.slice(PREFIX.length)] = value;
    return entries;
  },
  async add(entry) {
    // getRandomValues, not randomUUID: content scripts also run on plain-http pages (user-added sites).
    const key = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    await storage.setItem(keyOf(key), entry);
    return key;
  },
  remove: (key) => storage.removeItem(keyOf(key)),
};

/** A stored report read back: `undefined` when it is damaged (it is then dropped). */
export function parsePendingReport(value: unknown): SiteEventReport | undefined {
  return siteEventReportSchema.safeParse(value).data;
}
