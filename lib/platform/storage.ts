import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { UI_LANGUAGES } from '../i18n';
import { SIDEBAR_DEFAULT_WIDTH, SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from '../sidebar/limits';

/** Keys that may expand a shortcut; "Tab" is the default. */
export const TRIGGER_KEYS = ['Tab', 'Enter', 'Space'] as const;
export type TriggerKey = (typeof TRIGGER_KEYS)[number];

export const settingsSchema = z.object({
  uiLanguage: z.enum(['auto', ...UI_LANGUAGES]),
  triggerKey: z.enum(TRIGGER_KEYS),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'auto', triggerKey: 'Tab' };


const siteLayoutSchema = z.object({
  open: z.boolean(),
  width: z.int().check(z.minimum(SIDEBAR_MIN_WIDTH), z.maximum(SIDEBAR_MAX_WIDTH)),
});
export type SiteLayout = z.infer<typeof siteLayoutSchema>;
export const DEFAULT_SITE_LAYOUT: SiteLayout = { open: false, width: SIDEBAR_DEFAULT_WIDTH };

const layoutsSchema = z.record(z.string(), siteLayoutSchema);
const switchesSchema = z.record(z.string(), z.boolean());
const userSitesSchema = z.array(z.string().check(z.regex(/^https?:\/\/[^/*]+\/\*$/)));

/** User settings (synced is not used: settings stay on this machine like everything else). */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
/** Sidebar width and open state, per host. */
export const layoutsItem = storage.defineItem<Record<string, SiteLayout>>('local:sidebarLayouts', { fallback: {}, version: 1 });
/** Per-host on/off switch from the popup; a host missing from the map is on. */
export const siteSwitchesItem = storage.defineItem<Record<string, boolean>>('local:siteSwitches', { fallback: {}, version: 1 });
/** Origin match patterns the user added in the options page. */
export const userSitesItem = storage.defineItem<string[]>('local:userSites', { fallback: [], version: 1 });
/** Customers' working hours per country (ISO code → {start, end, days?}), read through lib/locale/hours-settings.ts. */
export const customerHoursItem = storage.defineItem<Record<string, unknown>>('local:customerHours', { fallback: {}, version: 1 });

/** Reply-log settings (targets, working hours, retention), read through lib/responses/settings.ts. */
export const replyLogSettingsItem = storage.defineItem<Record<string, unknown>>('local:replyLogSettings', { fallback: {}, version: 1 });

/** Draft-check rule ids the user switched off in the options page (lib/rewrite rule ids, e.g. "en.negative.cant"). */
export const disabledRulesItem = storage.defineItem<string[]>('local:disabledRules', { fallback: [], version: 1 });

/** The switched-off rule ids as stored; anything damaged is dropped, never thrown. */
export function readDisabledRules(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && /^[\w.:-]{1,120}$/.test(id)) : [];
}

/** The agent's name and signature for templates ({{agent.name}}, {{agent.signature}}); read with readAgentProfile. */
export const agentProfileItem = storage.defineItem<Record<string, unknown>>('local:agentProfile', { fallback: {}, version: 1 });
export interface AgentProfile {
  name: string;
  signature: string;
}
/** The stored agent profile; a damaged or over-long field reads as empty. */
export function readAgentProfile(value: unknown): AgentProfile {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const text = (field: unknown, max: number) => (typeof field === 'string' && field.length <= max ? field : '');
  return { name: text(raw.name, 120), signature: text(raw.signature, 2000) };
}

/** Reads settings back through their schema: a damaged value falls back field by field, never throws. */
export function readSettings(value: unknown): Settings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    uiLanguage: settingsSchema.shape.uiLanguage.safeParse(raw.uiLanguage).data ?? DEFAULT_SETTINGS.uiLanguage,
    triggerKey: settingsSchema.shape.triggerKey.safeParse(raw.triggerKey).data ?? DEFAULT_SETTINGS.triggerKey,
  };
}

/** The stored layout of one host, or the default when none (or a damaged one) is stored. */
export function readLayout(value: unknown, host: string): SiteLayout {
  const layouts = layoutsSchema.safeParse(value);
  return (layouts.success ? layouts.data[host] : undefined) ?? DEFAULT_SITE_LAYOUT;
}

/** Whether Replywell is switched on for a host. */
export function readSiteEnabled(value: unknown, host: string): boolean {
  const switches = switchesSchema.safeParse(value);
  return (switches.success ? switches.data[host] : undefined) ?? true;
}

/** The user-added origin patterns; a damaged value reads as none rather than throwing. */
export function readUserSites(value: unknown): string[] {
  return userSitesSchema.safeParse(value).data ?? [];
}
