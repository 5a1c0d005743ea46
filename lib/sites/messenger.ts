// Messenger, at www.messenger.com and at www.facebook.com/messages. Meta generates its class names anew with every
// release, so only roles, a few data-* attributes and the URL are read. Which side wrote a message is told by the
// sender heading each message carries for screen readers: the customer's rows are headed with the name the chat
// is titled with, the agent's with "You sent" (in the agent's language), so the name is compared, not the words.
// Messenger shows no machine-readable time on messages: their times are the moment Replywell saw them.
import { findComposersIn, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readFirstName, readName, readText } from './page-data';
import type { Composer, ComposerKind, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://www.messenger.com/t/100012345678901/        a one-to-one chat
// https://www.facebook.com/messages/t/100012345678901/ the same chat inside Facebook
// https://www.facebook.com/messages/e2ee/t/7712345678901234/ an end-to-end encrypted chat
// https://www.messenger.com/new  https://www.facebook.com/messages/new/  a new message
// https://www.facebook.com/messages/  no chat open
// https://www.facebook.com/ (not read: the feed's chat heads are left to the generic adapter)

/** Chat ids in the path: /t/<id>, /e2ee/t/<id>, under /messages on facebook.com. */
const THREAD_PATH = /^(?:\/messages)?(?:\/e2ee)?\/t\/([^/]+)/;
const NEW_PATH = /^(?:\/messages)?\/new\/?$/;

/** The open chat (or the new-message screen); the chat list is `[role="navigation"]` beside it. */
const CHAT_PANE = [
  // The page's main landmark holds the open chat.
  '[role="main"]',
] as const;
const CHAT_LIST = [
  // The chat list's landmark.
  '[role="navigation"] a[href*="/t/"]',
  '[role="navigation"]',
] as const;
/** The composer: a Lexical editor inside the chat pane. */
const COMPOSERS = [
  // 2023–: Lexical marks its root; role and contenteditable are Messenger's.
  '[role="main"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // Without the Lexical marker (an older or a rebuilt composer).
  '[role="main"] [role="textbox"][contenteditable="true"]',
] as const;
/**
 * The send button. HACK: it has no data hook; its label is the only one, and it is in the UI language (English
 * listed). Enter, the usual way to send, is language-neutral.
 */
const SEND_BUTTONS = [
  // English UI, 2023–.
  '[role="main"] [role="button"][aria-label="Press enter to send"]',
  '[role="main"] [role="button"][aria-label="Press Enter to send"]',
] as const;
/** The chat's title: the contact's name, in the pane's heading. */
const CHAT_TITLE = [
  // The header's heading (inside a link to the profile).
  '[role="main"] h2',
  // Some builds use a level-1 heading.
  '[role="main"] h1',
] as const;
/** Message rows in the chat's message list (time separators are rows too, without a message cell). */
const MESSAGE_CELLS = [
  // The message cell of each row.
  '[role="main"] [role="grid"] [role="row"] [data-scope="messages_table"]',
  // Rows without the data-scope hook: every grid cell.
  '[role="main"] [role="grid"] [role="row"] [role="gridcell"]',
] as const;
/** The hidden heading naming a message's sender. */
const SENDER_HEADING = 'h5, h4';
/** The message text: `dir="auto"` blocks outside the sender heading. */
const MESSAGE_TEXT = '[dir="auto"]';

function readThreadId(url: URL): string | undefined {
  const parsed = THREAD_PATH.exec(url.pathname);
  return parsed ? decodeURIComponent(parsed[1]!) : undefined;
}

function matches(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  if (url.hostname === 'www.messenger.com') return true;
  return url.hostname === 'www.facebook.com' && /^\/messages(\/|$)/.test(url.pathname);
}

function findComposers(doc: Document, url: URL): Composer[] {
  const kind: ComposerKind = NEW_PATH.test(url.pathname) ? 'new' : 'chat';
  return findComposersIn(doc, COMPOSERS, () => kind);
}

function readMessageText(cell: Element): string | undefined {
  const blocks = [...cell.querySelectorAll(MESSAGE_TEXT)].filter((block) => !block.closest(SENDER_HEADING) && !block.parentElement?.closest(MESSAGE_TEXT));
  const text = blocks.map((block) => readBodyText(block)).filter(Boolean).join('\n');
  return text || undefined;
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const pane = queryFirst(doc, CHAT_PANE);
  if (!pane) return undefined;
  const threadId = readThreadId(url);
  const isNew = NEW_PATH.test(url.pathname);
  const name = isNew ? undefined : readName(readText(queryFirst(doc, CHAT_TITLE)));
  if (!threadId && !isNew) return undefined;
  if (!name && !isNew) return undefined;
  const messages = queryAllFirst(doc, MESSAGE_CELLS).map((cell): ThreadMessage => {
    const sender = readText(cell.querySelector(SENDER_HEADING));
    return { from: sender === name ? 'customer' : 'agent', observed: true, element: cell, text: readMessageText(cell) };
  });
  return {
    customer: { name, firstName: readFirstName(name), emails: [] },
    threadId,
    channel: 'social',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

function isEmptyState(doc: Document, url: URL): boolean {
  const noChat = !readThreadId(url) && !NEW_PATH.test(url.pathname);
  return noChat && !!queryFirst(doc, CHAT_LIST) && queryAllFirst(doc, COMPOSERS).length === 0;
}

export const messengerAdapter: SiteAdapter = {
  id: 'messenger',
  name: 'Messenger',
  channel: 'social',
  matches,
  findComposers: (doc) => findComposers(doc, new URL(doc.URL)),
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Enter sends; Shift+Enter adds a line.
    keys: [{ key: 'Enter', mod: false }],
  },
  isEmptyState,
  findSendButton: (_composer, doc) => queryFirst(doc, SEND_BUTTONS),
};
