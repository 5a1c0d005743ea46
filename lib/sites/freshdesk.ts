// Freshdesk (<subdomain>.freshdesk.com): a ticket's conversation, the requester's contact card and the reply
// editor (Froala, a contenteditable).
import { findComposersIn, findNear, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhoneLink, readText, readTimeZone, readTimestamp } from './page-data';
import type { Composer, ConversationContext, SiteAdapter } from './types';

// Test URLs (check by hand after a change here):
// https://<subdomain>.freshdesk.com/a/tickets/filters/all_tickets   the ticket list (empty state)
// https://<subdomain>.freshdesk.com/a/tickets/<id>                  a ticket: conversation, contact, Reply
// https://<subdomain>.freshdesk.com/a/tickets/new                   a new ticket (outbound email)
// https://<subdomain>.freshdesk.com/helpdesk/tickets/<id>           the classic agent URL (redirects)

const HOST = /^[a-z0-9][a-z0-9-]*\.freshdesk\.com$/;
/** /a/tickets/<id> (current) or /helpdesk/tickets/<id> (classic). */
const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)/;
const NEW_TICKET_PATH = /^\/a\/tickets\/new/;

/** The ticket's subject heading. */
const SUBJECT = ['[data-test-id="ticket-subject"]', '.ticket-subject-heading'] as const;
/** The requester's contact card in the ticket's sidebar. */
const CONTACT_NAME = ['[data-test-id="requester-info-name"]', '[data-test-id="requester-info"] a[href*="/contacts/"]'] as const;
const CONTACT_EMAIL = ['[data-test-id="requester-info-email"]', '[data-test-id="requester-info"] a[href^="mailto:"]'] as const;
const CONTACT_PHONE = ['[data-test-id="requester-info-phone"]', '[data-test-id="requester-info"] a[href^="tel:"]'] as const;
/** The contact's time zone ("(GMT+01:00) Oslo") and language ("Norwegian") fields. */
const CONTACT_TIME_ZONE = ['[data-test-id="requester-info-time-zone"]'] as const;
const CONTACT_LANGUAGE = ['[data-test-id="requester-info-language"]'] as const;
/** One item per conversation entry (the ticket's description first, then replies and notes). */
const CONVERSATION_ITEMS = ['[data-test-id="conversation-item"]', '.conversation-pane [data-conversation-id]'] as const;
/** Inside an item: its direction (incoming from the contact, outgoing from an agent), time, author and body. */
const ITEM_DIRECTION_ATTRIBUTE = 'data-test-direction';
const ITEM_AUTHOR = ['[data-test-id="conversation-author"]'] as const;
const ITEM_TIME = ['time[datetime]', '[data-test-id="conversation-time"]'] as const;
const ITEM_BODY = ['[data-test-id="conversation-body"]'] as const;
/** Private notes are not replies to the customer. */
const ITEM_NOTE_ATTRIBUTE = 'data-test-private';
/** The reply editor: Froala's editable root inside the reply form. */
const COMPOSERS = [
  // The ticket's Reply / Forward editor.
  '[data-test-id="reply-editor"] .fr-element[contenteditable="true"]',
  // Any Froala editable (new ticket form).
  '.fr-element.fr-view[contenteditable="true"]',
] as const;
/** The Send split button of the reply form. */
const SEND_BUTTONS = ['button[data-test-id="send-button"]', '[data-test-id="reply-editor"] button[type="submit"]'] as const;

function findComposers(doc: Document): Composer[] {
  const isNew = NEW_TICKET_PATH.test(new URL(doc.URL).pathname);
  return findComposersIn(doc, COMPOSERS, () => (isNew ? 'new' : 'reply'));
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const ticket = TICKET_PATH.exec(url.pathname)?.[1];
  const nameElement = queryFirst(doc, CONTACT_NAME);
  const subjectElement = queryFirst(doc, SUBJECT);
  // A new ticket has no number yet; its requester and subject are read all the same.
  if ((!ticket && !NEW_TICKET_PATH.test(url.pathname)) || (!nameElement && !subjectElement)) return undefined;
  const name = readName(readText(nameElement));
  const emailElement = queryFirst(doc, CONTACT_EMAIL);
  const phoneElement = queryFirst(doc, CONTACT_PHONE);
  const messages = queryAllFirst(doc, CONVERSATION_ITEMS)
    .filter((item) => item.getAttribute(ITEM_NOTE_ATTRIBUTE) !== 'true')
    .map((element) => {
      const direction = element.getAttribute(ITEM_DIRECTION_ATTRIBUTE);
      const author = readName(readText(queryFirst(element, ITEM_AUTHOR)));
      const incoming = direction ? direction === 'incoming' : author === name;
      return {
        from: incoming ? ('customer' as const) : ('agent' as const),
        at: readTimestamp(queryFirst(element, ITEM_TIME)),
        observed: false,
        key: element.getAttribute('data-conversation-id') ?? undefined,
        element,
        text: readBodyText(queryFirst(element, ITEM_BODY)),
      };
    });
  return {
    customer: {
      name,
      firstName: readFirstName(name),
      emails: readEmails(emailElement?.getAttribute('href'), readText(emailElement)),
      phone: (phoneElement?.matches('a[href^="tel:"]') ? readPhoneLink(phoneElement) : undefined) ?? readText(phoneElement),
      timeZone: readTimeZone(readText(queryFirst(doc, CONTACT_TIME_ZONE))),
      language: readText(queryFirst(doc, CONTACT_LANGUAGE)),
    },
    subject: readText(subjectElement),
    threadId: ticket,
    channel: 'email',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

export const freshdeskAdapter: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  channel: 'email',
  matches: (url) => url.protocol === 'https:' && HOST.test(url.hostname),
  findComposers,
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Ctrl+Enter (Cmd+Enter on macOS) sends the reply from the editor.
    keys: [{ key: 'Enter', mod: true }],
  },
  // Lists, dashboards and reports: only a ticket's page (or the new-ticket form) shows a conversation.
  isEmptyState: (_doc, url) => !TICKET_PATH.test(url.pathname) && !NEW_TICKET_PATH.test(url.pathname),
  findSendButton: (composer) => findNear(composer.element, SEND_BUTTONS, 16),
};
