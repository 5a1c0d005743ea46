import type { ResponseEvent } from './stats';
import type { SiteEventReport } from './schema';

/** The part of WebCrypto a thread key needs; extension pages and the background pass `crypto.subtle`. */
export type Digest = Pick<SubtleCrypto, 'digest'>;

/**
 * A conversation's key in the log: SHA-256 of the install's salt, the site and the site's thread id, as 32 hex
 * digits. The same conversation always gets the same key on this install, and the raw id is never stored.
 */
export async function getThreadKey(subtle: Digest, salt: string, site: string, threadId: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}\u0000${site}\u0000${threadId}`);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The row stored for a report. Its id is made of the thread key, the kind and the time, so a report sent twice
 * (a retry after the service worker restarted, two observers of one send) is stored once.
 */
export function toStoredEvent(report: SiteEventReport, threadKey: string): ResponseEvent {
  const event: ResponseEvent = { id: `${threadKey}:${report.kind}:${report.at}`, threadKey, kind: report.kind, at: report.at, site: report.site, channel: report.channel };
  if (report.observed) event.observed = true;
  if (report.templateId !== undefined) event.templateId = report.templateId;
  if (report.rewrites !== undefined && report.rewrites > 0) event.rewrites = report.rewrites;
  if (report.customerTimeZone !== undefined) event.customerTimeZone = report.customerTimeZone;
  return event;
}
