// zod/mini: the same validation with a tree-shakable API, so that the content script stays small.
import * as z from 'zod/mini';
import { UI_LANGUAGES } from './i18n';
import type { ThreadClock } from './responses/clock';
import type { DraftReport } from './rewrite/report';
import { siteEventReportSchema } from './responses/schema';
import type { CustomerInsight } from './locale/insight';
import type { DraftHint } from './locale/hints';
import type { PackCheckResult, PackInstallAnswer, PacksOverview } from './packs/store';
import type { StoredTemplate } from './templates/schema';

const uiLanguage = z.enum(UI_LANGUAGES);
const originPattern = z.string().check(z.regex(/^https?:\/\/[^/*]+\/\*$/, 'expected an origin match pattern like https://host/*'));

const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
/** What a page shows about a customer (lib/locale/infer.ts reads it); lengths bounded, content untrusted. */
const customerSignals = z.object({
  email: optionalText(320),
  phone: optionalText(64),
  timeZone: optionalText(100),
  locale: optionalText(64),
  language: optionalText(64),
  dateHeader: optionalText(200),
  signature: optionalText(4000),
});
/** Who the customer is, for remembering a location (hashed with the install salt; never stored as it is). */
const customerIdentity = z.object({ email: optionalText(320), phone: optionalText(64), name: optionalText(200) });
const accountDefaults = z.object({ timeZone: optionalText(100), locale: optionalText(64) });
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code like "NO"'));

/** Requests that extension pages and content scripts send to the background. */
export const backgroundRequest = z.discriminatedUnion('type', [
  /** The interface messages of one language, for contexts that cannot use browser.i18n's own choice. */
  z.object({ type: z.literal('getUiMessages'), lang: uiLanguage }),
  /** Every template (personal, from packs, built-in) for the sidebar's search and shortcut expansion. */
  z.object({ type: z.literal('listTemplates') }),
  /** Creates or replaces a personal template (checked with lib/templates/schema.ts in the background). */
  z.object({ type: z.literal('saveTemplate'), template: z.record(z.string(), z.unknown()), isNew: z.optional(z.boolean()) }),
  /** Counts one insertion or expansion of a template (usage count and last use, for ranking). */
  z.object({ type: z.literal('recordTemplateUse'), id: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Registers the content script on a user-added origin whose host permission the options page obtained. */
  z.object({ type: z.literal('addUserSite'), pattern: originPattern }),
  /** Unregisters a user-added origin and gives its host permission back. */
  z.object({ type: z.literal('removeUserSite'), pattern: originPattern }),
  /** The user-added origins with whether their host permission is still granted. */
  z.object({ type: z.literal('listUserSites') }),
  /** Where the customer probably is, their local time and status, holidays, next business time, etiquette. */
  z.object({
    type: z.literal('getCustomerInsight'),
    signals: customerSignals,
    identity: customerIdentity,
    accountDefaults: z.optional(accountDefaults),
    // The customer's latest message, for its language when the page states none: read in memory, never stored.
    messageText: optionalText(2_000),
    lang: uiLanguage,
  }),
  /** Remembers the agent's confirmed or corrected location for this customer and their company's email domain. */
  z.object({ type: z.literal('confirmCustomerLocation'), identity: customerIdentity, country: z.optional(countryCode), timeZone: z.string().check(z.minLength(1), z.maxLength(64)) }),
  /** Forgets the agent's remembered location for this customer (the guess shows again). */
  z.object({ type: z.literal('forgetCustomerLocation'), identity: customerIdentity }),
  /** Etiquette and timing hints for the draft being written to a customer in `country` (the draft is never stored). */
  z.object({
    type: z.literal('getDraftHints'),
    draft: z.string().check(z.maxLength(20_000)),
    country: countryCode,
    timeZone: optionalText(100),
    customerName: optionalText(200),
    firstContact: z.optional(z.boolean()),
    lang: uiLanguage,
  }),
  /** Installs or upgrades a pack from the text of a pack file (the options page's "Import pack"). */
  z.object({ type: z.literal('installPack'), text: z.string() }),
  /** Installs the starter pack of one interface language. */
  z.object({ type: z.literal('installStarterPack'), language: uiLanguage }),
  /** The installed packs, the starter packs and problems in the enterprise policy. */
  z.object({ type: z.literal('listPacks') }),
  /** Removes a pack and its templates (personal copies stay). */
  z.object({ type: z.literal('removePack'), id: z.string().check(z.minLength(1), z.maxLength(64)) }),
  /** Subscribes to a pack at an https address whose host permission the options page obtained; installs it now. */
  z.object({ type: z.literal('subscribePack'), url: z.string().check(z.maxLength(2048), z.regex(/^https:\/\//, 'expected an https address')) }),
  /** Asks subscribed packs (one, or all) for a new version now, as the daily alarm does. */
  z.object({ type: z.literal('checkPackUpdates'), id: z.optional(z.string().check(z.maxLength(64))) }),
  /** Makes a personal, editable copy of a pack template (stored id `<packId>/<templateId>`). */
  z.object({ type: z.literal('customiseTemplate'), id: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Stores a customer message that arrived or a reply the agent sent (the reply-time log). */
  z.object({ type: z.literal('logEvent'), event: siteEventReportSchema }),
  /** How long the customer of one conversation has been waiting, its target and today's median. */
  z.object({ type: z.literal('getThreadClock'), site: z.string().check(z.minLength(1), z.maxLength(40)), threadId: z.string().check(z.minLength(1), z.maxLength(2000)), channel: z.enum(['email', 'chat', 'social']) }),
  /** Opens the options page at one of its views (the sidebar's links to the dashboard and settings). */
  z.object({ type: z.literal('openOptions'), view: z.string().check(z.regex(/^[a-z-]{1,40}$/)) }),
  /** Checks a draft (the rule files live in the background); the text is checked and forgotten. */
  z.object({
    type: z.literal('checkDraft'),
    text: z.string().check(z.maxLength(50_000)),
    lang: z.optional(z.enum(['en', 'nb', 'fi', 'fa'])),
    customerMessage: z.optional(z.string().check(z.maxLength(50_000))),
    customerLanguage: z.optional(z.string().check(z.maxLength(64))),
    uiLang: uiLanguage,
    dismissed: z.optional(z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(500))),
  }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequest>;

/** Requests that the background or the popup send to a tab's content script. */
export const contentRequest = z.discriminatedUnion('type', [
  /** Opens or closes the sidebar (the keyboard command). */
  z.object({ type: z.literal('toggleSidebar') }),
  /** Which site the tab shows and whether Replywell runs there (the popup's switch). */
  z.object({ type: z.literal('getPageStatus') }),
]);
export type ContentRequest = z.infer<typeof contentRequest>;

/** What the background tells every tab without expecting an answer. */
export const backgroundBroadcast = z.discriminatedUnion('type', [
  /** Templates were added, changed or removed (any context, packs included): ask for the list again. */
  z.object({ type: z.literal('templatesChanged') }),
]);
export type BackgroundBroadcast = z.infer<typeof backgroundBroadcast>;

export const userSite = z.object({ pattern: originPattern, granted: z.boolean() });
export type UserSite = z.infer<typeof userSite>;

export const pageStatus = z.object({
  host: z.string(),
  siteId: z.string(),
  enabled: z.boolean(),
  /** The adapter reading the page ('generic' when the site's own fell back), and whether it fell back. */
  adapter: z.optional(z.string()),
  fallback: z.optional(z.boolean()),
  /** The latest inbound/reply events the adapter noticed on this page, oldest first. */
  siteEvents: z.optional(z.array(z.object({ kind: z.enum(['inbound', 'reply']), threadId: z.string(), at: z.number(), observed: z.boolean() }))),
});
export type PageStatus = z.infer<typeof pageStatus>;

/** Every answer that crosses a context boundary. */
export type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

/** What each background request answers with. */
export interface BackgroundAnswers {
  getUiMessages: Record<string, { message: string }>;
  listTemplates: StoredTemplate[];
  saveTemplate: StoredTemplate;
  recordTemplateUse: null;
  addUserSite: UserSite[];
  removeUserSite: UserSite[];
  listUserSites: UserSite[];
  getCustomerInsight: CustomerInsight;
  confirmCustomerLocation: CustomerInsight['remembered'];
  forgetCustomerLocation: null;
  getDraftHints: DraftHint[];
  logEvent: { stored: boolean };
  getThreadClock: ThreadClock;
  openOptions: null;
  checkDraft: DraftReport;
  installPack: PackInstallAnswer;
  installStarterPack: PackInstallAnswer;
  listPacks: PacksOverview;
  removePack: PacksOverview;
  subscribePack: PackInstallAnswer;
  checkPackUpdates: PackCheckResult[];
  customiseTemplate: { id: string };
}

/** What each content request answers with. */
export interface ContentAnswers {
  toggleSidebar: { open: boolean };
  getPageStatus: PageStatus;
}
