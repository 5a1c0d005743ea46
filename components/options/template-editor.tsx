import { useSignal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { describeIssue } from '@/lib/packs/index';
import { getPackErrorText } from '@/lib/packs/error-text';
import { renderTemplate } from '@/lib/templates/render';
import { templateSchema, TEMPLATE_CHANNELS, TEMPLATE_LIMITS, type StoredTemplate, type TemplateChannel, type TemplateInput, type TemplateVariant } from '@/lib/templates/schema';

export interface TemplateEditorProps {
  t: Translate;
  /** The template being edited; undefined for a new one. */
  template?: StoredTemplate;
  /** Preset fields of a new template (a duplicate). */
  preset?: Partial<StoredTemplate>;
  defaultLanguage: string;
  sanitize: (html: string) => string;
  /** Saves; throws with a message (and field issues) when the store refuses. */
  onSave: (input: TemplateInput, isNew: boolean) => Promise<void>;
  onCancel: () => void;
}

// The preview fills variables with example values, so the agent sees where each lands.
const EXAMPLE_CONTEXT = {
  customer: { firstName: 'Kari', name: 'Kari Nordmann', email: 'kari@example.com', timeZone: 'Europe/Oslo' },
  agent: { name: 'Ola', signature: 'Ola\nSupport' },
  ticket: { id: '4711' },
  subject: 'Order 4711',
};

/** A language version being edited; `key` keeps each one's inputs in place when another is removed. */
interface VariantDraft {
  key: number;
  language: string;
  title: string;
  shortcut: string;
  body: string;
}

interface Draft {
  title: string;
  shortcut: string;
  language: string;
  folder: string;
  tags: string;
  channels: TemplateChannel[];
  body: string;
  variants: VariantDraft[];
}

const SUGGESTED_LANGUAGES = ['en', 'nb', 'fi', 'fa'];

function toVariant(variant: VariantDraft): TemplateVariant {
  return { language: variant.language.trim(), title: variant.title, body: variant.body, ...(variant.shortcut.trim() ? { shortcut: variant.shortcut.trim() } : {}) };
}

function toInput(draft: Draft, base: Partial<StoredTemplate> | undefined): TemplateInput {
  return {
    ...(draft.variants.length > 0 ? { variants: draft.variants.map(toVariant) } : {}),
    id: base?.id ?? 'new-template',
    title: draft.title,
    body: draft.body,
    shortcut: draft.shortcut.trim() || undefined,
    language: draft.language.trim(),
    folder: draft.folder.trim() || undefined,
    tags: [
      ...new Set(
        draft.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
    channels: draft.channels,
  };
}

/** Create or edit a personal template: every field checked as it is typed, a live preview, save and cancel. */
export function TemplateEditor({ t, template, preset, defaultLanguage, sanitize, onSave, onCancel }: TemplateEditorProps) {
  const base = template ?? preset;
  const draft = useSignal<Draft>({
    title: base?.title ?? '',
    shortcut: base?.shortcut ?? '',
    language: base?.language ?? defaultLanguage,
    folder: base?.folder ?? '',
    tags: (base?.tags ?? []).join(', '),
    channels: base?.channels ?? [...TEMPLATE_CHANNELS],
    body: base?.body ?? '',
    variants: (base?.variants ?? []).map((variant, key) => ({ key, language: variant.language, title: variant.title, shortcut: variant.shortcut ?? '', body: variant.body })),
  });
  const touched = useSignal(false);
  const saveError = useSignal<string | undefined>(undefined);
  const busy = useSignal(false);
  const input = toInput(draft.value, template);
  const parsed = templateSchema.safeParse(template ? input : { ...input, id: 'new-template' });
  // The same messages as a refused pack shows, in the interface language; the path is dotted (`variants.0.title`).
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: getPackErrorText(t, { message: issue.message, ...describeIssue(issue) }) }));
  const issueOf = (field: string) => (touched.value ? issues.find((issue) => issue.path === field || issue.path.startsWith(`${field}.`))?.message : undefined);
  const set = (patch: Partial<Draft>) => {
    draft.value = { ...draft.value, ...patch };
    touched.value = true;
  };
  const rendered = renderTemplate(draft.value.body, { ...EXAMPLE_CONTEXT, language: draft.value.language || undefined }, { highlightMissing: true });
  const field = (name: keyof Draft, label: string, control: preact.JSX.Element) => {
    const error = issueOf(name);
    return (
      <div class="rw-field">
        <label for={`rw-tpl-${name}`}>{label}</label>
        {control}
        {error && (
          <p class="rw-notice-error" id={`rw-tpl-${name}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };
  const channelNames: Record<TemplateChannel, string> = { email: t('templatesManagerChannelEmail'), chat: t('templatesManagerChannelChat'), social: t('templatesManagerChannelSocial') };
  const describedBy = (name: keyof Draft) => (issueOf(name) ? `rw-tpl-${name}-error` : undefined);

  return (
    <form
      class="rw-card rw-tpl-editor"
      aria-label={template ? t('templatesManagerEdit', template.title) : t('templatesManagerNew')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        touched.value = true;
        saveError.value = undefined;
        if (!parsed.success || busy.value) return;
        busy.value = true;
        onSave(toInput(draft.value, template ?? preset), !template)
          .catch((error: unknown) => (saveError.value = error instanceof Error ? error.message : String(error)))
          .finally(() => (busy.value = false));
      }}
    >
      <h3>{template ? t('templatesManagerEdit', template.title) : t('templatesManagerNew')}</h3>
      {field(
        'title',
        t('templatesNewTitle'),
        <input id="rw-tpl-title" type="text" maxLength={TEMPLATE_LIMITS.titleLength + 1} value={draft.value.title} aria-invalid={!!issueOf('title')} aria-describedby={describedBy('title')} onInput={(event) => set({ title: (event.currentTarget as HTMLInputElement).value })} />,
      )}
      {field(
        'shortcut',
        t('templatesNewShortcut'),
        <input id="rw-tpl-shortcut" type="text" dir="ltr" placeholder=";refund" value={draft.value.shortcut} aria-invalid={!!issueOf('shortcut')} aria-describedby={describedBy('shortcut')} onInput={(event) => set({ shortcut: (event.currentTarget as HTMLInputElement).value })} />,
      )}
      {field(
        'language',
        t('templatesManagerLanguage'),
        <input id="rw-tpl-language" type="text" dir="ltr" list="rw-tpl-languages" value={draft.value.language} aria-invalid={!!issueOf('language')} aria-describedby={describedBy('language')} onInput={(event) => set({ language: (event.currentTarget as HTMLInputElement).value })} />,
      )}
      <datalist id="rw-tpl-languages">
        {['en', 'nb', 'fi', 'fa'].map((lang) => (
          <option key={lang} value={lang} />
        ))}
      </datalist>
      {field(
        'folder',
        t('templatesManagerFolder'),
        <input id="rw-tpl-folder" type="text" value={draft.value.folder} aria-invalid={!!issueOf('folder')} aria-describedby={describedBy('folder')} onInput={(event) => set({ folder: (event.currentTarget as HTMLInputElement).value })} />,
      )}
      {field(
        'tags',
        t('templatesManagerTags'),
        <input id="rw-tpl-tags" type="text" value={draft.value.tags} aria-invalid={!!issueOf('tags')} aria-describedby={describedBy('tags')} onInput={(event) => set({ tags: (event.currentTarget as HTMLInputElement).value })} />,
      )}
      <fieldset class="rw-field">
        <legend>{t('templatesManagerChannels')}</legend>
        {TEMPLATE_CHANNELS.map((channel) => (
          <label key={channel} class="rw-row">
            <input
              type="checkbox"
              checked={draft.value.channels.includes(channel)}
              onChange={(event) => set({ channels: (event.currentTarget as HTMLInputElement).checked ? [...draft.value.channels, channel] : draft.value.channels.filter((c) => c !== channel) })}
            />
            {channelNames[channel]}
          </label>
        ))}
        {issueOf('channels') && <p class="rw-notice-error">{issueOf('channels')}</p>}
      </fieldset>
      {field(
        'body',
        t('templatesManagerBody'),
        <textarea id="rw-tpl-body" rows={8} dir="auto" value={draft.value.body} aria-invalid={!!issueOf('body')} aria-describedby={describedBy('body')} onInput={(event) => set({ body: (event.currentTarget as HTMLTextAreaElement).value })} />,
      )}
      <p class="rw-muted">{t('templatesManagerSyntaxHelp')}</p>
      {rendered.unknown.length > 0 && <p class="rw-warning">{t('templatesManagerUnknown', rendered.unknown.join(', '))}</p>}
      <h4>{t('templatesPreview')}</h4>
      <div class="rw-tpl-preview" role="region" aria-label={t('templatesPreview')} dir="auto" dangerouslySetInnerHTML={{ __html: sanitize(rendered.html) }} />
      <fieldset class="rw-field rw-tpl-variants">
        <legend>{t('templatesVariantsLegend')}</legend>
        <p class="rw-muted">{t('templatesVariantsHelp')}</p>
        {draft.value.variants.map((variant, index) => (
          <VariantFields
            key={variant.key}
            t={t}
            variant={variant}
            index={index}
            sanitize={sanitize}
            issueOf={issueOf}
            onChange={(patch) => set({ variants: draft.value.variants.map((v) => (v.key === variant.key ? { ...v, ...patch } : v)) })}
            onRemove={() => set({ variants: draft.value.variants.filter((v) => v.key !== variant.key) })}
          />
        ))}
        <button
          type="button"
          class="rw-button"
          onClick={() => {
            const used = new Set([draft.value.language, ...draft.value.variants.map((v) => v.language)].map((lang) => lang.trim().toLowerCase()));
            const language = SUGGESTED_LANGUAGES.find((lang) => !used.has(lang)) ?? '';
            const key = Math.max(-1, ...draft.value.variants.map((v) => v.key)) + 1;
            set({ variants: [...draft.value.variants, { key, language, title: draft.value.title, shortcut: draft.value.shortcut, body: '' }] });
          }}
        >
          {t('templatesVariantAdd')}
        </button>
      </fieldset>
      {saveError.value && (
        <p role="alert" class="rw-notice-error">
          {saveError.value}
        </p>
      )}
      <div class="rw-row">
        <button type="submit" class="rw-button rw-primary" aria-disabled={busy.value}>
          {t('templatesNewSave')}
        </button>
        <button type="button" class="rw-button" onClick={onCancel}>
          {t('templatesCancel')}
        </button>
      </div>
    </form>
  );
}

interface VariantFieldsProps {
  t: Translate;
  variant: VariantDraft;
  index: number;
  sanitize: (html: string) => string;
  issueOf: (field: string) => string | undefined;
  onChange: (patch: Partial<VariantDraft>) => void;
  onRemove: () => void;
}

/** One language version: language, title, shortcut and text, checked as typed, with its own live preview. */
function VariantFields({ t, variant, index, sanitize, issueOf, onChange, onRemove }: VariantFieldsProps) {
  const id = (name: string) => `rw-tpl-v${variant.key}-${name}`;
  const language = variant.language.trim();
  const heading = language ? t('templatesVariantHeading', language) : t('templatesVariantNew');
  const rendered = renderTemplate(variant.body, { ...EXAMPLE_CONTEXT, language: language || undefined }, { highlightMissing: true });
  const field = (name: keyof Omit<VariantDraft, 'key'>, label: string, control: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => preact.JSX.Element) => {
    const error = issueOf(`variants.${index}.${name}`);
    return (
      <div class="rw-field">
        <label for={id(name)}>{label}</label>
        {control({ id: id(name), 'aria-invalid': !!error, 'aria-describedby': error ? id(`${name}-error`) : undefined })}
        {error && (
          <p class="rw-notice-error" id={id(`${name}-error`)}>
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset class="rw-tpl-variant" lang={language || undefined}>
      <legend>{heading}</legend>
      {field('language', t('templatesManagerLanguage'), (props) => (
        <input {...props} type="text" dir="ltr" list="rw-tpl-languages" value={variant.language} onInput={(event) => onChange({ language: (event.currentTarget as HTMLInputElement).value })} />
      ))}
      {field('title', t('templatesNewTitle'), (props) => (
        <input {...props} type="text" dir="auto" maxLength={TEMPLATE_LIMITS.titleLength + 1} value={variant.title} onInput={(event) => onChange({ title: (event.currentTarget as HTMLInputElement).value })} />
      ))}
      {field('shortcut', t('templatesNewShortcut'), (props) => (
        <input {...props} type="text" dir="ltr" placeholder=";refund" value={variant.shortcut} onInput={(event) => onChange({ shortcut: (event.currentTarget as HTMLInputElement).value })} />
      ))}
      {field('body', t('templatesManagerBody'), (props) => (
        <textarea {...props} rows={6} dir="auto" value={variant.body} onInput={(event) => onChange({ body: (event.currentTarget as HTMLTextAreaElement).value })} />
      ))}
      {rendered.unknown.length > 0 && <p class="rw-warning">{t('templatesManagerUnknown', rendered.unknown.join(', '))}</p>}
      <div class="rw-tpl-preview" role="region" aria-label={t('templatesVariantPreview', language || '…')} dir="auto" dangerouslySetInnerHTML={{ __html: sanitize(rendered.html) }} />
      <button type="button" class="rw-button" onClick={onRemove}>
        {language ? t('templatesVariantRemove', language) : t('templatesVariantRemoveNew')}
      </button>
    </fieldset>
  );
}
