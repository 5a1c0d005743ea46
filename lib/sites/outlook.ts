// Outlook on the web (work/school and personal accounts): the reading pane's conversation, its inline reply and a
// new message.
import { findComposersIn, findNear, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readEmails, readFirstName, readName, readPhone, readPhoneLink, readText, readTimestamp, parseDateText } from './page-data';
import type { Composer, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://outlook.office.com/mail/                                  inbox, nothing selected (empty state)
// https://outlook.office.com/mail/inbox/id/<conversation id>        a conversation; Reply opens the inline reply
// https://outlook.office365.com/mail/deeplink/compose               a new message on its own
// https://outlook.live.com/mail/0/inbox/id/<conversation id>        a personal account

const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const;

/** The reading pane's conversation. */
const CONVERSATION = [
  // Current Outlook (2023+): <div data-app-section="ConversationContainer">.
  '[data-app-section="ConversationContainer"]',
  // The reading pane's own container in older builds.
  '#ConversationReadingPaneContainer',
] as const;
/** The conversation's subject, a heading at the top of the reading pane. */
const SUBJECT = ['[role="heading"][aria-level="2"]', '[role="heading"]'] as const;
/** One item per message of the conversation. */
const MESSAGES = [
  // Each message of the conversation view is a list item carrying its item id.
  '[role="listitem"][data-item-id]',
  // Builds without the id: the list items alone.
  '[role="listitem"]',
] as const;
/** The sender: the persona name, with the address as its title. */
const SENDER = ['[data-testid="SenderPersona"]', 'span[title*="@"]'] as const;
/** The sent/received time: <div data-testid="SentReceivedSavedTime">Mon 11/17/2025 9:14 AM</div>. */
const DATE = ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]'] as const;
/** The message body: <div id="UniqueMessageBody_2">. */
const BODY = ['[id^="UniqueMessageBody"]', '[role="document"]'] as const;
/** The signed-in account's address in the Microsoft account control (the "MeControl", same on every M365 app). */
const ACCOUNT = ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me [title*="@"]'] as const;
/** The message editor: a plain contenteditable inside the editor's parent (id "editorParent_1", …). */
const COMPOSERS = [
  // Reply, reply all, forward and new message.
  '[id^="editorParent"] [contenteditable="true"][role="textbox"]',
  // Builds without the editorParent wrapper.
  '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
] as const;
/** A compose form (new message or a popped-out reply), which holds the recipients. */
const COMPOSE_FORM = ['[data-app-section="MailCompose"]', 'form'] as const;
/** The subject field of a compose form: no name or test id; 255 is the subject's length limit, not styling. */
const SUBJECT_INPUT = ['input[maxlength="255"]'] as const;
/** Recipient chips in a compose form: the address is the chip's title. */
const RECIPIENTS = ['[data-testid="RecipientWell"] [title*="@"]', '[title*="@"]'] as const;
/** The Send button. */
const SEND_BUTTONS = [
  // <button data-testid="ComposeSendButton"> in every compose form since 2022.
  'button[data-testid="ComposeSendButton"]',
] as const;
/** The message list: with nothing selected, the reading pane shows no conversation by design. */
const MESSAGE_LIST = ['[role="listbox"] [data-convid]', '[data-convid]'] as const;
/** The selected conversation in the message list, when the URL carries no id. */
const SELECTED = ['[role="option"][aria-selected="true"][data-convid]'] as const;

/** The conversation id in /mail/<folder>/id/<id> or /mail/0/<folder>/id/<id>. */
function readThreadId(doc: Document, url: URL): string | undefined {
  const fromUrl = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (fromUrl) return decodeURIComponent(fromUrl);
  return queryFirst(doc, SELECTED)?.getAttribute('data-convid') ?? undefined;
}

function readAccount(doc: Document): string | undefined {
  const element = queryFirst(doc, ACCOUNT);
  return readEmails(readText(element), element?.getAttribute('title'))[0];
}

function findComposers(doc: Document): Composer[] {
  return findComposersIn(doc, COMPOSERS, (element) => (CONVERSATION.some((selector) => element.closest(selector)) ? 'inline-reply' : 'new'));
}

function readSender(element: Element): { name?: string; email?: string } {
  const sender = queryFirst(element, SENDER);
  const email = readEmails(sender?.getAttribute('title'), readText(sender))[0];
  return { name: readName(readText(sender)), email };
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  const account = readAccount(doc);
  const conversation = queryFirst(doc, CONVERSATION);
  if (conversation) {
    const messages = queryAllFirst(conversation, MESSAGES).map((element) => {
      const { name, email } = readSender(element);
      const date = queryFirst(element, DATE);
      const body = queryFirst(element, BODY);
      const at = readTimestamp(date) ?? parseDateText(readText(date));
      return {
        from: account && email === account ? 'agent' : 'customer',
        at,
        observed: false,
        key: element.getAttribute('data-item-id') ?? undefined,
        element,
        text: readBodyText(body),
        name,
        email,
        phone: readPhoneLink(body?.querySelector('a[href^="tel:"]')) ?? readPhone(readBodyText(body)),
      } satisfies ThreadMessage & Record<string, unknown>;
    });
    const customers = messages.filter((m) => m.from === 'customer');
    const name = customers.at(-1)?.name;
    return {
      customer: {
        name,
        firstName: readFirstName(name),
        emails: readEmails(...customers.map((m) => m.email).reverse()),
        phone: customers.map((m) => m.phone).reverse().find(Boolean),
      },
      subject: readText(queryFirst(conversation, SUBJECT)),
      threadId: readThreadId(doc, url),
      channel: 'email',
      messages: messages.map(({ from, at, observed, key, element, text }) => ({ from, at, observed, key, element, text })),
      latestCustomerMessage: getLatestCustomerText(messages),
    };
  }
  const composer = queryFirst(doc, COMPOSERS);
  const form = composer && queryFirst(doc, COMPOSE_FORM);
  if (!composer || !form) return undefined;
  const chips = queryAllFirst(form, RECIPIENTS);
  const name = readName(readText(chips[0]));
  const subject = queryFirst<HTMLInputElement>(form, SUBJECT_INPUT)?.value.trim();
  return {
    customer: { name, firstName: readFirstName(name), emails: readEmails(...chips.map((chip) => chip.getAttribute('title'))) },
    subject: subject || undefined,
    channel: 'email',
    messages: [],
  };
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook on the web',
  channel: 'email',
  matches: (url) => url.protocol === 'https:' && (HOSTS as readonly string[]).includes(url.hostname) && url.pathname.startsWith('/mail'),
  findComposers,
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    // Ctrl+Enter (Cmd+Enter on macOS) sends, in Outlook's default keyboard shortcuts.
    keys: [{ key: 'Enter', mod: true }],
  },
  isEmptyState: (doc, url) => !/\/id\//.test(url.pathname) && !queryFirst(doc, CONVERSATION) && !queryFirst(doc, COMPOSERS) && !!queryFirst(doc, MESSAGE_LIST),
  findSendButton: (composer) => findNear(composer.element, SEND_BUTTONS),
};
