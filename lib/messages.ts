// zod/mini: the same validation with a tree-shakable API, so that the content script stays small.
import * as z from 'zod/mini';
import { UI_LANGUAGES } from './i18n';

const uiLanguage = z.enum(UI_LANGUAGES);
const originPattern = z.string().check(z.regex(/^https?:\/\/[^/*]+\/\*$/, 'expected an origin match pattern like https://host/*'));

/** Requests that extension pages and content scripts send to the background. */
export const backgroundRequest = z.discriminatedUnion('type', [
  /** The interface messages of one language, for contexts that cannot use browser.i18n's own choice. */
  z.object({ type: z.literal('getUiMessages'), lang: uiLanguage }),
  /** The shortcut templates the content script expands inline. */
  z.object({ type: z.literal('getShortcuts') }),
  /** Registers the content script on a user-added origin whose host permission the options page obtained. */
  z.object({ type: z.literal('addUserSite'), pattern: originPattern }),
  /** Unregisters a user-added origin and gives its host permission back. */
  z.object({ type: z.literal('removeUserSite'), pattern: originPattern }),
  /** The user-added origins with whether their host permission is still granted. */
  z.object({ type: z.literal('listUserSites') }),
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

export const shortcutTemplate = z.object({
  id: z.string().check(z.minLength(1)),
  shortcut: z.string().check(z.regex(/^\S{2,32}$/)),
  title: z.string(),
  text: z.string(),
  html: z.optional(z.string()),
});
export type ShortcutTemplate = z.infer<typeof shortcutTemplate>;

export const userSite = z.object({ pattern: originPattern, granted: z.boolean() });
export type UserSite = z.infer<typeof userSite>;

export const pageStatus = z.object({ host: z.string(), siteId: z.string(), enabled: z.boolean() });
export type PageStatus = z.infer<typeof pageStatus>;

/** Every answer that crosses a context boundary. */
export type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

/** What each background request answers with. */
export interface BackgroundAnswers {
  getUiMessages: Record<string, { message: string }>;
  getShortcuts: ShortcutTemplate[];
  addUserSite: UserSite[];
  removeUserSite: UserSite[];
  listUserSites: UserSite[];
}

/** What each content request answers with. */
export interface ContentAnswers {
  toggleSidebar: { open: boolean };
  getPageStatus: PageStatus;
}
