import { useSignal, type Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { RETENTION_CHOICES } from '@/lib/responses/settings';
import { NoticeLine, type Notice } from './notice';

export interface StorageFigures {
  /** Bytes used by the extension's data, as the browser estimates it. */
  usage?: number;
  quota?: number;
  /** Whether the browser keeps the data when disk space runs low. */
  persisted?: boolean;
}

export interface ReplyDataCardProps {
  t: Translate;
  lang: string;
  storage: Signal<StorageFigures | undefined>;
  retentionDays: Signal<number | null>;
  dataNotice: Signal<Notice | undefined>;
  /** How many events "delete all" would remove (said in the confirmation). */
  totalForDelete: Signal<number>;
  onExport: (format: 'csv' | 'json', scope: 'all' | 'period') => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
  onRetentionChange: (days: number | null) => void;
}

/** Export, import, retention, delete-all and the storage used by the reply log. */
export function ReplyDataCard(props: ReplyDataCardProps) {
  const { t, lang } = props;
  const confirming = useSignal(false);
  const bytes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const storage = props.storage.value;
  const count = new Intl.NumberFormat(lang).format(props.totalForDelete.value);
  return (
    <section class="rw-card" aria-labelledby="rw-reply-data-title">
      <h2 id="rw-reply-data-title">{t('dashboardDataTitle')}</h2>
      <p class="rw-muted">{t('dashboardDataPrivacy')}</p>
      <h3>{t('dashboardExportTitle')}</h3>
      <div class="rw-row">
        <button type="button" class="rw-button" onClick={() => props.onExport('csv', 'period')}>
          {t('dashboardExportCsvPeriod')}
        </button>
        <button type="button" class="rw-button" onClick={() => props.onExport('json', 'period')}>
          {t('dashboardExportJsonPeriod')}
        </button>
        <button type="button" class="rw-button" onClick={() => props.onExport('csv', 'all')}>
          {t('dashboardExportCsvAll')}
        </button>
        <button type="button" class="rw-button" onClick={() => props.onExport('json', 'all')}>
          {t('dashboardExportJsonAll')}
        </button>
      </div>
      <h3>{t('dashboardImportTitle')}</h3>
      <div class="rw-field">
        <label for="rw-import-log">{t('dashboardImportLabel')}</label>
        <input
          id="rw-import-log"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) props.onImport(file);
            input.value = '';
          }}
        />
        <span class="rw-muted">{t('dashboardImportHelp')}</span>
      </div>
      <h3>{t('dashboardRetentionTitle')}</h3>
      <div class="rw-field">
        <label for="rw-retention">{t('dashboardRetentionLabel')}</label>
        <select
          id="rw-retention"
          value={props.retentionDays.value === null ? '' : String(props.retentionDays.value)}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            props.onRetentionChange(value === '' ? null : Number(value));
          }}
        >
          <option value="">{t('dashboardRetentionForever')}</option>
          {RETENTION_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {t('dashboardRetentionDays', new Intl.NumberFormat(lang).format(days))}
            </option>
          ))}
        </select>
      </div>
      <p class="rw-muted">
        {storage?.usage === undefined ? t('dashboardStorageUnknown') : t('dashboardStorageUsed', bytes.format(storage.usage / 1_000_000))}{' '}
        {storage?.persisted === true ? t('dashboardStoragePersisted') : storage?.persisted === false ? t('dashboardStorageNotPersisted') : ''}
      </p>
      <h3>{t('dashboardDeleteTitle')}</h3>
      {confirming.value ? (
        <div class="rw-confirm" role="group" aria-labelledby="rw-delete-question">
          <p id="rw-delete-question" class="rw-warning">
            {t('dashboardDeleteQuestion', count)}
          </p>
          <div class="rw-row">
            <button
              type="button"
              class="rw-button rw-danger"
              onClick={() => {
                confirming.value = false;
                props.onDeleteAll();
              }}
            >
              {t('dashboardDeleteConfirm')}
            </button>
            <button type="button" class="rw-button" onClick={() => (confirming.value = false)}>
              {t('dashboardDeleteCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="rw-button" onClick={() => (confirming.value = true)} disabled={props.totalForDelete.value === 0}>
          {t('dashboardDeleteAll')}
        </button>
      )}
      <NoticeLine t={t} notice={props.dataNotice} />
    </section>
  );
}
