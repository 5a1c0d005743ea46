import { useComputed, useSignal, useSignalEffect, type ReadonlySignal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { StoredTemplate } from '@/lib/templates/schema';
import type { TemplateHit } from '@/lib/templates/search';
import type { TemplateVersion } from '@/lib/templates/variant';
import { FillInForm, type FillInValues } from './fill-in-form';
import { TemplateDraftForm } from './template-draft-form';
import { TemplatePreview } from './template-preview';

/** A template the form is open for (chosen in the list, or by a typed shortcut). */
export interface TemplateChoice {
  template: StoredTemplate;
  version: TemplateVersion;
}

export interface TemplatesSectionProps {
  t: Translate;
  /** The list, to re-run the search when it changes. */
  templates: ReadonlySignal<readonly StoredTemplate[]>;
  search: (query: string) => TemplateHit[];
  context: ReadonlySignal<RenderContext>;
  /** Whether the sidebar is open: the search box takes the focus when it opens. */
  open: ReadonlySignal<boolean>;
  draft: ReadonlySignal<string | undefined>;
  /** The template whose fill-in form is open. */
  pending: Signal<TemplateChoice | undefined>;
  needsForm: (version: TemplateVersion) => boolean;
  sanitize: (html: string) => string;
  /** The trigger key's name as the user sees it ("Tab"); follows the options page live. */
  triggerKey: ReadonlySignal<string>;
  /** The outcome of the last insert, read out politely. */
  status: Signal<string | undefined>;
  onInsert: (choice: TemplateChoice, values: FillInValues) => void;
  onCopy: (choice: TemplateChoice) => void;
  onSaveDraft: (title: string, shortcut: string | undefined) => Promise<void>;
}

// Styles of this section, kept with it (the shadow root takes <style> elements as they come).
const STYLES = `
.rw-tpl-results { list-style: none; margin: 8px 0; padding: 0; display: flex; flex-direction: column; gap: 4px; max-height: 40vh; overflow: auto; }
.rw-tpl-item { display: flex; width: 100%; justify-content: space-between; gap: 8px; align-items: baseline; padding: 6px 8px; border: 1px solid var(--rw-border); border-radius: 6px; cursor: pointer; background: var(--rw-surface); color: inherit; font: inherit; text-align: start; }
.rw-tpl-item[data-selected="true"] { outline: 2px solid var(--rw-accent, #2563eb); outline-offset: -2px; }
.rw-tpl-item-title { font-weight: 600; }
.rw-tpl-lang { font-size: 11px; color: var(--rw-muted); margin-inline-start: 6px; }
.rw-tpl-preview { border: 1px dashed var(--rw-border); border-radius: 6px; padding: 6px 8px; margin: 8px 0; font-size: 13px; overflow-wrap: anywhere; }
.rw-tpl-preview p { margin: 0; min-height: 1em; }
.rw-tpl-preview ul { margin: 0; padding-inline-start: 20px; }
.rw-tpl-preview mark.rw-missing { background: #fde68a; color: #713f12; border-radius: 3px; padding: 0 2px; }
.rw-tpl-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; }
.rw-button-secondary { background: transparent; color: inherit; border: 1px solid var(--rw-border); }
.rw-tpl-form { border-top: 1px solid var(--rw-border); padding-top: 8px; margin-top: 8px; }
.rw-tpl-form-title { font-weight: 600; margin: 0 0 6px; }
.rw-tpl-error { color: #b91c1c; margin: 4px 0; }
`;

/**
 * The Templates section: a search box (focused when the sidebar opens), results navigated with ↑/↓, Enter or a
 * click to insert (through the fill-in form when the template asks for input), Escape to clear the search, a preview
 * of the selected template filled from the page, copy, and "new template from the current draft".
 */
export function TemplatesSection(props: TemplatesSectionProps) {
  const { t, templates, search, context, open, draft, pending, needsForm, sanitize, triggerKey, status, onInsert, onCopy, onSaveDraft } = props;
  const query = useSignal('');
  const selected = useSignal(0);
  const creating = useSignal(false);
  const input = useRef<HTMLInputElement>(null);
  const results = useComputed(() => {
    void templates.value;
    return search(query.value);
  });

  let wasOpen = open.peek();
  useSignalEffect(() => {
    const isOpen = open.value;
    // Only on opening: a sidebar that was left open when the page loaded must not take the page's focus.
    if (isOpen && !wasOpen) queueMicrotask(() => input.current?.focus());
    wasOpen = isOpen;
  });

  const hits = results.value;
  const index = Math.min(selected.value, Math.max(0, hits.length - 1));
  const current = hits[index];
  const choose = (hit: TemplateHit | undefined) => {
    if (!hit) return;
    const choice = { template: hit.template, version: hit.version };
    if (needsForm(hit.version)) pending.value = choice;
    else onInsert(choice, { fillIns: {}, values: {} });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      selected.value = hits.length === 0 ? 0 : (index + step + hits.length) % hits.length;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current);
    } else if (event.key === 'Escape' && query.value) {
      // The first Escape clears the search; with nothing to clear it reaches the panel, which closes.
      event.preventDefault();
      event.stopPropagation();
      query.value = '';
      selected.value = 0;
    }
  };
  const listId = 'rw-tpl-results';
  const choice = pending.value;

  return (
    <div class="rw-templates">
      <style>{STYLES}</style>
      {choice ? (
        <FillInForm
          t={t}
          title={choice.version.title}
          version={choice.version}
          context={context.value}
          sanitize={sanitize}
          onSubmit={(values) => onInsert(choice, values)}
          onCancel={() => {
            pending.value = undefined;
            input.current?.focus();
          }}
        />
      ) : (
        <>
          <label class="rw-field">
            <span class="rw-label">{t('templatesSearch')}</span>
            <input
              ref={input}
              type="search"
              class="rw-input"
              aria-controls={listId}
              aria-activedescendant={current ? `rw-tpl-${current.template.id}` : undefined}
              value={query.value}
              onInput={(event) => {
                query.value = (event.currentTarget as HTMLInputElement).value;
                selected.value = 0;
              }}
              onKeyDown={onKeyDown}
            />
          </label>
          {hits.length === 0 ? (
            <p class="rw-muted">{t('templatesNoMatch')}</p>
          ) : (
            <ul class="rw-tpl-results" id={listId} aria-label={t('templatesResults')}>
              {hits.map((hit, position) => (
                <li key={hit.template.id} onMouseEnter={() => (selected.value = position)}>
                  <button
                    type="button"
                    id={`rw-tpl-${hit.template.id}`}
                    class="rw-tpl-item"
                    data-selected={position === index}
                    aria-current={position === index ? 'true' : undefined}
                    aria-label={t('templatesInsertNamed', hit.version.title)}
                    onClick={() => choose(hit)}
                  >
                    <span class="rw-tpl-item-title" dir="auto">
                      {hit.version.title}
                      <span class="rw-tpl-lang">{hit.version.language}</span>
                    </span>
                    {(hit.version.shortcut ?? hit.template.shortcut) && (
                      <kbd class="rw-shortcut" dir="ltr">
                        {hit.version.shortcut ?? hit.template.shortcut}
                      </kbd>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {current && (
            <>
              <TemplatePreview
                rendered={renderTemplate(current.version.body, { ...context.value, language: current.version.language }, { highlightMissing: true })}
                sanitize={sanitize}
                label={t('templatesPreview')}
                dir="auto"
              />
              <div class="rw-tpl-actions">
                <button type="button" class="rw-button rw-button-secondary" onClick={() => onCopy({ template: current.template, version: current.version })}>
                  {t('templatesCopy')}
                </button>
              </div>
              {current.template.shortcut && <p class="rw-muted">{t('templatesShortcutHint', [current.template.shortcut, triggerKey.value])}</p>}
            </>
          )}
          {creating.value ? (
            <TemplateDraftForm
              t={t}
              onSave={async (title, shortcut) => {
                await onSaveDraft(title, shortcut);
                creating.value = false;
              }}
              onCancel={() => (creating.value = false)}
            />
          ) : (
            <button type="button" class="rw-button rw-button-secondary" disabled={!draft.value?.trim()} onClick={() => (creating.value = true)}>
              {t('templatesNewFromDraft')}
            </button>
          )}
        </>
      )}
      <p class="rw-status" role="status" aria-live="polite">
        {status.value ?? ''}
      </p>
    </div>
  );
}
