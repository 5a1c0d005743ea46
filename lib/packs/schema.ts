import * as z from 'zod';
import { languageTagSchema, packTemplateSchema, type PackTemplate } from '../templates/schema';

// The `replywell-pack` file format (docs/packs.md). Full zod: packs are parsed in extension pages, the background
// and Node scripts, never in the content script. docs/pack.schema.json is generated from `packSchema`
// (`npm run pack:schema`), so editors validate a pack with the same rules as Replywell, except the cross-field
// checks (duplicates, languages, control characters), which only `parsePack` makes.

/** The value of `format` in every pack file. */
export const PACK_FORMAT = 'replywell-pack';
/** The pack format version this code reads and writes. */
export const PACK_SCHEMA_VERSION = 1;

/** Upper bounds of a pack; a pack beyond them is refused as a whole with an error naming the limit. */
export const PACK_LIMITS = {
  /** Bytes of the pack file (UTF-8). 5 MB holds thousands of long templates and keeps parsing well under a second. */
  fileBytes: 5 * 1024 * 1024,
  templateCount: 5000,
  idLength: 64,
  nameLength: 120,
  authorLength: 120,
  descriptionLength: 2000,
  languageCount: 50,
  ruleCount: 500,
  rulePhraseLength: 200,
  rulePreferredLength: 500,
  ruleMessageLength: 500,
  /** Longest reply-time target: 30 days, in minutes. */
  slaMaxMinutes: 30 * 24 * 60,
  /** Errors reported for one pack: enough to fix a file, few enough to read. */
  errorCount: 50,
} as const;

/** A pack id: lower-case letters, digits, `.`, `_` and `-` (reverse domain names such as `com.acme.support` work). */
export const PACK_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Semantic Versioning 2.0.0 (semver.org's own regular expression). */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `the ${field} is empty`)
    .max(max, `the ${field} is longer than ${max} characters`);

/** A team rule for the draft check: a phrase the team avoids and the wording it prefers. */
export const packRuleSchema = z
  .strictObject({
    phrase: text('phrase', PACK_LIMITS.rulePhraseLength).describe('The wording the team avoids (matched as whole words, case-insensitively).'),
    preferred: text('preferred wording', PACK_LIMITS.rulePreferredLength).describe('What to write instead.'),
    language: languageTagSchema.optional().describe('BCP 47 language of the phrase; without it the rule applies to every language.'),
    message: text('message', PACK_LIMITS.ruleMessageLength).optional().describe('Why the team prefers the other wording, shown to the agent.'),
  })
  .describe('A team rule for the draft check.');
export type PackRule = z.infer<typeof packRuleSchema>;

const minutes = z
  .number()
  .int('a reply-time target is a whole number of minutes')
  .min(1, 'a reply-time target is at least 1 minute')
  .max(PACK_LIMITS.slaMaxMinutes, `a reply-time target is at most ${PACK_LIMITS.slaMaxMinutes} minutes (30 days)`);

/** Reply-time targets per channel, in minutes (first reply). */
export const packSlaSchema = z
  .strictObject({
    email: minutes.optional().describe('Email: minutes until the first reply.'),
    chat: minutes.optional().describe('Live chat: minutes until the first reply.'),
    social: minutes.optional().describe('Social media: minutes until the first reply.'),
  })
  .describe('Reply-time targets in minutes.');
export type PackSla = z.infer<typeof packSlaSchema>;

/** A `replywell-pack` file (field-level rules; `parsePack` adds the cross-field checks). */
export const packSchema = z
  .strictObject({
    $schema: z.string().max(2048).optional().describe('Where editors find this JSON Schema; ignored by Replywell.'),
    format: z.literal(PACK_FORMAT, { error: `expected "${PACK_FORMAT}"` }).describe('Always "replywell-pack".'),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION, { error: `this version of Replywell reads pack format ${PACK_SCHEMA_VERSION}` }).describe('Version of this format.'),
    id: z
      .string()
      .regex(PACK_ID_PATTERN, 'a pack id is 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit')
      .describe('Stable id of the pack; an upgrade keeps it.'),
    name: text('name', PACK_LIMITS.nameLength).describe('Name shown to agents.'),
    version: z.string().regex(SEMVER_PATTERN, 'expected a semantic version such as "1.2.0"').describe('Semantic version; subscribers upgrade when it rises.'),
    author: text('author', PACK_LIMITS.authorLength).describe('Who maintains the pack.'),
    description: z
      .string()
      .trim()
      .max(PACK_LIMITS.descriptionLength, `the description is longer than ${PACK_LIMITS.descriptionLength} characters`)
      .describe('What the pack is for.'),
    languages: z
      .array(languageTagSchema)
      .min(1, 'list at least one language')
      .max(PACK_LIMITS.languageCount, `more than ${PACK_LIMITS.languageCount} languages`)
      .describe('BCP 47 languages of the templates (every template language and variant language is listed here).'),
    templates: z
      .array(packTemplateSchema)
      .min(1, 'a pack holds at least one template')
      .max(PACK_LIMITS.templateCount, `more than ${PACK_LIMITS.templateCount} templates`)
      .describe('The templates; ids and shortcuts are unique within the pack.'),
    rules: z.array(packRuleSchema).max(PACK_LIMITS.ruleCount, `more than ${PACK_LIMITS.ruleCount} rules`).optional().describe('Team rules for the draft check.'),
    sla: packSlaSchema.optional(),
  })
  .meta({
    $id: 'https://replywell.app/pack.schema.json',
    title: 'Replywell template pack',
    description: 'A pack of reply templates, team rules and reply-time targets for Replywell (docs/packs.md).',
  });

/** A validated pack. */
export type Pack = z.infer<typeof packSchema>;
/** A pack as written by hand (defaults such as `tags` and `channels` may be left out). */
export type PackInput = z.input<typeof packSchema>;
export type { PackTemplate };

/**
 * What is wrong, as a machine code: the options page shows it in the interface language (`packsError…` messages,
 * filled with `params` in order), while `message` stays the English sentence the command line and docs use.
 */
export type PackErrorCode =
  | 'fileTooLarge' // [limit]
  | 'notJson' // [parser's detail]
  | 'circular'
  | 'notObject' // [found type]
  | 'notPack'
  | 'wrongFormat'
  | 'unsupportedVersion' // [version this code reads]
  | 'required'
  | 'wrongType' // [expected type, found type]
  | 'unknownField'
  | 'empty'
  | 'blank'
  | 'tooLong' // [max characters]
  | 'tooFew' // [min items]
  | 'tooMany' // [max items]
  | 'notWholeNumber'
  | 'numberTooSmall' // [min]
  | 'numberTooLarge' // [max]
  | 'invalidPackId'
  | 'invalidTemplateId'
  | 'invalidVersion'
  | 'invalidShortcut' // [min length, max length]
  | 'invalidLanguage'
  | 'invalidSource'
  | 'invalidChoice' // [allowed values, comma-separated]
  | 'listedTwice'
  | 'variantLanguageTwice' // [language]
  | 'duplicateId' // [id, path of the first]
  | 'duplicateShortcut' // [shortcut, path of the first]
  | 'languageNotListed' // [language]
  | 'languageListedTwice' // [language]
  | 'duplicateRule' // [phrase, path of the first]
  | 'controlCharacter' // [U+XXXX]
  | 'invalid';

/** A problem in a pack, at a readable path such as `templates[3].body` (`(root)` for the file itself). */
export interface PackError {
  path: string;
  /** The problem in English (command line, docs, logs). */
  message: string;
  code: PackErrorCode;
  /** Values the message names, in order (`$1`, `$2` of the translated message). */
  params: string[];
}

/** Identifiers that appear in the sidebar and in the composer: no bidirectional overrides. */
const IDENTIFIER_FIELDS = new Set(['id', 'shortcut', 'language', 'folder', 'tags']);

/**
 * The cross-field rules of a pack: unique template ids, shortcuts unique across templates (case-insensitively,
 * as they are typed; a template's language versions may repeat its own shortcut), every language listed, and no
 * control characters that would hide text or smuggle a different reading into a shortcut or title. It reads the
 * value tolerantly (fields of the wrong type are skipped: the schema reports those), so a file with field errors
 * gets these reported in the same run.
 */
export function checkPack(value: unknown): PackError[] {
  const errors: PackError[] = [];
  const pack = asRecord(value);
  const languageList = asList(pack.languages);
  const languages = languageList.every((lang) => typeof lang === 'string') ? new Set(languageList.map((lang) => (lang as string).toLowerCase())) : undefined;
  const ids = new Map<string, number>();
  const shortcuts = new Map<string, { index: number; path: string }>();

  asList(pack.templates).forEach((item, index) => {
    const at = `templates[${index}]`;
    const template = asRecord(item);
    const id = asString(template.id);
    const firstId = id === undefined ? undefined : ids.get(id);
    if (id !== undefined && firstId !== undefined) errors.push({ path: `${at}.id`, message: `the id "${id}" is already used by templates[${firstId}]`, code: 'duplicateId', params: [id, `templates[${firstId}]`] });
    else if (id !== undefined) ids.set(id, index);

    const checkShortcut = (shortcut: string | undefined, path: string) => {
      if (shortcut === undefined) return;
      const key = shortcut.toLocaleLowerCase();
      const first = shortcuts.get(key);
      if (first && first.index !== index) errors.push({ path, message: `the shortcut "${shortcut}" is already used by ${first.path}`, code: 'duplicateShortcut', params: [shortcut, first.path] });
      else if (!first) shortcuts.set(key, { index, path });
    };
    const checkLanguage = (language: string | undefined, path: string) => {
      if (languages && language !== undefined && !languages.has(language.toLowerCase())) errors.push({ path, message: `"${language}" is missing from the pack's languages`, code: 'languageNotListed', params: [language] });
    };
    checkShortcut(asString(template.shortcut), `${at}.shortcut`);
    checkLanguage(asString(template.language), `${at}.language`);
    asList(template.variants).forEach((variant, v) => {
      checkShortcut(asString(asRecord(variant).shortcut), `${at}.variants[${v}].shortcut`);
      checkLanguage(asString(asRecord(variant).language), `${at}.variants[${v}].language`);
    });
  });

  const seenLanguages = new Set<string>();
  languageList.forEach((lang, index) => {
    if (typeof lang !== 'string') return;
    if (seenLanguages.has(lang.toLowerCase())) errors.push({ path: `languages[${index}]`, message: `"${lang}" is listed twice`, code: 'languageListedTwice', params: [lang] });
    seenLanguages.add(lang.toLowerCase());
  });

  const seenRules = new Map<string, number>();
  asList(pack.rules).forEach((item, index) => {
    const rule = asRecord(item);
    const phrase = asString(rule.phrase);
    if (phrase === undefined) return;
    const key = `${asString(rule.language)?.toLowerCase() ?? '*'}\u0000${phrase.trim().toLocaleLowerCase()}`;
    const first = seenRules.get(key);
    if (first !== undefined) errors.push({ path: `rules[${index}].phrase`, message: `the phrase "${phrase}" already has a rule: rules[${first}]`, code: 'duplicateRule', params: [phrase, `rules[${first}]`] });
    else seenRules.set(key, index);
  });

  walkStrings(value, [], (text, path) => {
    const field = [...path].reverse().find((part): part is string => typeof part === 'string');
    const bad = findControlCharacter(text, field !== undefined && IDENTIFIER_FIELDS.has(field));
    if (!bad) return;
    const codePoint = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    errors.push({ path: formatPath(path), message: `contains the invisible control character ${codePoint}`, code: 'controlCharacter', params: [codePoint] });
  });
  return errors;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Orders errors as they appear in the file: by path, with list positions compared as numbers. */
export function comparePaths(a: string, b: string): number {
  const split = (path: string) => path.split(/[.[\]]+/).filter(Boolean);
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

// C0 and C1 controls except tab, line feed and carriage return; U+FEFF is invisible and always a mistake in text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/u;
// Bidirectional overrides and isolates: legitimate in running Persian text, a spoofing tool in identifiers.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

function findControlCharacter(value: string, isIdentifier: boolean): string | undefined {
  return CONTROL.exec(value)?.[0] ?? (isIdentifier ? BIDI_CONTROL.exec(value)?.[0] : undefined);
}

function walkStrings(value: unknown, path: (string | number)[], visit: (value: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
}

/** `['templates', 3, 'body']` → `templates[3].body`; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const name = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || '(root)';
}
