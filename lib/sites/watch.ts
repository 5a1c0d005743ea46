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
   * After the watcher starts or the agent opens another thread, messages that appear within this time are taken
   * as the thread loading, not as new; a message whose page time is older than the moment the thread was opened is
   * never new.
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
 * empties or goes away, or a new agent message appears. Adapter failures are swallowed: the host page never sees
 * an exception from here.
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
  let openedAt = 0;
  let seen = new Set<string>();
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
  const finishSend = () => {
    if (!pending) return;
    view.clearTimeout(pending.deadline);
    emit({ kind: 'reply', threadId: pending.threadId, at: pending.at, observed: true, channel: pending.channel, site: adapter.id });
    pending = undefined;
  };

  const dropSend = () => {
    if (pending) view.clearTimeout(pending.deadline);
    pending = undefined;
  };

  const flush = () => {
    timer = undefined;
    const { context, url } = readContext();
    const id = getThreadId(context, url);
    const messages = context?.messages ?? [];
    const keys = getMessageKeys(messages);
    const time = now();
    if (id !== threadId || (seen.size === 0 && keys.length > 0 && time - openedAt >= settleMs)) {
      // Another thread, the first read, or a thread whose messages render only now (a slow single-page app): what
      // it shows now was there before the agent looked.
      threadId = id;
      openedAt = time;
      seen = new Set(keys);
      // The customer's messages after the agent's last one are still waiting for an answer: they are reported with
      // the times the page gives them, so that the wait counts from when they arrived, not from when the agent
      // looked. (Opening the thread again reports the same events, which the log stores once.) Earlier messages
      // were answered already, by replies Replywell may not have seen, so they are left out.
      let lastAgent = -1;
      messages.forEach((message, index) => {
        if (message.from === 'agent') lastAgent = index;
      });
      for (const message of options.reportWaitingOnOpen ? messages.slice(lastAgent + 1) : []) {
        if (message.from === 'customer' && message.at !== undefined && !message.observed) {
          emit({ kind: 'inbound', threadId: id, at: message.at, observed: false, channel: context?.channel ?? adapter.channel, site: adapter.id });
        }
      }
      confirm();
      return;
    }
    const settling = time - openedAt < settleMs;
    let agentReplied = false;
    messages.forEach((message, index) => {
      const key = keys[index]!;
      if (seen.has(key)) return;
      seen.add(key);
      if (message.from === 'agent') {
        agentReplied = true;
        return;
      }
      const stamped = message.at !== undefined && !message.observed;
      // A message with a page time older than the thread's opening was already there, however late it rendered.
      if (stamped && message.at! < openedAt - CLOCK_SKEW_MS) return;
      if (!stamped && settling) return;
      emit({ kind: 'inbound', threadId: id, at: stamped ? message.at! : time, observed: !stamped, channel: context?.channel ?? adapter.channel, site: adapter.id });
    });
    if (agentReplied && pending) finishSend();
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
