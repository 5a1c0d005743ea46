import type { Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';

/** What the popup knows about the active tab. */
export type PopupStatus =
  | { kind: 'loading' }
  /** No Replywell content script answered: a page outside the supported and added sites. */
  | { kind: 'absent' }
  | { kind: 'present'; host: string; enabled: boolean };

export interface PopupProps {
  t: Translate;
  status: Signal<PopupStatus>;
  /** Why the switch could not be saved, if it could not. */
  error: Signal<string | undefined>;
  onToggle: (enabled: boolean) => void;
  onOpenOptions: () => void;
}

/** The per-site switch for the active tab and the way to the settings. */
export function Popup({ t, status, error, onToggle, onOpenOptions }: PopupProps) {
  const current = status.value;
  return (
    <main class="rw-popup" aria-busy={current.kind === 'loading'}>
      {current.kind === 'present' && (
        <div class="rw-switch-row">
          <label for="rw-site-switch">{t('popupEnabledOn', current.host)}</label>
          <input
            id="rw-site-switch"
            type="checkbox"
            role="switch"
            class="rw-switch"
            checked={current.enabled}
            onChange={(event) => onToggle((event.currentTarget as HTMLInputElement).checked)}
          />
        </div>
      )}
      {current.kind === 'absent' && <p>{t('popupNotHere')}</p>}
      <p role="alert" class="rw-notice-error">
        {error.value ?? ''}
      </p>
      <button type="button" class={current.kind === 'absent' ? 'rw-button rw-primary' : 'rw-button'} onClick={onOpenOptions}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
