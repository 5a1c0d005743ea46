import type { Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';

/** Counts what the agent has written so far; the positive-language check builds on the same draft signal. */
export function DraftSection({ t, draft }: { t: Translate; draft: Signal<string | undefined> }) {
  const text = draft.value?.trim() ?? '';
  if (!text) return <p class="rw-muted">{t('draftEmpty')}</p>;
  const words = text.split(/\s+/u).filter(Boolean).length;
  return <p class="rw-muted">{t('draftCounts', [String(words), String(text.length)])}</p>;
}
