/** The languages Replywell's interface is written in; the first is the fallback. */
export const UI_LANGUAGES = ['en', 'nb', 'fi', 'fa'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type UiLanguagePreference = UiLanguage | 'auto';

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

/** One entry of a `_locales/<lang>/messages.json` file, as Chrome and Firefox define it. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/** Picks the interface language: the user's choice, else the browser's language when we have it, else English. */
export function resolveUiLanguage(preference: UiLanguagePreference, browserLanguage: string): UiLanguage {
  if (preference !== 'auto') return preference;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  // Norwegian: "no" and "nn" readers are served Bokmål, the variant we write.
  const mapped = primary === 'no' || primary === 'nn' ? 'nb' : primary;
  return (UI_LANGUAGES as readonly string[]).includes(mapped) ? (mapped as UiLanguage) : 'en';
}

/** Text direction of a BCP 47 language tag. */
export function getDirection(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

/**
 * Makes `t(key, substitutions)` over one locale's messages with the browser's own rules: `$name$` placeholders
 * whose content is `$1`…`$9`, and `$$` for a literal dollar. A key missing from `messages` falls back to
 * `fallback`, then to the key itself, so a gap shows up in the UI instead of an empty label.
 */
export function createTranslator(messages: LocaleMessages, fallback: LocaleMessages = {}): Translate {
  return (key, substitutions) => {
    const entry = messages[key] ?? fallback[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
    const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return placeholder ? placeholder[1].content : whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_, ref: string) => (ref === '$' ? '$' : (subs[Number(ref) - 1] ?? '')));
  };
}
