import { readPending } from '@/lib/responses/delivery';
import type { SiteEventReport } from '@/lib/responses/schema';
import { parsePendingReport, PENDING_GRACE_MS, pendingReports } from '@/lib/platform/pending-reports';

/**
 * Stores the reports that closed tabs left unacknowledged (at the worker's start, which may be long before the
 * agent opens another page of a supported site) and removes each once stored; damaged ones are dropped. A failure
 * (a full disk) leaves the rest for the next start or the next tab.
 */
export async function flushPendingReports(store: (report: SiteEventReport) => Promise<unknown>, now = Date.now()): Promise<void> {
  const { ready, damaged } = readPending(await pendingReports.readAll(), parsePendingReport, now, PENDING_GRACE_MS);
  await Promise.all(damaged.map((key) => pendingReports.remove(key)));
  for (const [key, report] of ready) {
    await store(report);
    await pendingReports.remove(key);
  }
}
