import { useSignal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { PackError } from '@/lib/packs/schema';
import type { InstalledPack, PackCheckResult, PackInstallAnswer, PacksOverview } from '@/lib/packs/store';
import { readSubscriptionUrl, type SubscriptionUrlError } from '@/lib/packs/subscription';
import { PackErrorList } from './pack-errors';
import { PackExport, type PackExportProps } from './pack-export';
import { PackList } from './pack-list';

export interface PacksViewProps {
  t: Translate;
  /** BCP 47 locale of the interface, for dates. */
  locale: string;
  /** Installed and starter packs; undefined while loading. */
  overview: Signal<PacksOverview | undefined>;
  loadError: Signal<string | undefined>;
  /** Installs the text of a pack file. */
  onImport: (text: string) => Promise<PackInstallAnswer>;
  /**
   * Asks the browser for access to `originPattern` and, when granted, subscribes to `url`. Called synchronously
   * from the click so that the permission prompt sees the user gesture; resolves 'denied' when refused.
   */
  onSubscribe: (url: string, originPattern: string) => Promise<PackInstallAnswer | 'denied'>;
  onRemove: (id: string) => Promise<void>;
  onCheck: (id: string) => Promise<PackCheckResult[]>;
  onInstallStarter: (language: string) => Promise<PackInstallAnswer>;
  /** Personal templates, for "Export my templates as a pack". */
  loadPersonalTemplates: PackExportProps['loadPersonalTemplates'];
  /** Hands an exported file to the user. */
  saveFile: PackExportProps['save'];
}

/** The last action's outcome: a confirmation, an error sentence, or a refused pack's problems by field path. */
type Outcome = { kind: 'ok'; text: (t: Translate) => string } | { kind: 'error'; text: (t: Translate) => string } | { kind: 'errors'; what: string; errors: PackError[] };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function getUrlErrorText(t: Translate, error: SubscriptionUrlError): string {
  switch (error) {
    case 'empty':
      return t('packsSubscribeEmpty');
    case 'invalid':
      return t('packsSubscribeInvalid');
    case 'scheme':
      return t('packsSubscribeScheme');
  }
}

function getInstalledText(answer: Extract<PackInstallAnswer, { ok: true }>): (t: Translate) => string {
  const { pack, changes } = answer;
  if (answer.status === 'installed') return (t) => t('packsInstalledNew', [pack.name, pack.version, String(pack.templateCount)]);
  if (answer.status === 'unchanged') return (t) => t('packsUnchanged', [pack.name, pack.version]);
  return (t) => t('packsUpgraded', [pack.name, pack.version, String(changes.added.length), String(changes.changed.length), String(changes.removed.length)]);
}

function getCheckText(results: readonly PackCheckResult[]): Outcome {
  const failed = results.find((result) => result.status === 'error');
  if (failed) return { kind: 'error', text: (t) => t('packsCheckFailed', [failed.name, failed.error ?? '']) };
  const upgraded = results.find((result) => result.status === 'upgraded');
  if (upgraded) return { kind: 'ok', text: (t) => t('packsCheckUpgraded', upgraded.name) };
  return { kind: 'ok', text: (t) => t('packsCheckCurrent', results[0]?.name ?? '') };
}

/** The Packs view: import a pack file, subscribe to an address, the starter packs, and the installed packs. */
export function PacksView(props: PacksViewProps) {
  const { t, overview, loadError } = props;
  const outcome = useSignal<Outcome | undefined>(undefined);
  const busy = useSignal(false);
  const address = useSignal('');
  const addressRef = useRef<HTMLInputElement>(null);
  const urlInvalid = useSignal(false);

  const run = <T,>(action: () => Promise<T>, done: (value: T) => Outcome, failed: (error: unknown) => Outcome) => {
    busy.value = true;
    outcome.value = undefined;
    urlInvalid.value = false;
    action()
      .then((value) => (outcome.value = done(value)))
      .catch((error: unknown) => (outcome.value = failed(error)))
      .finally(() => (busy.value = false));
  };

  const fromAnswer = (what: string) => (answer: PackInstallAnswer): Outcome => (answer.ok ? { kind: 'ok', text: getInstalledText(answer) } : { kind: 'errors', what, errors: answer.errors });

  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || busy.value) return;
    run(
      async () => {
        let text: string;
        try {
          text = await file.text();
        } finally {
          // The same file can be chosen again after it is fixed.
          input.value = '';
        }
        return props.onImport(text);
      },
      fromAnswer(file.name),
      (error) => ({ kind: 'error', text: (t) => t('packsImportFailed', describe(error)) }),
    );
  };

  // Nothing may be awaited before onSubscribe: the permission request must run inside the user gesture.
  const onSubscribe = (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    const read = readSubscriptionUrl(address.value);
    if (!read.ok) {
      outcome.value = { kind: 'error', text: (t) => getUrlErrorText(t, read.error) };
      urlInvalid.value = true;
      addressRef.current?.focus();
      return;
    }
    const host = new URL(read.url).host;
    run(
      () => props.onSubscribe(read.url, read.originPattern),
      (answer) => {
        if (answer === 'denied') return { kind: 'error', text: (t) => t('packsSubscribeDenied', host) };
        if (answer.ok) address.value = '';
        return fromAnswer(read.url)(answer);
      },
      (error) => ({ kind: 'error', text: (t) => t('packsSubscribeFailed', describe(error)) }),
    );
  };

  const onRemove = (pack: InstalledPack) =>
    run(
      () => props.onRemove(pack.id),
      () => ({ kind: 'ok', text: (t) => t('packsRemovedNotice', pack.name) }),
      (error) => ({ kind: 'error', text: (t) => t('packsRemoveFailed', [pack.name, describe(error)]) }),
    );

  const onCheck = (pack: InstalledPack) =>
    run(
      () => props.onCheck(pack.id),
      getCheckText,
      (error) => ({ kind: 'error', text: (t) => t('packsCheckFailed', [pack.name, describe(error)]) }),
    );

  const onStarter = (language: string, name: string) =>
    run(
      () => props.onInstallStarter(language),
      fromAnswer(name),
      (error) => ({ kind: 'error', text: (t) => t('packsImportFailed', describe(error)) }),
    );

  const current = outcome.value;
  const data = overview.value;
  const urlError = urlInvalid.value && current?.kind === 'error';
  return (
    <section class="rw-card rw-packs-view" aria-labelledby="rw-packs-title">
      <h2 id="rw-packs-title">{t('packsTitle')}</h2>
      <p>{t('packsIntro')}</p>

      <div class="rw-pack-import">
        <label for="rw-pack-file">{t('packsImportLabel')}</label>
        <p id="rw-pack-file-help" class="rw-muted">
          {t('packsImportHelp')}
        </p>
        <input id="rw-pack-file" type="file" accept=".json,application/json" aria-describedby="rw-pack-file-help" onChange={onFile} />
      </div>

      <form class="rw-pack-subscribe" onSubmit={onSubscribe} noValidate>
        <label for="rw-pack-url">{t('packsSubscribeLabel')}</label>
        <p id="rw-pack-url-help" class="rw-muted">
          {t('packsSubscribeHelp')}
        </p>
        <div class="rw-row">
          <input
            ref={addressRef}
            id="rw-pack-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            dir="ltr"
            placeholder="https://example.com/packs/support.json"
            value={address.value}
            aria-invalid={urlError}
            aria-describedby={urlError ? 'rw-packs-alert rw-pack-url-help' : 'rw-pack-url-help'}
            onInput={(event) => {
              address.value = (event.currentTarget as HTMLInputElement).value;
              urlInvalid.value = false;
            }}
          />
          <button type="submit" class="rw-button rw-primary" aria-disabled={busy.value}>
            {t('packsSubscribe')}
          </button>
        </div>
      </form>

      <div class="rw-notice">
        <p role="status" class="rw-notice-ok">
          {current?.kind === 'ok' ? current.text(t) : ''}
        </p>
        <div role="alert" id="rw-packs-alert" class="rw-notice-error">
          {current?.kind === 'error' && <p>{current.text(t)}</p>}
          {current?.kind === 'errors' && <PackErrorList t={t} intro={t('packsErrorsIntro', current.what)} errors={current.errors} />}
        </div>
      </div>

      {loadError.value !== undefined && (
        <p class="rw-warning" role="alert">
          {loadError.value}
        </p>
      )}
      {data && data.policyErrors.length > 0 && (
        <div class="rw-warning">
          <p>{t('packsPolicyErrors')}</p>
          <ul>
            {data.policyErrors.map((line, index) => (
              <li key={index} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3 id="rw-packs-installed-title">{t('packsInstalledTitle')}</h3>
      {data && <PackList t={t} packs={data.packs} locale={props.locale} busy={busy.value} onRemove={onRemove} onCheck={onCheck} />}

      <h3 id="rw-packs-starters-title">{t('packsStartersTitle')}</h3>
      <p class="rw-muted">{t('packsStartersHelp')}</p>
      {data && (
        <ul class="rw-pack-starters" aria-labelledby="rw-packs-starters-title">
          {data.starters.map((starter) => (
            <li key={starter.id}>
              <span lang={starter.language} dir="auto">
                {starter.name}
              </span>
              {starter.installed ? (
                <span class="rw-muted">{t('packsStarterInstalled')}</span>
              ) : (
                <button type="button" class="rw-button" aria-disabled={busy.value} onClick={() => !busy.value && onStarter(starter.language, starter.name)}>
                  {t('packsStarterAdd', starter.name)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <PackExport t={t} loadPersonalTemplates={props.loadPersonalTemplates} save={props.saveFile} now={Date.now} />
    </section>
  );
}
