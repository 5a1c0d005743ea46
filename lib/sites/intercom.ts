// Intercom's inbox (app.intercom.com/a/inbox). The conversation id is in the address; the customer's attributes
// are in the details sidebar, one row per attribute keyed by Intercom's attribute name (not its translated label);
// each conversation part says whether a user, a lead, a teammate or a bot wrote it, and carries `time[datetime]`.
// Bot parts (Fin, workflows) are neither the customer's nor the agent's and are left out. Ctrl/Cmd+Enter sends.
// The data-* names below were written from memory of the app, not from a saved page: check them at the Test URLs.
import { findComposersIn, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhone, readText, readTimeZone, readTimestamp } from './page-data';
import type { Composer, ComposerKind, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://app.intercom.com/a/inbox/abc123/inbox/conversation/215467812345          a conversation in "Your inbox"
// https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215467812345  the same from "All"
// https://app.intercom.com/a/inbox/abc123/inbox/new-conversation                     a new outbound conversation
// https://app.intercom.com/a/inbox/abc123/inbox/shared/all                           a view with no conversation open
// https://app.intercom.com/a/apps/abc123/inbox/inbox/conversation/215467812345      the pre-2023 address
// https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/215467812345       a workspace in the EU region

/** The US, EU and Australian data centres (each workspace lives in one). */
const HOSTS = ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'] as const;
const INBOX_PATH = /^\/a\/(?:inbox\/[^/]+|apps\/[^/]+\/inbox)(?:\/|$)/;
const CONVERSATION_PATH = /\/conversations?\/(\d+)/;
const NEW_PATH = /\/new-conversation(?:\/|$)/;

/** The open conversation (carries its id). */
const CONVERSATION = [
  // The conversation pane with its id.
  '[data-conversation-id]',
  // The pane by its class, when the attribute is missing.
  '.inbox2__conversation',
] as const;
/** The reply composer: a ProseMirror editor. */
const COMPOSERS = [
  // Intercom's ProseMirror composer (its "embercom" component).
  '.embercom-prosemirror-composer .ProseMirror[contenteditable="true"]',
  // Any ProseMirror root in the composer area.
  '.inbox2__composer .ProseMirror[contenteditable="true"]',
  // A composer that is not ProseMirror any more.
  '.inbox2__composer [contenteditable="true"]',
] as const;
/** Send buttons, matched with closest(). */
const SEND_BUTTONS = [
  // The product-tour target Intercom puts on the send button.
  '[data-intercom-target="inbox-composer-send-button"]',
  // The composer's submit button.
  '.inbox2__composer button[type="submit"]',
] as const;
/** Conversation parts: `data-part-author-type` is user, lead, admin or bot. */
const PARTS = [
  // Each part of the conversation stream.
  '[data-conversation-part-id]',
] as const;
const PART_BODY = ['.part-body', '[data-part-body]'] as const;
const PART_AUTHOR = ['.part-author', '[data-part-author]'] as const;
const CUSTOMER_AUTHOR_TYPES = new Set(['user', 'lead', 'contact', 'visitor']);
const AGENT_AUTHOR_TYPES = new Set(['admin', 'teammate']);
/** A details-sidebar attribute: its value in `[data-attribute-value]`. */
const attribute = (name: string) => `[data-attribute-identifier="${name}"] [data-attribute-value]`;
const NAME = [attribute('name'), '.inbox2__conversation-title'] as const;
const EMAIL = [attribute('email')] as const;
const PHONE = [attribute('phone')] as const;
const TIME_ZONE = [
  // Intercom's location attribute.
  attribute('location_data.timezone'),
  attribute('timezone'),
] as const;
const LANGUAGE = [
  // The language the teammate set for the user, else the browser language Intercom recorded.
  attribute('language_override'),
  attribute('browser_language'),
] as const;
/** The inbox list, present when no conversation is open. */
const INBOX_LIST = ['.inbox2__list', 'nav[aria-label]'] as const;

function matches(url: URL): boolean {
  return url.protocol === 'https:' && (HOSTS as readonly string[]).includes(url.hostname) && INBOX_PATH.test(url.pathname);
}

function findComposers(doc: Document, url: URL): Composer[] {
  const kind: ComposerKind = NEW_PATH.test(url.pathname) ? 'new' : 'reply';
  return findComposersIn(doc, COMPOSERS, () => kind);
}

function readMessages(doc: Document): ThreadMessage[] {
  return queryAllFirst(doc, PARTS).flatMap((part): ThreadMessage[] => {
    const type = part.getAttribute('data-part-author-type')?.toLowerCase() ?? '';
    const from = CUSTOMER_AUTHOR_TYPES.has(type) ? 'customer' : AGENT_AUTHOR_TYPES.has(type) ? 'agent' : undefined;
    if (!from) return [];
    const at = readTimestamp(part.querySelector('time'));
    return [{ from, at, observed: false, key: part.getAttribute('data-conversation-part-id') ?? undefined, element: part, text: readBodyText(queryFirst(part, PART_BODY)) }];
  });
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const pane = queryFirst(doc, CONVERSATION);
  if (!pane) return undefined;
  const isNew = NEW_PATH.test(url.pathname);
  const threadId = CONVERSATION_PATH.exec(url.pathname)?.[1] ?? pane.getAttribute('data-conversation-id') ?? undefined;
  const messages = readMessages(doc);
  const customerPart = queryAllFirst(doc, PARTS).find((part) => CUSTOMER_AUTHOR_TYPES.has(part.getAttribute('data-part-author-type') ?? ''));
  const name = isNew ? undefined : readName(readText(queryFirst(doc, NAME)) ?? readText(customerPart && queryFirst(customerPart, PART_AUTHOR)));
  const emails = readEmails(readText(queryFirst(doc, EMAIL)));
  if (!threadId && !isNew) return undefined;
  return {
    customer: {
      name,
      firstName: readFirstName(name),
      emails,
      phone: readPhone(readText(queryFirst(doc, PHONE))),
      timeZone: readTimeZone(readText(queryFirst(doc, TIME_ZONE))),
      language: readText(queryFirst(doc, LANGUAGE)),
    },
    threadId,
    channel: 'chat',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

function isEmptyState(doc: Document, url: URL): boolean {
  return !CONVERSATION_PATH.test(url.pathname) && !NEW_PATH.test(url.pathname) && !queryFirst(doc, CONVERSATION) && !!queryFirst(doc, INBOX_LIST);
}

export const intercomAdapter: SiteAdapter = {
  id: 'intercom',
  name: 'Intercom',
  channel: 'chat',
  matches,
  findComposers: (doc) => findComposers(doc, new URL(doc.URL)),
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Ctrl/Cmd+Enter sends; Enter adds a line.
    keys: [{ key: 'Enter', mod: true }],
  },
  isEmptyState,
  findSendButton: (_composer, doc) => queryFirst(doc, SEND_BUTTONS),
};
