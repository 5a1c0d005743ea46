import type { Template } from './schema';

/** One language version of a template: its own language or one of its variants. */
export interface TemplateVersion {
  language: string;
  title: string;
  body: string;
  shortcut?: string;
}

function getPrimary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/** Every language version of a template, its own language first. */
export function getTemplateVersions(template: Pick<Template, 'language' | 'title' | 'body' | 'shortcut' | 'variants'>): TemplateVersion[] {
  const own: TemplateVersion = { language: template.language, title: template.title, body: template.body, shortcut: template.shortcut };
  return [own, ...(template.variants ?? [])];
}

/**
 * The version to offer for a language: the exact tag, else the same primary language (`pt-BR` for `pt`), else
 * the template's own version. Without a language the template's own version.
 */
export function getTemplateVersion(template: Pick<Template, 'language' | 'title' | 'body' | 'shortcut' | 'variants'>, lang?: string): TemplateVersion {
  const versions = getTemplateVersions(template);
  if (!lang) return versions[0]!;
  const wanted = lang.toLowerCase();
  return (
    versions.find((version) => version.language.toLowerCase() === wanted) ??
    versions.find((version) => getPrimary(version.language) === getPrimary(wanted)) ??
    versions[0]!
  );
}

/** Whether a template has a version in the language (exact or same primary language). */
export function hasTemplateLanguage(template: Pick<Template, 'language' | 'variants'>, lang: string): boolean {
  const wanted = getPrimary(lang);
  return getPrimary(template.language) === wanted || (template.variants ?? []).some((variant) => getPrimary(variant.language) === wanted);
}
