import type { Translate } from '@/lib/i18n';

/** Reply times for the current conversation; empty until the response-time log records one. */
export function ReplyTimesSection({ t }: { t: Translate }) {
  return <p class="rw-muted">{t('replyTimesEmpty')}</p>;
}
