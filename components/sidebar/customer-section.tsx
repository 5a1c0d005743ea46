import type { Translate } from '@/lib/i18n';

/** The customer card; until a site adapter reads the conversation it names the site and says nothing was read. */
export function CustomerSection({ t, siteName }: { t: Translate; siteName: string }) {
  return (
    <div>
      <p class="rw-muted">{t('customerSite', siteName)}</p>
      <p class="rw-muted">{t('customerNothingRead')}</p>
    </div>
  );
}
