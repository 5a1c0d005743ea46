/**
 * Text normalisation for matching, with an offset map back to the original text, so that findings found in the
 * normalised text are reported as UTF-16 offsets into the text the agent wrote.
 *
 * One-to-one replacements (same length):
 * - Arabic yeh/kaf (ي ى ك) → Persian ی/ک; Arabic heh goal/teh marbuta stay (they are distinct letters);
 * - Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII digits;
 * - typographic apostrophes (’ ‘ ʼ ′) → `'`, typographic double quotes → `"`, no-break and other spaces → space.
 * Removals (the map skips them):
 * - zero-width non-joiner/joiner/space, soft hyphen, word joiner, BOM, Arabic tatweel (ـ) and Arabic diacritics, so
 *   "نمی‌توانیم" (with ZWNJ) and "نمیتوانیم" (without) are the same word. A ZWNJ typed as a space ("نمی توانیم")
 *   stays a space: patterns write the optional space themselves.
 */


function replaceChar(code: number): number {
  if (code === 0x064a || code === 0x0649) return 0x06cc; // ي ى → ی
  if (code === 0x0643) return 0x06a9; // ك → ک
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) return 0x27;
  if (code === 0x201c || code === 0x201d) return 0x22;
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return 0x20;
  return code;
}

function isRemoved(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x00ad ||
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

/** A normalised text and the way back to offsets in the original. */
export interface NormalizedText {
  /** The text to match against. */
  text: string;
  /** Whether `text` is the original text unchanged (offsets and substrings are the same). */
  isIdentity: boolean;
  /** Offset in the original text of the character at `offset` of the normalised text (`text.length` maps to the end). */
  toOriginal(offset: number): number;
  /** The original span for a normalised span `[start, end)`: removed characters inside stay inside. */
  toOriginalSpan(start: number, end: number): { start: number; end: number };
}

/** Normalises `original` for matching; a text without anything to change is returned as is (no copy, no map). */
export function normalizeText(original: string): NormalizedText {
  let hasRemovals = false;
  let hasReplacements = false;
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    // Everything we touch is outside ASCII: skip the common case cheaply.
    if (code < 0xa0) continue;
    if (isRemoved(code)) hasRemovals = true;
    else if (replaceChar(code) !== code) hasReplacements = true;
  }
  if (!hasRemovals && !hasReplacements) return identity(original);
  const codes = new Uint16Array(original.length);
  // map[i] = original offset of normalised character i; map[length] = original length. Only needed with removals.
  const map = hasRemovals ? new Int32Array(original.length + 1) : undefined;
  let length = 0;
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    if (hasRemovals && isRemoved(code)) continue;
    codes[length] = replaceChar(code);
    if (map) map[length] = i;
    length += 1;
  }
  const text = decode(codes, length);
  if (!map) return { ...identity(text), isIdentity: false };
  map[length] = original.length;
  const toOriginal = (offset: number): number => map[Math.max(0, Math.min(offset, length))] ?? original.length;
  return {
    text,
    isIdentity: false,
    toOriginal,
    toOriginalSpan: (start, end) => ({ start: toOriginal(start), end: end > start ? toOriginal(end - 1) + 1 : toOriginal(start) }),
  };
}

function identity(text: string): NormalizedText {
  return { text, isIdentity: true, toOriginal: (offset) => offset, toOriginalSpan: (start, end) => ({ start, end }) };
}

const utf16 = new TextDecoder('utf-16le');

function decode(codes: Uint16Array, length: number): string {
  // One code unit in, one out; a lone surrogate (broken text) becomes U+FFFD, which keeps every offset.
  return utf16.decode(codes.subarray(0, length));
}

/** Normalises a pattern or an example the way the text is normalised (no offsets needed). */
export function normalizeForMatch(text: string): string {
  return normalizeText(text).text;
}
