import { useSignal, useSignalEffect, type ReadonlySignal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
// Types only: the hints are computed in the background, where the etiquette data lives.
import type { DraftHint } from '@/lib/locale/hints';

/** Who the draft is written to: the Customer card's location (confirmed, else the best guess) and the page's facts. */
export interface DraftHintsCustomer {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  timeZone?: string;
  customerName?: string;
  /** Whether no reply of the agent's shows in the conversation yet. */
  firstContact?: boolean;
}

export interface DraftHintsProps {
  t: Translate;
  /** The composer's text as the agent types (undefined: no composer). */
  draft: ReadonlySignal<string | undefined>;
  /** The customer; undefined while no country is known, and then nothing is asked. */
  customer: ReadonlySignal<DraftHintsCustomer | undefined>;
  /** Asks the background for the hints of one draft. */
  load: (draft: string, customer: DraftHintsCustomer) => Promise<DraftHint[]>;
  /** Quiet time after the last keystroke before asking (ms). */
  delay?: number;
}

/** Typing pauses shorter than this do not ask the background: a burst of keystrokes asks once. */
export const DRAFT_HINTS_DELAY = 400;

const KIND_KEYS: Record<DraftHint['kind'], string> = {
  'greeting-missing': 'hintKindEtiquette',
  'first-name-only': 'hintKindEtiquette',
  'informal-greeting': 'hintKindEtiquette',
  'reply-on-holiday': 'hintKindClock',
  'reply-on-weekend': 'hintKindClock',
  'reply-at-night': 'hintKindClock',
  'promise-on-holiday': 'hintKindPromise',
  'promise-on-weekend': 'hintKindPromise',
};

/**
 * "While you write": etiquette and timing hints about the draft for this customer (a greeting before the
 * troubleshooting, a title with the family name, a night or holiday there, a promised day that is their weekend),
 * each with its suggestion and a Dismiss that lasts for this draft. It asks the background after a pause in typing,
 * never on every keystroke, and a failure shows as one muted line, never as an exception in the host page.
 */
export function DraftHints({ t, draft, customer, load, delay = DRAFT_HINTS_DELAY }: DraftHintsProps) {
  const hints = useSignal<DraftHint[]>([]);
  const failed = useSignal<string | undefined>(undefined);
  const dismissed = useSignal<ReadonlySet<string>>(new Set());
  // The answer to an older draft may arrive after a newer one's: only the latest request's answer is shown.
  const latest = useSignal(0);
  const customerKey = useSignal('');

  useSignalEffect(() => {
    const text = draft.value?.trim() ?? '';
    const who = customer.value;
    const key = who ? JSON.stringify(who) : '';
    // Dismissals hold for one draft to one customer: an emptied composer (sent or cleared) or another customer starts afresh.
    if (!text || key !== customerKey.peek()) dismissed.value = new Set();
    customerKey.value = key;
    const request = latest.peek() + 1;
    latest.value = request;
    if (!who || text.length < 2) {
      hints.value = [];
      failed.value = undefined;
      return;
    }
    const timer = setTimeout(() => {
      load(text, who).then(
        (answer) => {
          if (latest.peek() !== request) return;
          hints.value = answer;
          failed.value = undefined;
        },
        (cause: unknown) => {
          if (latest.peek() !== request) return;
          hints.value = [];
          failed.value = cause instanceof Error ? cause.message : String(cause);
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  });

  const shown = hints.value.filter((hint) => !dismissed.value.has(hint.id));
  if (failed.value !== undefined) return <p class="rw-muted rw-hints-failed">{t('hintFailed', failed.value)}</p>;
  if (shown.length === 0) return null;
  return (
    <div class="rw-hints">
      <h3 class="rw-draft-heading" id="rw-hints-heading">
        {t('hintHeading')}
      </h3>
      <ul class="rw-list" aria-labelledby="rw-hints-heading">
        {shown.map((hint) => (
          <li key={hint.id} class="rw-draft-finding rw-hint" data-kind={hint.kind}>
            <span class="rw-draft-category">{t(KIND_KEYS[hint.kind])}</span>
            <p class="rw-draft-message">{hint.message}</p>
            {hint.suggestion && (
              <p class="rw-hint-suggestion">
                <span class="rw-label">{t('hintSuggestion')}</span>{' '}
                {/* An opening is in the draft's language, which may run the other way from the interface's. */}
                <span class="rw-draft-suggestion-text" dir="auto">
                  {hint.suggestion}
                </span>
              </p>
            )}
            <button type="button" class="rw-link-button" aria-label={t('hintDismissNamed', hint.message)} onClick={() => (dismissed.value = new Set([...dismissed.value, hint.id]))}>
              {t('hintDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
