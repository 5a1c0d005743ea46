import type { Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';

/**
 * A short message after an action: a confirmation or an error that says what went wrong. Its text is made when it
 * is shown, so that a notice still on screen follows a change of interface language.
 */
export interface Notice {
  kind: 'ok' | 'error';
  text: (t: Translate) => string;
}

/**
 * Two live regions that stay in the DOM, so screen readers announce each change: confirmations politely,
 * errors assertively. `errorId` lets a field point at the error with aria-describedby.
 */
export function NoticeLine({ t, notice, errorId }: { t: Translate; notice: Signal<Notice | undefined>; errorId?: string }) {
  const current = notice.value;
  return (
    <div class="rw-notice">
      <p role="status" class="rw-notice-ok">
        {current?.kind === 'ok' ? current.text(t) : ''}
      </p>
      <p role="alert" id={errorId} class="rw-notice-error">
        {current?.kind === 'error' ? current.text(t) : ''}
      </p>
    </div>
  );
}
