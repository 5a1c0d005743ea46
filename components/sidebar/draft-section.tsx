import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import type { Category, DraftLanguage, Finding, ToneIndicator, ToneSummary } from '@/lib/rewrite/types';

export interface DraftSectionProps {
  t: Translate;
  /** The draft the findings refer to. */
  text: ReadonlySignal<string>;
  findings: ReadonlySignal<Finding[]>;
  tone: ReadonlySignal<ToneSummary | undefined>;
  detected: ReadonlySignal<DraftLanguage>;
  /** The agent's choice of language, or undefined for "as detected". */
  override: Signal<DraftLanguage | undefined>;
  status: ReadonlySignal<string | undefined>;
  onApply: (finding: Finding, index: number) => void;
  onApplyAllSafe: () => void;
  onDismiss: (finding: Finding) => void;
}

const LANGUAGE_KEYS: Record<DraftLanguage, string> = { en: 'draftLanguageEn', nb: 'draftLanguageNb', fi: 'draftLanguageFi', fa: 'draftLanguageFa' };
const CATEGORY_KEYS: Record<Category, string> = {
  negative: 'draftCategoryNegative',
  blame: 'draftCategoryBlame',
  dismissive: 'draftCategoryDismissive',
  jargon: 'draftCategoryJargon',
  robotic: 'draftCategoryRobotic',
  clarity: 'draftCategoryClarity',
  empathy: 'draftCategoryEmpathy',
  brand: 'draftCategoryBrand',
};
const LEVEL_KEYS: Record<ToneIndicator['level'], string> = { good: 'draftLevelGood', fair: 'draftLevelFair', poor: 'draftLevelPoor' };
const CONTEXT_CHARS = 40;

/** The finding's words in a little of their context, the words themselves marked. */
function Excerpt({ text, finding }: { text: string; finding: Finding }) {
  const from = Math.max(0, finding.start - CONTEXT_CHARS);
  const to = Math.min(text.length, finding.end + CONTEXT_CHARS);
  const long = finding.end - finding.start > 160;
  const words = long ? `${text.slice(finding.start, finding.start + 80)} … ${text.slice(finding.end - 60, finding.end)}` : text.slice(finding.start, finding.end);
  return (
    <p class="rw-draft-excerpt">
      {from > 0 ? '…' : ''}
      {text.slice(from, finding.start)}
      <mark class="rw-draft-mark">{words}</mark>
      {text.slice(finding.end, to)}
      {to < text.length ? '…' : ''}
    </p>
  );
}

function Indicator({ t, label, indicator }: { t: Translate; label: string; indicator: ToneIndicator }) {
  return (
    <li class={`rw-draft-indicator rw-draft-${indicator.level}`}>
      <span class="rw-draft-indicator-name">{label}</span> <span class="rw-draft-level">{t(LEVEL_KEYS[indicator.level])}</span>
      <ul class="rw-draft-reasons">
        {indicator.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The draft check: what to rephrase in the reply being written, why, and one-click rewrites that replace exactly
 * those words in the host editor; a tone summary; the draft's language with a manual override.
 */
export function DraftSection({ t, text, findings, tone, detected, override, status, onApply, onApplyAllSafe, onDismiss }: DraftSectionProps) {
  const draft = text.value;
  const list = findings.value;
  const summary = tone.value;
  const safe = list.filter((finding) => finding.safe && finding.suggestions.length > 0).length;
  return (
    <div class="rw-draft">
      <label class="rw-field">
        <span class="rw-label">{t('draftLanguage')}</span>
        <select
          class="rw-input"
          value={override.value ?? 'auto'}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            override.value = value === 'auto' ? undefined : (value as DraftLanguage);
          }}
        >
          <option value="auto">{t('draftLanguageAuto', t(LANGUAGE_KEYS[detected.value]))}</option>
          {(Object.keys(LANGUAGE_KEYS) as DraftLanguage[]).map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {t(LANGUAGE_KEYS[lang])}
            </option>
          ))}
        </select>
      </label>
      {!draft.trim() ? (
        <p class="rw-muted">{t('draftEmpty')}</p>
      ) : (
        <>
          {summary && (
            <div class="rw-draft-tone">
              <h3 class="rw-draft-heading">{t('draftTone')}</h3>
              <ul class="rw-draft-indicators">
                <Indicator t={t} label={t('draftPositivity')} indicator={summary.positivity} />
                <Indicator t={t} label={t('draftClarity')} indicator={summary.clarity} />
                <Indicator t={t} label={t('draftEmpathy')} indicator={summary.empathy} />
              </ul>
            </div>
          )}
          {list.length === 0 ? (
            <p class="rw-muted">{t('draftNoFindings')}</p>
          ) : (
            <>
              <div class="rw-draft-bar">
                <span>{t('draftFindingCount', String(list.length))}</span>
                {safe > 0 && (
                  <button type="button" class="rw-button" onClick={onApplyAllSafe}>
                    {t('draftApplyAllSafe', String(safe))}
                  </button>
                )}
              </div>
              <ul class="rw-list" aria-label={t('draftFindings')}>
                {list.map((finding) => (
                  <li key={`${finding.ruleId}@${finding.start}`} class="rw-draft-finding" data-rule={finding.ruleId} data-category={finding.category}>
                    <span class="rw-draft-category">{t(CATEGORY_KEYS[finding.category])}</span>
                    <Excerpt text={draft} finding={finding} />
                    <p class="rw-draft-message">{finding.message}</p>
                    {finding.suggestions.length > 0 && (
                      <ul class="rw-draft-suggestions">
                        {finding.suggestions.map((suggestion, index) => (
                          <li key={suggestion} class="rw-draft-suggestion">
                            <span class="rw-draft-suggestion-text">{suggestion}</span>
                            <button type="button" class="rw-button" aria-label={t('draftApplyNamed', suggestion)} onClick={() => onApply(finding, index)}>
                              {t('draftApply')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                    <button type="button" class="rw-link-button" aria-label={t('draftDismissNamed', draft.slice(finding.start, finding.end))} onClick={() => onDismiss(finding)}>
                      {t('draftDismiss')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p class="rw-status" role="status" aria-live="polite">
        {status.value ?? ''}
      </p>
    </div>
  );
}
