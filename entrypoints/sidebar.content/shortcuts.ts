import { findEditor, getTextBeforeCaret, saveCaret, type EditorTarget, type SavedCaret } from '@/lib/editors';
import type { TriggerKey } from '@/lib/platform/storage';
import { renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { StoredTemplate } from '@/lib/templates/schema';
import { findShortcutMatch, isTriggerKey } from '@/lib/templates/shortcut';
import { getTemplateVersion, getTemplateVersions, type TemplateVersion } from '@/lib/templates/variant';
import { isFromOwnUi } from './composer';
import type { PendingTemplate } from './templates';

/** Longest text read back from the caret; shortcuts are at most 32 characters. */
const LOOKBEHIND = 40;

interface ShortcutOptions {
  getTemplates: () => readonly StoredTemplate[];
  getTriggerKey: () => TriggerKey;
  /** The customer's language: a template's main shortcut expands to its version in that language. */
  getLanguage: () => string;
  getContext: () => RenderContext;
  needsForm: (version: TemplateVersion) => boolean;
  /** Inserts the rendered template over the typed shortcut. */
  insert: (target: EditorTarget, template: StoredTemplate, version: TemplateVersion, context: RenderContext, options: { replaceBefore: number }) => void;
  /** The template needs fill-ins or missing values: the sidebar's form takes over (the shortcut stays until then). */
  openForm: (pending: PendingTemplate) => void;
}

interface ShortcutEntry {
  shortcut: string;
  template: StoredTemplate;
  /** The version whose own shortcut this is; undefined for the template's main shortcut. */
  version?: TemplateVersion;
}

/** Every shortcut of the templates: each template's own and its language versions' own. */
export function getShortcutEntries(templates: readonly StoredTemplate[]): ShortcutEntry[] {
  const entries: ShortcutEntry[] = [];
  for (const template of templates) {
    if (template.shortcut) entries.push({ shortcut: template.shortcut, template });
    for (const version of getTemplateVersions(template).slice(1)) {
      if (version.shortcut && version.shortcut !== template.shortcut) entries.push({ shortcut: version.shortcut, template, version });
    }
  }
  return entries;
}

/**
 * Expands a shortcut typed just before the caret when the trigger key is pressed. The listener runs in the
 * capture phase on the window so that it sees the key before the editor does; when no shortcut matches it does
 * nothing and the key keeps its normal job. Variables are filled from the page; a template with fill-in fields (or
 * values the page lacks) opens the sidebar's form instead, which later replaces the shortcut.
 */
export function listenForShortcuts(doc: Document, signal: AbortSignal, options: ShortcutOptions): void {
  const view = doc.defaultView;
  if (!view) return;
  let entries: ShortcutEntry[] = [];
  let entriesOf: readonly StoredTemplate[] | undefined;
  view.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing || event.defaultPrevented || !isTriggerKey(event, options.getTriggerKey()) || isFromOwnUi(event)) return;
      const target = findEditor(event.composedPath()[0] as Node);
      if (!target) return;
      const before = getTextBeforeCaret(target, LOOKBEHIND);
      const templates = options.getTemplates();
      if (entriesOf !== templates) {
        entries = getShortcutEntries(templates);
        entriesOf = templates;
      }
      const match = before === undefined ? undefined : findShortcutMatch(before, entries);
      if (!match) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const version = match.version ?? getTemplateVersion(match.template, options.getLanguage());
      const replaceBefore = match.shortcut.length;
      if (options.needsForm(version)) {
        const caret: SavedCaret | undefined = saveCaret(target);
        options.openForm({ template: match.template, version, target, caret, replaceBefore });
        return;
      }
      options.insert(target, match.template, version, options.getContext(), { replaceBefore });
    },
    { capture: true, signal },
  );
}

/** Renders a version for inserting (no highlighting; the form has filled what it could). */
export function renderForInsert(version: TemplateVersion, context: RenderContext): ReturnType<typeof renderTemplate> {
  return renderTemplate(version.body, { ...context, language: version.language });
}
