// WhatsApp Web: one chat open at a time in `#main`; the chat's id (its jid) and each message's author and time are
// in the hooks WhatsApp's own "copy message" feature reads (`data-id`, `data-pre-plain-text`), which do not depend
// on the UI language. A contact saved in the agent's phone shows by name, an unsaved one by number.
import { findEditor } from '../editors/detect';
import { getLatestCustomerText, hasFocus, queryAllFirst, queryFirst, readBodyText, readFirstName, readName, readPhone } from './page-data';
import type { Composer, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here; WhatsApp Web has one address, the state is in the app):
// https://web.whatsapp.com/  with a saved contact's chat open (name in the header, several messages both ways)
// https://web.whatsapp.com/  with an unsaved number's chat open (the number in the header)
// https://web.whatsapp.com/  with a group open (jid ending in @g.us)
// https://web.whatsapp.com/  with no chat open (the intro panel)

const HOSTS = ['web.whatsapp.com'] as const;

/** The open chat's pane. */
const CHAT_PANE = [
  // The id WhatsApp Web has given the conversation pane for years; it exists only while a chat is open.
  '#main',
] as const;
/** The chat list, present in every state: with it and no chat pane, the page is the empty intro state. */
const CHAT_LIST = [
  // The left column's id.
  '#side',
  // The list itself, by role (its label is translated, so not used).
  '[role="grid"]',
] as const;
/** The composer inside the chat pane (the chat list's search box is a Lexical editor too, outside it). */
const COMPOSERS = [
  // 2024–: a Lexical editor in the chat's footer.
  '#main footer [contenteditable="true"][role="textbox"]',
  // Before Lexical: a plain contenteditable with data-tab="10" and no role.
  '#main footer [contenteditable="true"][data-tab]',
] as const;
/** A chat composer wherever it is: the chat list's search box has no footer around it. */
const ANY_CHAT_COMPOSER = 'footer [contenteditable="true"]';
/** The send button (shown in place of the microphone once there is text), matched with closest(). */
const SEND_BUTTONS = [
  // 2024– icon set ("wds-ic-…"): the button holding the icon, or a click on the icon itself.
  '#main footer button:has([data-icon="wds-ic-send-filled"])',
  '#main footer [data-icon="wds-ic-send-filled"]',
  // Older icon names.
  '#main footer button:has([data-icon="send"])',
  '#main footer [data-icon="send"]',
] as const;
/** The chat's title: the contact's name, or the formatted number of an unsaved contact. */
const CHAT_TITLE = [
  // The header's title span carries the full title in `title` (the text may be truncated).
  '#main header span[dir="auto"][title]',
  // Without a title attribute.
  '#main header span[dir="auto"]',
] as const;
/** Message containers: `data-id="<fromMe>_<chat jid>_<message id>[_<participant jid>]"`. */
const MESSAGES = [
  // Each message row of the message list.
  '#main [role="row"] [data-id]',
  // Rows without the role (older builds).
  '#main .message-in, #main .message-out',
] as const;
/** Inside a message: its author and time, and its text. */
const PRE_PLAIN_TEXT = '[data-pre-plain-text]';
const MESSAGE_TEXT = [
  // The text WhatsApp lets the agent select and copy.
  '.copyable-text .selectable-text',
  '[data-pre-plain-text]',
] as const;
/** A class on incoming/outgoing message containers, used when a message has no data-id. */
const OUTGOING_CLASS = 'message-out';

/** `true_4791234567@c.us_3EB0…` → from me, the chat's jid and the message's id. */
function parseDataId(value: string | null): { fromMe: boolean; jid: string; id: string } | undefined {
  const parsed = /^(true|false)_([^_]+@[a-z.]+)_([^_]+)/.exec(value ?? '');
  return parsed ? { fromMe: parsed[1] === 'true', jid: parsed[2]!, id: parsed[3]! } : undefined;
}

/**
 * `[10:42, 21/11/2026] Anna Berg: ` → the time (in the browser's zone, as WhatsApp writes it) and the author. The
 * date follows the agent's locale: day first (21/11/2026, 21.11.2026), month first with a 12-hour clock
 * (11/21/2026, as en-US writes it) or year first (2026-11-21); a day above 12 settles it either way.
 */
export function parsePrePlainText(value: string | null | undefined): { at?: number; author?: string } {
  const parsed = /^\[([^\]]+)\]\s*(.*?):\s*$/.exec(value ?? '');
  if (!parsed) return {};
  const [, stamp = '', author] = parsed;
  const dateMatch = /(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})/.exec(stamp);
  const rest = dateMatch ? stamp.replace(dateMatch[0], ' ') : stamp;
  const timeMatch = /(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*([ap])?\.?\s*m?\.?/i.exec(rest);
  if (!dateMatch || !timeMatch) return { author: author || undefined };
  const [a, b, c] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const twelveHour = !!timeMatch[3];
  let year: number, month: number, day: number;
  if (dateMatch[1]!.length === 4) [year, month, day] = [a, b, c];
  else if (a > 12 || (!twelveHour && b <= 12)) [day, month, year] = [a, b, c];
  else [month, day, year] = [a, b, c];
  if (year < 100) year += 2000;
  let hour = Number(timeMatch[1]);
  if (twelveHour) hour = (hour % 12) + (timeMatch[3]!.toLowerCase() === 'p' ? 12 : 0);
  const date = new Date(year, month - 1, day, hour, Number(timeMatch[2]));
  const valid = !Number.isNaN(date.getTime()) && date.getMonth() === month - 1 && date.getDate() === day;
  return { at: valid ? date.getTime() : undefined, author: author || undefined };
}

function readMessage(element: Element): ThreadMessage {
  const dataId = parseDataId(element.getAttribute('data-id'));
  const fromMe = dataId?.fromMe ?? element.classList.contains(OUTGOING_CLASS);
  const { at } = parsePrePlainText(element.querySelector(PRE_PLAIN_TEXT)?.getAttribute('data-pre-plain-text'));
  return {
    from: fromMe ? 'agent' : 'customer',
    at,
    observed: false,
    key: dataId ? `${dataId.fromMe}_${dataId.jid}_${dataId.id}` : undefined,
    element,
    text: readBodyText(queryFirst(element, MESSAGE_TEXT)),
  };
}

function findComposers(doc: Document): Composer[] {
  const elements = queryAllFirst(doc, COMPOSERS);
  const composers = elements.flatMap((element): Composer[] => {
    const editor = findEditor(element);
    return editor ? [{ element: editor.element, kind: 'chat', editor: editor.kind, active: hasFocus(doc, editor.element) }] : [];
  });
  if (composers.length > 0 && !composers.some((c) => c.active)) composers[0]!.active = true;
  return composers;
}

function readContext(doc: Document): ConversationContext | undefined {
  const pane = queryFirst(doc, CHAT_PANE);
  if (!pane) return undefined;
  const messageElements = queryAllFirst(doc, MESSAGES);
  const messages = messageElements.map(readMessage);
  const jid = messageElements.map((element) => parseDataId(element.getAttribute('data-id'))?.jid).find(Boolean);
  const titleElement = queryFirst(doc, CHAT_TITLE);
  const title = titleElement?.getAttribute('title')?.trim() || titleElement?.textContent?.trim() || undefined;
  // An unsaved contact's chat is titled with the number itself.
  const titlePhone = readPhone(title);
  // A one-to-one chat's jid is the customer's number in international form without the "+".
  const jidNumber = jid && /^\d{7,15}@c\.us$/.test(jid) ? `+${jid.split('@')[0]}` : undefined;
  const name = titlePhone ? undefined : readName(title);
  const threadId = jid ?? (titlePhone ? `${titlePhone.replace(/\D/g, '')}@c.us` : undefined);
  if (!threadId && !name && messages.length === 0 && queryAllFirst(doc, COMPOSERS).length === 0) return undefined;
  return {
    customer: { name, firstName: readFirstName(name), emails: [], phone: titlePhone ?? jidNumber },
    threadId,
    channel: 'social',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

/**
 * The intro panel: the chat list and no chat pane. WhatsApp Web has one address for every state, so a page where
 * a chat's footer composer is there but `#main` is not is taken for changed markup, not for the intro.
 */
function isEmptyState(doc: Document): boolean {
  return !queryFirst(doc, CHAT_PANE) && !!queryFirst(doc, CHAT_LIST) && !doc.querySelector(ANY_CHAT_COMPOSER);
}

function findSendButton(_composer: Composer, doc: Document): HTMLElement | undefined {
  const hit = queryFirst(doc, SEND_BUTTONS);
  return hit?.closest<HTMLElement>('button, [role="button"]') ?? hit;
}

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  channel: 'social',
  matches: (url) => url.protocol === 'https:' && (HOSTS as readonly string[]).includes(url.hostname),
  findComposers,
  readContext: (doc) => readContext(doc),
  send: {
    buttons: SEND_BUTTONS,
    // Enter sends; Shift+Enter adds a line.
    keys: [{ key: 'Enter', mod: false }],
  },
  isEmptyState: (doc) => isEmptyState(doc),
  findSendButton,
};
