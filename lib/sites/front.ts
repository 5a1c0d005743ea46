// Front (app.frontapp.com): a shared inbox where one conversation may be an email, a chat, an SMS or a social
// message, so the channel is read per conversation from its messages' type. The conversation id (`cnv_…`) is in
// the address or on the conversation; the customer's name and handles are in the contact panel; each message says
// its type and direction and carries `time[datetime]`. Ctrl/Cmd+Enter sends. Front's classes are generated; the
// data-* names below were written from memory of the app, not from a saved page: check them at the Test URLs.
import { findComposersIn, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhone, readText, readTimestamp } from './page-data';
import type { Channel, Composer, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://app.frontapp.com/open/cnv_5f3a9b1                                  a conversation's permalink
// https://app.frontapp.com/inboxes/teammates/1/inbox/open/0/cnv_5f3a9b1      an email conversation in an inbox
// https://app.frontapp.com/inboxes/shared/4/inbox/open/0/cnv_7c2d4e8         a Front Chat conversation
// https://app.frontapp.com/compose                                           a new message
// https://app.frontapp.com/inboxes/teammates/1/inbox                         an inbox with nothing open

const HOST = 'app.frontapp.com';
const CONVERSATION_ID = /\b(cnv_[a-z0-9]+)\b/i;
const COMPOSE_PATH = /^\/compose(?:\/|$)/;

/** The open conversation, carrying its id. */
const CONVERSATION = [
  // The conversation view with its id.
  '[data-testid="conversation"][data-conversation-id]',
  // The view without its id (the address still has it).
  '[data-testid="conversation"]',
] as const;
/** The new-message view. */
const NEW_MESSAGE = ['[data-testid="new-message"]'] as const;
/** The composer: a Tiptap (ProseMirror) editor. */
const COMPOSERS = [
  // The composer's ProseMirror root.
  '[data-testid="composer"] .ProseMirror[contenteditable="true"]',
  // A composer that is not ProseMirror any more.
  '[data-testid="composer"] [contenteditable="true"]',
] as const;
/** Send buttons, matched with closest(). */
const SEND_BUTTONS = [
  // The composer's send button.
  '[data-testid="send-button"]',
  // Its submit button, without the test id.
  '[data-testid="composer"] button[type="submit"]',
] as const;
const SUBJECT = ['[data-testid="conversation-subject"]'] as const;
/** Messages: `data-message-type` (email, chat, sms, …) and `data-is-inbound`. */
const MESSAGES = ['[data-testid="message"]'] as const;
const MESSAGE_SENDER = '[data-testid="message-sender"]';
const MESSAGE_BODY = '[data-testid="message-body"]';
/** The contact panel: name, and one entry per handle with its type. */
const CONTACT_NAME = ['[data-testid="contact-name"]'] as const;
const CONTACT_EMAILS = ['[data-testid="contact-handle"][data-handle-type="email"]'] as const;
const CONTACT_PHONES = ['[data-testid="contact-handle"][data-handle-type="phone"]', '[data-testid="contact-handle"][data-handle-type="sms"]', '[data-testid="contact-handle"][data-handle-type="whatsapp"]'] as const;
/** A new message's recipients (`title` holds the address). */
const RECIPIENTS = ['[data-testid="recipient"]'] as const;
/** The conversation list, present when nothing is open. */
const LIST = ['nav[aria-label]', '[data-testid="conversation-list"]'] as const;

/** Front's message types by the channel they belong to. */
const CHANNEL_OF_TYPE: Record<string, Channel> = {
  email: 'email',
  chat: 'chat',
  intercom: 'chat',
  sms: 'chat',
  custom: 'chat',
  twitter: 'social',
  twitter_dm: 'social',
  facebook: 'social',
  whatsapp: 'social',
  instagram: 'social',
  linkedin: 'social',
};

function matches(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === HOST;
}

function findComposers(doc: Document): Composer[] {
  const isNew = !!queryFirst(doc, NEW_MESSAGE);
  return findComposersIn(doc, COMPOSERS, () => (isNew ? 'new' : 'reply'));
}

function readMessages(doc: Document): ThreadMessage[] {
  return queryAllFirst(doc, MESSAGES).flatMap((message): ThreadMessage[] => {
    const inbound = message.getAttribute('data-is-inbound');
    if (inbound !== 'true' && inbound !== 'false') return [];
    return [
      {
        from: inbound === 'true' ? 'customer' : 'agent',
        at: readTimestamp(message.querySelector('time')),
        observed: false,
        element: message,
        text: readBodyText(message.querySelector(MESSAGE_BODY)),
      },
    ];
  });
}

/** The channel of the conversation: its newest message's type, else the site's default (email). */
function readChannel(doc: Document): Channel | undefined {
  const types = queryAllFirst(doc, MESSAGES).map((message) => message.getAttribute('data-message-type')?.toLowerCase() ?? '');
  return types.reverse().map((type) => CHANNEL_OF_TYPE[type]).find(Boolean);
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const pane = queryFirst(doc, CONVERSATION);
  const newMessage = queryFirst(doc, NEW_MESSAGE);
  if (!pane && !newMessage) return undefined;
  if (newMessage) {
    const recipients = queryAllFirst(newMessage, RECIPIENTS);
    const name = readName(readText(recipients[0]));
    return {
      customer: { name, firstName: readFirstName(name), emails: readEmails(...recipients.map((r) => r.getAttribute('title'))) },
      channel: 'email',
      messages: [],
    };
  }
  const threadId = CONVERSATION_ID.exec(url.pathname)?.[1] ?? pane!.getAttribute('data-conversation-id') ?? undefined;
  if (!threadId) return undefined;
  const messages = readMessages(doc);
  const inboundSender = queryAllFirst(doc, MESSAGES)
    .filter((message) => message.getAttribute('data-is-inbound') === 'true')
    .map((message) => message.querySelector(MESSAGE_SENDER))[0];
  const name = readName(readText(queryFirst(doc, CONTACT_NAME)) ?? readText(inboundSender));
  const contactEmails = queryAllFirst(doc, CONTACT_EMAILS).map((handle) => readText(handle));
  const emails = readEmails(...contactEmails, contactEmails.length === 0 ? inboundSender?.getAttribute('title') : undefined);
  return {
    customer: { name, firstName: readFirstName(name), emails, phone: readPhone(...queryAllFirst(doc, CONTACT_PHONES).map((handle) => readText(handle))) },
    subject: readText(queryFirst(doc, SUBJECT)),
    threadId,
    channel: readChannel(doc) ?? 'email',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

function isEmptyState(doc: Document, url: URL): boolean {
  return !CONVERSATION_ID.test(url.pathname) && !COMPOSE_PATH.test(url.pathname) && !queryFirst(doc, CONVERSATION) && !queryFirst(doc, NEW_MESSAGE) && !!queryFirst(doc, LIST);
}

export const frontAdapter: SiteAdapter = {
  id: 'front',
  name: 'Front',
  channel: 'email',
  matches,
  findComposers,
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Ctrl/Cmd+Enter sends, in email and chat conversations alike; Enter adds a line.
    keys: [{ key: 'Enter', mod: true }],
  },
  isEmptyState,
  findSendButton: (_composer, doc) => queryFirst(doc, SEND_BUTTONS),
};
