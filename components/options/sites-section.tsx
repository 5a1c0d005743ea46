import { useSignal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { UserSite } from '@/lib/messages';
import type { SupportedSite } from '@/lib/sites/supported';
import { getPatternHost, readUserSiteInput, type UserSiteInputError } from '@/lib/sites/user-site';
import { NoticeLine, type Notice } from './notice';

export interface SitesSectionProps {
  t: Translate;
  supportedSites: readonly SupportedSite[];
  /** The user-added sites; undefined while loading. */
  userSites: Signal<UserSite[] | undefined>;
  /** Why the list could not be loaded, if it could not. */
  loadError: Signal<string | undefined>;
  /**
   * Asks the browser for access to `pattern` and, when granted, adds the site. It is called synchronously from the
   * click (or Enter) so that the browser sees the user gesture its permission prompt requires. Resolves false when
   * the user (or the browser) refused.
   */
  onAdd: (pattern: string) => Promise<boolean>;
  onRemove: (pattern: string) => Promise<void>;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function getErrorText(t: Translate, error: UserSiteInputError, host = ''): string {
  switch (error) {
    case 'empty':
      return t('optionsErrorEmpty');
    case 'invalid':
      return t('optionsErrorInvalid');
    case 'scheme':
      return t('optionsErrorScheme');
    case 'supported':
      return t('optionsErrorSupported', host);
    case 'duplicate':
      return t('optionsErrorDuplicate', host);
  }
}

/** The supported sites, and the user's own sites with a form to add one. */
export function SitesSection({ t, supportedSites, userSites, loadError, onAdd, onRemove }: SitesSectionProps) {
  const input = useSignal('');
  const notice = useSignal<Notice | undefined>(undefined);
  const busy = useSignal(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = 'rw-add-site-error';
  const hasError = notice.value?.kind === 'error';

  const fail = (text: Notice['text']) => {
    notice.value = { kind: 'error', text };
    inputRef.current?.focus();
  };

  // Nothing may be awaited before onAdd: the permission request must run inside the user gesture.
  const add = (pattern: string, host: string) => {
    busy.value = true;
    notice.value = undefined;
    onAdd(pattern)
      .then((added) => {
        if (!added) return fail((t) => t('optionsErrorDenied', host));
        input.value = '';
        notice.value = { kind: 'ok', text: (t) => t('optionsSiteAdded', host) };
      })
      .catch((error: unknown) => fail((t) => t('optionsErrorAddFailed', [host, describe(error)])))
      .finally(() => (busy.value = false));
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    const read = readUserSiteInput(input.value, {
      supportedMatches: supportedSites.flatMap((site) => site.matches),
      userSites: userSites.value ?? [],
    });
    if (!read.ok) return fail((t) => getErrorText(t, read.error, read.host));
    add(read.pattern, read.host);
  };

  const remove = (pattern: string) => {
    const host = getPatternHost(pattern);
    notice.value = undefined;
    onRemove(pattern)
      .then(() => (notice.value = { kind: 'ok', text: (t) => t('optionsSiteRemoved', host) }))
      .catch((error: unknown) => (notice.value = { kind: 'error', text: (t) => t('optionsErrorRemoveFailed', [host, describe(error)]) }));
  };

  const sites = userSites.value;
  return (
    <section class="rw-card" aria-labelledby="rw-sites-title">
      <h2 id="rw-sites-title">{t('optionsSites')}</h2>
      <p id="rw-supported-intro">{t('optionsSupportedSites')}</p>
      <ul class="rw-supported" aria-labelledby="rw-supported-intro">
        {supportedSites.map((site) => (
          <li key={site.id}>{site.name}</li>
        ))}
      </ul>

      <h3 id="rw-user-sites-title">{t('optionsUserSites')}</h3>
      <p id="rw-user-sites-help">{t('optionsUserSitesHelp')}</p>
      <form class="rw-add-site" onSubmit={onSubmit} noValidate>
        <label for="rw-site-address">{t('optionsAddSiteLabel')}</label>
        <div class="rw-row">
          <input
            ref={inputRef}
            id="rw-site-address"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            dir="ltr"
            placeholder="help.example.com"
            value={input.value}
            aria-invalid={hasError}
            aria-describedby={hasError ? `${errorId} rw-user-sites-help` : 'rw-user-sites-help'}
            onInput={(event) => {
              input.value = (event.currentTarget as HTMLInputElement).value;
              if (notice.value?.kind === 'error') notice.value = undefined;
            }}
          />
          <button type="submit" class="rw-button rw-primary" aria-disabled={busy.value}>
            {t('optionsAddSite')}
          </button>
        </div>
        <NoticeLine t={t} notice={notice} errorId={errorId} />
      </form>

      {loadError.value !== undefined && (
        <p class="rw-warning" role="alert">
          {loadError.value}
        </p>
      )}
      {sites !== undefined && sites.length === 0 && <p class="rw-muted">{t('optionsNoUserSites')}</p>}
      {sites !== undefined && sites.length > 0 && (
        <ul class="rw-user-sites" aria-labelledby="rw-user-sites-title">
          {sites.map((site) => {
            const host = getPatternHost(site.pattern);
            return (
              <li key={site.pattern} data-granted={site.granted}>
                <span class="rw-site-host" dir="ltr">
                  {site.pattern.slice(0, -2)}
                </span>
                {!site.granted && (
                  <>
                    <span class="rw-warning">{t('optionsSiteNotGranted')}</span>
                    <button type="button" class="rw-button" onClick={() => add(site.pattern, host)}>
                      {t('optionsSiteAllowAgain', host)}
                    </button>
                  </>
                )}
                <button type="button" class="rw-button" onClick={() => remove(site.pattern)}>
                  {t('optionsRemoveSite', host)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
