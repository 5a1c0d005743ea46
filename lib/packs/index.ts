import type * as z from 'zod';
import { TEMPLATE_LIMITS } from '../templates/schema';
import { checkPack, comparePaths, formatPath, PACK_FORMAT, PACK_LIMITS, PACK_SCHEMA_VERSION, packSchema, type Pack, type PackError, type PackErrorCode } from './schema';

export * from './schema';

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

const utf8 = new TextEncoder();

function fail(code: PackErrorCode, params: string[], message: string, path = '(root)'): ParsePackResult {
  return { ok: false, errors: [{ path, message, code, params }] };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// Missing fields and wrong types read better than zod's generic wording; field-specific messages in the schema win.
const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'this field is required' : `expected ${issue.expected}, found ${describeType(issue.input)}`;
  return undefined;
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** JSON's own names for the kind of a value (the same words in every language, as in the JSON Schema). */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

// Fields whose pattern (regex or refinement) has its own explanation, by the field's name.
const FORMAT_CODES: Record<string, PackErrorCode> = { version: 'invalidVersion', shortcut: 'invalidShortcut', language: 'invalidLanguage', languages: 'invalidLanguage', source: 'invalidSource' };

/**
 * The code and parameters of a zod issue of a pack or template schema, read from its kind and the field it is about
 * (never from the wording); the options page's template editor uses it too.
 */
export function describeIssue(issue: z.core.$ZodIssue): Pick<PackError, 'code' | 'params'> {
  const field = [...issue.path].reverse().find((part): part is string => typeof part === 'string');
  const custom = issue.code === 'custom' ? (issue.params as { code?: PackErrorCode; params?: string[] } | undefined) : undefined;
  if (custom?.code) return { code: custom.code, params: custom.params ?? [] };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required', params: [] };
      // A fraction where a whole number belongs (`.int()`) is reported as a type issue.
      if (issue.expected === 'int' && typeof issue.input === 'number') return { code: 'notWholeNumber', params: [] };
      return { code: 'wrongType', params: [issue.expected, jsonType(issue.input)] };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty', params: [] };
      if (issue.origin === 'number') return { code: 'numberTooSmall', params: [String(issue.minimum)] };
      return { code: 'tooFew', params: [String(issue.minimum)] };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', params: [String(issue.maximum)] };
      if (issue.origin === 'number') return { code: 'numberTooLarge', params: [String(issue.maximum)] };
      return { code: 'tooMany', params: [String(issue.maximum)] };
    case 'not_multiple_of':
      return { code: 'notWholeNumber', params: [] };
    case 'invalid_value':
      if (field === 'format') return { code: 'wrongFormat', params: [] };
      if (field === 'schemaVersion') return { code: 'unsupportedVersion', params: [String(PACK_SCHEMA_VERSION)] };
      return { code: 'invalidChoice', params: [issue.values.map(String).join(', ')] };
    case 'invalid_format':
    case 'custom': {
      if (field === 'id') return { code: issue.path.length > 1 ? 'invalidTemplateId' : 'invalidPackId', params: [] };
      const code = field === undefined ? undefined : FORMAT_CODES[field];
      if (code === 'invalidShortcut') return { code, params: [String(TEMPLATE_LIMITS.shortcutMinLength), String(TEMPLATE_LIMITS.shortcutMaxLength)] };
      return { code: code ?? 'invalid', params: [] };
    }
    default:
      return { code: 'invalid', params: [] };
  }
}

// One error per field (the first found): an empty text is not also reported as "only white space".
function toPackErrors(issues: readonly z.core.$ZodIssue[]): PackError[] {
  const seen = new Set<string>();
  return issues
    .flatMap((issue): PackError[] => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field', code: 'unknownField', params: [] }));
      return [{ path: formatPath(issue.path), message: issue.message, ...describeIssue(issue) }];
    })
    .filter((error) => !seen.has(error.path) && seen.add(error.path));
}

/**
 * Validates a pack: either the text of a pack file or a value already parsed from JSON. Returns the pack with
 * defaults applied, or every problem found (up to PACK_LIMITS.errorCount), each at a readable path such as
 * `templates[3].body`. Text in a pack (HTML, script, Markdown) is kept exactly as written: it is data, and whoever
 * shows or inserts it escapes or sanitises it.
 */
export function parsePack(json: unknown): ParsePackResult {
  let value = json;
  if (typeof json === 'string') {
    const bytes = utf8.encode(json).length;
    if (bytes > PACK_LIMITS.fileBytes) return fail('fileTooLarge', [formatBytes(PACK_LIMITS.fileBytes)], `the file is ${formatBytes(bytes)}; a pack is at most ${formatBytes(PACK_LIMITS.fileBytes)}`);
    try {
      value = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail('notJson', [detail], `the file is not valid JSON (${detail})`);
    }
  } else {
    let text: string | undefined;
    try {
      text = JSON.stringify(json);
    } catch {
      return fail('circular', [], 'the pack cannot be written as JSON (it refers to itself)');
    }
    if (text !== undefined && utf8.encode(text).length > PACK_LIMITS.fileBytes) return fail('fileTooLarge', [formatBytes(PACK_LIMITS.fileBytes)], `the pack is larger than ${formatBytes(PACK_LIMITS.fileBytes)}`);
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('notObject', [jsonType(value)], `expected a pack object, found ${describeType(value)}`);
  // A pack-shaped file of another kind (a template export, a settings file) gets a sentence, not fifty errors.
  const format = (value as Record<string, unknown>).format;
  if (format === undefined) return fail('notPack', [], `this is not a Replywell pack: "format": "${PACK_FORMAT}" is missing`, 'format');
  if (format !== PACK_FORMAT) return fail('wrongFormat', [], `expected "${PACK_FORMAT}"`, 'format');

  // reportInput keeps each issue's input, so that describeIssue can tell a missing field from a wrong type.
  const parsed = packSchema.safeParse(value, { error: errorMap, reportInput: true });
  // The cross-field checks read the file as written, so they report in the same run as field errors.
  const fieldErrors = parsed.success ? [] : toPackErrors(parsed.error.issues);
  const reported = new Set(fieldErrors.map((error) => error.path));
  const errors = [...fieldErrors, ...checkPack(value).filter((error) => !reported.has(error.path))];
  if (!parsed.success || errors.length > 0) return { ok: false, errors: errors.sort((a, b) => comparePaths(a.path, b.path)).slice(0, PACK_LIMITS.errorCount) };
  return { ok: true, pack: parsed.data };
}

/** One line per error, as the command line and the options page show them. */
export function formatPackErrors(errors: readonly Pick<PackError, 'path' | 'message'>[]): string[] {
  return errors.map((error) => `${error.path}: ${error.message}`);
}
