import type { RuleSet } from '../types';

/** Draft-check rules for fi (see lib/rewrite/types.ts for the format and docs/rewrite.md for how to write them). */
export const ruleSet: RuleSet = {
  lang: 'fi',
  rules: [],
};
