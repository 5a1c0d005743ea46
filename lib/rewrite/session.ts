/**
 * What the sidebar needs between two analyses of a draft that keeps changing: stable keys for dismissing a finding,
 * finding it again in the text as it is now, and moving the caret past a replacement.
 */
import type { Finding } from './types';

/** A key that survives edits elsewhere in the draft: the rule and the words it is about. */
export function getFindingKey(text: string, finding: Finding): string {
  return `${finding.ruleId}|${text.slice(finding.start, finding.end)}`;
}

/**
 * The finding as it is in `current` (the editor's text right now), which may have changed since `finding` was
 * found in `previous`: among `candidates` (the findings of `current`), the same rule on the same words, nearest to
 * where it was; undefined when it is gone.
 */
export function relocateFinding(current: string, previous: string, finding: Finding, candidates: readonly Finding[]): Finding | undefined {
  if (current === previous) return finding;
  const key = getFindingKey(previous, finding);
  let best: Finding | undefined;
  for (const candidate of candidates) {
    if (getFindingKey(current, candidate) !== key) continue;
    if (!best || Math.abs(candidate.start - finding.start) < Math.abs(best.start - finding.start)) best = candidate;
  }
  return best;
}

/** Where a caret or selection ends up after `[start, end)` was replaced by `length` characters. */
export function shiftSpan(span: { start: number; end: number }, start: number, end: number, length: number): { start: number; end: number } {
  const delta = length - (end - start);
  const move = (offset: number): number => (offset >= end ? offset + delta : offset > start ? start + length : offset);
  return { start: move(span.start), end: move(span.end) };
}
