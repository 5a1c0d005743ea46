import { getBusinessDuration, type BusinessHours } from './business-hours';
import { summarize, type Summary } from './summary';

/** One logged moment of a conversation: a customer message arriving, or the agent's reply going out. */
export interface ResponseEvent {
  id: string;
  /** Salted hash of the site's thread id. */
  threadKey: string;
  kind: 'inbound' | 'reply';
  /** Epoch ms. */
  at: number;
  site: string;
  channel: 'email' | 'chat' | 'social';
  /** True when the time is the moment Replywell saw the event, not a time the page showed. */
  observed?: boolean;
  templateId?: string;
  rewrites?: number;
  customerTimeZone?: string;
}

export interface ReplyStats {
  firstReply: Summary;
  nextReply: Summary;
  inbound: number;
  replies: number;
}

/** Events of one thread in time order; at the same instant an inbound comes before a reply. */
function byTime(a: ResponseEvent, b: ResponseEvent): number {
  return a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'inbound' ? -1 : 1);
}

/**
 * First-reply and next-reply times over a set of events (the rules are in docs/metrics.md):
 * - first reply: from a thread's first inbound to the first reply after it, once per thread;
 * - next reply: for each later reply that follows an unanswered inbound, from the oldest unanswered inbound to
 *   it; a reply with nothing unanswered before it (a follow-up) is not measured;
 * - events with the same id count once; with `businessHours`, only time inside them counts.
 */
export function computeReplyStats(events: readonly ResponseEvent[], options: { businessHours?: BusinessHours } = {}): ReplyStats {
  const { businessHours } = options;
  const duration = businessHours ? (from: number, to: number) => getBusinessDuration(from, to, businessHours) : (from: number, to: number) => to - from;

  // One pass drops repeated ids, counts and numbers the threads; the events are then bucketed by thread into one
  // index array (a counting sort), which keeps a million events from becoming a hundred thousand small arrays.
  const seen = new Set<string>();
  const threadNumbers = new Map<string, number>();
  const unique: ResponseEvent[] = [];
  const threadOf: number[] = [];
  let inbound = 0;
  let replies = 0;
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    if (event.kind === 'inbound') inbound++;
    else replies++;
    let thread = threadNumbers.get(event.threadKey);
    if (thread === undefined) {
      thread = threadNumbers.size;
      threadNumbers.set(event.threadKey, thread);
    }
    unique.push(event);
    threadOf.push(thread);
  }
  const starts = new Int32Array(threadNumbers.size + 1);
  for (const thread of threadOf) starts[thread + 1]!++;
  for (let t = 0; t < threadNumbers.size; t++) starts[t + 1]! += starts[t]!;
  const order = new Int32Array(unique.length);
  const cursor = starts.slice(0, -1);
  for (let i = 0; i < unique.length; i++) order[cursor[threadOf[i]!]!++] = i;

  const first: number[] = [];
  const next: number[] = [];
  const compare = (a: number, b: number) => byTime(unique[a]!, unique[b]!);
  for (let t = 0; t < threadNumbers.size; t++) {
    const slice = order.subarray(starts[t]!, starts[t + 1]!);
    // Logs are mostly stored in time order already: sort only a thread that is not.
    for (let i = 1; i < slice.length; i++) {
      if (compare(slice[i - 1]!, slice[i]!) > 0) {
        slice.sort(compare);
        break;
      }
    }
    let answeredOnce = false;
    let oldestUnanswered: number | undefined;
    for (const index of slice) {
      const event = unique[index]!;
      if (event.kind === 'inbound') {
        oldestUnanswered ??= event.at;
        continue;
      }
      if (oldestUnanswered === undefined) continue;
      (answeredOnce ? next : first).push(duration(oldestUnanswered, event.at));
      answeredOnce = true;
      oldestUnanswered = undefined;
    }
  }
  return { firstReply: summarize(first), nextReply: summarize(next), inbound, replies };
}
