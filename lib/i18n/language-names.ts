import type { UiLanguage } from './index';

/** Each interface language named in itself, so a reader finds their language whatever the page is shown in. */
export const LANGUAGE_AUTONYMS: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  nb: 'Norsk bokmål',
  fi: 'Suomi',
  fa: 'فارسی',
};
