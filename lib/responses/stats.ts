import { getBusinessDuration, type BusinessHours } from './business-hours';
import { summarizeSorted, type Summary } from './summary';

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

/** A measured reply: the reply event, the unanswered inbound it answered, and how long that took. */
export interface ReplyMeasurement {
  reply: ResponseEvent;
  /** Epoch ms of the oldest unanswered inbound message before the reply. */
  since: number;
  /** Calendar or business-hours ms from `since` to the reply. */
  ms: number;
  /** The conversation's first reply (else a next reply). */
  first: boolean;
}

export interface MeasureOptions {
  /** Count only the time inside these hours. */
  businessHours?: BusinessHours;
}

/** Events of one thread in time order; at the same instant an inbound comes before a reply. */
function byTime(a: ResponseEvent, b: ResponseEvent): number {
  return a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'inbound' ? -1 : 1);
}

/** Threads up to this many events look for repeated ids by comparing them; longer ones use a set. */
const SMALL_THREAD = 24;

/**
 * Walks every thread in time order and calls `visit` for each measured reply (the rules are in docs/metrics.md).
 * Returns how many distinct inbound messages and replies there were.
 *
 * The events are bucketed by thread into one index array (a counting sort) instead of an array per thread, and
 * repeated ids are found inside their thread after ordering: a stored id is made of the thread, the kind and the
 * time, so a repeated report is always in the same thread. This keeps a million events to a few typed arrays.
 */
function walkThreads(
  events: readonly ResponseEvent[],
  options: MeasureOptions,
  visit: (reply: ResponseEvent, since: number, ms: number, first: boolean) => void,
  repeated?: Uint8Array,
): { inbound: number; replies: number } {
  const { businessHours } = options;
  const threadNumbers = new Map<string, number>();
  const threadOf = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const key = events[i]!.threadKey;
    let thread = threadNumbers.get(key);
    if (thread === undefined) {
      thread = threadNumbers.size;
      threadNumbers.set(key, thread);
    }
    threadOf[i] = thread;
  }
  const threads = threadNumbers.size;
  const starts = new Int32Array(threads + 1);
  for (let i = 0; i < threadOf.length; i++) starts[threadOf[i]! + 1]!++;
  for (let t = 0; t < threads; t++) starts[t + 1]! += starts[t]!;
  const order = new Int32Array(events.length);
  const cursor = starts.slice(0, -1);
  for (let i = 0; i < events.length; i++) order[cursor[threadOf[i]!]!++] = i;

  let inbound = 0;
  let replies = 0;
  const compare = (a: number, b: number) => byTime(events[a]!, events[b]!) || a - b;
  for (let t = 0; t < threads; t++) {
    const begin = starts[t]!;
    const end = starts[t + 1]!;
    const slice = order.subarray(begin, end);
    // Logs are mostly stored in time order already: sort only a thread that is not.
    for (let i = 1; i < slice.length; i++) {
      if (compare(slice[i - 1]!, slice[i]!) > 0) {
        slice.sort(compare);
        break;
      }
    }
    const seen = slice.length > SMALL_THREAD ? new Set<string>() : undefined;
    let answeredOnce = false;
    let oldestUnanswered: number | undefined;
    for (let i = 0; i < slice.length; i++) {
      const event = events[slice[i]!]!;
      let again = false;
      if (seen) {
        again = seen.has(event.id);
        if (!again) seen.add(event.id);
      } else {
        for (let j = 0; j < i && !again; j++) again = events[slice[j]!]!.id === event.id;
      }
      if (again) {
        if (repeated) repeated[slice[i]!] = 1;
        continue;
      }
      if (event.kind === 'inbound') {
        inbound++;
        oldestUnanswered ??= event.at;
        continue;
      }
      replies++;
      if (oldestUnanswered === undefined) continue;
      const ms = businessHours ? getBusinessDuration(oldestUnanswered, event.at, businessHours) : event.at - oldestUnanswered;
      visit(event, oldestUnanswered, ms, !answeredOnce);
      answeredOnce = true;
      oldestUnanswered = undefined;
    }
  }
  return { inbound, replies };
}

/**
 * Every measured reply of a log, for the dashboard's SLA, trends, heatmap and breakdowns, and which events repeat an
 * earlier one's id (`repeated[i]` is 1), so that counts need no set of ids of their own.
 */
export function measureReplies(
  events: readonly ResponseEvent[],
  options: MeasureOptions = {},
): { measurements: ReplyMeasurement[]; inbound: number; replies: number; repeated: Uint8Array } {
  const measurements: ReplyMeasurement[] = [];
  const repeated = new Uint8Array(events.length);
  const counts = walkThreads(events, options, (reply, since, ms, first) => measurements.push({ reply, since, ms, first }), repeated);
  return { measurements, repeated, ...counts };
}

/**
 * First-reply and next-reply times over a set of events (the rules are in docs/metrics.md):
 * - first reply: from a thread's first inbound to the first reply after it, once per thread;
 * - next reply: for each later reply that follows an unanswered inbound, from the oldest unanswered inbound to
 *   it; a reply with nothing unanswered before it (a follow-up) is not measured;
 * - events with the same id count once; with `businessHours`, only time inside them counts.
 */
export function computeReplyStats(events: readonly ResponseEvent[], options: MeasureOptions = {}): ReplyStats {
  // Durations go straight into typed arrays, sorted in place for the summaries.
  let first: Float64Array = new Float64Array(1024);
  let next: Float64Array = new Float64Array(1024);
  let firstCount = 0;
  let nextCount = 0;
  const counts = walkThreads(events, options, (_reply, _since, ms, isFirst) => {
    if (isFirst) {
      if (firstCount === first.length) first = grow(first);
      first[firstCount++] = ms;
    } else {
      if (nextCount === next.length) next = grow(next);
      next[nextCount++] = ms;
    }
  });
  return {
    firstReply: summarizeSorted(first.subarray(0, firstCount).sort()),
    nextReply: summarizeSorted(next.subarray(0, nextCount).sort()),
    ...counts,
  };
}

function grow(values: Float64Array): Float64Array {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}
