import {
  formatCalendarDay,
  formatLocalTime,
  getCalendarDay,
  getUsableTimeZone,
  resolveDateExpression,
  type IsBusinessDay,
} from './dates';

// The template renderer: variables, fill-ins, {{cursor}} and a small Markdown subset (bold, italic, links, bulleted
// lists, paragraphs), written without eval or new Function so the MV3 CSP holds. The HTML is safe by construction:
// every character of the template and of every value is escaped, and only the tags this file writes exist in the
// output (callers with a DOM sanitise it once more with DOMPurify, see sanitize.ts). The syntax is in
// docs/templates.md.

/** What the page and the agent's settings know; every field is optional and the renderer uses what is present. */
export interface RenderContext {
  customer?: {
    firstName?: string;
    name?: string;
    email?: string;
    /** IANA time zone (`Europe/Oslo`), for dates and `customer.localTime`. */
    timeZone?: string;
  };
  agent?: { name?: string; signature?: string };
  ticket?: { id?: string };
  subject?: string;
  /** Language the template is written in (BCP 47): dates and times are formatted in it. */
  language?: string;
  /** The current time (epoch ms); defaults to now. */
  now?: number;
  /** The customer's working days (weekend and holidays); without it business days skip Saturday and Sunday. */
  isBusinessDay?: IsBusinessDay;
  /** Values of the fill-in fields, by label (`Order number`, `Reason`). */
  fillIns?: Record<string, string>;
  /** Values the agent typed for variables the page did not provide, by name (`customer.firstName`). */
  values?: Record<string, string>;
}

export interface RenderOptions {
  /** Wrap missing variables in `<mark class="rw-missing">` in the HTML (previews); off for inserting. */
  highlightMissing?: boolean;
}

export interface RenderResult {
  /** Clean text for plain editors: Markdown markers removed, links as `text (address)`. */
  text: string;
  /** HTML for rich editors: one `<p>` per line, `<ul>` for lists, `<strong>`, `<em>`, `<a href>`. */
  html: string;
  /** Where `{{cursor}}` is in `text` (UTF-16 offset). */
  cursorOffset?: number;
  /** The text a rich editor holds after inserting `html`: lines joined by "\n", no list markers, link text only. */
  richText: string;
  /** Where `{{cursor}}` is in `richText`. */
  htmlCursorOffset?: number;
  /** Variables with no value and no fallback (`customer.firstName`, `input:Order number`), in order, once each. */
  missing: string[];
  /** `{{…}}` the renderer does not know, left visible in the output, in order, once each. */
  unknown: string[];
}

/** A field the agent fills in before a template is inserted. */
export type FillIn = { kind: 'input'; label: string; fallback?: string } | { kind: 'choice'; label: string; options: string[] };

/** The variables a template may use (besides dates, fill-ins and `cursor`), for docs and editors' hints. */
export const TEMPLATE_VARIABLES = [
  'customer.firstName',
  'customer.name',
  'customer.email',
  'customer.localTime',
  'agent.name',
  'agent.signature',
  'ticket.id',
  'subject',
  'today',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

type Expression =
  | { type: 'cursor' }
  | { type: 'variable'; name: TemplateVariable; fallback?: string }
  | { type: 'date'; expression: string; fallback?: string }
  | { type: 'input'; label: string; fallback?: string }
  | { type: 'choice'; label: string; options: string[] }
  | { type: 'unknown' };

/** Longest `{{…}}` the tokenizer looks for; anything longer is text. */
const MAX_EXPRESSION = 300;
const PLACEHOLDER_START = '\uE000';
const PLACEHOLDER_END = '\uE001';
const CURSOR_MARK = '\uE002';
const PRIVATE_USE = /[\uE000-\uE002]/g;
const ESCAPABLE = new Set(['\\', '*', '_', '[', ']', '(', ')', '-', '{', '}']);

function parseExpression(inner: string): Expression {
  const expression = inner.trim();
  if (expression === 'cursor') return { type: 'cursor' };
  const choice = /^choice\s*:(.*)$/s.exec(expression);
  if (choice) {
    const [label, ...options] = choice[1]!.split('|').map((part) => part.trim());
    const kept = options.filter(Boolean);
    return label && kept.length > 0 ? { type: 'choice', label, options: kept } : { type: 'unknown' };
  }
  const bar = expression.indexOf('|');
  const name = (bar < 0 ? expression : expression.slice(0, bar)).trim();
  const fallback = bar < 0 ? undefined : expression.slice(bar + 1).trim();
  const input = /^input\s*:(.*)$/s.exec(name);
  if (input) {
    const label = input[1]!.trim();
    return label ? { type: 'input', label, fallback } : { type: 'unknown' };
  }
  if ((TEMPLATE_VARIABLES as readonly string[]).includes(name)) return { type: 'variable', name: name as TemplateVariable, fallback };
  const date = /^date(?:\s+(.*))?$/s.exec(name);
  if (date) return { type: 'date', expression: date[1] ?? '', fallback };
  return { type: 'unknown' };
}

type Token = { kind: 'text'; text: string } | { kind: 'expression'; raw: string; expression: Expression };

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('{{', index);
    if (open < 0) break;
    if (body[open - 1] === '\\') {
      // `\{{` writes two braces; the backslash is consumed by the Markdown escapes later.
      text += body.slice(index, open + 2);
      index = open + 2;
      continue;
    }
    const close = body.indexOf('}}', open + 2);
    const inner = close < 0 ? '' : body.slice(open + 2, close);
    if (close < 0 || close - open > MAX_EXPRESSION || inner.includes('{{') || inner.includes('\n')) {
      text += body.slice(index, open + 2);
      index = open + 2;
      continue;
    }
    text += body.slice(index, open);
    if (text) tokens.push({ kind: 'text', text });
    text = '';
    tokens.push({ kind: 'expression', raw: body.slice(open, close + 2), expression: parseExpression(inner) });
    index = close + 2;
  }
  text += body.slice(index);
  if (text) tokens.push({ kind: 'text', text });
  return tokens;
}

/** The fill-in fields of a template body, in order of appearance, once per label. */
export function getFillIns(body: string): FillIn[] {
  const seen = new Map<string, FillIn>();
  for (const token of tokenize(body)) {
    if (token.kind !== 'expression') continue;
    const { expression } = token;
    if ((expression.type === 'input' || expression.type === 'choice') && !seen.has(expression.label)) {
      seen.set(
        expression.label,
        expression.type === 'input' ? { kind: 'input', label: expression.label, fallback: expression.fallback } : { kind: 'choice', label: expression.label, options: expression.options },
      );
    }
  }
  return [...seen.values()];
}

/** The first word of a full name (`Kari Nordmann` → `Kari`; `Nordmann, Kari` → `Kari`). */
export function getFirstName(name: string): string | undefined {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  const given = comma > 0 ? trimmed.slice(comma + 1).trim() : trimmed;
  return given.split(/\s+/u)[0] || undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

interface Resolved {
  /** The value, or undefined when missing. */
  value?: string;
  /** The name listed in `missing`. */
  missingName?: string;
  unknown?: boolean;
  cursor?: boolean;
}

function resolve(expression: Expression, context: RenderContext, raw: string): Resolved {
  const now = context.now ?? Date.now();
  const timeZone = getUsableTimeZone(context.customer?.timeZone);
  const withFallback = (name: string, value: string | undefined, fallback: string | undefined): Resolved => {
    const given = nonEmpty(context.values?.[name]) ?? nonEmpty(value);
    if (given !== undefined) return { value: given };
    if (fallback !== undefined) return { value: fallback };
    return { missingName: name };
  };
  switch (expression.type) {
    case 'cursor':
      return { cursor: true, value: '' };
    case 'input':
      return withFallback(`input:${expression.label}`, context.fillIns?.[expression.label], expression.fallback);
    case 'choice':
      return withFallback(`choice:${expression.label}`, context.fillIns?.[expression.label], undefined);
    case 'date': {
      const day = resolveDateExpression(expression.expression, getCalendarDay(now, timeZone), context.isBusinessDay);
      if (!day) return { unknown: true };
      return { value: formatCalendarDay(day, context.language) };
    }
    case 'variable': {
      const { name, fallback } = expression;
      const customer = context.customer ?? {};
      const values: Record<TemplateVariable, () => string | undefined> = {
        'customer.firstName': () => nonEmpty(customer.firstName) ?? (customer.name ? getFirstName(customer.name) : undefined),
        'customer.name': () => customer.name,
        'customer.email': () => customer.email,
        'customer.localTime': () => (timeZone ? formatLocalTime(now, timeZone, context.language) : undefined),
        'agent.name': () => context.agent?.name,
        'agent.signature': () => context.agent?.signature,
        'ticket.id': () => context.ticket?.id,
        subject: () => context.subject,
        today: () => formatCalendarDay(getCalendarDay(now, timeZone), context.language),
      };
      return withFallback(name, values[name](), fallback);
    }
    case 'unknown':
      return { unknown: true, value: raw };
  }
}

// ---- Markdown subset ----------------------------------------------------------------------------------------

type Inline = { type: 'text'; text: string } | { type: 'strong'; children: Inline[] } | { type: 'em'; children: Inline[] } | { type: 'link'; href: string; children: Inline[] };

type Block = { type: 'line'; children: Inline[] } | { type: 'blank' } | { type: 'list'; items: Inline[][] };

const LINK = /\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/y;
const STRONG_STAR = /\*\*(?=\S)(.{0,1000}?\S)\*\*(?!\*)/y;
const STRONG_UNDERSCORE = /__(?=[^\s_])(.{0,1000}?[^\s_])__(?![\p{L}\p{N}_])/uy;
const EM_STAR = /\*(?=[^\s*])(.{0,1000}?[^\s*])\*/y;
const EM_UNDERSCORE = /_(?=[^\s_])(.{0,1000}?[^\s_])_(?![\p{L}\p{N}_])/uy;
const SAFE_URL = /^(https?:\/\/[^\s]|mailto:[^\s])/i;
const LIST_ITEM = /^[ \t]{0,3}[-*•][ \t]+(.*)$/;

function matchAt(pattern: RegExp, line: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(line);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

function parseInline(line: string, links = true): Inline[] {
  const nodes: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ type: 'text', text });
    text = '';
  };
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (char === '[' && links) {
      const link = matchAt(LINK, line, index);
      if (link && SAFE_URL.test(link[2]!)) {
        flush();
        nodes.push({ type: 'link', href: link[2]!, children: parseInline(link[1]!, false) });
        index += link[0].length;
        continue;
      }
    } else if (char === '*' || (char === '_' && !isWordChar(line[index - 1]))) {
      const strong = matchAt(char === '*' ? STRONG_STAR : STRONG_UNDERSCORE, line, index);
      const match = strong ?? matchAt(char === '*' ? EM_STAR : EM_UNDERSCORE, line, index);
      if (match) {
        flush();
        nodes.push(strong ? { type: 'strong', children: parseInline(match[1]!, links) } : { type: 'em', children: parseInline(match[1]!, links) });
        index += match[0].length;
        continue;
      }
    }
    text += char;
    index += 1;
  }
  flush();
  return nodes;
}

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const line of source.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n')) {
    const item = LIST_ITEM.exec(line);
    const last = blocks.at(-1);
    if (item) {
      const inline = parseInline(item[1]!);
      if (last?.type === 'list') last.items.push(inline);
      else blocks.push({ type: 'list', items: [inline] });
    } else if (line.trim() === '') {
      blocks.push({ type: 'blank' });
    } else {
      blocks.push({ type: 'line', children: parseInline(line) });
    }
  }
  return blocks;
}

// ---- Output -------------------------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

interface Slot {
  /** Text as the reader sees it (a value, a literal character, a visible unknown or missing token). */
  text: string;
  missing?: boolean;
  cursor?: boolean;
}

const SLOT_PATTERN = new RegExp(`${PLACEHOLDER_START}(\\d+)${PLACEHOLDER_END}`, 'g');

function expand(source: string, slots: Slot[], mode: 'text' | 'html' | 'url', highlightMissing: boolean): string {
  const escape = mode === 'html' ? escapeHtml : (value: string) => value;
  let out = '';
  let last = 0;
  for (const match of source.matchAll(SLOT_PATTERN)) {
    out += escape(source.slice(last, match.index));
    last = match.index + match[0].length;
    const slot = slots[Number(match[1])]!;
    if (slot.cursor) {
      out += mode === 'url' ? '' : CURSOR_MARK;
    } else if (mode === 'url') {
      out += slot.missing ? '' : encodeURI(slot.text).replace(/[#?&=]/g, encodeURIComponent);
    } else if (mode === 'html') {
      const value = escapeHtml(slot.text).replace(/\n/g, '<br>');
      out += slot.missing && highlightMissing ? `<mark class="rw-missing">${value}</mark>` : value;
    } else {
      out += slot.text;
    }
  }
  return out + escape(source.slice(last));
}

function toText(nodes: Inline[], slots: Slot[], rich: boolean): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return expand(node.text, slots, 'text', false);
      const inner = toText(node.children, slots, rich);
      if (node.type !== 'link' || rich) return inner;
      const href = expand(node.href, slots, 'url', false);
      const shown = href.replace(/^mailto:/i, '');
      const plainInner = inner.replace(CURSOR_MARK, '');
      return plainInner === shown || plainInner === href ? inner : `${inner} (${shown})`;
    })
    .join('');
}

/**
 * HTML drops spaces at the start and end of a paragraph, so an editor that parses the pasted HTML (ProseMirror,
 * CKEditor, Lexical) would lose "found: " before {{cursor}}: spaces at a block's edges (before or after the cursor
 * mark) become no-break spaces, which every editor keeps and shows as a space.
 */
function keepEdgeSpaces(html: string): string {
  return html
    .replace(new RegExp(`^(${CURSOR_MARK}?)( +)`), (_all, mark: string, spaces: string) => mark + '&nbsp;'.repeat(spaces.length))
    .replace(new RegExp(`( +)(${CURSOR_MARK}?)$`), (_all, spaces: string, mark: string) => '&nbsp;'.repeat(spaces.length) + mark);
}

function toHtml(nodes: Inline[], slots: Slot[], highlightMissing: boolean): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return expand(node.text, slots, 'html', highlightMissing);
      const inner = toHtml(node.children, slots, highlightMissing);
      if (node.type === 'strong') return `<strong>${inner}</strong>`;
      if (node.type === 'em') return `<em>${inner}</em>`;
      return `<a href="${escapeHtml(expand(node.href, slots, 'url', false))}">${inner}</a>`;
    })
    .join('');
}

function takeCursor(text: string): { text: string; offset?: number } {
  const offset = text.indexOf(CURSOR_MARK);
  return offset < 0 ? { text } : { text: text.replaceAll(CURSOR_MARK, ''), offset };
}

/**
 * Renders a template body with the context: variables filled, Markdown turned into clean text and into HTML, the
 * `{{cursor}}` position, and the variables that had no value. Never throws on a body: unknown `{{…}}` stays
 * visible and is reported in `unknown`.
 */
export function renderTemplate(body: string, context: RenderContext = {}, options: RenderOptions = {}): RenderResult {
  const slots: Slot[] = [];
  const missing = new Set<string>();
  const unknown = new Set<string>();
  let hasCursor = false;
  const slot = (value: Slot) => `${PLACEHOLDER_START}${slots.push(value) - 1}${PLACEHOLDER_END}`;

  // Private-use characters mark slots below, so the template's own ones are replaced first.
  let source = '';
  for (const token of tokenize(body.replace(PRIVATE_USE, '\uFFFD'))) {
    if (token.kind === 'text') {
      // Backslash escapes become literal slots, so that the Markdown parser never sees the escaped character.
      source += token.text.replace(/\\(.)/g, (whole, char: string) => (ESCAPABLE.has(char) ? slot({ text: char }) : whole));
      continue;
    }
    const resolved = resolve(token.expression, context, token.raw);
    if (resolved.cursor) {
      source += hasCursor ? '' : slot({ text: '', cursor: true });
      hasCursor = true;
    } else if (resolved.unknown) {
      unknown.add(token.raw);
      source += slot({ text: token.raw });
    } else if (resolved.missingName !== undefined) {
      missing.add(resolved.missingName);
      source += slot({ text: token.raw, missing: true });
    } else {
      source += slot({ text: (resolved.value ?? '').replace(PRIVATE_USE, '\uFFFD') });
    }
  }

  const blocks = parseBlocks(source);
  const highlight = options.highlightMissing ?? false;
  const lines: string[] = [];
  const richLines: string[] = [];
  let html = '';
  for (const block of blocks) {
    if (block.type === 'blank') {
      lines.push('');
      richLines.push('');
      html += '<p><br></p>';
    } else if (block.type === 'line') {
      lines.push(toText(block.children, slots, false));
      richLines.push(toText(block.children, slots, true));
      html += `<p>${keepEdgeSpaces(toHtml(block.children, slots, highlight))}</p>`;
    } else {
      for (const item of block.items) {
        lines.push(`- ${toText(item, slots, false)}`);
        richLines.push(toText(item, slots, true));
      }
      html += `<ul>${block.items.map((item) => `<li>${keepEdgeSpaces(toHtml(item, slots, highlight))}</li>`).join('')}</ul>`;
    }
  }
  const text = takeCursor(lines.join('\n'));
  const rich = takeCursor(richLines.join('\n'));
  return {
    text: text.text,
    html: html.replaceAll(CURSOR_MARK, ''),
    cursorOffset: text.offset,
    richText: rich.text,
    htmlCursorOffset: rich.offset,
    missing: [...missing],
    unknown: [...unknown],
  };
}
