// The draft check in the content script: analyses the composer's text as the agent types (the composer tracker
// already debounces it), and applies rewrites through the editor strategies, so the host editor's own model changes
// and nothing else in the draft moves.
import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { getEditorText, getStrategy, replaceRange, saveCaret, type EditorTarget, type PasteDispatcher, type SavedCaret } from '@/lib/editors';
import type { Translate } from '@/lib/i18n';
import { analyzeDraft, getSafeEdits, hasAcknowledgement, isUpset, summarizeTone } from '@/lib/rewrite/analyze';
import { detectDraftLanguage, toDraftLanguage } from '@/lib/rewrite/detect';
import { getFindingKey, relocateFinding, shiftSpan } from '@/lib/rewrite/session';
import type { AnalyzeOptions, DraftLanguage, Finding, TeamRule, ToneSummary } from '@/lib/rewrite/types';
import { sendToBackground } from '@/lib/platform/messaging';
import { disabledRulesItem, readDisabledRules } from '@/lib/platform/storage';
import type { ConversationContext } from '@/lib/sites/types';

/** The draft check's state and actions, named as DraftSection's props. */
export interface DraftCheck {
  /** The text the findings refer to. */
  text: ReadonlySignal<string>;
  findings: ReadonlySignal<Finding[]>;
  tone: ReadonlySignal<ToneSummary | undefined>;
  /** The language detected from the draft (and the customer's language as a hint). */
  detected: ReadonlySignal<DraftLanguage>;
  /** The agent's choice, or undefined for "as detected". */
  override: Signal<DraftLanguage | undefined>;
  /** What the last action did, read out politely. */
  status: Signal<string | undefined>;
  onApply(finding: Finding, index: number): void;
  onApplyAllSafe(): void;
  onDismiss(finding: Finding): void;
  /** The same actions, awaitable. */
  apply(finding: Finding, index: number): Promise<void>;
  applyAllSafe(): Promise<void>;
}

export interface DraftCheckOptions {
  t: Translate;
  uiLang: string;
  draft: ReadonlySignal<string | undefined>;
  /** The conversation on the page: its latest customer message and the customer's language. */
  context: ReadonlySignal<ConversationContext | undefined>;
  getTarget(): EditorTarget | undefined;
  /** The caret as it was when the agent left the composer (clicking in the sidebar moves the focus). */
  getCaret(): SavedCaret | undefined;
  dispatchPaste?: PasteDispatcher;
  signal: AbortSignal;
}

/** Starts the draft check for one mounted sidebar; it stops with `signal`. */
export function startDraftCheck(options: DraftCheckOptions): DraftCheck {
  const { t } = options;
  const disabled = signal<string[]>([]);
  const dismissed = signal<ReadonlySet<string>>(new Set());
  const override = signal<DraftLanguage | undefined>(undefined);
  const status = signal<string | undefined>(undefined);
  const teamRules = signal<TeamRule[]>([]);
  const text = computed(() => options.draft.value ?? '');
  const customerMessage = computed(() => options.context.value?.latestCustomerMessage);
  const customerLanguage = computed(() => {
    const customer = options.context.value?.customer;
    return toDraftLanguage(customer?.language) ?? toDraftLanguage(customer?.locale);
  });
  const detected = computed(() => detectDraftLanguage(text.value, customerLanguage.value));
  const language = computed(() => override.value ?? detected.value);

  const getOptions = (): AnalyzeOptions => ({
    lang: language.value,
    uiLang: options.uiLang,
    disabledRules: disabled.value,
    teamRules: teamRules.value,
    ...(customerMessage.value ? { customerMessage: customerMessage.value } : {}),
  });
  const all = computed(() => (text.value.trim() ? analyzeDraft(text.value, getOptions()) : []));
  const findings = computed(() => all.value.filter((finding) => !dismissed.value.has(getFindingKey(text.value, finding))));
  const tone = computed(() => {
    if (!text.value.trim()) return undefined;
    const message = customerMessage.value;
    return summarizeTone(text.value, findings.value, {
      lang: language.value,
      uiLang: options.uiLang,
      ...(message ? { customerUpset: isUpset(message, language.value) } : {}),
      acknowledged: hasAcknowledgement(text.value, language.value),
    });
  });

  // A new draft (the composer emptied after sending, another conversation) starts with nothing dismissed.
  const disposeReset = effect(() => {
    if (!text.value.trim() && dismissed.peek().size > 0) dismissed.value = new Set();
  });
  options.signal.addEventListener('abort', disposeReset);

  // Team rules come with the installed packs (phrase → preferred wording, category "brand").
  sendToBackground({ type: 'listPacks' }).then(
    (overview) => (teamRules.value = overview.packs.flatMap((pack) => pack.rules)),
    () => undefined, // No packs reachable: the check runs without team rules.
  );
  void disabledRulesItem.getValue().then((value) => (disabled.value = readDisabledRules(value)), () => undefined);
  const unwatch = disabledRulesItem.watch((value) => (disabled.value = readDisabledRules(value)));
  options.signal.addEventListener('abort', unwatch);

  /** The caret inside the composer now, or as it was when the agent clicked into the sidebar. */
  const readCaret = (target: EditorTarget) => {
    const live = saveCaret(target);
    const saved = live ?? options.getCaret();
    return saved?.kind === 'offsets' ? { start: saved.start, end: saved.end } : undefined;
  };

  /** Puts the caret back where the agent had it, moved past the replacements before it. */
  const restoreCaret = (target: EditorTarget, caret: { start: number; end: number } | undefined) => {
    if (!caret) return;
    try {
      getStrategy(target.kind).select(target.element, caret);
    } catch {
      // The host editor refused the selection: the text is in, the caret stays after it.
    }
  };

  const apply = async (finding: Finding, index: number): Promise<void> => {
    const target = options.getTarget();
    if (!target) {
      status.value = t('draftNoComposer');
      return;
    }
    const current = getEditorText(target);
    const resolved = relocateFinding(current, text.peek(), finding, getOptions());
    const replacement = resolved?.suggestions[index] ?? finding.suggestions[index];
    if (!resolved || replacement === undefined) {
      status.value = t('draftChanged');
      return;
    }
    const caret = readCaret(target);
    const result = await replaceRange(target, { start: resolved.start, end: resolved.end }, { text: replacement }, { dispatchPaste: options.dispatchPaste });
    if (!result.ok) {
      status.value = t('draftApplyFailed', result.reason);
      return;
    }
    restoreCaret(target, caret && shiftSpan(caret, resolved.start, resolved.end, replacement.length));
    status.value = t('draftApplied', replacement);
  };

  const applyAllSafe = async (): Promise<void> => {
    const target = options.getTarget();
    if (!target) {
      status.value = t('draftNoComposer');
      return;
    }
    const current = getEditorText(target);
    const fresh = analyzeDraft(current, getOptions()).filter((finding) => !dismissed.peek().has(getFindingKey(current, finding)));
    const edits = getSafeEdits(fresh);
    let caret = readCaret(target);
    let applied = 0;
    // Last first: each replacement leaves the offsets of the earlier ones as they were.
    for (const edit of edits) {
      const result = await replaceRange(target, { start: edit.start, end: edit.end }, { text: edit.text }, { dispatchPaste: options.dispatchPaste });
      if (!result.ok) {
        status.value = t('draftApplyFailed', result.reason);
        break;
      }
      caret = caret && shiftSpan(caret, edit.start, edit.end, edit.text.length);
      applied += 1;
    }
    if (applied > 0) restoreCaret(target, caret);
    if (applied === edits.length) status.value = t('draftAppliedSafe', String(applied));
  };

  const dismiss = (finding: Finding): void => {
    dismissed.value = new Set([...dismissed.value, getFindingKey(text.peek(), finding)]);
    status.value = t('draftDismissed');
  };

  const report = (error: unknown) => (status.value = t('draftApplyFailed', error instanceof Error ? error.message : String(error)));
  return {
    text,
    findings,
    tone,
    detected,
    override,
    status,
    apply,
    applyAllSafe,
    onApply: (finding, index) => void apply(finding, index).catch(report),
    onApplyAllSafe: () => void applyAllSafe().catch(report),
    onDismiss: dismiss,
  };
}
