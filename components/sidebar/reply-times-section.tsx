import { useSignal, useSignalEffect, type Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { getSlaState, type ThreadClock } from '@/lib/responses/clock';
import { formatDuration } from '@/lib/responses/format';

export interface ReplyTimesSectionProps {
  t: Translate;
  lang: string;
  /** The current conversation's clock; undefined while it loads or when the page shows no conversation. */
  clock: Signal<ThreadClock | undefined>;
  /** The channel of the current conversation (its target), or undefined when there is no conversation. */
  channel: Signal<'email' | 'chat' | 'social' | undefined>;
  /** The site shows no times of its own for customer messages: offer to start and stop the clock by hand. */
  offerManual: Signal<boolean>;
  /** The outcome of the last action, read out politely. */
  status: Signal<string | undefined>;
  onStartClock: () => void;
  onMarkAnswered: () => void;
  onOpenDashboard: () => void;
}

const STATE_KEYS = { ok: 'replyTimesOnTime', near: 'replyTimesNear', breached: 'replyTimesBreached' } as const;
const TARGET_KEYS = { email: 'replyTimesTargetEmail', chat: 'replyTimesTargetChat', social: 'replyTimesTargetSocial' } as const;

/** How long the customer of this conversation has waited (ticking), against its target, and today's median. */
export function ReplyTimesSection(props: ReplyTimesSectionProps) {
  const { t, lang, clock, channel } = props;
  const now = useSignal(Date.now());
  // Tick once a second only while someone is waiting; the section re-renders only itself.
  useSignalEffect(() => {
    if (clock.value?.waitingSince == null) return;
    const timer = setInterval(() => (now.value = Date.now()), 1000);
    return () => clearInterval(timer);
  });

  const current = clock.value;
  if (!channel.value) return <p class="rw-muted">{t('replyTimesNoConversation')}</p>;
  const waited = current?.waitingSince != null ? now.value - current.waitingSince : undefined;
  const state = waited !== undefined && current ? getSlaState(waited, current.slaMinutes) : undefined;
  return (
    <div class="rw-reply-times">
      {current === undefined ? (
        <p class="rw-muted">{t('replyTimesLoading')}</p>
      ) : (
        <>
          {waited !== undefined && state ? (
            <p class={`rw-clock rw-clock-${state}`}>
              <strong class="rw-clock-time">{t('replyTimesWaiting', formatDuration(waited, lang))}</strong>
              <span class="rw-clock-state">{t(STATE_KEYS[state])}</span>
            </p>
          ) : (
            <p>{current.lastReplyAt !== null ? t('replyTimesAnswered', formatDuration(now.value - current.lastReplyAt, lang)) : t('replyTimesNothingWaiting')}</p>
          )}
          <p class="rw-muted">{t(TARGET_KEYS[channel.value], formatDuration(current.slaMinutes * 60_000, lang))}</p>
          <p class="rw-muted">
            {current.todayMedianMs === null ? t('replyTimesTodayNone') : t('replyTimesToday', [formatDuration(current.todayMedianMs, lang), String(current.todayReplies)])}
          </p>
        </>
      )}
      {props.offerManual.value && (
        <div class="rw-actions">
          <button type="button" class="rw-button" onClick={props.onStartClock}>
            {t('replyTimesStartClock')}
          </button>
          <button type="button" class="rw-button" onClick={props.onMarkAnswered}>
            {t('replyTimesMarkAnswered')}
          </button>
        </div>
      )}
      <button type="button" class="rw-link-button" onClick={props.onOpenDashboard}>
        {t('replyTimesOpenDashboard')}
      </button>
      <p class="rw-status" role="status" aria-live="polite">
        {props.status.value ?? ''}
      </p>
    </div>
  );
}
