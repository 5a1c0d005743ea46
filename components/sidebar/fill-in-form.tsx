import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { getFillIns, renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { TemplateVersion } from '@/lib/templates/variant';
import { TemplatePreview } from './template-preview';

export interface FillInValues {
  fillIns: Record<string, string>;
  values: Record<string, string>;
}

export interface FillInFormProps {
  t: Translate;
  title: string;
  version: TemplateVersion;
  context: RenderContext;
  sanitize: (html: string) => string;
  onSubmit: (values: FillInValues) => void;
  onCancel: () => void;
}

/**
 * Asks for a template's fill-in fields and for the variables the page did not provide, with a live preview; the
 * first field has the focus, Enter inserts and Escape cancels.
 */
export function FillInForm({ t, title, version, context, sanitize, onSubmit, onCancel }: FillInFormProps) {
  const fillIns = getFillIns(version.body);
  const renderContext = { ...context, language: version.language };
  const missing = renderTemplate(version.body, renderContext).missing.filter((name) => !name.startsWith('input:') && !name.startsWith('choice:'));
  const values = useSignal<FillInValues>({
    fillIns: Object.fromEntries(fillIns.map((field) => [field.label, field.kind === 'choice' ? (field.options[0] ?? '') : ''])),
    values: {},
  });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [version]);
  const set = (group: keyof FillInValues, name: string, value: string) => (values.value = { ...values.value, [group]: { ...values.value[group], [name]: value } });
  const rendered = renderTemplate(version.body, { ...renderContext, ...values.value }, { highlightMissing: true });

  return (
    <form
      ref={form}
      class="rw-tpl-form"
      aria-label={t('templatesFillTitle', title)}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p class="rw-tpl-form-title">{t('templatesFillTitle', title)}</p>
      {fillIns.map((field) => (
        <label key={field.label} class="rw-field">
          <span class="rw-label">{field.label}</span>
          {field.kind === 'choice' ? (
            <select class="rw-input" value={values.value.fillIns[field.label]} onChange={(event) => set('fillIns', field.label, (event.currentTarget as HTMLSelectElement).value)}>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          ) : (
            <input
              class="rw-input"
              type="text"
              placeholder={field.fallback}
              value={values.value.fillIns[field.label]}
              onInput={(event) => set('fillIns', field.label, (event.currentTarget as HTMLInputElement).value)}
            />
          )}
        </label>
      ))}
      {missing.map((name) => (
        <label key={name} class="rw-field">
          <span class="rw-label">{t('templatesFillMissing', name)}</span>
          <input class="rw-input" type="text" value={values.value.values[name] ?? ''} onInput={(event) => set('values', name, (event.currentTarget as HTMLInputElement).value)} />
        </label>
      ))}
      <TemplatePreview rendered={rendered} sanitize={sanitize} label={t('templatesPreview')} dir="auto" />
      <div class="rw-tpl-actions">
        <button type="submit" class="rw-button">
          {t('templatesInsert')}
        </button>
        <button type="button" class="rw-button rw-button-secondary" onClick={onCancel}>
          {t('templatesCancel')}
        </button>
      </div>
    </form>
  );
}
