const QUARTER = 15 * 60_000;
/** Quarters in six hours. */
const BLOCK = 24;

/**
 * A fast `offsetAt(ms)` for one IANA time zone: the zone's UTC offset in ms at an instant (local = ms + offset).
 * Every offset change happens on a quarter hour of UTC, so offsets are cached per quarter hour in a typed array
 * that grows to the span asked about (a year is 35,040 entries). `Intl` answers the look-ups, so DST rules and
 * half-hour or 45-minute zones come from the browser's own time-zone data. Throws a RangeError for an unknown zone.
 */
export function createOffsetCache(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  let base = 0;
  // NaN marks a quarter not yet looked up.
  let offsets = new Float64Array(0);

  const lookUp = (bucket: number): number => {
    const at = bucket * QUARTER;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - at;
  };
  const cover = (bucket: number) => {
    // Grow by a few months beyond what is asked, so a log spread over years reallocates only a few times.
    const margin = 4 * 24 * 90;
    const empty = offsets.length === 0;
    const from = empty || bucket < base ? bucket - margin : base;
    const to = empty || bucket >= base + offsets.length ? bucket + 1 + margin : base + offsets.length;
    const grown = new Float64Array(to - from).fill(Number.NaN);
    if (!empty) grown.set(offsets, base - from);
    offsets = grown;
    base = from;
  };
  return (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER);
    let index = bucket - base;
    if (index < 0 || index >= offsets.length) {
      cover(bucket);
      index = bucket - base;
    }
    let offset = offsets[index]!;
    if (Number.isNaN(offset)) {
      // Offsets change at most a few times a year, never twice in six hours: when a six-hour block starts and
      // ends on the same offset, the whole block has it, and one pair of look-ups fills 24 quarters.
      const block = bucket - (((bucket % BLOCK) + BLOCK) % BLOCK);
      const atStart = lookUp(block);
      if (atStart === lookUp(block + BLOCK)) {
        offsets.fill(atStart, Math.max(0, block - base), Math.min(offsets.length, block + BLOCK - base));
        offset = atStart;
      } else {
        offsets[index] = offset = lookUp(bucket);
      }
    }
    return offset;
  };
}
