import * as z from 'zod/mini';
import type { BusinessHours } from './business-hours';
import { CHANNELS, DEFAULT_SLA_MINUTES, type Channel } from './report';

/** The reply log's settings: targets per channel, the agent's own working hours, how long to keep the log. */
export interface ReplyLogSettings {
  /** Targets the user set, in minutes, per channel; a channel not set takes its pack's target, else the default. */
  slaMinutes: Partial<Record<Channel, number>>;
  /** The agent's working hours, for the business-hours figures. */
  businessHours: BusinessHours;
  /** Show business-hours figures (else calendar time). */
  useBusinessHours: boolean;
  /** Keep events this many days; null keeps them for ever. */
  retentionDays: number | null;
}

/** Targets a user can set: a minute to 30 days. */
export const SLA_LIMITS = { min: 1, max: 30 * 24 * 60 } as const;
export const RETENTION_CHOICES = [30, 90, 180, 365, 730] as const;

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));
const businessHoursSchema = z.object({
  timeZone: z.string().check(z.minLength(1)),
  days: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7))).check(z.minLength(1)),
  start: clock,
  end: clock,
  holidays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
});
const minutes = z.number().check(z.int(), z.minimum(SLA_LIMITS.min), z.maximum(SLA_LIMITS.max));

/** Default settings; the time zone is the agent's own (the caller passes what Intl resolves). */
export function getDefaultReplyLogSettings(timeZone: string): ReplyLogSettings {
  return { slaMinutes: {}, businessHours: { timeZone, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, useBusinessHours: false, retentionDays: null };
}

/** Reads stored settings field by field: a damaged field falls back to its default, nothing throws. */
export function readReplyLogSettings(value: unknown, timeZone: string): ReplyLogSettings {
  const defaults = getDefaultReplyLogSettings(timeZone);
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const slaRaw = typeof raw.slaMinutes === 'object' && raw.slaMinutes !== null ? (raw.slaMinutes as Record<string, unknown>) : {};
  const slaMinutes: Partial<Record<Channel, number>> = {};
  for (const channel of CHANNELS) {
    const parsed = minutes.safeParse(slaRaw[channel]);
    if (parsed.success) slaMinutes[channel] = parsed.data;
  }
  const hours = businessHoursSchema.safeParse(raw.businessHours);
  const validHours = hours.success && hours.data.end > hours.data.start ? hours.data : defaults.businessHours;
  const retention = z.number().check(z.int(), z.minimum(1), z.maximum(36_500)).safeParse(raw.retentionDays);
  return {
    slaMinutes,
    businessHours: validHours,
    useBusinessHours: typeof raw.useBusinessHours === 'boolean' ? raw.useBusinessHours : defaults.useBusinessHours,
    retentionDays: retention.success ? retention.data : null,
  };
}

/** The targets in force: the user's, else a pack's, else the defaults (email 24 h, chat 2 min, social 1 h). */
export function getSlaMinutes(settings: ReplyLogSettings, packTargets: Partial<Record<Channel, number>> = {}): Record<Channel, number> {
  const result = { ...DEFAULT_SLA_MINUTES };
  for (const channel of CHANNELS) result[channel] = settings.slaMinutes[channel] ?? packTargets[channel] ?? DEFAULT_SLA_MINUTES[channel];
  return result;
}
