/** Median, 90th percentile and mean of a set of durations; `null` each when there are none. */
export interface Summary {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}

/**
 * Summarises durations: the median is the middle value (the mean of the two middle values for an even count),
 * p90 the nearest rank (the ⌈0.9·n⌉-th smallest value) and the mean the arithmetic mean.
 */
export function summarize(values: readonly number[]): Summary {
  return summarizeSorted(Float64Array.from(values).sort());
}

/** `summarize` for values already sorted in ascending order. */
export function summarizeSorted(sorted: Float64Array): Summary {
  const count = sorted.length;
  if (count === 0) return { count, medianMs: null, p90Ms: null, meanMs: null };
  const mid = count >> 1;
  const medianMs = count % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p90Ms = sorted[Math.ceil(0.9 * count) - 1]!;
  let sum = 0;
  for (const value of sorted) sum += value;
  return { count, medianMs, p90Ms, meanMs: sum / count };
}
