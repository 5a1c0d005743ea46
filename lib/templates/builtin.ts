import * as z from 'zod';
import { templateSchema, type Template } from './schema';

/** The shape of templates/builtin.json: templates in the template schema, ids starting with `builtin-`. */
export const builtinTemplatesSchema = z.object({
  templates: z.array(templateSchema.refine((template) => template.id.startsWith('builtin-'), { message: 'a built-in template id starts with "builtin-"', path: ['id'] })),
});

/**
 * The templates that ship inside the extension, validated here where they are read. They are offered beside the
 * stored ones; a stored template with the same id or shortcut takes a built-in one's place.
 */
export function getBuiltinTemplates(data: unknown): Template[] {
  return builtinTemplatesSchema.parse(data).templates;
}

/** The built-in templates that no stored template replaces (same id or same shortcut), then the stored ones. */
export function withBuiltinTemplates<T extends Pick<Template, 'id' | 'shortcut'>>(stored: readonly T[], builtin: readonly Template[]): (T | Template)[] {
  const ids = new Set(stored.map((template) => template.id));
  const shortcuts = new Set(stored.flatMap((template) => (template.shortcut ? [template.shortcut.toLowerCase()] : [])));
  // Built-in templates first: with nothing typed and nothing used yet, the sidebar lists them at the top.
  return [...builtin.filter((template) => !ids.has(template.id) && !(template.shortcut && shortcuts.has(template.shortcut.toLowerCase()))), ...stored];
}
