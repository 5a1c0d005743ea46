import * as z from 'zod';

// The one definition of a template: personal templates in the database, templates inside pack files (lib/packs/)
// and the starter packs in templates/ all use these fields. Full zod (not zod/mini): it is parsed in extension
// pages and the background, never in the content script, which receives templates already validated.

/** Upper bounds of every template field, shared with the pack limits (lib/packs/). */
export const TEMPLATE_LIMITS = {
  /** Characters of an id (a slug). */
  idLength: 64,
  titleLength: 120,
  bodyLength: 10_000,
  shortcutMinLength: 2,
  shortcutMaxLength: 32,
  tagLength: 40,
  tagCount: 20,
  folderLength: 80,
  /** Language versions besides the template's own language. */
  variantCount: 20,
} as const;

/** The channels a template suits; a template without `channels` suits all of them. */
export const TEMPLATE_CHANNELS = ['email', 'chat', 'social'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const SHORTCUT_PATTERN = /^\S{2,32}$/;
/** `source` of a template installed from a pack: `pack:` + the pack's id. */
export const PACK_SOURCE_PREFIX = 'pack:';
const SOURCE_PATTERN = /^(personal|pack:[a-z0-9][a-z0-9._-]{0,63})$/;
// BCP 47 shape (language, then subtags); Intl then checks it is well-formed.
const LANGUAGE_PATTERN = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;

function isWellFormedLanguageTag(tag: string): boolean {
  if (!LANGUAGE_PATTERN.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as `en`, `nb`, `fa` or `pt-BR`. */
export const languageTagSchema = z.string().refine(isWellFormedLanguageTag, { message: 'expected a BCP 47 language tag such as "en", "nb" or "pt-BR"' });

const titleSchema = z
  .string()
  .trim()
  .min(1, 'the title is empty')
  .max(TEMPLATE_LIMITS.titleLength, `the title is longer than ${TEMPLATE_LIMITS.titleLength} characters`);
const bodySchema = z
  .string()
  .min(1, 'the text is empty')
  .max(TEMPLATE_LIMITS.bodyLength, `the text is longer than ${TEMPLATE_LIMITS.bodyLength} characters`)
  .refine((body) => body.trim().length > 0, { message: 'the text is only white space', params: { code: 'blank' } });
const shortcutSchema = z.string().regex(SHORTCUT_PATTERN, `a shortcut is ${TEMPLATE_LIMITS.shortcutMinLength}–${TEMPLATE_LIMITS.shortcutMaxLength} characters without spaces, e.g. ";refund"`);
const epochMs = z.number().int().nonnegative();

/** Another language version of the same template. */
export const templateVariantSchema = z.object({
  language: languageTagSchema,
  title: titleSchema,
  body: bodySchema,
  shortcut: shortcutSchema.optional(),
});
export type TemplateVariant = z.infer<typeof templateVariantSchema>;

const templateFields = {
  id: z.string().regex(TEMPLATE_ID_PATTERN, 'an id is 1–64 lower-case letters, digits and hyphens, starting with a letter or digit'),
  title: titleSchema,
  body: bodySchema,
  shortcut: shortcutSchema.optional(),
  tags: z
    .array(z.string().trim().min(1, 'a tag is empty').max(TEMPLATE_LIMITS.tagLength, `a tag is longer than ${TEMPLATE_LIMITS.tagLength} characters`))
    .max(TEMPLATE_LIMITS.tagCount, `more than ${TEMPLATE_LIMITS.tagCount} tags`)
    .default([]),
  folder: z.string().trim().min(1, 'the folder name is empty').max(TEMPLATE_LIMITS.folderLength, `the folder name is longer than ${TEMPLATE_LIMITS.folderLength} characters`).optional(),
  language: languageTagSchema,
  variants: z.array(templateVariantSchema).max(TEMPLATE_LIMITS.variantCount, `more than ${TEMPLATE_LIMITS.variantCount} language versions`).optional(),
  channels: z
    .array(z.enum(TEMPLATE_CHANNELS))
    .min(1, 'choose at least one channel')
    .refine((list) => new Set(list).size === list.length, { message: 'a channel is listed twice', params: { code: 'listedTwice' } })
    .default([...TEMPLATE_CHANNELS]),
  createdAt: epochMs.optional(),
  updatedAt: epochMs.optional(),
  source: z.string().regex(SOURCE_PATTERN, 'expected "personal" or "pack:<pack id>"').optional(),
  usageCount: z.number().int().nonnegative().optional(),
  lastUsedAt: epochMs.optional(),
};

function checkVariants(template: { language: string; variants?: TemplateVariant[] }, ctx: z.RefinementCtx): void {
  const seen = new Set([template.language.toLowerCase()]);
  template.variants?.forEach((variant, index) => {
    const lang = variant.language.toLowerCase();
    if (seen.has(lang)) ctx.addIssue({ code: 'custom', path: ['variants', index, 'language'], message: `there is already a version in "${variant.language}"`, params: { code: 'variantLanguageTwice', params: [variant.language] } });
    seen.add(lang);
  });
}

/** A template as stored and as written in pack files (packs omit `source`, `usageCount` and `lastUsedAt`). */
export const templateSchema = z.object(templateFields).superRefine(checkVariants);
export type Template = z.infer<typeof templateSchema>;
/** What a caller hands in before defaults are applied (tags and channels may be left out). */
export type TemplateInput = z.input<typeof templateSchema>;

/**
 * A template as the database stores it: a pack template's row id is `<packId>/<templateId>` (lib/packs/), so the
 * id is any non-empty string here; everything else is checked as in `templateSchema`.
 */
export const storedTemplateSchema = z.object({ ...templateFields, id: z.string().min(1).max(200) }).superRefine(checkVariants);
export type StoredTemplate = z.infer<typeof storedTemplateSchema>;

/** A template inside a pack file: the same fields minus those set on install or by use; unknown keys are errors. */
export const packTemplateSchema = z
  .strictObject({
    id: templateFields.id,
    title: templateFields.title,
    body: templateFields.body,
    shortcut: templateFields.shortcut,
    tags: templateFields.tags,
    folder: templateFields.folder,
    language: templateFields.language,
    variants: templateFields.variants,
    channels: templateFields.channels,
    createdAt: templateFields.createdAt,
    updatedAt: templateFields.updatedAt,
  })
  .superRefine(checkVariants);
export type PackTemplate = z.infer<typeof packTemplateSchema>;

/** The `source` value of templates installed from the pack with this id. */
export function getPackSource(packId: string): string {
  return PACK_SOURCE_PREFIX + packId;
}

/** The pack id of a template's source, or undefined for a personal template. */
export function getSourcePackId(source: string | undefined): string | undefined {
  return source?.startsWith(PACK_SOURCE_PREFIX) ? source.slice(PACK_SOURCE_PREFIX.length) : undefined;
}

/** Whether the template is read-only in the manager (it came from a pack; "customise" makes a personal copy). */
export function isPackTemplate(template: Pick<Template, 'source'>): boolean {
  return getSourcePackId(template.source) !== undefined;
}

/** Validation errors as `{ path, message }` with a dotted path (`variants.0.title`), for forms and pack errors. */
export function getIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
