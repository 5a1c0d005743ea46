// The shared event watcher: turns what happens on a site's page into the reply-time log's events, through the
// site's adapter. Pure: the page comes in as `doc`; MutationObserver and timers are taken from `doc.defaultView`.
import { getEditorText } from '../editors';
import type { Channel, Composer, ConversationContext, SendKey, SiteAdapter, SiteEvent, ThreadMessage } from './types';

export interface WatchOptions {
  /** Stops every listener, observer and timer. */
  signal: AbortSignal;
  onEvent(event: SiteEvent): void;
  /** The clock (ms since the epoch); tests pass their own. */
  now?: () => number;
  /** How long a send may take to be confirmed (composer emptied, agent message shown). */
  confirmWithinMs?: number;
  /** Page changes are read at most once per this many ms. */
  throttleMs?: number;
  /**
   * A thread has settled once it has shown, unchanged, for this long: its messages, or the composer of an empty
   * one (or once the agent sent from it). Until then, messages without a page time are the thread loading; after,
   * a message appearing below the others is new. A page time decides alone: from the moment the thread was opened
   * (less a minute of clock skew) the message is new, even while the thread settles; before it, never.
   */
  settleMs?: number;
  /**
   * Also report, when a thread opens, the customer messages after the agent's last one (still waiting for an
   * answer) at the times the page gives them. The sidebar turns this on for the reply log; the log stores a
   * repeated report once.
   */
  reportWaitingOnOpen?: boolean;
}

interface PendingSend {
  composer: Composer;
  threadId: string;
  channel: Channel;
  at: number;
  deadline: number;
}

/** How much earlier than the thread's opening a page timestamp may be and still be a new message (clock skew). */
const CLOCK_SKEW_MS = 60_000;

/** Whether an event comes from Replywell's own UI (its shadow host carries `data-replywell`). */
export function isFromReplywell(event: Event): boolean {
  return event.composedPath().some((node) => (node as Partial<Element>).hasAttribute?.('data-replywell') === true);
}

/** The thread id of a context, else the page's host, path and hash (single-page apps route in the hash). */
export function getThreadId(context: ConversationContext | undefined, url: URL): string {
  return context?.threadId ?? `${url.hostname}${url.pathname}${url.hash}`;
}

/** Gives messages identities to compare between reads: the site's key, else the element, else sender, time and position. */
function createMessageKeyer(): (messages: readonly ThreadMessage[]) => string[] {
  const elementKeys = new WeakMap<Element, string>();
  let next = 0;
  return (messages) =>
    messages.map((message, index) => {
      if (message.key) return `k:${message.key}`;
      if (message.element) {
        let key = elementKeys.get(message.element);
        if (!key) {
          key = `e:${next++}`;
          elementKeys.set(message.element, key);
        }
        return key;
      }
      return `p:${message.from}:${message.at ?? ''}:${index}`;
    });
}

/** Runs adapter code; an adapter that throws (a bad selector, changed markup) counts as finding nothing. */
function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

function matchesSendKey(event: KeyboardEvent, key: SendKey, composer: Composer): boolean {
  if (event.key !== key.key || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) !== key.mod) return false;
  if ((key.noShift ?? true) && event.shiftKey) return false;
  return !key.composerKinds || key.composerKinds.includes(composer.kind);
}

function readDraft(composer: Composer): string {
  try {
    return getEditorText({ kind: composer.editor, element: composer.element }).trim();
  } catch {
    return '';
  }
}

/**
 * Watches a page for the log's events: an inbound when a customer message appears that was not there when the
 * thread was opened (its page time when the page shows one, else the moment it was seen, marked observed), an
 * inbound for each customer message still unanswered when the thread is opened (when the page gives its time), and a
 * reply when the agent sends (a click on the send button, or a send key) and the page confirms it: the composer
 * empties or goes away, or a new agent message appears. The first messages of an empty thread are new when it had
 * settled (see `settleMs`) and they hold no page time older than the opening and no agent message not sent from
 * here: a customer writing first into a new chat. Adapter failures are swallowed: the host page never sees an
 * exception from here.
 */
export function watchSite(adapter: SiteAdapter, doc: Document, options: WatchOptions): void {
  const view = doc.defaultView;
  if (!view || options.signal.aborted) return;
  const { signal, onEvent } = options;
  const now = options.now ?? (() => Date.now());
  const confirmWithinMs = options.confirmWithinMs ?? 15_000;
  const throttleMs = options.throttleMs ?? 100;
  const settleMs = options.settleMs ?? 1_500;

  const getMessageKeys = createMessageKeyer();
  let threadId: string | undefined;
  /** Whether `threadId` is the adapter's own, not the page address standing in for it. */
  let ownId = false;
  /** The customer's name at the last read (tells whether an empty chat that gets its id is the same chat). */
  let customerName: string | undefined;
  let openedAt = 0;
  /** Every message key seen in this thread, so that a re-rendered message is not new. */
  let seen = new Set<string>();
  /** The keys the last read showed, in page order. */
  let shown: string[] = [];
  /** When the messages shown last changed (the thread opening counts). */
  let changedAt = 0;
  /** Since when the thread has shown as a conversation: messages, or at least the composer of an empty one. */
  let readySince: number | undefined;
  /**
   * The thread has shown, unchanged and ready, for `settleMs` (or the agent sent from it): what appears in it now
   * arrived while the agent looked. Until then, messages without a page time are the thread loading.
   */
  let settled = false;
  /** Replies sent here and confirmed whose message has not shown in the thread yet. */
  let unshownSends = 0;
  let pending: PendingSend | undefined;
  // The composer the agent last typed in: a click on a send button has moved the focus off it already.
  let lastComposer: Element | undefined;
  let timer: number | undefined;

  const readContext = (): { context: ConversationContext | undefined; url: URL } => {
    const url = new URL(doc.URL);
    try {
      return { context: adapter.readContext(doc, url), url };
    } catch {
      return { context: undefined, url };
    }
  };
  const findComposers = (): Composer[] => {
    try {
      return adapter.findComposers(doc);
    } catch {
      return [];
    }
  };
  const emit = (event: SiteEvent) => {
    try {
      onEvent(event);
    } catch {
      // The receiver's failure is its own; the watcher goes on.
    }
  };

  const confirm = () => {
    if (!pending) return;
    const { composer } = pending;
    if (composer.element.isConnected && readDraft(composer) !== '') return;
    finishSend();
  };
  /** Reports the pending send; `shown` when its message has already appeared in the thread. */
  const finishSend = (shown = false) => {
    if (!pending) return;
    view.clearTimeout(pending.deadline);
    emit({ kind: 'reply', threadId: pending.threadId, at: pending.at, observed: true, channel: pending.channel, site: adapter.id });
    if (pending.threadId === threadId) {
      // The agent sent from this thread: it has loaded, whatever shows in it from now on is new.
      settled = true;
      if (!shown) unshownSends++;
    }
    pending = undefined;
  };

  const dropSend = () => {
    if (pending) view.clearTimeout(pending.deadline);
    pending = undefined;
  };

  const reportInbound = (context: ConversationContext | undefined, at: number, observed: boolean) =>
    emit({ kind: 'inbound', threadId: threadId!, at, observed, channel: context?.channel ?? adapter.channel, site: adapter.id });
  /** A page time that is not older than the thread's opening (less the clock skew): the message is new. */
  const isRecent = (message: ThreadMessage) => message.at !== undefined && !message.observed && message.at >= openedAt - CLOCK_SKEW_MS;
  /**
   * Reports the customer messages of `messages` (at `indexes`) that came with the thread, not after it: those with a
   * recent page time, and (with `reportWaitingOnOpen`) those after the agent's last message, still waiting for an
   * answer, at the times the page gives them, so that the wait counts from when they arrived, not from when the
   * agent looked. (Opening the thread again reports the same events, which the log stores once.) Earlier messages
   * were answered already, by replies Replywell may not have seen, so they are left out.
   */
  const reportLoaded = (context: ConversationContext | undefined, messages: readonly ThreadMessage[], indexes: readonly number[], onOpen: boolean) => {
    let lastAgent = -1;
    messages.forEach((message, index) => {
      if (message.from === 'agent') lastAgent = index;
    });
    for (const index of indexes) {
      const message = messages[index]!;
      if (message.from !== 'customer' || message.at === undefined || message.observed) continue;
      const waiting = options.reportWaitingOnOpen === true && index > lastAgent;
      if (waiting || (!onOpen && isRecent(message))) reportInbound(context, message.at, false);
    }
  };

  const isReady = (context: ConversationContext | undefined, keys: readonly string[]) => context !== undefined && (keys.length > 0 || findComposers().length > 0);

  /** Another thread, the first read, or the same thread's messages all replaced: what it shows was there before. */
  const open = (id: string, context: ConversationContext | undefined, messages: readonly ThreadMessage[], keys: string[], time: number) => {
    threadId = id;
    ownId = context?.threadId !== undefined;
    customerName = context?.customer.name;
    openedAt = time;
    seen = new Set(keys);
    shown = keys;
    changedAt = time;
    readySince = isReady(context, keys) ? time : undefined;
    settled = false;
    unshownSends = 0;
    reportLoaded(context, messages, keys.map((_, index) => index), true);
    confirm();
  };

  const flush = () => {
    timer = undefined;
    const { context, url } = readContext();
    const id = getThreadId(context, url);
    const messages = context?.messages ?? [];
    const keys = getMessageKeys(messages);
    const time = now();
    // An empty chat whose id the adapter reads from its messages (WhatsApp's saved contacts) gets it with the first
    // message: the same chat (same address, same customer), not another thread.
    const namesItself =
      id !== threadId && !ownId && context?.threadId !== undefined && shown.length === 0 && threadId === getThreadId(undefined, url) && customerName !== undefined && context.customer.name === customerName;
    if (namesItself) {
      if (pending && pending.threadId === threadId) pending.threadId = id;
      threadId = id;
      ownId = true;
    }
    const previous = new Set(shown);
    const kept = keys.flatMap((key, index) => (previous.has(key) ? [index] : []));
    if (id !== threadId || (shown.length > 0 && keys.length > 0 && kept.length === 0)) {
      open(id, context, messages, keys, time);
      return;
    }
    customerName = context?.customer.name;
    if (!settled && readySince !== undefined && time - Math.max(changedAt, readySince) >= settleMs) settled = true;

    // Messages below the last one shown before arrived; those above it are older ones loading (scrolled up to).
    const lastKept = kept.at(-1) ?? -1;
    const fresh = keys.flatMap((key, index) => (seen.has(key) ? [] : [index]));
    for (const index of fresh) seen.add(keys[index]!);
    let agentReplied = false;
    if (fresh.length > 0 && shown.length === 0) {
      // The first messages of a thread that showed none: a customer writing first into a new chat, or the thread's
      // history arriving late. History when the thread had not settled, when it holds agent messages not sent from
      // here, or page times older than the opening.
      const sentHere = unshownSends + (pending?.threadId === threadId ? 1 : 0);
      const agentMessages = fresh.filter((index) => messages[index]!.from === 'agent').length;
      const old = fresh.some((index) => {
        const message = messages[index]!;
        return message.at !== undefined && !message.observed && message.at < openedAt - CLOCK_SKEW_MS;
      });
      if (!settled || agentMessages > sentHere || old) {
        reportLoaded(context, messages, fresh, false);
        if (agentMessages > 0 && pending?.threadId === threadId) agentReplied = true;
      } else {
        unshownSends = Math.max(0, unshownSends - agentMessages + (pending?.threadId === threadId && agentMessages > 0 ? 1 : 0));
        agentReplied = agentMessages > 0 && pending !== undefined;
        for (const index of fresh) {
          const message = messages[index]!;
          if (message.from === 'customer') reportInbound(context, isRecent(message) ? message.at! : time, !isRecent(message));
        }
      }
    } else {
      for (const index of fresh) {
        const message = messages[index]!;
        if (message.from === 'agent') {
          if (index <= lastKept) continue;
          if (pending) agentReplied = true;
          else if (unshownSends > 0) unshownSends--;
          continue;
        }
        // A page time says it all: from the opening on (less the clock skew) the message is new, before it never.
        if (message.at !== undefined && !message.observed) {
          if (isRecent(message)) reportInbound(context, message.at, false);
        } else if (settled && index > lastKept) {
          reportInbound(context, time, true);
        }
      }
    }

    if (keys.length !== shown.length || keys.some((key, index) => key !== shown[index])) changedAt = time;
    shown = keys;
    if (!isReady(context, keys)) readySince = undefined;
    else readySince ??= time;
    if (agentReplied && pending) finishSend(true);
    else confirm();
  };
  const schedule = () => {
    if (timer === undefined) timer = view.setTimeout(flush, throttleMs);
  };

  const startSend = (composer: Composer) => {
    if (pending || readDraft(composer) === '') return;
    const { context, url } = readContext();
    pending = {
      composer,
      threadId: getThreadId(context, url),
      channel: context?.channel ?? adapter.channel,
      at: now(),
      // Some composers are emptied by script without an event (a React text area): look once more at the end.
      deadline: view.setTimeout(() => {
        confirm();
        pending = undefined;
      }, confirmWithinMs),
    };
    // The site empties the composer after its own handlers ran: look again once they have.
    view.setTimeout(confirm, 0);
  };

  const composerOf = (node: Node, composers: Composer[]): Composer | undefined =>
    composers.find((composer) => composer.element === node || composer.element.contains(node));

  doc.addEventListener(
    'keydown',
    (event) => {
      // Every send key is a kind of Enter: other keys (most of them) cost nothing here.
      if (event.isComposing || !adapter.send.keys.some((key) => key.key === event.key) || isFromReplywell(event)) return;
      const target = event.composedPath()[0] as Node | undefined;
      if (!target) return;
      const composer = composerOf(target, findComposers());
      if (composer && adapter.send.keys.some((key) => matchesSendKey(event, key, composer))) startSend(composer);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0] as Node | undefined;
      const composer = target && !isFromReplywell(event) ? composerOf(target, findComposers()) : undefined;
      if (composer) lastComposer = composer.element;
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (isFromReplywell(event)) return;
      const target = event.composedPath()[0] as Element | undefined;
      if (!target || target.nodeType !== 1) return;
      const onSendButton = attempt(() => adapter.send.buttons.some((selector) => target.closest(selector))) === true;
      if (!onSendButton && !adapter.send.isSendButton) return;
      const composers = findComposers();
      const composer =
        composers.find((c) => c.element === lastComposer && readDraft(c) !== '') ?? composers.find((c) => c.active && readDraft(c) !== '') ?? composers.find((c) => readDraft(c) !== '');
      if (!composer) return;
      const isSend = onSendButton || attempt(() => adapter.send.isSendButton?.(target, composer)) === true;
      if (isSend) startSend(composer);
    },
    { capture: true, signal },
  );
  // Text fields emptied by script fire no mutation, so input events are watched too. Text typed into the composer
  // after the send key means the key did not send (Enter added a line in an email reply): the send is dropped.
  doc.addEventListener(
    'input',
    (event) => {
      if (!pending) return;
      const target = event.composedPath()[0] as Node | undefined;
      if (!target || !pending.composer.element.contains(target)) return;
      if (readDraft(pending.composer) === '') finishSend();
      else dropSend();
    },
    { capture: true, signal },
  );

  const observer = new view.MutationObserver(schedule);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  view.addEventListener('hashchange', schedule, { signal });
  view.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) view.clearTimeout(timer);
    if (pending) view.clearTimeout(pending.deadline);
    pending = undefined;
  });
  flush();
}
