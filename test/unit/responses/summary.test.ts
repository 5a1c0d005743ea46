import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/responses/summary';

describe('summarize', () => {
  it.each([
    ['no values', [], { count: 0, medianMs: null, p90Ms: null, meanMs: null }],
    ['one value', [5], { count: 1, medianMs: 5, p90Ms: 5, meanMs: 5 }],
    ['an odd count, unsorted', [3, 1, 2], { count: 3, medianMs: 2, p90Ms: 3, meanMs: 2 }],
    ['an even count: the mean of the two middle values', [4, 1, 3, 2], { count: 4, medianMs: 2.5, p90Ms: 4, meanMs: 2.5 }],
    ['ten values: p90 is the 9th smallest', [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], { count: 10, medianMs: 5.5, p90Ms: 9, meanMs: 5.5 }],
    ['eleven values: p90 is the 10th smallest', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { count: 11, medianMs: 6, p90Ms: 10, meanMs: 6 }],
    ['ties', [0, 0, 60_000], { count: 3, medianMs: 0, p90Ms: 60_000, meanMs: 20_000 }],
  ])('%s', (_name, values, expected) => {
    expect(summarize(values)).toEqual(expected);
  });
});
