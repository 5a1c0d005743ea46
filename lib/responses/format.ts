const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unitFormats = new Map<string, Intl.NumberFormat>();
function unit(lang: string, name: 'second' | 'minute' | 'hour' | 'day', value: number): string {
  const key = `${lang}:${name}`;
  let format = unitFormats.get(key);
  if (!format) unitFormats.set(key, (format = new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 })));
  return format.format(value);
}

/**
 * A duration as people read it, in the interface language (Persian gets Persian digits): "45 sec", "12 min",
 * "3 hr 20 min", "2 days 4 hr". Two units at most; the smaller one is dropped when it is zero.
 */
export function formatDuration(ms: number, lang: string): string {
  const value = Math.max(0, ms);
  if (value < MINUTE) return unit(lang, 'second', Math.floor(value / SECOND));
  if (value < HOUR) return unit(lang, 'minute', Math.floor(value / MINUTE));
  const pair = (big: 'hour' | 'day', bigSize: number, small: 'minute' | 'hour', smallSize: number) => {
    const whole = Math.floor(value / bigSize);
    const rest = Math.floor((value - whole * bigSize) / smallSize);
    return rest === 0 ? unit(lang, big, whole) : `${unit(lang, big, whole)} ${unit(lang, small, rest)}`;
  };
  return value < 2 * DAY ? pair('hour', HOUR, 'minute', MINUTE) : pair('day', DAY, 'hour', HOUR);
}

/** A percentage with at most one decimal, in the interface language. */
export function formatPercent(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
