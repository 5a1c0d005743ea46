// The one interface every site adapter implements (lib/sites/<id>.ts, listed in lib/sites/registry.ts). Adapters
// are pure: the page comes in as `doc` and the address as `url`; none touches globals, none imports another.
// Stable: members are only ever added as optional ones, so adapters written against it keep compiling.
import type { EditorKind } from '../editors/types';

/** How the customer reached the agent; a site's default, which an adapter may refine per conversation. */
export type Channel = 'email' | 'chat' | 'social';

/**
 * What a composer is for: a new message (Gmail's Compose window), a reply below a thread, an inline reply (a
 * reply box opened inside the thread, such as Outlook's reading pane), or a chat box (Enter usually sends).
 */
export type ComposerKind = 'new' | 'reply' | 'inline-reply' | 'chat';

/** A place on the page where the agent writes. */
export interface Composer {
  /** The editable root: the `<textarea>`/`<input>`, or the editor's contenteditable root (as lib/editors wants it). */
  element: HTMLElement;
  kind: ComposerKind;
  /** The editor technology, so that lib/editors writes through the right strategy. */
  editor: EditorKind;
  /** Whether the agent is working in this one (it holds the focus, or it is the only/first composer). */
  active: boolean;
}

/** The customer as the page shows them; every field is optional because every site shows a different subset. */
export interface Customer {
  /** Display name as shown ("Anna Berg", "Berg, Anna" turned round where the site's format is known). */
  name?: string;
  /** The given name, for greetings ({{customer.firstName}}). */
  firstName?: string;
  /** Email addresses, lower-cased, without duplicates, the primary one first. */
  emails: string[];
  /** A phone number as shown on the page (E.164 where the page gives it so); the background parses it. */
  phone?: string;
  /** IANA time zone the tool shows for the customer (helpdesk profile), e.g. "Europe/Oslo". */
  timeZone?: string;
  /** BCP 47 locale the tool shows (e.g. "nb-NO"). */
  locale?: string;
  /** Language the tool shows, as a BCP 47 language tag or the site's own name for it ("Norwegian"). */
  language?: string;
}

/** One message visible in the thread. */
export interface ThreadMessage {
  from: 'customer' | 'agent';
  /** When it was sent, in ms since the epoch, from the page's own data; undefined when the page gives none. */
  at?: number;
  /** True when `at` is the moment Replywell saw the message rather than the page's own timestamp. */
  observed: boolean;
  /**
   * A stable identity for the message (the site's message id), so that a re-render is not taken for a new message.
   * Without it, the watcher falls back to `element`, then to sender, time and position.
   */
  key?: string;
  /** The message's element on the page. */
  element?: Element;
  /** The message's plain text (for tone checks; never stored). */
  text?: string;
}

/** What an adapter reads about the conversation on screen. */
export interface ConversationContext {
  customer: Customer;
  subject?: string;
  /** A stable id for the conversation on this site (ticket number, thread id, chat id). */
  threadId?: string;
  channel: Channel;
  /** The visible messages, oldest first. */
  messages: ThreadMessage[];
  /** The text of the latest customer message (for empathy and tone checks; never stored). */
  latestCustomerMessage?: string;
}

/** A key press that sends from a composer, e.g. Ctrl/Cmd+Enter in an email reply, Enter in a chat box. */
export interface SendKey {
  key: 'Enter';
  /** Ctrl (Windows/Linux) or Cmd (macOS) must be held; when false neither may be. */
  mod: boolean;
  /** Shift must not be held (Shift+Enter adds a line in chat boxes). Default true. */
  noShift?: boolean;
  /** The composer kinds where this key sends; all kinds when omitted. */
  composerKinds?: readonly ComposerKind[];
}

/** How the agent sends on this site. */
export interface SendTriggers {
  /** Send buttons, matched with `closest()` from the clicked element; each site lists its variants. */
  buttons: readonly string[];
  keys: readonly SendKey[];
  /** For pages without stable send-button hooks (the generic adapter): whether a clicked element sends `composer`. */
  isSendButton?(element: Element, composer: Composer): boolean;
}

/** One adapter per supported site, in lib/sites/<id>.ts. */
export interface SiteAdapter {
  /** Equals the file name and the id in lib/sites/supported.ts. */
  id: string;
  /** The site's name as users know it ("Gmail"). */
  name: string;
  /** The channel a conversation has when the page does not say otherwise. */
  channel: Channel;
  /** Whether this adapter reads pages at `url` (pure; tested against real example URLs). */
  matches(url: URL): boolean;
  /** The composers on the page, the active one flagged; empty when there is none (or the markup changed). */
  findComposers(doc: Document): Composer[];
  /** The conversation on screen; undefined when the page shows none (an inbox) or the markup is not recognised. */
  readContext(doc: Document, url: URL): ConversationContext | undefined;
  send: SendTriggers;
  /**
   * Whether the page recognisably shows no conversation by design (an inbox, a ticket list, no chat open), through
   * the site's own hooks. Without it, a page where the adapter reads no context is taken for changed markup, and the
   * sidebar falls back to the generic adapter with a notice.
   */
  isEmptyState?(doc: Document, url: URL): boolean;
  /** The composer's send button (the sidebar keeps clear of it); the generic search is used when absent. */
  findSendButton?(composer: Composer, doc: Document): HTMLElement | undefined;
}

/** Something the agent's log records: a customer message arrived, or the agent sent a reply. */
export interface SiteEvent {
  kind: 'inbound' | 'reply';
  /** The adapter's thread id, else the page's host, path and hash. */
  threadId: string;
  /** ms since the epoch. */
  at: number;
  /** True when `at` is when Replywell saw it, not a timestamp the page gave. */
  observed: boolean;
  channel: Channel;
  /** The adapter's id. */
  site: string;
}
