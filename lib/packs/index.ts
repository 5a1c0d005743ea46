import type * as z from 'zod';
import { checkPack, comparePaths, formatPath, PACK_FORMAT, PACK_LIMITS, packSchema, type Pack, type PackError } from './schema';

export * from './schema';

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

const utf8 = new TextEncoder();

function fail(message: string, path = '(root)'): ParsePackResult {
  return { ok: false, errors: [{ path, message }] };
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

// One error per field (the first found): an empty text is not also reported as "only white space".
function toPackErrors(issues: readonly z.core.$ZodIssue[]): PackError[] {
  const seen = new Set<string>();
  return issues
    .flatMap((issue): PackError[] => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }));
      return [{ path: formatPath(issue.path), message: issue.message }];
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
    if (bytes > PACK_LIMITS.fileBytes) return fail(`the file is ${formatBytes(bytes)}; a pack is at most ${formatBytes(PACK_LIMITS.fileBytes)}`);
    try {
      value = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    let text: string | undefined;
    try {
      text = JSON.stringify(json);
    } catch {
      return fail('the pack cannot be written as JSON (it refers to itself)');
    }
    if (text !== undefined && utf8.encode(text).length > PACK_LIMITS.fileBytes) return fail(`the pack is larger than ${formatBytes(PACK_LIMITS.fileBytes)}`);
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`expected a pack object, found ${describeType(value)}`);
  // A pack-shaped file of another kind (a template export, a settings file) gets a sentence, not fifty errors.
  const format = (value as Record<string, unknown>).format;
  if (format !== PACK_FORMAT) return fail(format === undefined ? `this is not a Replywell pack: "format": "${PACK_FORMAT}" is missing` : `expected "${PACK_FORMAT}"`, 'format');

  const parsed = packSchema.safeParse(value, { error: errorMap });
  // The cross-field checks read the file as written, so they report in the same run as field errors.
  const fieldErrors = parsed.success ? [] : toPackErrors(parsed.error.issues);
  const reported = new Set(fieldErrors.map((error) => error.path));
  const errors = [...fieldErrors, ...checkPack(value).filter((error) => !reported.has(error.path))];
  if (!parsed.success || errors.length > 0) return { ok: false, errors: errors.sort((a, b) => comparePaths(a.path, b.path)).slice(0, PACK_LIMITS.errorCount) };
  return { ok: true, pack: parsed.data };
}

/** One line per error, as the command line and the options page show them. */
export function formatPackErrors(errors: readonly PackError[]): string[] {
  return errors.map((error) => `${error.path}: ${error.message}`);
}
