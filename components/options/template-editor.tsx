import { useSignal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { renderTemplate } from '@/lib/templates/render';
import { getIssues, templateSchema, TEMPLATE_CHANNELS, TEMPLATE_LIMITS, type StoredTemplate, type TemplateChannel, type TemplateInput } from '@/lib/templates/schema';

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

interface Draft {
  title: string;
  shortcut: string;
  language: string;
  folder: string;
  tags: string;
  channels: TemplateChannel[];
  body: string;
}

function toInput(draft: Draft, base: Partial<StoredTemplate> | undefined): TemplateInput {
  return {
    ...(base?.variants ? { variants: base.variants } : {}),
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
  });
  const touched = useSignal(false);
  const saveError = useSignal<string | undefined>(undefined);
  const busy = useSignal(false);
  const input = toInput(draft.value, template ?? (preset ? { variants: preset.variants } : undefined));
  const parsed = templateSchema.safeParse(template ? input : { ...input, id: 'new-template' });
  const issues = parsed.success ? [] : getIssues(parsed.error);
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
      {base?.variants && base.variants.length > 0 && <p class="rw-muted">{t('templatesManagerVariantsKept', String(base.variants.length))}</p>}
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
