// Help Scout (secure.helpscout.net): a conversation's threads, the customer's profile in the sidebar and the reply
// editor (a contenteditable).
import { findComposersIn, findNear, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhoneLink, readText, readTimeZone, readTimestamp } from './page-data';
import type { Composer, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://secure.helpscout.net/mailbox/<mailbox id>/               a mailbox's conversation list (empty state)
// https://secure.helpscout.net/conversation/<id>/<number>         a conversation: threads, customer, Reply
// https://secure.helpscout.net/mailbox/<mailbox id>/new-ticket/   a new conversation

const HOSTS = ['secure.helpscout.net'] as const;
/** /conversation/<conversation id>/<number>: the id is stable, the number is what agents see. */
const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/(\d+))?/;
const NEW_CONVERSATION_PATH = /^\/mailbox\/[^/]+\/new-ticket/;

/** The conversation's subject heading. */
const SUBJECT = ['[data-cy="conversation-subject"]', 'h1[data-testid="ConversationSubject"]'] as const;
/** The customer profile in the sidebar. */
const CUSTOMER_NAME = ['[data-cy="customer-name"]', '[data-cy="customer-profile"] h2'] as const;
const CUSTOMER_EMAILS = ['[data-cy="customer-email"]', '[data-cy="customer-profile"] a[href^="mailto:"]'] as const;
const CUSTOMER_PHONE = ['[data-cy="customer-phone"]', '[data-cy="customer-profile"] a[href^="tel:"]'] as const;
/** Help Scout shows the customer's location with their local time, carrying the zone as an attribute. */
const CUSTOMER_TIME_ZONE = ['[data-cy="customer-local-time"][data-timezone]'] as const;
/** One element per thread of the conversation (customer message, agent reply, note, line item). */
const THREADS = ['[data-cy="thread"]', 'article[data-thread-type]'] as const;
/** The thread's type as Help Scout's API names it: customer, message (an agent reply), note, lineitem, chat…. */
const THREAD_TYPE_ATTRIBUTE = 'data-thread-type';
const THREAD_ID_ATTRIBUTE = 'data-thread-id';
const THREAD_TIME = ['time[datetime]'] as const;
const THREAD_BODY = ['[data-cy="thread-body"]'] as const;
/** Thread types that are the customer's own words, and the agent's replies; the others (notes, line items) are skipped. */
const CUSTOMER_TYPES = new Set(['customer', 'chat-customer']);
const AGENT_TYPES = new Set(['message', 'reply', 'chat-agent']);
/** The reply editor. */
const COMPOSERS = [
  // The conversation's reply / note editor.
  '[data-cy="reply-editor"] [contenteditable="true"]',
  // Any editable of the app (new conversation form).
  '[data-cy="editor"] [contenteditable="true"]',
] as const;
/** The Send split button of the reply form. */
const SEND_BUTTONS = ['button[data-cy="send-button"]', '[data-cy="reply-editor"] button[type="submit"]'] as const;

function findComposers(doc: Document): Composer[] {
  const isNew = NEW_CONVERSATION_PATH.test(new URL(doc.URL).pathname);
  return findComposersIn(doc, COMPOSERS, () => (isNew ? 'new' : 'reply'));
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const conversation = CONVERSATION_PATH.exec(url.pathname)?.[1];
  const nameElement = queryFirst(doc, CUSTOMER_NAME);
  const subjectElement = queryFirst(doc, SUBJECT);
  // A new conversation has no id yet; its customer is read all the same.
  if ((!conversation && !NEW_CONVERSATION_PATH.test(url.pathname)) || (!nameElement && !subjectElement)) return undefined;
  const name = readName(readText(nameElement));
  const phoneElement = queryFirst(doc, CUSTOMER_PHONE);
  const messages = queryAllFirst(doc, THREADS).flatMap((element): ThreadMessage[] => {
    const type = element.getAttribute(THREAD_TYPE_ATTRIBUTE) ?? '';
    const from = CUSTOMER_TYPES.has(type) ? 'customer' : AGENT_TYPES.has(type) ? 'agent' : undefined;
    if (!from) return [];
    return [
      {
        from,
        at: readTimestamp(queryFirst(element, THREAD_TIME)),
        observed: false,
        key: element.getAttribute(THREAD_ID_ATTRIBUTE) ?? undefined,
        element,
        text: readBodyText(queryFirst(element, THREAD_BODY)),
      },
    ];
  });
  const emailElements = queryAllFirst(doc, CUSTOMER_EMAILS);
  return {
    customer: {
      name,
      firstName: readFirstName(name),
      emails: readEmails(...emailElements.flatMap((el) => [el.getAttribute('href'), readText(el)])),
      phone: (phoneElement?.matches('a[href^="tel:"]') ? readPhoneLink(phoneElement) : undefined) ?? readText(phoneElement),
      timeZone: readTimeZone(queryFirst(doc, CUSTOMER_TIME_ZONE)?.getAttribute('data-timezone')),
    },
    subject: readText(subjectElement),
    threadId: conversation,
    channel: messages.some((m) => m.element?.getAttribute(THREAD_TYPE_ATTRIBUTE)?.startsWith('chat')) ? 'chat' : 'email',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

export const helpscoutAdapter: SiteAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  channel: 'email',
  matches: (url) => url.protocol === 'https:' && (HOSTS as readonly string[]).includes(url.hostname),
  findComposers,
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Ctrl+Enter (Cmd+Enter on macOS) sends the reply from the editor.
    keys: [{ key: 'Enter', mod: true }],
  },
  // Mailboxes, reports and settings: only a conversation's page (or a new one) shows a conversation.
  isEmptyState: (_doc, url) => !CONVERSATION_PATH.test(url.pathname) && !NEW_CONVERSATION_PATH.test(url.pathname),
  findSendButton: (composer) => findNear(composer.element, SEND_BUTTONS, 16),
};
