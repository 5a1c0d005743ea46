import type { Translate } from '@/lib/i18n';
import type { InstalledPack } from '@/lib/packs/store';

export interface PackListProps {
  t: Translate;
  packs: readonly InstalledPack[];
  /** BCP 47 locale for dates. */
  locale: string;
  onRemove: (pack: InstalledPack) => void;
  onCheck: (pack: InstalledPack) => void;
  busy: boolean;
}

function getOriginText(t: Translate, pack: InstalledPack): string {
  switch (pack.origin) {
    case 'url':
      return t('packsOriginUrl', pack.url ?? '');
    case 'policy':
      return t('packsOriginPolicy');
    case 'starter':
      return t('packsOriginStarter');
    case 'file':
      return t('packsOriginFile');
  }
}

/** The installed packs: version, where each came from, its templates, and what its last update changed. */
export function PackList({ t, packs, locale, onRemove, onCheck, busy }: PackListProps) {
  if (packs.length === 0) return <p class="rw-muted">{t('packsNone')}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul class="rw-packs" aria-labelledby="rw-packs-installed-title">
      {packs.map((pack) => {
        const titleId = `rw-pack-${pack.id}`;
        const changes = pack.lastChanges;
        return (
          <li key={pack.id} class="rw-pack" aria-labelledby={titleId}>
            <h4 id={titleId} dir="auto">
              {pack.name}
            </h4>
            <p class="rw-pack-meta">
              {t('packsVersion', pack.version)}
              <span aria-hidden="true"> · </span>
              {t('packsTemplateCount', String(pack.templateCount))}
              <span aria-hidden="true"> · </span>
              <bdi>{getOriginText(t, pack)}</bdi>
            </p>
            {pack.description && (
              <p class="rw-muted" dir="auto">
                {pack.description}
              </p>
            )}
            {pack.checkedAt !== undefined && <p class="rw-muted">{t('packsCheckedAt', date.format(pack.checkedAt))}</p>}
            {pack.lastError && <p class="rw-warning">{t('packsLastError', pack.lastError)}</p>}
            {changes && (
              <div class="rw-pack-changes">
                <p>{t('packsLastChanges', [changes.from, changes.to])}</p>
                {changes.added.length + changes.changed.length + changes.removed.length === 0 ? (
                  <p class="rw-muted">{t('packsNoChanges')}</p>
                ) : (
                  <ul>
                    {changes.added.length > 0 && <li>{t('packsAdded', changes.added.join(', '))}</li>}
                    {changes.changed.length > 0 && <li>{t('packsChanged', changes.changed.join(', '))}</li>}
                    {changes.removed.length > 0 && <li>{t('packsRemoved', changes.removed.join(', '))}</li>}
                  </ul>
                )}
              </div>
            )}
            <div class="rw-row">
              {pack.url !== undefined && (
                <button type="button" class="rw-button" aria-disabled={busy} onClick={() => !busy && onCheck(pack)}>
                  {t('packsCheck', pack.name)}
                </button>
              )}
              {pack.origin !== 'policy' && (
                <button type="button" class="rw-button" aria-disabled={busy} onClick={() => !busy && onRemove(pack)}>
                  {t('packsRemove', pack.name)}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
