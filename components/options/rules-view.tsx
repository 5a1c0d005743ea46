import type { Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { LANGUAGE_AUTONYMS } from '@/lib/i18n/language-names';
import { getEngineRuleIds } from '@/lib/rewrite/analyze';
import { pickText } from '@/lib/rewrite/language-data';
import { RULE_SETS } from '@/lib/rewrite/rules';
import { DRAFT_LANGUAGES, type Category } from '@/lib/rewrite/types';
import type { Notice } from './notice';
import { NoticeLine } from './notice';

export interface RulesViewProps {
  t: Translate;
  /** The interface language, for the rules' own messages. */
  uiLang: string;
  /** Rule ids switched off. */
  disabled: Signal<string[]>;
  notice: Signal<Notice | undefined>;
  onToggle: (ruleId: string, enabled: boolean) => void;
}

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
const ENGINE_KEYS: Record<string, string> = {
  'long-sentence': 'draftRuleLongSentence',
  'wall-of-text': 'draftRuleWallOfText',
  'acknowledge-first': 'draftRuleAcknowledgeFirst',
};

/** The draft check's rules per language, each with a switch; a switched-off rule no longer shows in the sidebar. */
export function RulesView({ t, uiLang, disabled, notice, onToggle }: RulesViewProps) {
  const off = new Set(disabled.value);
  return (
    <section class="rw-card" aria-labelledby="rw-rules-title">
      <h2 id="rw-rules-title">{t('draftRulesTitle')}</h2>
      <p>{t('draftRulesIntro')}</p>
      <NoticeLine t={t} notice={notice} />
      {DRAFT_LANGUAGES.map((lang) => {
        const rules = [
          ...RULE_SETS[lang].rules.map((rule) => ({ id: rule.id, category: rule.category, text: pickText(rule.message, uiLang, lang) })),
          ...getEngineRuleIds(lang).map(({ id, category }) => ({ id, category, text: t(ENGINE_KEYS[id.split('.').pop() ?? ''] ?? id) })),
        ];
        const on = rules.filter((rule) => !off.has(rule.id)).length;
        return (
          <details key={lang} class="rw-rules-language" open={lang === uiLang}>
            <summary>
              <span lang={lang}>{LANGUAGE_AUTONYMS[lang]}</span> — {t('draftRulesCount', [String(on), String(rules.length)])}
            </summary>
            <ul class="rw-rules-list">
              {rules.map((rule) => (
                <li key={rule.id} class="rw-rule">
                  <label class="rw-rule-label">
                    <input type="checkbox" role="switch" checked={!off.has(rule.id)} onChange={(event) => onToggle(rule.id, (event.currentTarget as HTMLInputElement).checked)} />
                    <span>
                      <span class="rw-rule-category">{t(CATEGORY_KEYS[rule.category])}</span> {rule.text}
                      <code class="rw-rule-id" dir="ltr">
                        {rule.id}
                      </code>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
