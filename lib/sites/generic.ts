// The generic adapter: any site the user added, and the fallback when a site's own adapter no longer finds its
// elements. It knows nothing of the page: the focused text box is the composer, an email address or phone number
// shown near it is the customer, and a reply is the composer emptied by Enter or by a click on a submit-like button.
import { findEditor } from '../editors/detect';
import { readEmails, readFirstName, readName, readPhone, readPhoneLink, readText } from './page-data';
import { findSendButton } from './send-button';
import type { Composer, ComposerKind, ConversationContext, SiteAdapter } from './types';

// Test URLs (check by hand after a change here): any page with a text box, e.g.
// https://github.com/new (a textarea and a submit button)
// https://web.telegram.org/k/ (a chat box: Enter sends)
// https://mail.proton.me/u/0/inbox (an email client Replywell has no adapter for)

/** Elements a person can write a reply in, before one has the focus. */
const EDITABLES = [
  // A plain text area (most forms and simple helpdesks).
  'textarea',
  // A rich editor's editable root (every editor library renders one).
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[contenteditable="plaintext-only"]',
] as const;
/** Replywell's own UI, never taken for the page's. */
const OWN_UI = '[data-replywell]';
/** Links that name a customer's address or phone number: the most reliable hooks a page without an adapter has. */
const MAILTO_LINKS = 'a[href^="mailto:"]';
const TEL_LINKS = 'a[href^="tel:"]';
/** How many ancestors of the composer to search for the customer's address: the thread pane, not the whole app. */
const MAX_DEPTH = 8;
/** A text area this short is a chat box (Enter sends); taller ones are email-style replies. */
const CHAT_MAX_ROWS = 2;

function getComposerKind(element: HTMLElement): ComposerKind {
  const rows = Number(element.getAttribute('rows') ?? '0');
  if (element.getAttribute('aria-multiline') === 'false') return 'chat';
  return element.tagName === 'TEXTAREA' && rows > 0 && rows <= CHAT_MAX_ROWS ? 'chat' : 'reply';
}

function toComposer(element: HTMLElement, active: boolean): Composer | undefined {
  const editor = findEditor(element);
  if (!editor || editor.element.closest(OWN_UI)) return undefined;
  return { element: editor.element, kind: getComposerKind(editor.element), editor: editor.kind, active };
}

/** The composers on any page: the focused one first (active), then the other text boxes. */
function findComposers(doc: Document): Composer[] {
  const focused = doc.activeElement ? toComposer(doc.activeElement as HTMLElement, true) : undefined;
  const others = [...doc.querySelectorAll<HTMLElement>(EDITABLES.join(', '))]
    .map((element) => toComposer(element, false))
    .filter((composer): composer is Composer => !!composer && composer.element !== focused?.element);
  const unique = others.filter((composer, index) => others.findIndex((other) => other.element === composer.element) === index);
  const composers = focused ? [focused, ...unique] : unique;
  if (!focused && composers[0]) composers[0] = { ...composers[0], active: true };
  return composers;
}

/** Text of a scope without the composer's own text (the agent's draft may quote an address) or Replywell's. */
function readScope(scope: Element, composer: Element | undefined): { text: string; mailto: Element[]; tel: Element[] } {
  const outside = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!element && !(composer && composer.contains(element)) && !element.closest(OWN_UI) && !element.closest('script, style');
  };
  const walker = scope.ownerDocument.createTreeWalker(scope, 4);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (outside(node)) parts.push(node.textContent ?? '');
  return {
    text: parts.join(' '),
    mailto: [...scope.querySelectorAll(MAILTO_LINKS)].filter(outside),
    tel: [...scope.querySelectorAll(TEL_LINKS)].filter(outside),
  };
}

function readContext(doc: Document): ConversationContext | undefined {
  const composers = findComposers(doc);
  const composer = composers.find((c) => c.active)?.element;
  let scope: Element | null = composer?.parentElement ?? doc.body;
  for (let depth = 0; scope && depth < MAX_DEPTH; depth++, scope = scope.parentElement) {
    const { text, mailto, tel } = readScope(scope, composer);
    const emails = readEmails(...mailto.map((a) => a.getAttribute('href')?.replace(/^mailto:/i, '').split('?')[0]), text);
    const phone = tel.map(readPhoneLink).find(Boolean) ?? readPhone(text);
    if (emails.length === 0 && !phone) continue;
    // A mailto link's own text is the customer's name on many pages ("Anna Berg" linking to her address).
    const name = readName(readText(mailto[0]));
    return {
      customer: { name, firstName: readFirstName(name), emails, phone },
      channel: composers.find((c) => c.active)?.kind === 'chat' ? 'chat' : 'email',
      messages: [],
    };
  }
  return undefined;
}

/** True for a click on the composer's own submit-like button (as the sidebar's placement finds it). */
function isSendButton(element: Element, composer: Composer): boolean {
  const button = findSendButton(composer.element);
  return !!button && (button === element || button.contains(element));
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any site you add',
  channel: 'email',
  matches: () => true,
  findComposers,
  readContext: (doc) => readContext(doc),
  send: {
    // Buttons that submit the composer's form; other buttons are judged by `isSendButton`.
    buttons: [],
    keys: [
      // Enter sends in chat boxes; in a multi-line reply it adds a line, which the watcher tells apart because
      // the composer does not empty.
      { key: 'Enter', mod: false },
      // Ctrl/Cmd+Enter sends in most web mail and helpdesks.
      { key: 'Enter', mod: true },
    ],
    isSendButton,
  },
  findSendButton: (composer) => findSendButton(composer.element),
};
