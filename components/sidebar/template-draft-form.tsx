import { useSignal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';

export interface TemplateDraftFormProps {
  t: Translate;
  onSave: (title: string, shortcut: string | undefined) => Promise<void>;
  onCancel: () => void;
}

/** "New template from the current draft": a title and an optional shortcut; errors are shown as they come back. */
export function TemplateDraftForm({ t, onSave, onCancel }: TemplateDraftFormProps) {
  const title = useSignal('');
  const shortcut = useSignal('');
  const error = useSignal<string | undefined>(undefined);
  return (
    <form
      class="rw-tpl-form"
      aria-label={t('templatesNewFromDraft')}
      onSubmit={(event) => {
        event.preventDefault();
        error.value = undefined;
        void onSave(title.value.trim(), shortcut.value.trim() || undefined).catch((caught: unknown) => (error.value = caught instanceof Error ? caught.message : String(caught)));
      }}
    >
      <label class="rw-field">
        <span class="rw-label">{t('templatesNewTitle')}</span>
        <input class="rw-input" type="text" required maxLength={120} value={title.value} onInput={(event) => (title.value = (event.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="rw-field">
        <span class="rw-label">{t('templatesNewShortcut')}</span>
        <input class="rw-input" type="text" dir="ltr" maxLength={32} placeholder=";refund" value={shortcut.value} onInput={(event) => (shortcut.value = (event.currentTarget as HTMLInputElement).value)} />
      </label>
      {error.value && (
        <p class="rw-tpl-error" role="alert">
          {error.value}
        </p>
      )}
      <div class="rw-tpl-actions">
        <button type="submit" class="rw-button">
          {t('templatesNewSave')}
        </button>
        <button type="button" class="rw-button rw-button-secondary" onClick={onCancel}>
          {t('templatesCancel')}
        </button>
      </div>
    </form>
  );
}
