import type { Signal } from '@preact/signals';

/** A short message after an action: a confirmation or an error that says what went wrong. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * Two live regions that stay in the DOM, so screen readers announce each change: confirmations politely,
 * errors assertively. `errorId` lets a field point at the error with aria-describedby.
 */
export function NoticeLine({ notice, errorId }: { notice: Signal<Notice | undefined>; errorId?: string }) {
  const current = notice.value;
  return (
    <div class="rw-notice">
      <p role="status" class="rw-notice-ok">
        {current?.kind === 'ok' ? current.text : ''}
      </p>
      <p role="alert" id={errorId} class="rw-notice-error">
        {current?.kind === 'error' ? current.text : ''}
      </p>
    </div>
  );
}
