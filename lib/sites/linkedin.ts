// LinkedIn messaging (www.linkedin.com/messaging). Its messaging UI is styled with readable BEM classes (`msg-*`)
// that have stayed the same for years, next to hashed utility classes that are not read. Message times are text:
// a day heading ("Today", "Nov 21", "Friday") starts each day and the first message of a group shows its time
// ("10:42 AM"); both are read in English and 24-hour forms, and a message whose day or time cannot be read is
// timed when Replywell sees it. The chat windows LinkedIn docks on other pages are left to the generic adapter.
import { findComposersIn, getLatestCustomerText, queryAllFirst, queryFirst, readBodyText, readFirstName, readName, readText } from './page-data';
import type { Composer, ComposerKind, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://www.linkedin.com/messaging/thread/2-ZmFrZVRocmVhZElkMQ==/   a conversation
// https://www.linkedin.com/messaging/compose/                         a new message
// https://www.linkedin.com/messaging/                                 the latest conversation, or the empty state
// https://www.linkedin.com/feed/  (not read: the docked chat windows are left to the generic adapter)

const HOST = 'www.linkedin.com';
const MESSAGING_PATH = /^\/messaging(\/|$)/;
const THREAD_PATH = /^\/messaging\/thread\/([^/]+)/;
const COMPOSE_PATH = /^\/messaging\/compose(\/|$)/;

/** The open conversation. */
const THREAD = [
  // The full-page messaging view's conversation pane.
  '.msg-convo-wrapper',
  '.msg-thread',
] as const;
/** The message composer (a plain contenteditable of <p> lines). */
const COMPOSERS = [
  // 2020–: the msg-form's editable area.
  'form.msg-form .msg-form__contenteditable[contenteditable="true"]',
  // The form's editable area without its class.
  'form.msg-form [contenteditable="true"][role="textbox"]',
] as const;
/** The send button, matched with closest(). */
const SEND_BUTTONS = [
  // Its own class.
  '.msg-form__send-button',
  // The form's submit button.
  'form.msg-form button[type="submit"]',
] as const;
/** The other person's name in the conversation's title bar. */
const TITLE = [
  // The title bar's heading (2022–).
  '.msg-entity-lockup__entity-title',
  // Its jump-target id.
  '#thread-detail-jump-target',
  // The compose view's chosen recipient.
  '.msg-connections-typeahead__recipient',
] as const;
/** One message: `li.msg-s-message-list__event` holding a `.msg-s-event-listitem`. */
const EVENTS = [
  // Each entry of the message list.
  '.msg-s-message-list-content > li.msg-s-message-list__event',
  // Entries without the list class.
  'li.msg-s-message-list__event',
] as const;
const EVENT_ITEM = '.msg-s-event-listitem';
/** The conversation list beside the thread. */
const CONVERSATION_LIST = [
  // The list's container (present with and without conversations).
  '.msg-conversations-container',
  '.msg-conversations-container__conversations-list',
] as const;
/** The other person's messages carry this modifier class; the agent's own do not. */
const FROM_OTHER_CLASS = 'msg-s-event-listitem--other';
const DAY_HEADING = 'time.msg-s-message-list__time-heading';
const GROUP_TIME = 'time.msg-s-message-group__timestamp';
const BODY = '.msg-s-event-listitem__body';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A day heading as the local midnight it names: "Today", "Yesterday", a weekday within the last week, "Nov 21"
 * (this year, or last year when that date is still ahead) or "Nov 21, 2025"; undefined for other languages.
 */
export function parseDayHeading(text: string | undefined, now: Date): Date | undefined {
  const value = text?.trim().toLowerCase();
  if (!value) return undefined;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (value === 'today') return today;
  if (value === 'yesterday') return new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const weekday = WEEKDAYS.indexOf(value);
  if (weekday >= 0) {
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
  }
  const parsed = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(value);
  const month = parsed ? MONTHS.indexOf(parsed[1]!) : -1;
  if (!parsed || month < 0) return undefined;
  const day = Number(parsed[2]);
  let date = new Date(parsed[3] ? Number(parsed[3]) : today.getFullYear(), month, day);
  if (!parsed[3] && date > today) date = new Date(today.getFullYear() - 1, month, day);
  return date.getMonth() === month ? date : undefined;
}

/** "10:42 AM", "4:15 pm" or "16:15" as minutes after midnight; undefined for anything else. */
export function parseClock(text: string | undefined): number | undefined {
  const parsed = /^(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text?.trim() ?? '');
  if (!parsed) return undefined;
  let hour = Number(parsed[1]);
  const minute = Number(parsed[2]);
  if (parsed[3]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (parsed[3].toLowerCase() === 'p' ? 12 : 0);
  }
  return hour < 24 && minute < 60 ? hour * 60 + minute : undefined;
}

function matches(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === HOST && MESSAGING_PATH.test(url.pathname);
}

function findComposers(doc: Document, url: URL): Composer[] {
  const kind: ComposerKind = COMPOSE_PATH.test(url.pathname) ? 'new' : 'chat';
  return findComposersIn(doc, COMPOSERS, () => kind);
}

/** The messages, each timed by the last day heading and group time above it (a group's messages share its time). */
function readMessages(doc: Document, now: Date): ThreadMessage[] {
  let day: Date | undefined;
  let minutes: number | undefined;
  return queryAllFirst(doc, EVENTS).flatMap((event): ThreadMessage[] => {
    const heading = event.querySelector(DAY_HEADING);
    if (heading) {
      day = parseDayHeading(readText(heading), now);
      minutes = undefined;
    }
    const groupTime = event.querySelector(GROUP_TIME);
    if (groupTime) minutes = parseClock(readText(groupTime));
    const item = event.querySelector(EVENT_ITEM);
    if (!item) return [];
    const at = day && minutes !== undefined ? new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes).getTime() : undefined;
    return [
      {
        from: item.classList.contains(FROM_OTHER_CLASS) ? 'customer' : 'agent',
        at,
        observed: at === undefined,
        key: item.getAttribute('data-event-urn') ?? undefined,
        element: item,
        text: readBodyText(item.querySelector(BODY)),
      },
    ];
  });
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  if (!queryFirst(doc, THREAD)) return undefined;
  const threadMatch = THREAD_PATH.exec(url.pathname);
  const threadId = threadMatch ? decodeURIComponent(threadMatch[1]!) : undefined;
  const name = readName(readText(queryFirst(doc, TITLE)));
  const isCompose = COMPOSE_PATH.test(url.pathname);
  if (!name && !isCompose) return undefined;
  const messages = readMessages(doc, new Date());
  return {
    customer: { name, firstName: readFirstName(name), emails: [] },
    threadId,
    channel: 'social',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

/** /messaging/ with the conversation list and no thread: an empty inbox (a thread's address never is). */
function isEmptyState(doc: Document, url: URL): boolean {
  if (THREAD_PATH.test(url.pathname) || COMPOSE_PATH.test(url.pathname)) return false;
  return !!queryFirst(doc, CONVERSATION_LIST) && !queryFirst(doc, THREAD) && queryAllFirst(doc, COMPOSERS).length === 0;
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  channel: 'social',
  matches,
  findComposers: (doc) => findComposers(doc, new URL(doc.URL)),
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    keys: [
      // With "Press Enter to Send" on, Enter sends; with it off, Enter adds a line, the composer keeps its text
      // and the watcher drops the send.
      { key: 'Enter', mod: false },
    ],
  },
  isEmptyState,
  findSendButton: (_composer, doc) => queryFirst(doc, SEND_BUTTONS),
};
