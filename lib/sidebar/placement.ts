/** A rectangle in viewport coordinates (what `getBoundingClientRect` returns). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'left' | 'right';

export interface PlacementInput {
  viewportWidth: number;
  viewportHeight: number;
  /** Width of the thing to place (the open panel, or the launcher). */
  width: number;
  /** The side the layout direction asks for: right in LTR, left in RTL. */
  preferredSide: Side;
  /** Host-page elements that must stay visible and clickable, such as the composer's send button. */
  avoid: readonly Rect[];
  /** Shortest usable height; below it the other side is tried. */
  minHeight: number;
  /** Gap kept between the panel and an avoided element. */
  margin?: number;
}

export interface Placement {
  side: Side;
  top: number;
  height: number;
}

/** The free vertical stretches of one side's column, with the avoided rectangles cut out. */
function getFreeIntervals(input: PlacementInput, side: Side): Array<[number, number]> {
  const margin = input.margin ?? 8;
  const left = side === 'right' ? input.viewportWidth - input.width : 0;
  const right = side === 'right' ? input.viewportWidth : input.width;
  const blocked = input.avoid
    .filter((rect) => rect.right > left && rect.left < right && rect.bottom > 0 && rect.top < input.viewportHeight)
    .map((rect): [number, number] => [Math.max(0, rect.top - margin), Math.min(input.viewportHeight, rect.bottom + margin)])
    .sort((a, b) => a[0] - b[0]);
  const free: Array<[number, number]> = [];
  let cursor = 0;
  for (const [start, end] of blocked) {
    if (start > cursor) free.push([cursor, start]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < input.viewportHeight) free.push([cursor, input.viewportHeight]);
  return free;
}

/**
 * Where to put the sidebar so that it never covers an avoided element: the largest free stretch of the preferred
 * side, else of the other side; when neither leaves `minHeight`, the preferred side at full height.
 */
export function getPlacement(input: PlacementInput): Placement {
  const other: Side = input.preferredSide === 'right' ? 'left' : 'right';
  for (const side of [input.preferredSide, other]) {
    const best = getFreeIntervals(input, side).reduce<[number, number] | undefined>(
      (acc, interval) => (!acc || interval[1] - interval[0] > acc[1] - acc[0] ? interval : acc),
      undefined,
    );
    if (best && best[1] - best[0] >= input.minHeight) return { side, top: best[0], height: best[1] - best[0] };
  }
  return { side: input.preferredSide, top: 0, height: input.viewportHeight };
}
