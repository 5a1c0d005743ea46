import type { RuleSet } from '../types';

/** English draft-check rules (format: lib/rewrite/types.ts; policy: docs/rewrite.md). */
export const ruleSet: RuleSet = {
  lang: 'en',
  rules: [
    {
      id: 'en.negative.unfortunately',
      category: 'negative',
      pattern: 'unfortunately,?',
      message: { en: '“Unfortunately” opens with bad news; lead with what happens next instead.' },
      suggestions: ['Here is what I can do:'],
      examples: { fire: ['Unfortunately, the item is out of stock.'], notFire: ['The item is back in stock on Friday.'] },
    },
  ],
};
