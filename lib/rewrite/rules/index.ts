/** The rule files, one per draft language. */
import type { DraftLanguage, Rule, RuleSet } from '../types';
import { ruleSet as en } from './en';
import { ruleSet as fa } from './fa';
import { ruleSet as fi } from './fi';
import { ruleSet as nb } from './nb';

export const RULE_SETS: Readonly<Record<DraftLanguage, RuleSet>> = { en, nb, fi, fa };

/** The rules for a draft language (primary subtag of a BCP 47 tag; "no"/"nn" read as Bokmål), empty when we have none. */
export function getRules(lang: string): readonly Rule[] {
  return getRuleSet(lang)?.rules ?? [];
}

/** The rule file for a BCP 47 tag, if we have one. */
export function getRuleSet(lang: string): RuleSet | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const mapped = primary === 'no' || primary === 'nn' ? 'nb' : primary === 'per' ? 'fa' : primary;
  return (RULE_SETS as Record<string, RuleSet | undefined>)[mapped];
}
