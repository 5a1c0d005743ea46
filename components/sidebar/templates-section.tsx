import { useSignal, type Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import type { ShortcutTemplate } from '@/lib/messages';

export interface TemplatesSectionProps {
  t: Translate;
  templates: Signal<ShortcutTemplate[]>;
  /** The trigger key's name as the user sees it ("Tab"); follows the options page live. */
  triggerKey: Signal<string>;
  /** The outcome of the last insert, read out politely. */
  status: Signal<string | undefined>;
  onInsert: (template: ShortcutTemplate) => void;
}

function matches(template: ShortcutTemplate, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return !q || [template.title, template.shortcut, template.text].some((field) => field.toLocaleLowerCase().includes(q));
}

/** The template list with a filter box; a click or Enter on a template inserts it where the agent was typing. */
export function TemplatesSection({ t, templates, triggerKey, status, onInsert }: TemplatesSectionProps) {
  const query = useSignal('');
  const shown = templates.value.filter((template) => matches(template, query.value));
  return (
    <div class="rw-templates">
      <label class="rw-field">
        <span class="rw-label">{t('templatesSearch')}</span>
        <input
          type="search"
          class="rw-input"
          value={query.value}
          onInput={(event) => (query.value = (event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {shown.length === 0 ? (
        <p class="rw-muted">{t('templatesNoMatch')}</p>
      ) : (
        <ul class="rw-list">
          {shown.map((template) => (
            <li key={template.id} class="rw-template">
              <div class="rw-template-head">
                <span class="rw-template-title">{template.title}</span>
                <kbd class="rw-shortcut" dir="ltr">
                  {template.shortcut}
                </kbd>
              </div>
              <p class="rw-template-preview">{template.text}</p>
              <button type="button" class="rw-button" aria-label={t('templatesInsertNamed', template.title)} onClick={() => onInsert(template)}>
                {t('templatesInsert')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {templates.value[0] && <p class="rw-muted">{t('templatesShortcutHint', [templates.value[0].shortcut, triggerKey.value])}</p>}
      <p class="rw-status" role="status" aria-live="polite">
        {status.value ?? ''}
      </p>
    </div>
  );
}
