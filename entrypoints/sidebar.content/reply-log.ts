import { signal, type Signal } from '@preact/signals';
import type { ThreadClock } from '@/lib/responses/clock';
import { createDeliveryQueue } from '@/lib/responses/delivery';
import type { SiteEventReport } from '@/lib/responses/schema';
import { ContextInvalidatedError, sendToBackground } from '@/lib/platform/messaging';
import { MAX_PENDING_REPORTS, parsePendingReport, PENDING_GRACE_MS, pendingReports } from '@/lib/platform/pending-reports';

/** The conversation the page shows, as the reply log needs it. */
export interface Conversation {
  site: string;
  threadId: string;
  channel: 'email' | 'chat' | 'social';
  customerTimeZone?: string;
}

/** A customer message or a sent reply, as a site adapter reports it. */
export interface ReportedEvent extends Conversation {
  kind: 'inbound' | 'reply';
  at: number;
  observed: boolean;
}

export interface ReplyLog {
  /** The current conversation's clock (undefined while loading or without a conversation). */
  clock: Signal<ThreadClock | undefined>;
  /** Set while reports cannot be stored because the disk is full (they are kept and retried). */
  diskFull: Signal<boolean>;
  /** Logs an event; a reply carries the template used and the rewrites applied since the last reply. */
  report(event: ReportedEvent): void;
  /** The conversation changed (or the page showed a new message): read its clock again. */
  refresh(conversation: Conversation | undefined): void;
  noteTemplateUsed(templateId: string): void;
  noteRewriteApplied(): void;
}

/**
 * The content script's side of the reply-time log: reports go to the background through a queue that retries
 * until each is acknowledged (the service worker may be asleep or restarting), and the sidebar's clock is read
 * back after each one. Each report waits in extension storage until acknowledged, so that a tab closed before
 * then leaves it for the next tab (or the background's next start) to deliver. Nothing here is stored in the page.
 */
export function createReplyLog(abort: AbortSignal): ReplyLog {
  const clock = signal<ThreadClock | undefined>(undefined);
  const diskFull = signal(false);
  let conversation: Conversation | undefined;
  let templateId: string | undefined;
  let rewrites = 0;
  let generation = 0;

  const readClock = () => {
    const current = conversation;
    const asked = ++generation;
    if (!current) {
      clock.value = undefined;
      return;
    }
    sendToBackground({ type: 'getThreadClock', site: current.site, threadId: current.threadId, channel: current.channel })
      .then((answer) => {
        if (asked === generation) clock.value = answer;
      })
      .catch(() => undefined);
  };

  const queue = createDeliveryQueue<SiteEventReport>({
    send: async (event) => {
      await sendToBackground({ type: 'logEvent', event });
      diskFull.value = false;
      if (conversation && event.threadId === conversation.threadId) readClock();
    },
    schedule: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    isFinal: (error) => error instanceof ContextInvalidatedError,
    onFailure: (error) => {
      if (error instanceof Error && /QuotaExceededError/.test(error.message)) diskFull.value = true;
    },
    durable: { store: pendingReports, parse: parsePendingReport, now: Date.now, maxPending: MAX_PENDING_REPORTS, graceMs: PENDING_GRACE_MS },
  });
  abort.addEventListener('abort', () => queue.stop());

  return {
    clock,
    diskFull,
    report(event) {
      const report: SiteEventReport = { kind: event.kind, threadId: event.threadId, at: event.at, observed: event.observed, site: event.site, channel: event.channel };
      if (event.customerTimeZone) report.customerTimeZone = event.customerTimeZone;
      if (event.kind === 'reply') {
        if (templateId) report.templateId = templateId;
        if (rewrites > 0) report.rewrites = rewrites;
        templateId = undefined;
        rewrites = 0;
      }
      queue.push(report);
    },
    refresh(next) {
      const changed = next?.threadId !== conversation?.threadId || next?.site !== conversation?.site;
      conversation = next;
      if (changed) clock.value = undefined;
      readClock();
    },
    noteTemplateUsed(id) {
      templateId = id;
    },
    noteRewriteApplied() {
      rewrites++;
    },
  };
}
