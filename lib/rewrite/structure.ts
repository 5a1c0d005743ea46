/**
 * The shape of a draft: its sentences and paragraphs, and the parts the check must leave alone (quoted customer
 * text, signatures, legal and compliance wording), in the four draft languages. All offsets are into the text given.
 */

export interface Span {
  start: number;
  end: number;
}

// Words before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'etc', 'vs', 'no', 'nr', 'f.eks', 'bl.a', 'ca', 'esim', 'ks', 'mm', 'jne', 'yms', 'st', 'approx', 'inc', 'ltd']);

function isSentenceEnd(text: string, dot: number): boolean {
  const char = text[dot];
  if (char !== '.') return true;
  // "1.5", "v2.3": a dot between digits is not an end (we only get here when whitespace follows, so it is).
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  return !ABBREVIATIONS.has(text.slice(wordStart, dot).toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x200c || code === 0x2009;
}

/** Sentences: ends at . ! ? ؟ … (followed by whitespace) and at line breaks; blank stretches are skipped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s += 1;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Only line breaks and sentence punctuation matter: skip everything else without making a string.
    if (code !== 0x0a && code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x061f && code !== 0x2026) continue;
    const char = text[i];
    if (char === '\n') {
      push(i);
      start = i + 1;
    } else if (char === '.' || char === '!' || char === '?' || char === '؟' || char === '…') {
      let end = i + 1;
      while (end < text.length && /[.!?؟…"'»”)\]]/.test(text[end] ?? '')) end += 1;
      const next = text[end];
      if ((next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r') && isSentenceEnd(text, i)) {
        push(end);
        start = end;
        i = end - 1;
      } else {
        i = end - 1;
      }
    }
  }
  push(text.length);
  return spans;
}

/** Paragraphs: stretches separated by a blank line. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.length > start && text.slice(start).trim()) spans.push({ start, end: text.replace(/\s+$/, '').length });
  return spans;
}

// Lines that introduce a quoted message; everything from them to the end is the customer's (reply on top).
const QUOTE_HEADERS: readonly RegExp[] = [
  /^(?:on|am) .{1,200}(?:wrote|schrieb):\s*$/i, // en (Gmail, Apple Mail), wrapped over two lines handled below
  /^-{2,}\s*(?:original message|forwarded message|opprinnelig melding|videresendt melding|alkuperäinen viesti|välitetty viesti|پیام اصلی|پیام ارسال ?شده)\s*-{2,}\s*$/i,
  /^(?:from|fra|lähettäjä|از): .+$/i, // Outlook's header block starts with From:/Fra:/Lähettäjä:/از:, next line Sent:/Sendt:/Lähetetty:/ارسال
  /^(?:den|på) .{1,200} skrev .{0,120}:\s*$/i, // nb: "Den 3. mai 2024 kl. 10:12 skrev Kari <…>:"
  /^.{1,200} skrev\b.{0,60}:\s*$/i, // nb: "Kari Nordmann skrev følgende:"
  /^.{1,200} kirjoitti:?\s*$/i, // fi: "Matti Meikäläinen <…> kirjoitti 3.5.2024 klo 10.12:"
  /^.{1,200} (?:kirjoitti|lähetti) .{0,80}:\s*$/i,
  /^.{1,200} نوشت(?:ه است|ه|)\s*:\s*$/, // fa: "… در تاریخ … نوشت:"
];
const OUTLOOK_NEXT = /^(?:sent|date|sendt|dato|lähetetty|päivämäärä|ارسال ?شده|تاریخ): /i;

const SIGNATURE_DELIMITER = /^--[ \t]?$/;
// A sign-off alone on its line; what follows it (name, title, phone) is the signature.
const SIGN_OFFS =
  /^(?:(?:best|kind|warm|warmest|many thanks and|with) regards|regards|best(?: wishes)?|all the best|cheers|sincerely|yours sincerely|yours truly|thanks(?: again)?|many thanks|thank you|med vennlig hilsen|vennlig hilsen|beste hilsen|hilsen|mvh|ha en fin dag|ystävällisin terveisin|parhain terveisin|terveisin|ystävällisesti|kiittäen|t\.|با احترام|با سپاس(?: فراوان)?|با تشکر|ارادتمند(?: شما)?|سپاسگزارم|قربان شما)[ \t]*[,!.]?[ \t]*$/i;
const SIGNATURE_MAX_LINES = 6;

// Wording whose paragraph is legal boilerplate (a disclaimer) and is skipped whole.
const DISCLAIMER =
  /\b(?:confidential|intended recipient|legally privileged|disclaimer|konfidensiell|taushetsbelagt|luottamuksellinen|tarkoitettu vain)\b|محرمانه|گیرنده مورد نظر/i;
// Wording whose sentence is legal or compliance text (quoted terms, statutes) and is left as written.
const LEGAL =
  /\b(?:pursuant to|hereby|herein|hereinafter|notwithstanding|governing law|terms and conditions|terms of (?:service|use|sale)|liabilit(?:y|ies)|gdpr|statutory|consumer rights act|data protection act|article \d+|section \d+|§ ?\d+|forbrukerkjøpsloven|angrerettloven|personopplysningsloven|personvernforordningen|vilkårene|kuluttajansuojalaki|tietosuoja-asetus|sopimusehdot|toimitusehdot|lain mukaan)\b|§|قانون|ماده \d+|شرایط و ضوابط|آیین‌?نامه/i;

/** Parts of the draft that are not the agent's own prose, sorted and merged. */
export function findExcludedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const lines: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start: lineStart, end: i });
      lineStart = i + 1;
    }
  }
  const lineText = (line: Span | undefined): string => (line ? text.slice(line.start, line.end).replace(/\r$/, '').trim() : '');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as Span;
    const content = lineText(line);
    if (content.startsWith('>')) {
      spans.push(line);
      continue;
    }
    // Every header ends with ":" (or is a dashed line), every sign-off is short: skip the patterns otherwise.
    const mayBeHeader = content.includes(':') || content.startsWith('--') || /^on /i.test(content);
    const joined = mayBeHeader ? `${content} ${lineText(lines[index + 1])}` : '';
    const isHeader =
      mayBeHeader &&
      (
      QUOTE_HEADERS.some((header) => header.test(content)) && (!/^(?:from|fra|lähettäjä|از): /i.test(content) || OUTLOOK_NEXT.test(lineText(lines[index + 1]))) ||
      // "On Mon, 3 May 2024 at 10:12, Kari <kari@example.com>" + "wrote:" on the next line.
        (/^on .{1,200}$/i.test(content) && /^.{0,200}wrote:\s*$/i.test(lineText(lines[index + 1])) && /wrote:\s*$/i.test(joined)));
    if (isHeader || SIGNATURE_DELIMITER.test(text.slice(line.start, line.end).replace(/\r$/, ''))) {
      spans.push({ start: line.start, end: text.length });
      break;
    }
    if (content.length <= 40 && SIGN_OFFS.test(content)) {
      const rest = lines.slice(index + 1).filter((next) => lineText(next) !== '');
      if (rest.length <= SIGNATURE_MAX_LINES) {
        spans.push({ start: line.start, end: text.length });
        break;
      }
    }
  }
  for (const paragraph of splitParagraphs(text)) {
    if (DISCLAIMER.test(text.slice(paragraph.start, paragraph.end))) spans.push(paragraph);
  }
  for (const sentence of splitSentences(text)) {
    if (LEGAL.test(text.slice(sentence.start, sentence.end))) spans.push(sentence);
  }
  return mergeSpans(spans);
}

/** Sorted, non-overlapping union of spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether `[start, end)` overlaps any of the sorted, merged spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as Span;
    if (span.end <= start) low = mid + 1;
    else if (span.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}

/** The span among sorted, non-overlapping spans that contains `offset`, if any. */
export function findContaining(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as Span;
    if (span.end <= offset) low = mid + 1;
    else if (span.start > offset) high = mid - 1;
    else return span;
  }
  return undefined;
}
