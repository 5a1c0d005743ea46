import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { genericAdapter, getAdapter } from '@/lib/sites/registry';
import { findSendButton as findAnySendButton } from '@/lib/sites/send-button';
import type { Composer, ConversationContext, SiteAdapter, SiteEvent } from '@/lib/sites/types';
import { watchSite } from '@/lib/sites/watch';

/** Page changes are read at most this often: a busy single-page app mutates its DOM many times a second. */
const READ_THROTTLE_MS = 250;
/**
 * How long a site's page must stay unreadable before the sidebar says so: single-page apps render their thread a
 * moment after the content script starts, and a notice that flashes during every load would only alarm.
 */
const NOTICE_DELAY_MS = 2_000;

export interface SiteReader {
  /** The conversation the page shows, re-read as the page changes; undefined when there is none. */
  context: ReadonlySignal<ConversationContext | undefined>;
  /** The adapter in use: the site's own, or the generic one when the site's finds nothing it should. */
  adapter: ReadonlySignal<SiteAdapter>;
  /** True once the site's adapter could not read a page that should have a conversation (the sidebar says so). */
  fallback: ReadonlySignal<boolean>;
  /** The composers the adapter in use finds now. */
  getComposers(): Composer[];
  /** The send button of the composer holding `element`, by the adapter's hooks, else the generic search. */
  findSendButton(element: HTMLElement): HTMLElement | undefined;
}

export interface SiteReaderOptions {
  /** Receives the adapter's inbound and reply events (the reply-time log). */
  onSiteEvent(event: SiteEvent): void;
}

/** Runs an adapter call; an adapter that throws (its site changed) counts as finding nothing. */
function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    console.debug('Replywell: a site adapter failed on this page:', error);
    return undefined;
  }
}

/**
 * Picks the site adapter for the page, reads the conversation (again whenever the page changes, throttled) and
 * watches for inbound messages and sent replies. When the site's adapter reads nothing on a page that is not a
 * recognised empty state (an inbox, a ticket list), the generic adapter takes over and `fallback` turns true.
 * Every listener, observer and timer stops with `abort`; no adapter error reaches the host page.
 */
export function startSiteReader(doc: Document, abort: AbortSignal, options: SiteReaderOptions): SiteReader {
  const view = doc.defaultView!;
  const context = signal<ConversationContext | undefined>(undefined);
  const adapter = signal<SiteAdapter>(genericAdapter);
  const fallback = signal(false);
  let watching: { adapter: SiteAdapter; controller: AbortController } | undefined;
  let readTimer: number | undefined;
  let noticeTimer: number | undefined;

  const watch = (next: SiteAdapter) => {
    if (watching?.adapter === next) return;
    watching?.controller.abort();
    const controller = new AbortController();
    abort.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    watching = { adapter: next, controller };
    attempt(() =>
      watchSite(next, doc, {
        signal: controller.signal,
        onEvent: (event) => attempt(() => options.onSiteEvent(event)),
        // The reply log counts a wait from when the customer wrote, even if the agent opens the thread later.
        reportWaitingOnOpen: true,
      }),
    );
  };

  const read = () => {
    readTimer = undefined;
    if (abort.aborted) return;
    const url = new URL(doc.URL);
    const own = getAdapter(url);
    const ownContext = attempt(() => own.readContext(doc, url));
    const readable = own === genericAdapter || ownContext !== undefined || attempt(() => own.isEmptyState?.(doc, url)) === true;
    const active = readable ? own : genericAdapter;
    const next = readable ? ownContext : attempt(() => genericAdapter.readContext(doc, url));
    batch(() => {
      adapter.value = active;
      // A new object on every read would re-render the sidebar on every mutation: keep it unless it changed.
      if (!isSameContext(context.value, next)) context.value = next;
    });
    if (readable) {
      view.clearTimeout(noticeTimer);
      noticeTimer = undefined;
      fallback.value = false;
    } else if (!fallback.value && noticeTimer === undefined) {
      noticeTimer = view.setTimeout(() => {
        noticeTimer = undefined;
        if (adapter.value === genericAdapter && getAdapter(new URL(doc.URL)) !== genericAdapter) fallback.value = true;
      }, NOTICE_DELAY_MS);
    }
    watch(active);
  };
  const schedule = () => {
    if (readTimer === undefined && !abort.aborted) readTimer = view.setTimeout(read, READ_THROTTLE_MS);
  };

  const observer = new view.MutationObserver(schedule);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  // Single-page apps change threads by the History API or the hash, sometimes before any DOM change.
  view.addEventListener('hashchange', schedule, { signal: abort });
  view.addEventListener('popstate', schedule, { signal: abort });
  // Text fields change without a mutation (the subject field of a new message).
  doc.addEventListener('change', schedule, { capture: true, signal: abort });
  abort.addEventListener('abort', () => {
    observer.disconnect();
    view.clearTimeout(readTimer);
    view.clearTimeout(noticeTimer);
    watching?.controller.abort();
  });
  read();

  return {
    context,
    adapter,
    fallback,
    getComposers: () => attempt(() => adapter.value.findComposers(doc)) ?? [],
    findSendButton(element) {
      const active = adapter.value;
      const composer = attempt(() => active.findComposers(doc))?.find((c) => c.element === element || c.element.contains(element) || element.contains(c.element));
      return (composer && attempt(() => active.findSendButton?.(composer, doc))) ?? findAnySendButton(element);
    },
  };
}

/** Whether two reads show the same conversation (messages compared by sender, time and text). */
function isSameContext(a: ConversationContext | undefined, b: ConversationContext | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const strip = (c: ConversationContext) => JSON.stringify({ ...c, messages: c.messages.map(({ from, at, observed, key, text }) => ({ from, at, observed, key, text })) });
  return strip(a) === strip(b);
}
