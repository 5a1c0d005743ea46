import type { RuleSet } from '../types';

/** Draft-check rules for fa (see lib/rewrite/types.ts for the format and docs/rewrite.md for how to write them). */
export const ruleSet: RuleSet = {
  lang: 'fa',
  rules: [],
};
