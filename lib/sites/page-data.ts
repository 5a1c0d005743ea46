// Readers shared by the site adapters: composers, timestamps, addresses, phone numbers and names as pages show them.
// Pure: elements come in as parameters. Adapters import these helpers, never one another.
import { findEditor } from '../editors/detect';
import type { Composer, ComposerKind } from './types';

/** The first element matched by any of the selector variants, tried in order. */
export function queryFirst<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E | undefined {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return undefined;
}

/** Every element matched by the first selector variant that matches any, in document order. */
export function queryAllFirst<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll<E>(selector)];
    if (found.length > 0) return found;
  }
  return [];
}

/** The nearest ancestor-or-self matched by any selector variant. */
export function closestOf(element: Element, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return undefined;
}

/** The element matched by `selectors` in the nearest ancestor of `element` that holds one (a composer's own toolbar). */
export function findNear<E extends Element = HTMLElement>(element: Element, selectors: readonly string[], maxDepth = 12): E | undefined {
  let scope = element.parentElement;
  for (let depth = 0; scope && depth < maxDepth; depth++, scope = scope.parentElement) {
    const found = queryFirst<E>(scope, selectors);
    if (found) return found;
  }
  return undefined;
}

/** An element's text with runs of white space collapsed; undefined when empty. */
export function readText(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** A message body's text, one line per block, for tone checks. */
export function readBodyText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) line += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'BR') {
        lines.push(line);
        line = '';
        return;
      }
      const block = /^(P|DIV|LI|BLOCKQUOTE|H[1-6]|TR|PRE)$/.test(tag);
      if (block && line) {
        lines.push(line);
        line = '';
      }
      node.childNodes.forEach(walk);
      if (block && line) {
        lines.push(line);
        line = '';
      }
    }
  };
  walk(element);
  if (line) lines.push(line);
  const text = lines
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

const FULL_YEAR = /\b(19|20)\d\d\b/;
// 17.11.2025 09:14 (Norwegian, Finnish, German style), which Date.parse does not read.
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2})[:.](\d{2}))?/;

/**
 * A full date written out (a `title` or an ISO string) as ms since the epoch; undefined unless the text holds a
 * four-digit year and parses. Text without a zone is read in the browser's zone, which is how pages write it.
 */
export function parseDateText(text: string | null | undefined): number | undefined {
  const trimmed = text?.trim();
  if (!trimmed || !FULL_YEAR.test(trimmed)) return undefined;
  const dotted = DOTTED_DATE.exec(trimmed);
  if (dotted) {
    const [, day, month, year, hour = '0', minute = '0'] = dotted;
    const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
    return Number.isNaN(date.getTime()) ? undefined : date.getTime();
  }
  // "Tue, Nov 18, 2025 at 10:02 AM" (Gmail, Outlook): Date.parse does not take the word "at".
  const parsed = Date.parse(trimmed.replace(/\s+at\s+/i, ' ').replace(/\u202F/g, ' '));
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Epoch seconds or milliseconds in an attribute ("1763370840" or "1763370840000"). */
export function parseEpoch(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{9,13}$/.test(value.trim())) return undefined;
  const number = Number(value.trim());
  return value.trim().length <= 10 ? number * 1000 : number;
}

/** Attributes that hold a machine-readable time on the sites we read, in the order they are trusted. */
const TIME_ATTRIBUTES = ['datetime', 'data-timestamp', 'data-time', 'data-utime', 'data-created-at'] as const;

/**
 * The time an element states: an attribute (`datetime`, `data-timestamp`, epoch or ISO), else a `title` holding a
 * full date. Looks at the element, then at its first descendant with such an attribute.
 */
export function readTimestamp(element: Element | null | undefined): number | undefined {
  if (!element) return undefined;
  const candidates = [element, element.querySelector(TIME_ATTRIBUTES.map((a) => `[${a}]`).join(', ')), element.querySelector('[title]')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const attribute of TIME_ATTRIBUTES) {
      const value = candidate.getAttribute(attribute);
      const at = parseEpoch(value) ?? parseDateText(value);
      if (at !== undefined) return at;
    }
    const titled = parseDateText(candidate.getAttribute('title'));
    if (titled !== undefined) return titled;
  }
  return undefined;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const ONLY_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Email addresses in a text, lower-cased, first occurrence first, without duplicates. */
export function readEmails(...texts: (string | null | undefined)[]): string[] {
  const found = texts.flatMap((text) => (text ?? '').match(EMAIL) ?? []).map((email) => email.toLowerCase().replace(/^mailto:/, ''));
  return [...new Set(found)];
}

// A phone number as people write them: an optional + (or 00), then digits with spaces, dots, dashes or brackets.
const PHONE = /(?:\+|\b00)?\(?\d[\d\s().-]{5,20}\d/g;

/**
 * The first thing in a text that looks like an international phone number, as written: a leading + or 00 and
 * 7–15 digits. Order and ticket numbers are bare digit runs, so a number without a country prefix is not taken
 * from free text; `tel:` links (read by `readPhoneLink`) may hold any form.
 */
export function readPhone(...texts: (string | null | undefined)[]): string | undefined {
  for (const text of texts) {
    for (const match of (text ?? '').match(PHONE) ?? []) {
      const candidate = match.trim();
      const digits = candidate.replace(/\D/g, '');
      if (!/^(\+|00)/.test(candidate) || digits.length < 7 || digits.length > 15) continue;
      return candidate;
    }
  }
  return undefined;
}

/** The number of a `tel:` link, as written; undefined when the link holds too few or too many digits. */
export function readPhoneLink(link: Element | null | undefined): string | undefined {
  const number = decodeURIComponent(link?.getAttribute('href')?.replace(/^tel:/i, '') ?? '').trim();
  const digits = number.replace(/\D/g, '');
  return digits.length >= 5 && digits.length <= 15 ? number : undefined;
}

/**
 * A display name cleaned of what sites wrap around it ("Anna Berg <anna@…>", quotes), turned round when the
 * site writes "Berg, Anna"; undefined when it is only an address.
 */
export function readName(raw: string | null | undefined): string | undefined {
  let name = raw?.replace(/<[^>]*>/g, '').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  if (!name || ONLY_EMAIL.test(name)) return undefined;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  return name;
}

/** The given name of a display name: its first word (names are shown given name first once `readName` ran). */
export function readFirstName(name: string | undefined): string | undefined {
  const first = name?.split(/\s+/)[0];
  return first && /\p{L}/u.test(first) ? first : undefined;
}

/** Whether `element` or something inside it holds the focus. */
export function hasFocus(doc: Document, element: Element): boolean {
  const active = doc.activeElement;
  return !!active && (active === element || element.contains(active));
}

/**
 * A page's composers: the elements matched by the first selector variant that matches any, each resolved to its
 * editor (an element with none is skipped) and named by `kindOf`; the focused one is active, else the first.
 */
export function findComposersIn(doc: Document, selectors: readonly string[], kindOf: (element: Element) => ComposerKind): Composer[] {
  const composers = queryAllFirst(doc, selectors).flatMap((element): Composer[] => {
    const editor = findEditor(element);
    return editor ? [{ element: editor.element, kind: kindOf(element), editor: editor.kind, active: hasFocus(doc, editor.element) }] : [];
  });
  if (composers[0] && !composers.some((composer) => composer.active)) composers[0].active = true;
  return composers;
}

/** The text of the latest customer message of a list, for tone checks. */
export function getLatestCustomerText(messages: readonly { from: 'customer' | 'agent'; text?: string }[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.from === 'customer' && message.text) return message.text;
  }
  return undefined;
}

let timeZones: readonly string[] | undefined;

/**
 * An IANA time zone from what a helpdesk shows: an IANA name itself ("Europe/Oslo"), or a city-named zone as
 * Zendesk and Freshdesk list them ("(GMT+01:00) Oslo" → "Europe/Oslo"); undefined for names that are not a city
 * ("Eastern Time (US & Canada)") rather than a guess.
 */
export function readTimeZone(text: string | null | undefined): string | undefined {
  const cleaned = text?.replace(/\((?:GMT|UTC)[^)]*\)/gi, '').trim();
  if (!cleaned) return undefined;
  timeZones ??= Intl.supportedValuesOf('timeZone');
  const iana = /\b[A-Z][a-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/.exec(cleaned)?.[0];
  if (iana && timeZones.includes(iana)) return iana;
  const city = cleaned.replace(/\s+/g, '_');
  return timeZones.find((zone) => zone.endsWith(`/${city}`));
}
