// The draft check in the content script: sends the composer's text to the background as the agent types
// (debounced; the rule engine and its rule files run there, keeping this script small), shows the findings, and applies
// rewrites through the editor strategies, so the host editor's own model changes and nothing else in the draft moves.
import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { getEditorText, replaceRange, saveCaret, selectSpan, type EditorTarget, type PasteDispatcher, type SavedCaret } from '@/lib/editors';
import type { Translate, UiLanguage } from '@/lib/i18n';
import type { DraftReport } from '@/lib/rewrite/report';
import { getFindingKey, relocateFinding, shiftSpan } from '@/lib/rewrite/session';
import type { DraftLanguage, Finding, ToneSummary } from '@/lib/rewrite/types';
import { sendToBackground } from '@/lib/platform/messaging';
import type { ConversationContext } from '@/lib/sites/types';

/** How long typing must pause before the draft is checked again. */
const DEBOUNCE_MS = 150;

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
  /** Told how many rewrites were applied (the reply-time log counts them with the next reply). */
  onApplied?: (count: number) => void;
}

/** Starts the draft check for one mounted sidebar; it stops with `signal`. */
export function startDraftCheck(options: DraftCheckOptions): DraftCheck {
  const { t } = options;
  const dismissed = signal<ReadonlySet<string>>(new Set());
  const override = signal<DraftLanguage | undefined>(undefined);
  const status = signal<string | undefined>(undefined);
  // The last answer of the background and the text it is about. The rule files run there (they are most of the
  // engine's size), so the content script sends the draft, debounced, and shows what comes back.
  const checked = signal<{ text: string; report: DraftReport } | undefined>(undefined);
  const draft = computed(() => options.draft.value ?? '');
  const text = computed(() => checked.value?.text ?? '');
  const findings = computed(() => checked.value?.report.findings ?? []);
  const tone = computed(() => checked.value?.report.tone);
  const detected = computed<DraftLanguage>(() => checked.value?.report.detected ?? 'en');

  const ask = (current: string): Promise<DraftReport> => {
    const context = options.context.peek();
    const customerLanguage = context?.customer.language ?? context?.customer.locale;
    return sendToBackground({
      type: 'checkDraft',
      text: current,
      uiLang: options.uiLang as UiLanguage,
      dismissed: [...dismissed.peek()],
      ...(override.peek() ? { lang: override.peek() } : {}),
      ...(context?.latestCustomerMessage ? { customerMessage: context.latestCustomerMessage } : {}),
      ...(customerLanguage ? { customerLanguage } : {}),
    });
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const recheck = (delay: number) => {
    clearTimeout(timer);
    const current = draft.peek();
    const asked = ++generation;
    if (!current.trim()) {
      checked.value = undefined;
      return;
    }
    timer = setTimeout(() => {
      ask(current).then(
        (report) => {
          if (asked === generation) checked.value = { text: current, report };
        },
        () => undefined, // The background is restarting: the next keystroke asks again.
      );
    }, delay);
  };
  // Typing, another language chosen, a new customer message or a dismissal: check again.
  const disposeWatch = effect(() => {
    void draft.value;
    void override.value;
    void dismissed.value;
    void options.context.value?.latestCustomerMessage;
    recheck(DEBOUNCE_MS);
  });
  options.signal.addEventListener('abort', () => {
    disposeWatch();
    clearTimeout(timer);
  });

  // A new draft (the composer emptied after sending, another conversation) starts with nothing dismissed.
  const disposeReset = effect(() => {
    if (!draft.value.trim() && dismissed.peek().size > 0) dismissed.value = new Set();
  });
  options.signal.addEventListener('abort', disposeReset);

  /** The caret inside the composer now, or as it was when the agent clicked into the sidebar. */
  const readCaret = (target: EditorTarget) => {
    const live = saveCaret(target);
    const saved = live ?? options.getCaret();
    return saved?.kind === 'offsets' ? { start: saved.start, end: saved.end } : undefined;
  };

  /** Puts the caret back where the agent had it, moved past the replacements before it. */
  const restoreCaret = async (target: EditorTarget, caret: { start: number; end: number } | undefined) => {
    if (!caret) return;
    try {
      await selectSpan(target, caret);
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
    const previous = text.peek();
    // The agent may have typed since the last check: find the same words again in the text as it is now.
    const resolved = current === previous ? finding : relocateFinding(current, previous, finding, (await ask(current)).findings);
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
    await restoreCaret(target, caret && shiftSpan(caret, resolved.start, resolved.end, replacement.length));
    status.value = t('draftApplied', replacement);
    options.onApplied?.(1);
  };

  const applyAllSafe = async (): Promise<void> => {
    const target = options.getTarget();
    if (!target) {
      status.value = t('draftNoComposer');
      return;
    }
    const edits = (await ask(getEditorText(target))).safeEdits;
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
    if (applied > 0) {
      await restoreCaret(target, caret);
      options.onApplied?.(applied);
    }
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
