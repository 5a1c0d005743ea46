// X (x.com, formerly twitter.com): direct messages and the replies under a post. X's classes are generated
// (css-175oi2r r-…); its `data-testid` attributes, roles and hrefs are the stable hooks. A DM's author is told by
// the avatar X puts beside the other person's messages (a link to their profile); a post's by the handle its
// author links to, compared with the agent's own handle (the avatar beside the reply box). Posts carry
// `time[datetime]`; DMs show only "10:42 AM"-style text, so their times are the moment Replywell saw them.
import { findEditor } from '../editors/detect';
import { getLatestCustomerText, hasFocus, queryAllFirst, queryFirst, readBodyText, readFirstName, readName, readText, readTimestamp } from './page-data';
import type { Composer, ConversationContext, SiteAdapter, ThreadMessage } from './types';

// Test URLs (check by hand after a change here):
// https://x.com/messages/1234567890-9876543210   a DM conversation
// https://x.com/i/chat/1234567890-9876543210     the same in X's 2025 "Chat"
// https://x.com/messages                         no conversation open
// https://x.com/annaberg_ex/status/1991234567890000001   a post and its replies, with the inline reply box
// https://twitter.com/messages/1234567890-9876543210      the old address (redirects to x.com)

const HOSTS = ['x.com', 'twitter.com'] as const;
/** A DM conversation: /messages/<id> or /i/chat/<id> (/messages/compose is the new-message dialog over the list). */
const DM_PATH = /^\/(?:messages|i\/chat)\/(?!compose(?:\/|$))([^/]+)/;
/** The DM pages as a whole: the list, a conversation, the new-message dialog. */
const MESSAGES_PATH = /^\/(?:messages|i\/chat)(?:\/|$)/;
/** A post's page: /<handle>/status/<id>. */
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/** The DM composer, a Draft.js editor (data-testid given through Draft's webDriverTestID). */
const DM_COMPOSERS = [
  // 2019–: the DM box.
  '[data-testid="dmComposerTextInput"]',
] as const;
/** The reply box under a post (`tweetTextarea_0`; more boxes appear in a thread being written). */
const REPLY_COMPOSERS = [
  // The inline reply box and the reply modal.
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // The box's Draft.js root when the test id sits on a wrapper.
  '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
] as const;
/** Send buttons, matched with closest(). */
const SEND_BUTTONS = [
  // DM send.
  '[data-testid="dmComposerSendButton"]',
  // Reply under a post (inline box).
  '[data-testid="tweetButtonInline"]',
  // Reply from the modal composer.
  '[data-testid="tweetButton"]',
] as const;
/** The open DM conversation and its title (the contact's name, in a link to their profile). */
const DM_CONVERSATION = [
  // The conversation pane.
  '[data-testid="DmActivityContainer"]',
  // X's 2025 Chat pane (same role, no test id seen yet): the region labelled by its header.
  'section[aria-labelledby="detail-header"]',
] as const;
const DM_TITLE_LINK = [
  // The header's link to the contact's profile.
  '#detail-header a[href^="/"]',
  '[data-testid="DmActivityContainer"] h2 a[href^="/"]',
] as const;
const DM_TITLE = ['#detail-header', '[data-testid="DmActivityContainer"] h2'] as const;
const DM_MESSAGES = [
  // One entry per message.
  '[data-testid="messageEntry"]',
] as const;
/** The avatar link X shows beside the other person's messages. */
const DM_AVATAR = '[data-testid="DM_Conversation_Avatar"]';
/** Posts on a status page, the first being the one the URL names or its parents. */
const POSTS = ['article[data-testid="tweet"]'] as const;
const POST_AUTHOR = '[data-testid="User-Name"]';
const POST_TEXT = '[data-testid="tweetText"]';
/** The agent's own avatar beside the reply box: `UserAvatar-Container-<handle>`. */
const OWN_AVATAR = '[data-testid^="UserAvatar-Container-"]';
/** The DM inbox with no conversation open. */
const DM_LIST = ['[data-testid="conversation"]', '[data-testid="emptyState"]'] as const;

function isDmPage(url: URL): boolean {
  return DM_PATH.test(url.pathname);
}

function matches(url: URL): boolean {
  if (url.protocol !== 'https:' || !(HOSTS as readonly string[]).includes(url.hostname)) return false;
  return MESSAGES_PATH.test(url.pathname) || STATUS_PATH.test(url.pathname);
}

function findComposers(doc: Document): Composer[] {
  const dm = queryAllFirst(doc, DM_COMPOSERS).map((element) => ({ element, kind: 'chat' as const }));
  const replies = queryAllFirst(doc, REPLY_COMPOSERS).map((element) => ({ element, kind: 'reply' as const }));
  const composers = [...dm, ...replies].flatMap(({ element, kind }): Composer[] => {
    const editor = findEditor(element);
    return editor ? [{ element: editor.element, kind, editor: editor.kind, active: hasFocus(doc, editor.element) }] : [];
  });
  if (composers.length > 0 && !composers.some((c) => c.active)) composers[0]!.active = true;
  return composers;
}

/** "/annaberg_ex" → "annaberg_ex" (lower-cased: handles are case-insensitive). */
function handleOf(href: string | null | undefined): string | undefined {
  const parsed = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '');
  return parsed?.[1]?.toLowerCase();
}

function readDmContext(doc: Document, url: URL): ConversationContext | undefined {
  const pane = queryFirst(doc, DM_CONVERSATION);
  if (!pane) return undefined;
  const profile = handleOf(queryFirst(doc, DM_TITLE_LINK)?.getAttribute('href'));
  const name = readName(readText(queryFirst(doc, DM_TITLE)));
  if (!name) return undefined;
  const messages = queryAllFirst(doc, DM_MESSAGES).map((entry): ThreadMessage => {
    const avatar = entry.querySelector(DM_AVATAR);
    const fromCustomer = !!avatar && (!profile || handleOf(avatar.getAttribute('href')) === profile);
    const text = [...entry.querySelectorAll(`:scope > :not(${DM_AVATAR})`)]
      .map((part) => readBodyText(part))
      .filter(Boolean)[0];
    return { from: fromCustomer ? 'customer' : 'agent', observed: true, element: entry, text };
  });
  return {
    customer: { name, firstName: readFirstName(name), emails: [] },
    threadId: decodeURIComponent(DM_PATH.exec(url.pathname)![1]!),
    channel: 'social',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

function readPostContext(doc: Document, url: URL): ConversationContext | undefined {
  const [, urlHandle = '', statusId = ''] = STATUS_PATH.exec(url.pathname) ?? [];
  const posts = queryAllFirst(doc, POSTS);
  if (posts.length === 0) return undefined;
  const ownHandle = doc.querySelector(OWN_AVATAR)?.getAttribute('data-testid')?.replace('UserAvatar-Container-', '').toLowerCase();
  const read = posts.map((post) => {
    const author = post.querySelector(POST_AUTHOR);
    const handle = handleOf(author?.querySelector('a[href^="/"]')?.getAttribute('href'));
    const permalink = post.querySelector<HTMLAnchorElement>('a[href*="/status/"]:has(time)') ?? post.querySelector('time')?.closest('a');
    const id = /\/status\/(\d+)/.exec(permalink?.getAttribute('href') ?? '')?.[1];
    return { post, author, handle, id };
  });
  const focused = read.find((p) => p.id === statusId) ?? read.find((p) => p.handle === urlHandle.toLowerCase()) ?? read[0]!;
  // The customer is the author of the post the page is about, unless that is the agent; then the first other author.
  const customer = focused.handle && focused.handle !== ownHandle ? focused : (read.find((p) => p.handle && p.handle !== ownHandle) ?? focused);
  const name = readName(readText(customer.author?.querySelector('a[href^="/"]')));
  const messages = read.map(({ post, handle, id }): ThreadMessage => {
    const at = readTimestamp(post.querySelector('time'));
    const fromAgent = ownHandle ? handle === ownHandle : handle !== customer.handle;
    return { from: fromAgent ? 'agent' : 'customer', at, observed: false, key: id, element: post, text: readBodyText(post.querySelector(POST_TEXT)) };
  });
  return {
    customer: { name, firstName: readFirstName(name), emails: [] },
    threadId: statusId,
    channel: 'social',
    messages,
    latestCustomerMessage: getLatestCustomerText(messages),
  };
}

function readContext(doc: Document, url: URL): ConversationContext | undefined {
  if (isDmPage(url)) return readDmContext(doc, url);
  if (STATUS_PATH.test(url.pathname)) return readPostContext(doc, url);
  return undefined;
}

function isEmptyState(doc: Document, url: URL): boolean {
  return MESSAGES_PATH.test(url.pathname) && !isDmPage(url) && !queryFirst(doc, DM_CONVERSATION) && !!queryFirst(doc, DM_LIST);
}

function findSendButton(composer: Composer, doc: Document): HTMLElement | undefined {
  return queryFirst(doc, composer.kind === 'chat' ? SEND_BUTTONS.slice(0, 1) : SEND_BUTTONS.slice(1));
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  name: 'X',
  channel: 'social',
  matches,
  findComposers,
  readContext,
  send: {
    buttons: SEND_BUTTONS,
    keys: [
      // A DM: Enter sends, Shift+Enter adds a line.
      { key: 'Enter', mod: false, composerKinds: ['chat'] },
      // A reply under a post: Ctrl/Cmd+Enter posts it; Enter adds a line.
      { key: 'Enter', mod: true, composerKinds: ['reply'] },
    ],
  },
  isEmptyState,
  findSendButton,
};
