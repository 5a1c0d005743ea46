import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { TemplateAgentSection } from '@/components/options/template-agent-section';
import { TemplatesView } from '@/components/options/templates-view';
import { createDatabase, type ReplywellDatabase, type TemplateRow } from '@/lib/db/schema';
import type { Translate } from '@/lib/i18n';
import { getPackErrorText } from '@/lib/packs/error-text';
import { exportPersonalPack } from '@/lib/packs/upgrade';
import { sendToBackground } from '@/lib/platform/messaging';
import { agentProfileItem, readAgentProfile, type AgentProfile } from '@/lib/platform/storage';
import { getBuiltinTemplates, withBuiltinTemplates } from '@/lib/templates/builtin';
import { sanitizeTemplateHtml } from '@/lib/templates/sanitize';
import type { StoredTemplate } from '@/lib/templates/schema';
import { deleteTemplates, listStoredTemplates, restoreTemplates, saveTemplate, updateTemplates } from '@/lib/templates/store';
import builtinTemplates from '@/templates/builtin.json';

// The options page's template manager and agent profile: the page opens the database itself (an extension page)
// and follows it live, so templates saved in the sidebar or installed from a pack show up without a reload.

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Wires the Templates view to the database; `render` for the view, `renderAgent` for the General view. */
export function createTemplatesManager(getT: () => Translate, getLang: () => string) {
  let db: ReplywellDatabase | undefined;
  const getDb = () => (db ??= createDatabase());
  const templates = signal<StoredTemplate[] | undefined>(undefined);
  const loadError = signal<string | undefined>(undefined);
  const profile = signal<AgentProfile>({ name: '', signature: '' });
  const builtin = getBuiltinTemplates(builtinTemplates);
  const sanitize = (html: string) => sanitizeTemplateHtml(html, window);

  function start(): void {
    liveQuery(() => listStoredTemplates(getDb())).subscribe({
      next: (list) => {
        templates.value = withBuiltinTemplates(list.templates, builtin);
        loadError.value = list.damaged.length > 0 ? getT()('templatesManagerDamaged', list.damaged.map((row) => `${row.id} (${row.problem})`).join('; ')) : undefined;
      },
      error: (error: unknown) => (loadError.value = getT()('templatesLoadFailed', describe(error))),
    });
    void agentProfileItem.getValue().then((value) => (profile.value = readAgentProfile(value)));
    agentProfileItem.watch((value) => (profile.value = readAgentProfile(value)));
  }

  async function onExport(ids: string[]): Promise<string | undefined> {
    const t = getT();
    const rows = (await getDb().templates.bulkGet(ids)).filter((row): row is TemplateRow => row !== undefined);
    const result = exportPersonalPack(rows, { id: 'personal-templates', name: t('templatesManagerExportName'), version: '1.0.0', author: t('packsExportAuthor') });
    if (!result.ok) return t('templatesManagerExportFailed', result.errors.map((error) => `${error.path}: ${getPackErrorText(t, error)}`).join('; '));
    const url = URL.createObjectURL(new Blob([JSON.stringify(result.pack, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'replywell-personal-templates.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return undefined;
  }

  return {
    start,
    render: () => (
      <TemplatesView
        t={getT()}
        templates={templates}
        loadError={loadError}
        defaultLanguage={getLang()}
        sanitize={sanitize}
        onSave={(input, isNew) => saveTemplate(getDb(), input, Date.now(), { isNew })}
        onDelete={(ids) => deleteTemplates(getDb(), ids)}
        onRestore={(list) => restoreTemplates(getDb(), list)}
        onUpdate={async (ids, change) => void (await updateTemplates(getDb(), ids, change, Date.now()))}
        onExport={onExport}
        onCustomise={async (id) => void (await sendToBackground({ type: 'customiseTemplate', id }))}
      />
    ),
    renderAgent: () => (
      <TemplateAgentSection
        t={getT()}
        profile={profile}
        onSave={async (next) => {
          await agentProfileItem.setValue({ ...next });
          profile.value = next;
        }}
      />
    ),
  };
}
