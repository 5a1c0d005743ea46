import * as z from 'zod/mini';
import { UI_LANGUAGES, type UiLanguage } from '../i18n';
import type { ShortcutTemplate } from '../messages';

const inEveryLanguage = z.object(Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, z.string().check(z.trim(), z.minLength(1))])) as Record<UiLanguage, z.ZodMiniString>);

/** The shape of templates/builtin.json: each built-in template with its title and text in every UI language. */
export const builtinTemplatesSchema = z.object({
  templates: z.array(
    z.object({
      id: z.string().check(z.regex(/^builtin-[a-z]+(-[a-z]+)*$/)),
      shortcut: z.string().check(z.regex(/^;[\p{L}\p{N}-]{1,31}$/u)),
      title: inEveryLanguage,
      text: inEveryLanguage,
    }),
  ),
});
export type BuiltinTemplates = z.infer<typeof builtinTemplatesSchema>;

/**
 * The templates that ship inside the extension, in one interface language, so that insertion and shortcut
 * expansion work before the user has templates of their own. The data is validated here, where it is read.
 */
export function getBuiltinTemplates(data: unknown, lang: UiLanguage): ShortcutTemplate[] {
  return builtinTemplatesSchema.parse(data).templates.map((template) => ({
    id: template.id,
    shortcut: template.shortcut,
    title: template.title[lang],
    text: template.text[lang],
  }));
}
