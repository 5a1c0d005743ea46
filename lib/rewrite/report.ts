import { analyzeDraft, getSafeEdits, hasAcknowledgement, isUpset, summarizeTone } from './analyze';
import { detectDraftLanguage, toDraftLanguage } from './detect';
import { getFindingKey } from './session';
import type { DraftLanguage, Finding, TeamRule, ToneSummary } from './types';

/** What the sidebar asks about a draft. */
export interface DraftCheckRequest {
  text: string;
  /** The agent's choice of language, else it is detected. */
  lang?: DraftLanguage;
  customerMessage?: string;
  /** The customer's language or locale as the page shows it (a hint for detection). */
  customerLanguage?: string;
  uiLang: string;
  /** Keys (`getFindingKey`) of findings the agent dismissed for this draft. */
  dismissed?: readonly string[];
}

/** Everything the Draft check section shows for one text. */
export interface DraftReport {
  detected: DraftLanguage;
  findings: Finding[];
  tone: ToneSummary | undefined;
  /** The safe rewrites, last first, as "Apply all safe" applies them. */
  safeEdits: { start: number; end: number; text: string }[];
}

/**
 * Checks a draft with the rules of its language, the team's rules and the agent's switches: the findings (less the
 * dismissed ones), the tone summary and the safe edits. Runs in the background, so that the rule files stay out of
 * the content script; the text is checked and forgotten, never stored.
 */
export function checkDraft(request: DraftCheckRequest, settings: { teamRules: readonly TeamRule[]; disabledRules: readonly string[] }): DraftReport {
  const { text } = request;
  const detected = detectDraftLanguage(text, toDraftLanguage(request.customerLanguage));
  const lang = request.lang ?? detected;
  if (!text.trim()) return { detected, findings: [], tone: undefined, safeEdits: [] };
  const dismissed = new Set(request.dismissed ?? []);
  const findings = analyzeDraft(text, {
    lang,
    uiLang: request.uiLang,
    teamRules: settings.teamRules,
    disabledRules: settings.disabledRules,
    ...(request.customerMessage ? { customerMessage: request.customerMessage } : {}),
  }).filter((finding) => !dismissed.has(getFindingKey(text, finding)));
  const tone = summarizeTone(text, findings, {
    lang,
    uiLang: request.uiLang,
    ...(request.customerMessage ? { customerUpset: isUpset(request.customerMessage, lang) } : {}),
    acknowledged: hasAcknowledgement(text, lang),
  });
  return { detected, findings, tone, safeEdits: getSafeEdits(findings) };
}
