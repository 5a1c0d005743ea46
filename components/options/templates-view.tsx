import { useComputed, useSignal, type Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { isPackTemplate, type StoredTemplate, type TemplateInput } from '@/lib/templates/schema';
import { createTemplateIndex } from '@/lib/templates/search';
import { TemplateEditor } from './template-editor';

export interface TemplatesViewProps {
  t: Translate;
  /** Every stored template; undefined while loading. */
  templates: Signal<StoredTemplate[] | undefined>;
  loadError: Signal<string | undefined>;
  defaultLanguage: string;
  sanitize: (html: string) => string;
  onSave: (input: TemplateInput, isNew: boolean) => Promise<StoredTemplate>;
  /** Deletes personal templates and returns them as they were, for undo. */
  onDelete: (ids: string[]) => Promise<StoredTemplate[]>;
  onRestore: (templates: StoredTemplate[]) => Promise<void>;
  onUpdate: (ids: string[], change: { folder?: string | null; addTags?: string[] }) => Promise<void>;
  /** Downloads the personal templates as a pack file; resolves to an error message when it cannot. */
  onExport: (ids: string[]) => Promise<string | undefined>;
  onCustomise: (id: string) => Promise<void>;
}

type Editing = { kind: 'new'; preset?: Partial<StoredTemplate> } | { kind: 'edit'; template: StoredTemplate };

/**
 * The template manager: every template with folder and tag filters and search; create, edit, duplicate and
 * delete (with undo) personal templates; pack templates are read-only and "customise" copies them; bulk move, tag,
 * delete and export as a pack.
 */
export function TemplatesView({ t, templates, loadError, defaultLanguage, sanitize, onSave, onDelete, onRestore, onUpdate, onExport, onCustomise }: TemplatesViewProps) {
  const query = useSignal('');
  const folder = useSignal('');
  const tag = useSignal('');
  const selected = useSignal<ReadonlySet<string>>(new Set());
  const editing = useSignal<Editing | undefined>(undefined);
  const notice = useSignal<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);
  const undo = useSignal<StoredTemplate[] | undefined>(undefined);
  const bulkFolder = useSignal('');
  const bulkTag = useSignal('');

  const all = templates.value ?? [];
  const index = useComputed(() => createTemplateIndex(templates.value ?? []));
  const folders = [...new Set(all.flatMap((template) => (template.folder ? [template.folder] : [])))].sort();
  const tags = [...new Set(all.flatMap((template) => template.tags))].sort();
  const matched = query.value.trim() ? index.value.search(query.value, { limit: all.length }).map((hit) => hit.template) : [...all].sort((a, b) => a.title.localeCompare(b.title));
  const shown = matched.filter((template) => (!folder.value || template.folder === folder.value) && (!tag.value || template.tags.includes(tag.value)));
  const personalSelected = [...selected.value].filter((id) => all.some((template) => template.id === id && !isPackTemplate(template)));

  const run = async (action: () => Promise<string | undefined>) => {
    try {
      const text = await action();
      notice.value = text ? { kind: 'ok', text } : undefined;
    } catch (error) {
      notice.value = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
    }
  };
  const remove = (ids: string[]) =>
    run(async () => {
      const removed = await onDelete(ids);
      undo.value = removed;
      selected.value = new Set();
      return t('templatesManagerDeleted', String(removed.length));
    });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected.value);
    if (on) next.add(id);
    else next.delete(id);
    selected.value = next;
  };

  if (editing.value) {
    const current = editing.value;
    return (
      <TemplateEditor
        t={t}
        template={current.kind === 'edit' ? current.template : undefined}
        preset={current.kind === 'new' ? current.preset : undefined}
        defaultLanguage={defaultLanguage}
        sanitize={sanitize}
        onSave={async (input, isNew) => {
          const saved = await onSave(input, isNew);
          editing.value = undefined;
          notice.value = { kind: 'ok', text: t('templatesSaved', saved.title) };
        }}
        onCancel={() => (editing.value = undefined)}
      />
    );
  }

  return (
    <section class="rw-card rw-templates-view" aria-labelledby="rw-templates-title">
      <h2 id="rw-templates-title">{t('templatesManagerTitle')}</h2>
      {loadError.value && (
        <p role="alert" class="rw-notice-error">
          {loadError.value}
        </p>
      )}
      <div class="rw-row">
        <button type="button" class="rw-button rw-primary" onClick={() => (editing.value = { kind: 'new' })}>
          {t('templatesManagerNew')}
        </button>
      </div>
      <div class="rw-row rw-tpl-filters">
        <label class="rw-field">
          <span>{t('templatesSearch')}</span>
          <input type="search" value={query.value} onInput={(event) => (query.value = (event.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="rw-field">
          <span>{t('templatesManagerFolder')}</span>
          <select value={folder.value} onChange={(event) => (folder.value = (event.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('templatesManagerAll')}</option>
            {folders.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label class="rw-field">
          <span>{t('templatesManagerTag')}</span>
          <select value={tag.value} onChange={(event) => (tag.value = (event.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('templatesManagerAll')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div class="rw-notice">
        <p role="status" class="rw-notice-ok">
          {notice.value?.kind === 'ok' ? notice.value.text : ''}
          {undo.value && (
            <button
              type="button"
              class="rw-button"
              onClick={() => {
                const back = undo.value ?? [];
                undo.value = undefined;
                void run(async () => {
                  await onRestore(back);
                  return t('templatesManagerRestored', String(back.length));
                });
              }}
            >
              {t('templatesManagerUndo')}
            </button>
          )}
        </p>
        <p role="alert" class="rw-notice-error">
          {notice.value?.kind === 'error' ? notice.value.text : ''}
        </p>
      </div>

      {personalSelected.length > 0 && (
        <div class="rw-card rw-tpl-bulk" role="group" aria-label={t('templatesManagerBulk', String(personalSelected.length))}>
          <p>{t('templatesManagerBulk', String(personalSelected.length))}</p>
          <div class="rw-row">
            <input type="text" aria-label={t('templatesManagerFolder')} value={bulkFolder.value} onInput={(event) => (bulkFolder.value = (event.currentTarget as HTMLInputElement).value)} />
            <button
              type="button"
              class="rw-button"
              onClick={() => void run(async () => (await onUpdate(personalSelected, { folder: bulkFolder.value.trim() || null }), t('templatesManagerMoved', String(personalSelected.length))))}
            >
              {t('templatesManagerMove')}
            </button>
          </div>
          <div class="rw-row">
            <input type="text" aria-label={t('templatesManagerTag')} value={bulkTag.value} onInput={(event) => (bulkTag.value = (event.currentTarget as HTMLInputElement).value)} />
            <button
              type="button"
              class="rw-button"
              disabled={!bulkTag.value.trim()}
              onClick={() => void run(async () => (await onUpdate(personalSelected, { addTags: [bulkTag.value.trim()] }), t('templatesManagerTagged', String(personalSelected.length))))}
            >
              {t('templatesManagerAddTag')}
            </button>
          </div>
          <div class="rw-row">
            <button type="button" class="rw-button" onClick={() => void remove(personalSelected)}>
              {t('templatesManagerDelete')}
            </button>
            <button type="button" class="rw-button" onClick={() => void run(async () => (await onExport(personalSelected)) ?? t('templatesManagerExported', String(personalSelected.length)))}>
              {t('templatesManagerExport')}
            </button>
          </div>
        </div>
      )}

      {templates.value === undefined ? (
        <p class="rw-muted">{t('templatesManagerLoading')}</p>
      ) : shown.length === 0 ? (
        <p class="rw-muted">{t('templatesNoMatch')}</p>
      ) : (
        <ul class="rw-tpl-manager-list" aria-label={t('templatesManagerTitle')}>
          {shown.map((template) => {
            const fromPack = isPackTemplate(template);
            return (
              <li key={template.id} class="rw-tpl-row">
                {!fromPack && template.source !== undefined && (
                  <input type="checkbox" aria-label={t('templatesManagerSelect', template.title)} checked={selected.value.has(template.id)} onChange={(event) => toggle(template.id, (event.currentTarget as HTMLInputElement).checked)} />
                )}
                <div class="rw-tpl-row-main">
                  <strong dir="auto">{template.title}</strong>
                  {template.shortcut && (
                    <kbd dir="ltr" class="rw-shortcut">
                      {template.shortcut}
                    </kbd>
                  )}
                  <span class="rw-muted">
                    {[template.language, template.folder, ...template.tags].filter(Boolean).join(' · ')}
                    {fromPack ? ` · ${t('templatesManagerFromPack', template.source!.slice('pack:'.length))}` : template.source === undefined ? ` · ${t('templatesManagerBuiltIn')}` : ''}
                  </span>
                </div>
                <div class="rw-row">
                  {fromPack || template.source === undefined ? (
                    <button
                      type="button"
                      class="rw-button"
                      aria-label={t('templatesManagerCustomiseNamed', template.title)}
                      onClick={() =>
                        fromPack
                          ? void run(async () => (await onCustomise(template.id), t('templatesManagerCustomised', template.title)))
                          : (editing.value = { kind: 'new', preset: { ...template, title: template.title } })
                      }
                    >
                      {t('templatesManagerCustomise')}
                    </button>
                  ) : (
                    <>
                      <button type="button" class="rw-button" aria-label={t('templatesManagerEditNamed', template.title)} onClick={() => (editing.value = { kind: 'edit', template })}>
                        {t('templatesManagerEditShort')}
                      </button>
                      <button
                        type="button"
                        class="rw-button"
                        aria-label={t('templatesManagerDuplicateNamed', template.title)}
                        onClick={() => (editing.value = { kind: 'new', preset: { ...template, title: t('templatesManagerCopyOf', template.title).slice(0, 120), shortcut: undefined } })}
                      >
                        {t('templatesManagerDuplicate')}
                      </button>
                      <button type="button" class="rw-button" aria-label={t('templatesManagerDeleteNamed', template.title)} onClick={() => void remove([template.id])}>
                        {t('templatesManagerDelete')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
