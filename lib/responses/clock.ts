import type { ResponseEvent } from './stats';

/** Where one conversation stands: since when the customer has been waiting, and the last reply. */
export interface ThreadClock {
  /** The oldest customer message not answered yet (epoch ms), or null when nothing is waiting. */
  waitingSince: number | null;
  lastReplyAt: number | null;
  /** The target for this conversation's channel, in minutes. */
  slaMinutes: number;
  /** Median reply time of today's replies (the agent's local day), or null before the first. */
  todayMedianMs: number | null;
  todayReplies: number;
}

/** The oldest unanswered inbound and the last reply of one conversation's events (any order). */
export function readWaiting(events: readonly ResponseEvent[]): { waitingSince: number | null; lastReplyAt: number | null } {
  const ordered = [...events].sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'inbound' ? -1 : 1));
  let waitingSince: number | null = null;
  let lastReplyAt: number | null = null;
  for (const event of ordered) {
    if (event.kind === 'reply') {
      lastReplyAt = event.at;
      waitingSince = null;
    } else {
      waitingSince ??= event.at;
    }
  }
  return { waitingSince, lastReplyAt };
}

/** How close a wait is to its target: the sidebar colours the clock by it. */
export function getSlaState(waitedMs: number, slaMinutes: number): 'ok' | 'near' | 'breached' {
  const target = slaMinutes * 60_000;
  if (waitedMs > target) return 'breached';
  return waitedMs >= 0.75 * target ? 'near' : 'ok';
}
