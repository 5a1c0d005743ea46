// Zendesk Support's Agent Workspace (<subdomain>.zendesk.com/agent): a ticket's conversation log, the requester's
// profile in the customer context panel, and the CKEditor 5 composer.
import { findComposersIn, findNear, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhoneLink, readText, readTimeZone, readTimestamp } from './page-data';
import type { Composer, ConversationContext, SiteAdapter } from './types';

// Test URLs (check by hand after a change here):
// https://<subdomain>.zendesk.com/agent/dashboard                   home (empty state)
// https://<subdomain>.zendesk.com/agent/filters/<view id>           a view's ticket list (empty state)
// https://<subdomain>.zendesk.com/agent/tickets/<id>                a ticket: log, requester, composer
// https://<subdomain>.zendesk.com/agent/tickets/new/1               a new ticket

// Any account subdomain; www is Zendesk's own marketing site.
const HOST = /^(?!www\.)[a-z0-9][a-z0-9-]*\.zendesk\.com$/;
/** /agent/tickets/<id>, the ticket id in the URL (the one stable id Zendesk shows). */
const TICKET_PATH = /^\/agent\/tickets\/(\d+)/;
const NEW_TICKET_PATH = /^\/agent\/tickets\/new\//;

/** The ticket's subject field in the ticket header. */
const SUBJECT = ['input[data-test-id="omni-header-subject"]', '[data-test-id="ticket-pane-subject"]'] as const;
/** The requester, in the customer context panel (the user card). */
const USER_NAME = ['[data-test-id="customer-context-user-name"]', '[data-test-id="ticket-system-field-requester-select"]'] as const;
const USER_EMAIL = ['[data-test-id="customer-context-user-email"]', '[data-test-id="customer-context"] a[href^="mailto:"]'] as const;
const USER_PHONE = ['[data-test-id="customer-context-user-phone"]', '[data-test-id="customer-context"] a[href^="tel:"]'] as const;
/** The user's time zone field: "(GMT+01:00) Oslo", as Zendesk lists zones. */
const USER_TIME_ZONE = ['[data-test-id="customer-context-user-timezone"]'] as const;
/** The user's language field ("Norwegian (Bokmål)"). */
const USER_LANGUAGE = ['[data-test-id="customer-context-user-language"]'] as const;
/** The user's locale, where Zendesk puts it as a data attribute on the language field. */
const USER_LOCALE_ATTRIBUTE = 'data-locale';
/** One item per public or internal comment in the conversation log. */
const LOG_ITEMS = ['[data-test-id="omni-log-comment-item"]', '[data-test-id="omni-log-container"] article'] as const;
/** Inside a log item: the author, the time (<time datetime>), the body, and the mark of an internal note. */
const LOG_SENDER = ['[data-test-id="omni-log-item-sender"]'] as const;
const LOG_TIME = ['time[datetime]'] as const;
const LOG_BODY = ['[data-test-id="omni-log-message-content"]'] as const;
const LOG_NOTE = ['[data-test-id="omni-log-internal-note-tag"]'] as const;
/** The composer: Zendesk's CKEditor 5 editable root inside the omnicomposer. */
const COMPOSERS = [
  // The Agent Workspace's rich-text composer.
  '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[contenteditable="true"]',
  // Any CKEditor 5 root (a macro preview keeps its editables read-only, so contenteditable="true" is required).
  '.ck-editor__editable[contenteditable="true"]',
] as const;
/** "Submit as …", the split button that sends the reply and sets the status. */
const SEND_BUTTONS = ['button[data-test-id="submit_button-button"]'] as const;

function findComposers(doc: Document): Composer[] {
  const isNew = NEW_TICKET_PATH.test(new URL(doc.URL).pathname);
  return findComposersIn(doc, COMPOSERS, () => (isNew ? 'new' : 'reply'));
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const ticket = TICKET_PATH.exec(url.pathname)?.[1];
  const subjectField = queryFirst<HTMLInputElement>(doc, SUBJECT);
  const nameElement = queryFirst(doc, USER_NAME);
  // A new ticket has no number yet; its requester and subject are read all the same.
  if ((!ticket && !NEW_TICKET_PATH.test(url.pathname)) || (!subjectField && !nameElement)) return undefined;
  const name = readName(readText(nameElement));
  const emailElement = queryFirst(doc, USER_EMAIL);
  const phoneElement = queryFirst(doc, USER_PHONE);
  const languageElement = queryFirst(doc, USER_LANGUAGE);
  const messages = queryAllFirst(doc, LOG_ITEMS)
    .filter((item) => !queryFirst(item, LOG_NOTE))
    .map((element) => {
      const author = readName(readText(queryFirst(element, LOG_SENDER)));
      const at = readTimestamp(queryFirst(element, LOG_TIME));
      return {
        // The requester's comments are the customer's; everyone else in the log is staff (CCs aside).
        from: author !== undefined && author === name ? ('customer' as const) : ('agent' as const),
        at,
        observed: false,
        key: element.getAttribute('data-comment-id') ?? (element.id || undefined),
        element,
        text: readBodyText(queryFirst(element, LOG_BODY)),
      };
    });
  return {
    customer: {
      name,
      firstName: readFirstName(name),
      emails: readEmails(emailElement?.getAttribute('href'), readText(emailElement)),
      phone: (phoneElement?.matches('a[href^="tel:"]') ? readPhoneLink(phoneElement) : undefined) ?? readText(phoneElement),
      timeZone: readTimeZone(readText(queryFirst(doc, USER_TIME_ZONE))),
      locale: languageElement?.getAttribute(USER_LOCALE_ATTRIBUTE) ?? undefined,
      language: readText(languageElement),
    },
    subject: subjectField?.value?.trim() || readText(subjectField) || undefined,
    threadId: ticket,
    channel: 'email',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

export const zendeskAdapter: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  channel: 'email',
  matches: (url) => url.protocol === 'https:' && HOST.test(url.hostname) && (url.pathname === '/agent' || url.pathname.startsWith('/agent/')),
  findComposers,
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Zendesk has no default keyboard send for ticket replies: the Submit button is the only way.
    keys: [],
  },
  // The dashboard and views list tickets; only a ticket's page shows a conversation.
  isEmptyState: (_doc, url) => !TICKET_PATH.test(url.pathname) && !NEW_TICKET_PATH.test(url.pathname),
  findSendButton: (composer) => findNear(composer.element, SEND_BUTTONS, 16),
};
