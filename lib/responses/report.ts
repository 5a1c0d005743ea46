import type { BusinessHours } from './business-hours';
import { measureReplies, type ReplyMeasurement, type ReplyStats, type ResponseEvent } from './stats';
import { summarizeSorted, type Summary } from './summary';
import { createOffsetCache } from './zone-offset';

export type Channel = ResponseEvent['channel'];
export const CHANNELS: readonly Channel[] = ['email', 'chat', 'social'];

/** Default reply-time targets per channel, in minutes: email a day, chat two minutes, social an hour. */
export const DEFAULT_SLA_MINUTES: Readonly<Record<Channel, number>> = { email: 24 * 60, chat: 2, social: 60 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface ReportOptions {
  /** The period shown, [from, to) in epoch ms. Events before `from` are used only to find what a reply answered. */
  from: number;
  to: number;
  /** The agent's time zone: days, weeks and the heatmap's hours are local to it. */
  timeZone: string;
  /** Count only time inside these hours (else calendar time). */
  businessHours?: BusinessHours;
  /** Target per channel, in minutes. */
  slaMinutes: Readonly<Record<Channel, number>>;
  /** Only this site (adapter id). */
  site?: string;
  /** Only this channel. */
  channel?: Channel;
}

/** How many measured replies met their channel's target. */
export interface SlaFigures {
  measured: number;
  met: number;
  breached: number;
  /** 0–100, or null when nothing was measured. */
  percentMet: number | null;
}

/** Figures of one day or one ISO week (local to the agent's time zone). */
export interface TrendPoint {
  /** Local date of the day, or of the week's Monday: 'YYYY-MM-DD'. */
  date: string;
  inbound: number;
  replies: number;
  firstReply: Summary;
  nextReply: Summary;
  sla: SlaFigures;
}

/** Figures of one site or channel. */
export interface Breakdown {
  key: string;
  inbound: number;
  replies: number;
  firstReply: Summary;
  nextReply: Summary;
  sla: SlaFigures;
}

/** Replies of one kind (with a template, with a rewrite, with neither): how many, their share, their median. */
export interface AssistFigures {
  replies: number;
  /** 0–100 of all replies in the period, or null when there were none. */
  share: number | null;
  /** Median of the measured ones among them. */
  medianMs: number | null;
}

export interface ReplyReport {
  stats: ReplyStats;
  sla: SlaFigures & { byChannel: Record<Channel, SlaFigures> };
  daily: TrendPoint[];
  weekly: TrendPoint[];
  /** Rows are ISO weekdays (0 = Monday … 6 = Sunday), columns local hours 0–23. */
  heatmap: {
    /** Inbound messages that arrived in that hour. */
    inbound: number[][];
    /** Median reply time of the messages that arrived in that hour (null: none answered). */
    medianReplyMs: (number | null)[][];
  };
  bySite: Breakdown[];
  byChannel: Breakdown[];
  withTemplate: AssistFigures;
  withRewrite: AssistFigures;
  unassisted: AssistFigures;
  /** Every measured reply time in the period, ascending (the distribution chart). */
  durations: Float64Array;
}

/** Collects durations and counts for one group (a day, a site…) and summarises them at the end. */
class Bucket {
  inbound = 0;
  replies = 0;
  first: number[] = [];
  next: number[] = [];
  met = 0;
  measured = 0;

  add(measurement: ReplyMeasurement, met: boolean): void {
    (measurement.first ? this.first : this.next).push(measurement.ms);
    this.measured++;
    if (met) this.met++;
  }

  summary(): { inbound: number; replies: number; firstReply: Summary; nextReply: Summary; sla: SlaFigures } {
    return { inbound: this.inbound, replies: this.replies, firstReply: sorted(this.first), nextReply: sorted(this.next), sla: getSla(this.met, this.measured) };
  }
}

function sorted(values: number[]): Summary {
  return summarizeSorted(Float64Array.from(values).sort());
}

function getSla(met: number, measured: number): SlaFigures {
  return { measured, met, breached: measured - met, percentMet: measured === 0 ? null : (100 * met) / measured };
}

function median(values: number[]): number | null {
  return sorted(values).medianMs;
}

function getBucket<K>(map: Map<K, Bucket>, key: K): Bucket {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = new Bucket()));
  return bucket;
}

/** 'YYYY-MM-DD' of a local day number (days since 1970-01-01). */
function dayLabel(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * Everything the reply-times dashboard shows for a period: the headline figures, SLA met per channel, daily and
 * weekly trends, the weekday × hour heatmap, breakdowns by site and channel, and how replies with a template or
 * a rewrite compare with the others. `events` should reach back before `from` (a reply early in the period may
 * answer a message from before it); only replies inside the period are measured and counted.
 */
export function computeReplyReport(events: readonly ResponseEvent[], options: ReportOptions): ReplyReport {
  const { from, to, site, channel } = options;
  const wanted = site === undefined && channel === undefined ? events : events.filter((event) => (site === undefined || event.site === site) && (channel === undefined || event.channel === channel));
  const { measurements, repeated } = measureReplies(wanted, { businessHours: options.businessHours });
  const offsetAt = createOffsetCache(options.timeZone);
  const localDay = (ms: number) => Math.floor((ms + offsetAt(ms)) / DAY);
  const weekOf = (day: number) => day - ((day + 3) % 7);
  const targetMs = (of: Channel) => options.slaMinutes[of] * 60_000;

  const total = new Bucket();
  const days = new Map<number, Bucket>();
  const weeks = new Map<number, Bucket>();
  const sites = new Map<string, Bucket>();
  const channels = new Map<Channel, Bucket>();
  const inboundCells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const replyCells = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => [] as number[]));
  const assisted = { template: { replies: 0, ms: [] as number[] }, rewrite: { replies: 0, ms: [] as number[] }, none: { replies: 0, ms: [] as number[] } };
  const cellOf = (ms: number): [number, number] => {
    const local = ms + offsetAt(ms);
    const day = Math.floor(local / DAY);
    return [(day + 3) % 7, Math.floor((local - day * DAY) / HOUR)];
  };

  // Counts of messages and replies in the period (distinct ids: the walk above marked the repeats).
  for (let i = 0; i < wanted.length; i++) {
    const event = wanted[i]!;
    if (event.at < from || event.at >= to || repeated[i]) continue;
    const day = localDay(event.at);
    const inbound = event.kind === 'inbound' ? 1 : 0;
    for (const group of [total, getBucket(days, day), getBucket(weeks, weekOf(day)), getBucket(sites, event.site), getBucket(channels, event.channel)]) {
      group.inbound += inbound;
      group.replies += 1 - inbound;
    }
    if (inbound) {
      const [weekday, hour] = cellOf(event.at);
      inboundCells[weekday]![hour]!++;
    } else {
      const rewritten = (event.rewrites ?? 0) > 0;
      if (event.templateId) assisted.template.replies++;
      if (rewritten) assisted.rewrite.replies++;
      if (!event.templateId && !rewritten) assisted.none.replies++;
    }
  }

  const durations: number[] = [];
  for (const measurement of measurements) {
    const { reply } = measurement;
    if (reply.at < from || reply.at >= to) continue;
    const met = measurement.ms <= targetMs(reply.channel);
    const day = localDay(reply.at);
    total.add(measurement, met);
    getBucket(days, day).add(measurement, met);
    getBucket(weeks, weekOf(day)).add(measurement, met);
    getBucket(sites, reply.site).add(measurement, met);
    getBucket(channels, reply.channel).add(measurement, met);
    durations.push(measurement.ms);
    const [weekday, hour] = cellOf(measurement.since);
    replyCells[weekday]![hour]!.push(measurement.ms);
    const rewritten = (reply.rewrites ?? 0) > 0;
    if (reply.templateId) assisted.template.ms.push(measurement.ms);
    if (rewritten) assisted.rewrite.ms.push(measurement.ms);
    if (!reply.templateId && !rewritten) assisted.none.ms.push(measurement.ms);
  }

  const totals = total.summary();
  const byChannel = Object.fromEntries(CHANNELS.map((key) => [key, channels.get(key)?.summary().sla ?? getSla(0, 0)])) as Record<Channel, SlaFigures>;
  // Every day and week of the period is listed, with zeros where nothing happened, so a chart has no gaps.
  const daily: TrendPoint[] = [];
  const weekly: TrendPoint[] = [];
  if (to > from) {
    const firstDay = localDay(from);
    const lastDay = localDay(to - 1);
    for (let day = firstDay; day <= lastDay; day++) daily.push({ date: dayLabel(day), ...(days.get(day) ?? new Bucket()).summary() });
    for (let week = weekOf(firstDay); week <= lastDay; week += 7) weekly.push({ date: dayLabel(week), ...(weeks.get(week) ?? new Bucket()).summary() });
  }
  const breakdown = <K extends string>(map: Map<K, Bucket>): Breakdown[] =>
    [...map].map(([key, bucket]) => ({ key, ...bucket.summary() })).sort((a, b) => b.inbound + b.replies - (a.inbound + a.replies) || a.key.localeCompare(b.key));
  const share = (replies: number) => (totals.replies === 0 ? null : (100 * replies) / totals.replies);
  const assistFigures = (kind: { replies: number; ms: number[] }): AssistFigures => ({ replies: kind.replies, share: share(kind.replies), medianMs: median(kind.ms) });

  return {
    stats: { firstReply: totals.firstReply, nextReply: totals.nextReply, inbound: totals.inbound, replies: totals.replies },
    sla: { ...totals.sla, byChannel },
    daily,
    weekly,
    heatmap: { inbound: inboundCells, medianReplyMs: replyCells.map((row) => row.map((cell) => median(cell))) },
    bySite: breakdown(sites),
    byChannel: breakdown(channels),
    withTemplate: assistFigures(assisted.template),
    withRewrite: assistFigures(assisted.rewrite),
    unassisted: assistFigures(assisted.none),
    durations: Float64Array.from(durations).sort(),
  };
}
