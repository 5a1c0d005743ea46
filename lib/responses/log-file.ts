import { responseEventSchema } from './schema';
import type { ResponseEvent } from './stats';

/** The JSON export's marker and version: an import checks them before anything else. */
export const LOG_FORMAT = 'replywell-reply-log';
export const LOG_VERSION = 1;
/** The largest file an import reads (a million events export to about 150 MB; this is two years of a busy team). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const CSV_COLUMNS = ['id', 'threadKey', 'kind', 'at', 'time', 'site', 'channel', 'observed', 'templateId', 'rewrites', 'customerTimeZone'] as const;

/** One CSV field: quoted when it holds a comma, quote, line break or leading/trailing space; quotes doubled. A
 * field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe. */
export function escapeCsvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The log as CSV (RFC 4180, CRLF line ends, a header row, the time also as ISO 8601 UTC for spreadsheets). */
export function toCsv(events: readonly ResponseEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) {
    const row = [
      event.id,
      event.threadKey,
      event.kind,
      String(event.at),
      new Date(event.at).toISOString(),
      event.site,
      event.channel,
      event.observed ? 'true' : 'false',
      event.templateId ?? '',
      String(event.rewrites ?? 0),
      event.customerTimeZone ?? '',
    ];
    lines.push(row.map(escapeCsvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The log as JSON, one event per line, so that an import can name the line of a bad event. */
export function toJson(events: readonly ResponseEvent[], exportedAt: number): string {
  const head = `{"format":${JSON.stringify(LOG_FORMAT)},"version":${LOG_VERSION},"exportedAt":${exportedAt},"events":[`;
  if (events.length === 0) return `${head}]}\n`;
  return `${head}\n${events.map((event) => JSON.stringify(event)).join(',\n')}\n]}\n`;
}

/** What kind of problem: the interface says it in the user's language; `message` adds the technical detail. */
export type ImportProblemCode = 'tooLarge' | 'notJson' | 'notExport' | 'version' | 'notList' | 'field' | 'idMismatch';

export interface ImportProblem {
  code: ImportProblemCode;
  /** 1-based line of the file, when known. */
  line?: number;
  /** Where in the data: `events[12].at`. */
  path: string;
  message: string;
}

export type ImportResult = { ok: true; events: ResponseEvent[] } | { ok: false; errors: ImportProblem[] };

/** Line (1-based) of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Where each element of the top-level `events` array starts, as character offsets: a small scan that follows
 * strings and nesting, so that a problem in the 12th event can name its line whatever the file's layout.
 */
function findEventOffsets(text: string): number[] {
  const key = /"events"\s*:\s*\[/g;
  let depth = 0;
  let inString = false;
  // Find the "events" key at depth 1 of the top-level object.
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      if (depth === 1) {
        key.lastIndex = i;
        const match = key.exec(text);
        if (match && match.index === i) return scanArray(text, i + match[0].length);
      }
      inString = true;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return [];
}

function scanArray(text: string, from: number): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = true;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 0 && c === ']') break;
    if (depth === 0 && c === ',') {
      expectValue = true;
      continue;
    }
    if (depth === 0 && expectValue) {
      offsets.push(i);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return offsets;
}

/**
 * Reads an exported JSON log. Everything is checked before anything is returned: a file with one bad event is
 * refused whole, with the line and field of each problem (at most `maxErrors`), so an import never half-happens.
 */
export function parseLogFile(text: string, maxErrors = 20): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [{ code: 'tooLarge', path: '', message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    return { ok: false, errors: [{ code: 'notJson', line: position ? lineAt(text, Number(position[1])) : undefined, path: '', message: `This is not valid JSON: ${message}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [{ code: 'notExport', line: 1, path: '', message: 'Expected a Replywell reply-log export (a JSON object).' }] };
  const file = data as Record<string, unknown>;
  if (file.format !== LOG_FORMAT) return { ok: false, errors: [{ code: 'notExport', line: 1, path: 'format', message: `Expected "format": "${LOG_FORMAT}"; this is not a Replywell reply-log export.` }] };
  if (file.version !== LOG_VERSION) return { ok: false, errors: [{ code: 'version', line: 1, path: 'version', message: `This export is version ${String(file.version)}; this Replywell reads version ${LOG_VERSION}.` }] };
  if (!Array.isArray(file.events)) return { ok: false, errors: [{ code: 'notList', path: 'events', message: 'Expected "events" to be a list.' }] };

  const errors: ImportProblem[] = [];
  const events: ResponseEvent[] = [];
  let offsets: number[] | undefined;
  const lineOf = (index: number) => {
    offsets ??= findEventOffsets(text);
    const offset = offsets[index];
    return offset === undefined ? undefined : lineAt(text, offset);
  };
  const ids = new Set<string>();
  for (let index = 0; index < file.events.length; index++) {
    const parsed = responseEventSchema.safeParse(file.events[index]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (errors.length >= maxErrors) break;
        const field = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
        errors.push({ code: 'field', line: lineOf(index), path: `events[${index}]${field}`, message: issue.message });
      }
      if (errors.length >= maxErrors) break;
      continue;
    }
    const event = parsed.data;
    if (event.id !== `${event.threadKey}:${event.kind}:${event.at}`) {
      errors.push({ code: 'idMismatch', line: lineOf(index), path: `events[${index}].id`, message: 'The id does not match the event’s thread, kind and time; the file was changed by hand.' });
      if (errors.length >= maxErrors) break;
      continue;
    }
    // The same event twice in one file is harmless (imports merge by id): keep one.
    if (ids.has(event.id)) continue;
    ids.add(event.id);
    events.push(event);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, events };
}
