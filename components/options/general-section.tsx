import type { Signal } from '@preact/signals';
import { UI_LANGUAGES, type Translate } from '@/lib/i18n';
import { LANGUAGE_AUTONYMS } from '@/lib/i18n/language-names';
import { TRIGGER_KEYS, type Settings } from '@/lib/platform/storage';
import type { Notice } from './notice';
import { NoticeLine } from './notice';

export interface GeneralSectionProps {
  t: Translate;
  settings: Signal<Settings>;
  /** "Saved." or why saving failed; shown next to the controls. */
  notice: Signal<Notice | undefined>;
  onChange: (next: Partial<Settings>) => void;
}

/** Interface language and shortcut trigger key, each saved as soon as it changes. */
export function GeneralSection({ t, settings, notice, onChange }: GeneralSectionProps) {
  const { uiLanguage, triggerKey } = settings.value;
  return (
    <section class="rw-card" aria-labelledby="rw-general-title">
      <h2 id="rw-general-title">{t('optionsGeneral')}</h2>
      <div class="rw-field">
        <label for="rw-language">{t('optionsLanguage')}</label>
        <select
          id="rw-language"
          value={uiLanguage}
          onChange={(event) => onChange({ uiLanguage: (event.currentTarget as HTMLSelectElement).value as Settings['uiLanguage'] })}
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {UI_LANGUAGES.map((lang) => (
            // Autonyms carry their own language so that screen readers pronounce them right.
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_AUTONYMS[lang]}
            </option>
          ))}
        </select>
      </div>
      <div class="rw-field">
        <label for="rw-trigger">{t('optionsTriggerKey')}</label>
        <select
          id="rw-trigger"
          value={triggerKey}
          onChange={(event) => onChange({ triggerKey: (event.currentTarget as HTMLSelectElement).value as Settings['triggerKey'] })}
        >
          {TRIGGER_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`optionsTrigger${key}`)}
            </option>
          ))}
        </select>
      </div>
      <NoticeLine t={t} notice={notice} />
    </section>
  );
}
