// Gmail (mail.google.com): a thread with its messages, the inline reply below it and the Compose window.
import { findEditor } from '../editors/detect';
import { findNear, getLatestCustomerText, hasFocus, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhone, readPhoneLink, readText, readTimestamp } from './page-data';
import type { Composer, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://mail.google.com/mail/u/0/#inbox                         inbox list (empty state)
// https://mail.google.com/mail/u/0/#inbox/<thread id>             a thread; press r for the inline reply
// https://mail.google.com/mail/u/0/#inbox?compose=new             the Compose window
// https://mail.google.com/mail/u/1/#label/Support/<thread id>     a second account, a label

const HOSTS = ['mail.google.com'] as const;

/** The thread's subject heading; it carries the thread's ids. */
const SUBJECT = [
  // Every thread view since 2018: <h2 class="hP" data-thread-perm-id="thread-f:…" data-legacy-thread-id="…">.
  'h2[data-thread-perm-id]',
  // Older thread views: only the legacy id.
  'h2[data-legacy-thread-id]',
] as const;
/** Attributes of the subject heading holding the thread id, most stable first. */
const THREAD_ID_ATTRIBUTES = ['data-thread-perm-id', 'data-legacy-thread-id'] as const;
/** One element per message of the thread (expanded or collapsed). */
const MESSAGES = [
  // The message container: <div class="adn ads" data-message-id="#msg-f:…" data-legacy-message-id="…">.
  '[role="main"] [data-message-id]',
  // Collapsed messages of long threads carry only the legacy id.
  '[role="main"] [data-legacy-message-id]',
] as const;
/** The sender in a message header: <span class="gD" email="…" name="…">, inside the header's <h3>. */
const SENDER = [
  // Expanded messages: the sender's name inside the header heading.
  'h3 [email]',
  // Collapsed messages show the sender as <span class="zF" email="…" name="…">, not in a heading.
  '[email][name]',
] as const;
/** The message's date; its title holds the full date ("Mon, Nov 17, 2025, 9:14 AM"). No stable hook but the class. */
const DATE = [
  // Expanded header: <span class="g3" title="…" alt="…">.
  'span.g3[title]',
  // Collapsed row: the date cell <span title="…">.
  'td span[title]',
] as const;
/** The message body. Gmail gives it no role or data-* hook; `a3s` has been its class for over ten years. */
const BODY = ['.a3s', '.ii.gt'] as const;
/** The signed-in account's address, to tell the agent's messages from the customer's. */
const ACCOUNT = [
  // The Google bar's account button: <a aria-label="Google Account: Agent Name (agent@example.com)" href="https://accounts.google.com/…">.
  'a[href^="https://accounts.google.com/SignOutOptions"]',
  'header a[href*="accounts.google.com"][aria-label*="@"]',
] as const;
/** The account address also ends the window title: "Inbox (3) - agent@example.com - Gmail". */
const TITLE_ACCOUNT = /\s-\s([^\s]+@[^\s]+)\s-\s/;
/** The message body editor of a reply or of the Compose window (a plain contenteditable). */
const COMPOSERS = [
  // Gmail marks its own editable: <div contenteditable="true" role="textbox" g_editable="true" aria-multiline="true">.
  'div[g_editable="true"][contenteditable="true"]',
  // Without g_editable (Gmail offline): the multi-line text box.
  'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
] as const;
/** The Compose window (new message, or a reply popped out). */
const COMPOSE_WINDOW = ['div[role="dialog"]'] as const;
/** Recipients of a Compose window: chips carrying the address. */
const RECIPIENTS = [
  // Recipient chips since 2023: <div role="option" data-hovercard-id="anna@example.com">Anna Berg</div>.
  '[data-hovercard-id*="@"]',
  // Older compose windows: <span email="…" name="…"> chips.
  'span[email]',
] as const;
/** The Send button. Gmail gives it no name or data-* hook (its label is translated); `aoO` is its long-lived class. */
const SEND_BUTTONS = [
  // Compose window and inline reply: <div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3">Send</div>.
  'div[role="button"].aoO',
] as const;
/** The inbox list (a label, search results): Gmail shows no conversation by design. */
const THREAD_LIST = ['[role="main"] table[role="grid"]', '[role="main"] [role="grid"]'] as const;

function readAccount(doc: Document): string | undefined {
  const link = queryFirst(doc, ACCOUNT);
  return readEmails(link?.getAttribute('aria-label'), TITLE_ACCOUNT.exec(doc.title)?.[1])[0];
}

function findComposers(doc: Document): Composer[] {
  const inThread = !!queryFirst(doc, SUBJECT);
  const elements = queryAllFirst(doc, COMPOSERS);
  const composers = elements.flatMap((element): Composer[] => {
    const editor = findEditor(element);
    if (!editor) return [];
    const inWindow = COMPOSE_WINDOW.some((selector) => element.closest(selector));
    // A window opened from a thread (a popped-out reply) is a reply; one opened from Compose is a new message.
    const kind = inWindow && !inThread ? 'new' : 'reply';
    return [{ element: editor.element, kind, editor: editor.kind, active: hasFocus(doc, editor.element) }];
  });
  if (composers.length > 0 && !composers.some((c) => c.active)) composers[composers.length - 1]!.active = true;
  return composers;
}

function readMessages(doc: Document, account: string | undefined): (ThreadMessage & { name?: string; email?: string; phone?: string })[] {
  return queryAllFirst(doc, MESSAGES).map((element) => {
    const sender = queryFirst(element, SENDER);
    const email = sender?.getAttribute('email')?.toLowerCase() ?? undefined;
    const at = readTimestamp(queryFirst(element, DATE));
    const body = queryFirst(element, BODY);
    return {
      from: account && email === account ? 'agent' : 'customer',
      at,
      observed: false,
      key: element.getAttribute('data-message-id') ?? element.getAttribute('data-legacy-message-id') ?? undefined,
      element,
      text: readBodyText(body),
      name: readName(sender?.getAttribute('name') ?? readText(sender)),
      email,
      phone: readPhoneLink(body?.querySelector('a[href^="tel:"]')) ?? readPhone(readBodyText(body)),
    };
  });
}

function readContext(doc: Document): ConversationContext | undefined {
  const account = readAccount(doc);
  const subjectElement = queryFirst(doc, SUBJECT);
  if (subjectElement) {
    const messages = readMessages(doc, account);
    const customerMessages = messages.filter((m) => m.from === 'customer');
    const latest = customerMessages.at(-1);
    const name = latest?.name;
    const threadId = THREAD_ID_ATTRIBUTES.map((a) => subjectElement.getAttribute(a)).find(Boolean) ?? undefined;
    return {
      customer: {
        name,
        firstName: readFirstName(name),
        emails: readEmails(...customerMessages.map((m) => m.email).reverse()),
        phone: customerMessages.map((m) => m.phone).reverse().find(Boolean),
      },
      subject: readText(subjectElement),
      threadId,
      channel: 'email',
      messages: messages.map(({ from, at, observed, key, element, text }) => ({ from, at, observed, key, element, text })),
      latestCustomerMessage: getLatestCustomerText(messages),
    };
  }
  // A new message: the customer is whoever it is addressed to.
  const dialog = queryFirst(doc, COMPOSE_WINDOW);
  if (!dialog || !queryFirst(dialog, COMPOSERS)) return undefined;
  const chip = queryFirst(dialog, RECIPIENTS);
  const emails = readEmails(...[...dialog.querySelectorAll(RECIPIENTS.join(', '))].map((el) => el.getAttribute('data-hovercard-id') ?? el.getAttribute('email')));
  const name = readName(chip?.getAttribute('name') ?? readText(chip));
  const subject = dialog.querySelector<HTMLInputElement>('input[name="subjectbox"]')?.value.trim();
  return { customer: { name, firstName: readFirstName(name), emails }, subject: subject || undefined, channel: 'email', messages: [] };
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  channel: 'email',
  matches: (url) => url.protocol === 'https:' && (HOSTS as readonly string[]).includes(url.hostname) && url.pathname.startsWith('/mail/'),
  findComposers,
  readContext: (doc) => readContext(doc),
  send: {
    buttons: SEND_BUTTONS,
    // Ctrl+Enter (Cmd+Enter on macOS) sends a reply or a new message.
    keys: [{ key: 'Enter', mod: true }],
  },
  isEmptyState: (doc) => !queryFirst(doc, SUBJECT) && !queryFirst(doc, COMPOSERS) && !!queryFirst(doc, THREAD_LIST),
  findSendButton: (composer) => findNear(composer.element, SEND_BUTTONS),
};
