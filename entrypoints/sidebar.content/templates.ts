import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { getStrategy, insertText, type EditorTarget, type InsertResult, type PasteDispatcher, type SavedCaret } from '@/lib/editors';
import { backgroundBroadcast } from '@/lib/messages';
import { sendToBackground } from '@/lib/platform/messaging';
import { agentProfileItem, readAgentProfile, type AgentProfile } from '@/lib/platform/storage';
import type { ConversationContext } from '@/lib/sites/types';
import { getFillIns, renderTemplate, type RenderContext, type RenderResult } from '@/lib/templates/render';
import { sanitizeTemplateHtml } from '@/lib/templates/sanitize';
import type { StoredTemplate, TemplateChannel } from '@/lib/templates/schema';
import { createTemplateIndex, type TemplateHit, type TemplateIndex } from '@/lib/templates/search';
import type { TemplateVersion } from '@/lib/templates/variant';

// The content script's side of templates: the list from the background (asked for once, and again when the
// background says it changed or the tab comes back into view), the search index built from it, the context the
// renderer fills variables from, and inserting a rendered template with the caret at {{cursor}}.

/** A template chosen to insert that needs the agent's input first (fill-ins or missing variables). */
export interface PendingTemplate {
  template: StoredTemplate;
  version: TemplateVersion;
  /** Where to insert: the editor and caret when it was chosen, and the typed shortcut to replace. */
  target?: EditorTarget;
  caret?: SavedCaret;
  replaceBefore?: number;
}

export interface TemplatesFeature {
  templates: ReadonlySignal<readonly StoredTemplate[]>;
  /** Search over the current list (the index is rebuilt when the list changes). */
  search(query: string): TemplateHit[];
  /** What variables are filled from: the page's conversation, the agent's profile, now. */
  context: ReadonlySignal<RenderContext>;
  /** The customer's language when the page tells it (BCP 47), else the interface language. */
  language: ReadonlySignal<string>;
  pending: Signal<PendingTemplate | undefined>;
  /** Whether inserting this version needs the fill-in form. */
  needsForm(version: TemplateVersion): boolean;
  /** Sanitises rendered HTML with DOMPurify in the page's window. */
  sanitize(html: string): string;
  /** Inserts a rendered template and counts the use. */
  insert(target: EditorTarget, template: StoredTemplate, rendered: RenderResult, options: { caret?: SavedCaret; replaceBefore?: number }): Promise<InsertResult>;
  /** Asks the background for the list again. */
  reload(): Promise<void>;
}

export interface TemplatesOptions {
  doc: Document;
  uiLanguage: string;
  siteContext: ReadonlySignal<ConversationContext | undefined>;
  dispatchPaste?: PasteDispatcher;
  signal: AbortSignal;
  onError(error: unknown): void;
}

function isLanguageTag(value: string | undefined): value is string {
  if (!value || !/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value.replace('_', '-')).length === 1;
  } catch {
    return false;
  }
}

/** The renderer's context from what the page shows and the agent's profile; fields the page lacks stay absent. */
export function getRenderContext(page: ConversationContext | undefined, agent: AgentProfile): RenderContext {
  const customer = page?.customer;
  return {
    customer: customer && { firstName: customer.firstName, name: customer.name, email: customer.emails[0], timeZone: customer.timeZone },
    agent: { name: agent.name || undefined, signature: agent.signature || undefined },
    ticket: page?.threadId ? { id: page.threadId } : undefined,
    subject: page?.subject,
  };
}

/** Starts the templates feature for one mounted sidebar. */
export function startTemplates(options: TemplatesOptions): TemplatesFeature {
  const { doc, signal: abort } = options;
  const view = doc.defaultView ?? window;
  const templates = signal<readonly StoredTemplate[]>([]);
  const agent = signal<AgentProfile>({ name: '', signature: '' });
  let index: TemplateIndex = createTemplateIndex();

  const language = computed(() => {
    const customer = options.siteContext.value?.customer;
    const tag = [customer?.locale, customer?.language].find(isLanguageTag);
    return tag ? tag.replace('_', '-') : options.uiLanguage;
  });
  const channel = computed<TemplateChannel | undefined>(() => options.siteContext.value?.channel);
  const context = computed<RenderContext>(() => getRenderContext(options.siteContext.value, agent.value));

  const reload = async () => {
    const list = await sendToBackground({ type: 'listTemplates' });
    index = createTemplateIndex(list);
    templates.value = list;
  };
  const reloadQuietly = () => void reload().catch(options.onError);

  void agentProfileItem.getValue().then((value) => (agent.value = readAgentProfile(value)), options.onError);
  const unwatchAgent = agentProfileItem.watch((value) => (agent.value = readAgentProfile(value)));
  abort.addEventListener('abort', unwatchAgent);

  const onMessage = (message: unknown) => {
    if (backgroundBroadcast.safeParse(message).data?.type === 'templatesChanged') reloadQuietly();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  abort.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  // A background that was asleep when the options page changed templates told nobody: ask again on coming back.
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && reloadQuietly(), { signal: abort });

  const sanitize = (html: string) => sanitizeTemplateHtml(html, view);

  return {
    templates,
    search: (query) => {
      void templates.value; // a dependency for computed callers
      return index.search(query, { lang: language.value, channel: channel.value, limit: 30 });
    },
    context,
    language,
    pending: signal(undefined),
    needsForm: (version) => getFillIns(version.body).length > 0 || renderTemplate(version.body, { ...context.value, language: version.language }).missing.length > 0,
    sanitize,
    reload,
    async insert(target, template, rendered, { caret, replaceBefore }) {
      const strategy = getStrategy(target.kind);
      const plain = target.kind === 'textarea';
      const result = await insertText(target, plain ? { text: rendered.text } : { text: rendered.text, html: sanitize(rendered.html) }, { caret, replaceBefore, dispatchPaste: options.dispatchPaste });
      if (!result.ok) return result;
      // The caret is after the inserted text; {{cursor}} moves it back by the length of what follows the marker.
      const offset = plain ? rendered.cursorOffset : rendered.htmlCursorOffset;
      const length = plain ? rendered.text.length : rendered.richText.length;
      const end = strategy.getSelection(target.element)?.end;
      if (offset !== undefined && end !== undefined) {
        const at = Math.max(0, end - (length - offset));
        strategy.select(target.element, { start: at, end: at });
      }
      void sendToBackground({ type: 'recordTemplateUse', id: template.id }).catch(() => undefined);
      return result;
    },
  };
}
