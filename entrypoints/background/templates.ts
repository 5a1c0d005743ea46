import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import type { BackgroundBroadcast } from '@/lib/messages';
import { getBuiltinTemplates, withBuiltinTemplates } from '@/lib/templates/builtin';
import type { StoredTemplate } from '@/lib/templates/schema';
import { listStoredTemplates, recordTemplateUse, saveTemplate } from '@/lib/templates/store';
import builtinTemplates from '@/templates/builtin.json';

// The template store behind the content scripts: they get the whole list once, build their own search index, and
// ask again when this tells them the table changed (a save here, an edit in the options page, a pack install).

let database: ReplywellDatabase | undefined;
function getDb(): ReplywellDatabase {
  database ??= createDatabase();
  return database;
}

const builtin = getBuiltinTemplates(builtinTemplates);

/** Stored templates (damaged rows left out and logged) and the built-in ones no stored template replaces. */
export async function listTemplates(): Promise<StoredTemplate[]> {
  const { templates, damaged } = await listStoredTemplates(getDb());
  if (damaged.length > 0) console.warn('Replywell: templates that could not be read:', damaged);
  return withBuiltinTemplates(templates, builtin);
}

/** Saves a personal template from a content script ("new template from the current draft"). */
export function saveTemplateFromPage(template: Record<string, unknown>, isNew: boolean): Promise<StoredTemplate> {
  return saveTemplate(getDb(), template as Parameters<typeof saveTemplate>[1], Date.now(), { isNew });
}

/** Counts a use (built-in templates are not stored, so their use is not counted). */
export async function recordUse(id: string): Promise<null> {
  await recordTemplateUse(getDb(), id, Date.now());
  return null;
}

async function tellTabs(): Promise<void> {
  const message: BackgroundBroadcast = { type: 'templatesChanged' };
  const tabs = await browser.tabs.query({});
  // Tabs without the content script have nobody listening; that is not an error.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

/**
 * Watches the templates table (Dexie tells of writes from this worker and, through its broadcast channel, from the
 * options page) and tells open tabs, at most once per quarter second.
 */
export function watchTemplates(): void {
  let first = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  liveQuery(() => getDb().templates.toArray()).subscribe({
    next: () => {
      if (first) {
        first = false;
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => void tellTabs(), 250);
    },
    error: (error: unknown) => console.error('Replywell templates watch:', error),
  });
}
