import { useSignal } from '@preact/signals';
import type { TemplateRow } from '@/lib/db/schema';
import type { Translate } from '@/lib/i18n';
import type { PackError } from '@/lib/packs/schema';
import { exportPersonalPack } from '@/lib/packs/upgrade';
import { PackErrorList } from './pack-errors';

export interface PackExportProps {
  t: Translate;
  /** The personal templates (source `personal`) as stored. */
  loadPersonalTemplates: () => Promise<TemplateRow[]>;
  /** Hands the file to the user (a download); a parameter so that tests see the file instead. */
  save: (fileName: string, text: string) => void;
  /** Milliseconds since the epoch; each export gets a higher version, so a colleague's re-import upgrades. */
  now: () => number;
}

export const PERSONAL_PACK_FILE = 'replywell-my-templates.json';

type Outcome = { kind: 'ok'; count: number } | { kind: 'empty' } | { kind: 'errors'; errors: PackError[] } | { kind: 'failed'; error: string };

/** "Export my templates as a pack": personal templates in one pack file that colleagues can import. */
export function PackExport({ t, loadPersonalTemplates, save, now }: PackExportProps) {
  const outcome = useSignal<Outcome | undefined>(undefined);

  const onExport = () => {
    outcome.value = undefined;
    loadPersonalTemplates()
      .then((templates): Outcome => {
        if (templates.length === 0) return { kind: 'empty' };
        const result = exportPersonalPack(templates, {
          id: 'my-templates',
          name: t('packsExportName'),
          version: `1.0.${Math.floor(now() / 1000)}`,
          author: t('packsExportAuthor'),
        });
        if (!result.ok) return { kind: 'errors', errors: result.errors };
        save(PERSONAL_PACK_FILE, `${JSON.stringify(result.pack, null, 2)}\n`);
        return { kind: 'ok', count: templates.length };
      })
      .then(
        (value) => (outcome.value = value),
        (error: unknown) => (outcome.value = { kind: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
  };

  const current = outcome.value;
  return (
    <div class="rw-pack-export">
      <h3 id="rw-packs-export-title">{t('packsExportTitle')}</h3>
      <p class="rw-muted">{t('packsExportHelp')}</p>
      <button type="button" class="rw-button" onClick={onExport}>
        {t('packsExport')}
      </button>
      <div class="rw-notice">
        <p role="status" class="rw-notice-ok">
          {current?.kind === 'ok' ? t('packsExported', [PERSONAL_PACK_FILE, String(current.count)]) : current?.kind === 'empty' ? t('packsExportEmpty') : ''}
        </p>
        <div role="alert" class="rw-notice-error">
          {current?.kind === 'failed' && <p>{t('packsExportFailed', current.error)}</p>}
          {current?.kind === 'errors' && <PackErrorList t={t} intro={t('packsExportInvalid')} errors={current.errors} />}
        </div>
      </div>
    </div>
  );
}
