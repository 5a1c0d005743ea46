import { addEvents, deleteEventsOlderThan, readEventsForPeriod, readThread } from '@/lib/db/events';
import { getInstallSalt } from '@/lib/db/salt';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import { replyLogSettingsItem } from '@/lib/platform/storage';
import { readWaiting, type ThreadClock } from '@/lib/responses/clock';
import { computeReplyReport } from '@/lib/responses/report';
import type { SiteEventReport } from '@/lib/responses/schema';
import { getSlaMinutes, readReplyLogSettings, type ReplyLogSettings } from '@/lib/responses/settings';
import { getThreadKey, toStoredEvent } from '@/lib/responses/thread-key';

const HOUR = 3_600_000;

function isQuotaError(error: unknown): boolean {
  const named = (value: unknown) => value instanceof Error && value.name === 'QuotaExceededError';
  return named(error) || named((error as { inner?: unknown } | undefined)?.inner);
}

let database: ReplywellDatabase | undefined;
const getDb = () => (database ??= createDatabase());
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

async function readSettings(): Promise<ReplyLogSettings> {
  return readReplyLogSettings(await replyLogSettingsItem.getValue(), localTimeZone());
}

/** SLA targets that installed packs set (the most recently installed pack that sets one wins, per channel). */
async function readPackTargets(db: ReplywellDatabase): Promise<Partial<Record<'email' | 'chat' | 'social', number>>> {
  const packs = await db.packs.orderBy('id').toArray().catch(() => []);
  const targets: Partial<Record<'email' | 'chat' | 'social', number>> = {};
  for (const pack of packs.sort((a, b) => a.installedAt - b.installedAt)) {
    const sla = pack.sla as Partial<Record<'email' | 'chat' | 'social', unknown>> | undefined;
    for (const channel of ['email', 'chat', 'social'] as const) if (typeof sla?.[channel] === 'number') targets[channel] = sla[channel];
  }
  return targets;
}

async function threadKeyOf(db: ReplywellDatabase, site: string, threadId: string): Promise<string> {
  return getThreadKey(crypto.subtle, await getInstallSalt(db), site, threadId);
}

let lastRetention = 0;
/** Applies the retention setting at most once an hour (at start and as events arrive). */
export async function applyRetention(now = Date.now()): Promise<void> {
  if (now - lastRetention < HOUR) return;
  lastRetention = now;
  const { retentionDays } = await readSettings();
  if (retentionDays !== null) await deleteEventsOlderThan(getDb(), retentionDays, now);
}

/** Stores a reported inbound message or sent reply; a report already stored is acknowledged again. */
export async function logEvent(report: SiteEventReport): Promise<{ stored: boolean }> {
  const db = getDb();
  const event = toStoredEvent(report, await threadKeyOf(db, report.site, report.threadId));
  let added: number;
  try {
    added = await addEvents(db, [event]);
  } catch (error) {
    // Said by name, so that the sidebar can tell the agent the disk is full (the report is kept and retried).
    if (isQuotaError(error)) throw new Error('QuotaExceededError: the disk is full; the reply log could not store this event.');
    throw error;
  }
  void applyRetention().catch(() => undefined);
  return { stored: added === 1 };
}

/** The sidebar's clock for one conversation: how long the customer has waited, the target, today's median. */
export async function getThreadClock(request: { site: string; threadId: string; channel: 'email' | 'chat' | 'social' }, now = Date.now()): Promise<ThreadClock> {
  const db = getDb();
  const settings = await readSettings();
  const sla = getSlaMinutes(settings, await readPackTargets(db));
  const thread = await readThread(db, await threadKeyOf(db, request.site, request.threadId));
  const timeZone = settings.businessHours.timeZone;
  const midnight = startOfLocalDay(now, timeZone);
  const today = computeReplyReport(await readEventsForPeriod(db, { from: midnight, to: now + 1 }), {
    from: midnight,
    to: now + 1,
    timeZone,
    slaMinutes: sla,
    businessHours: settings.useBusinessHours ? settings.businessHours : undefined,
  });
  return {
    ...readWaiting(thread),
    slaMinutes: sla[request.channel],
    todayMedianMs: today.durations.length === 0 ? null : median(today.durations),
    todayReplies: today.stats.replies,
  };
}

function median(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Epoch ms of the start of the local day containing `now` in a time zone. */
function startOfLocalDay(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return now - ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 - (now % 1000);
}

/** Applies the retention setting at start and whenever it changes. */
export function registerReplyLog(): void {
  void applyRetention().catch(() => undefined);
  replyLogSettingsItem.watch(() => {
    lastRetention = 0;
    void applyRetention().catch(() => undefined);
  });
}
