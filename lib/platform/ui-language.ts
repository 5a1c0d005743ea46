import { browser } from 'wxt/browser';
import { createTranslator, getDirection, resolveUiLanguage, type Translate, type UiLanguagePreference } from '../i18n';
import { sendToBackground } from './messaging';

/** The translator of the interface language an extension page should use, with its language tag and direction. */
export interface UiLocale {
  t: Translate;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Loads the messages of the chosen interface language from the background (browser.i18n only knows the browser's
 * own language). When the background cannot answer, the browser's language still gives a working page.
 */
export async function loadUiLocale(preference: UiLanguagePreference): Promise<UiLocale> {
  const lang = resolveUiLanguage(preference, browser.i18n.getUILanguage());
  try {
    return { t: createTranslator(await sendToBackground({ type: 'getUiMessages', lang })), lang, dir: getDirection(lang) };
  } catch {
    const fallbackLang = browser.i18n.getUILanguage();
    const t: Translate = (key, subs) => browser.i18n.getMessage(key as never, subs as string[] | undefined) || key;
    return { t, lang: fallbackLang, dir: getDirection(fallbackLang) };
  }
}
