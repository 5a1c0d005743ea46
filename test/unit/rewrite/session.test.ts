import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../lib/rewrite/analyze';
import { getFindingKey, relocateFinding, shiftSpan } from '../../../lib/rewrite/session';

describe('relocateFinding', () => {
  it('finds the same rule on the same words after the agent typed before them', () => {
    const before = "We can't refund sale items.";
    const [finding] = analyzeDraft(before, { lang: 'en' });
    const now = `Hi Kim,\n${before}`;
    const moved = relocateFinding(now, before, finding!, analyzeDraft(now, { lang: 'en' }));
    expect(now.slice(moved!.start, moved!.end)).toBe("We can't refund sale items");
    expect(getFindingKey(now, moved!)).toBe(getFindingKey(before, finding!));
  });

  it('gives up when the words are gone', () => {
    const before = "We can't refund sale items.";
    const [finding] = analyzeDraft(before, { lang: 'en' });
    expect(relocateFinding('We can refund sale items.', before, finding!, analyzeDraft('We can refund sale items.', { lang: 'en' }))).toBeUndefined();
  });
});

describe('shiftSpan', () => {
  it.each([
    { name: 'caret after the span moves by the difference', span: { start: 20, end: 20 }, expected: { start: 25, end: 25 } },
    { name: 'caret before the span stays', span: { start: 2, end: 2 }, expected: { start: 2, end: 2 } },
    { name: 'caret inside the span goes after the replacement', span: { start: 7, end: 7 }, expected: { start: 15, end: 15 } },
  ])('$name', ({ span, expected }) => {
    // [5, 10) replaced by 10 characters.
    expect(shiftSpan(span, 5, 10, 10)).toEqual(expected);
  });
});
