import { browser } from 'wxt/browser';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import { resolveUiLanguage, UI_LANGUAGES, type UiLanguage } from '@/lib/i18n';
import { formatPackErrors, parsePack } from '@/lib/packs';
import { readPackPolicy, type PackPolicy } from '@/lib/packs/policy';
import {
  customiseStoredTemplate,
  installPack,
  listPacks,
  PackInstallError,
  recordPackCheck,
  removePack,
  type InstalledPack,
  type InstallOptions,
  type PackCheckResult,
  type PackInstallAnswer,
  type PacksOverview,
} from '@/lib/packs/store';
import { fetchPackText, getOriginPattern, readSubscriptionUrl } from '@/lib/packs/subscription';
import { compareVersions } from '@/lib/packs/upgrade';
import { readSettings, readUserSites, settingsItem, userSitesItem } from '@/lib/platform/storage';
import starterEn from '@/templates/starter/en.json';
import starterFa from '@/templates/starter/fa.json';
import starterFi from '@/templates/starter/fi.json';
import starterNb from '@/templates/starter/nb.json';

// Packs in the background: imports from the options page, subscriptions re-checked daily by an alarm with
// conditional requests, packs named by enterprise policy (managed storage), and the starter pack of the interface
// language on first run. The rules themselves (validation, upgrade, merge) are lib/packs; this file is the wiring.

/** The daily subscription check. Re-created after it fires, so a one-off alarm of this name (tests) is harmless. */
export const PACK_UPDATE_ALARM = 'replywell-pack-updates';
const DAY_MINUTES = 24 * 60;
/** Meta row set once the first-run starter pack was installed (or policy said not to). */
const STARTER_DONE_KEY = 'packsStarterDone';
const POLICY_ERRORS_KEY = 'packsPolicyErrors';

const STARTER_PACKS: Record<UiLanguage, unknown> = { en: starterEn, nb: starterNb, fi: starterFi, fa: starterFa };

let database: ReplywellDatabase | undefined;
function getDb(): ReplywellDatabase {
  database ??= createDatabase();
  return database;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function installText(text: unknown, options: Omit<InstallOptions, 'now'>): Promise<PackInstallAnswer> {
  const parsed = parsePack(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, ...(await installPack(getDb(), parsed.pack, { ...options, now: Date.now() })) };
}

/** Installs a pack from the text of a file the user picked. */
export function installPackFromFile(text: string): Promise<PackInstallAnswer> {
  return installText(text, { origin: 'file' });
}

/** Installs (or upgrades to the bundled version of) the starter pack of one language. */
export function installStarterPack(language: UiLanguage): Promise<PackInstallAnswer> {
  return installText(STARTER_PACKS[language], { origin: 'starter' });
}

function getStarterId(language: UiLanguage): string {
  return (STARTER_PACKS[language] as { id: string }).id;
}

/** Installed packs, starter packs and policy problems, for the options page. */
export async function getPacksOverview(): Promise<PacksOverview> {
  await started;
  const packs = await listPacks(getDb());
  const installed = new Set(packs.map((pack) => pack.id));
  const policyErrors = (await getDb().meta.get(POLICY_ERRORS_KEY))?.value;
  return {
    packs,
    starters: UI_LANGUAGES.map((language) => {
      const pack = STARTER_PACKS[language] as { id: string; name: string };
      return { language, id: pack.id, name: pack.name, installed: installed.has(pack.id) };
    }),
    policyErrors: Array.isArray(policyErrors) ? policyErrors.filter((line): line is string => typeof line === 'string') : [],
  };
}

/**
 * Removes a pack the user installed (policy packs are removed by policy only). A subscription's site access is
 * given back when nothing else needs it (another subscription, or a site the user added).
 */
export async function removePackById(id: string): Promise<PacksOverview> {
  const removed = (await listPacks(getDb())).find((pack) => pack.id === id);
  await removePack(getDb(), id);
  if (removed?.url) await releaseOrigin(getOriginPattern(removed.url)).catch(() => undefined);
  return getPacksOverview();
}

async function releaseOrigin(pattern: string): Promise<void> {
  const stillUsed = (await listPacks(getDb())).some((pack) => pack.url !== undefined && getOriginPattern(pack.url) === pattern);
  if (stillUsed || readUserSites(await userSitesItem.getValue()).includes(pattern)) return;
  await browser.permissions.remove({ origins: [pattern] });
}

/** Makes a personal copy of a pack template. */
export async function customiseTemplateById(id: string): Promise<{ id: string }> {
  const copy = await customiseStoredTemplate(getDb(), id, Date.now());
  return { id: copy.id };
}

/**
 * Subscribes to the pack at an https address: downloads it now and installs it, remembering the address and the
 * server's validators for the daily check. Download problems throw (the options page shows the message); problems
 * in the file come back as field errors.
 */
export async function subscribePack(address: string): Promise<PackInstallAnswer> {
  const read = readSubscriptionUrl(address);
  if (!read.ok) throw new PackInstallError('Give an https address of a pack file, for example https://example.com/packs/support.json.');
  const fetched = await fetchPackText(fetch, read.url).catch((error: unknown) => {
    throw new PackInstallError(`Could not download the pack: ${describe(error)}.`);
  });
  if (fetched.status !== 'fetched') throw new PackInstallError('Could not download the pack: the server sent no file.');
  return installText(fetched.text, { origin: 'url', url: read.url, etag: fetched.etag, lastModified: fetched.lastModified });
}

/** Asks one subscribed (or policy) pack's address for a new version; installs it when the version rose. */
async function checkPack(pack: InstalledPack): Promise<PackCheckResult> {
  const base = { id: pack.id, name: pack.name };
  const fail = async (error: string): Promise<PackCheckResult> => {
    await recordPackCheck(getDb(), pack.id, { now: Date.now(), error });
    return { ...base, status: 'error', error };
  };
  if (!pack.url) return { ...base, status: 'unchanged' };
  let fetched;
  try {
    fetched = await fetchPackText(fetch, pack.url, { etag: pack.etag, lastModified: pack.lastModified });
  } catch (error) {
    return fail(describe(error));
  }
  if (fetched.status === 'not-modified') {
    await recordPackCheck(getDb(), pack.id, { now: Date.now() });
    return { ...base, status: 'not-modified' };
  }
  const parsed = parsePack(fetched.text);
  if (!parsed.ok) return fail(`the new file has problems: ${formatPackErrors(parsed.errors).join('; ')}`);
  if (parsed.pack.id !== pack.id) return fail(`the file at this address now holds the pack "${parsed.pack.id}"`);
  try {
    const result = await installPack(getDb(), parsed.pack, { origin: pack.origin === 'policy' ? 'policy' : 'url', url: pack.url, etag: fetched.etag, lastModified: fetched.lastModified, now: Date.now() });
    return { ...base, name: result.pack.name, status: result.status === 'unchanged' ? 'unchanged' : 'upgraded', changes: result.changes };
  } catch (error) {
    return fail(describe(error));
  }
}

/** Checks every subscription (or the one with `id`) now. */
export async function checkPackUpdates(id?: string): Promise<PackCheckResult[]> {
  const packs = (await listPacks(getDb())).filter((pack) => pack.url !== undefined && (id === undefined || pack.id === id));
  if (id !== undefined && packs.length === 0) throw new PackInstallError(`No subscribed pack "${id}" is installed.`);
  const results: PackCheckResult[] = [];
  // One at a time: a team rarely has more than a few subscriptions, and the servers are often the same.
  for (const pack of packs) results.push(await checkPack(pack));
  return results;
}

async function ensureAlarm(): Promise<void> {
  const alarm = await browser.alarms.get(PACK_UPDATE_ALARM);
  if (!alarm?.periodInMinutes) await browser.alarms.create(PACK_UPDATE_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
}

async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // No policy at all: Firefox without a policies.json entry, or a browser without managed storage.
    return {};
  }
}

/** Installs, upgrades and removes the packs that the enterprise policy names. */
async function applyPolicy(): Promise<PackPolicy> {
  const policy = readPackPolicy(await readManagedStorage());
  const errors = [...policy.errors];
  const db = getDb();
  const keep = new Set<string>();
  for (const entry of policy.packs) {
    try {
      if (entry.kind === 'inline') {
        keep.add(entry.pack.id);
        await installPack(db, entry.pack, { origin: 'policy', now: Date.now() });
        continue;
      }
      const existing = (await listPacks(db)).find((pack) => pack.origin === 'policy' && pack.url === entry.url);
      if (existing) {
        keep.add(existing.id);
        const result = await checkPack(existing);
        if (result.error) errors.push(`${entry.url}: ${result.error}`);
        continue;
      }
      const fetched = await fetchPackText(fetch, entry.url);
      if (fetched.status !== 'fetched') continue;
      const parsed = parsePack(fetched.text);
      if (!parsed.ok) {
        errors.push(...formatPackErrors(parsed.errors).map((line) => `${entry.url}: ${line}`));
        continue;
      }
      keep.add(parsed.pack.id);
      await installPack(db, parsed.pack, { origin: 'policy', url: entry.url, etag: fetched.etag, lastModified: fetched.lastModified, now: Date.now() });
    } catch (error) {
      errors.push(`${entry.kind === 'url' ? entry.url : entry.pack.id}: ${describe(error)}`);
    }
  }
  // A pack the policy no longer names goes, as the admin intended; packs the user installed are not touched.
  for (const pack of await listPacks(db)) if (pack.origin === 'policy' && !keep.has(pack.id)) await removePack(db, pack.id, { allowPolicy: true });
  await db.meta.put({ key: POLICY_ERRORS_KEY, value: errors });
  return policy;
}

/** First run: the starter pack of the interface language. Later starts: bundled starter packs that got newer. */
async function ensureStarterPacks(policy: PackPolicy): Promise<void> {
  const db = getDb();
  if (!(await db.meta.get(STARTER_DONE_KEY))) {
    if (policy.installStarterPack) {
      const settings = readSettings(await settingsItem.getValue());
      const answer = await installStarterPack(resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
      if (!answer.ok) throw new Error(`The starter pack is broken: ${formatPackErrors(answer.errors).join('; ')}`);
    }
    await db.meta.put({ key: STARTER_DONE_KEY, value: true });
  }
  for (const pack of await listPacks(db)) {
    const language = UI_LANGUAGES.find((lang) => getStarterId(lang) === pack.id);
    const bundled = language && (STARTER_PACKS[language] as { version: string }).version;
    if (language && bundled && pack.origin === 'starter' && compareVersions(bundled, pack.version) > 0) await installStarterPack(language);
  }
}

// Start-up steps run one after another, and a policy change waits for the start-up to finish.
let queue: Promise<unknown> = Promise.resolve();
function serially(run: () => Promise<unknown>): Promise<unknown> {
  queue = queue.then(run, run).catch((error: unknown) => console.error('Replywell packs:', error));
  return queue;
}
/** Settles when the start-up (policy, first-run starter pack) is done, so that a list shows its outcome. */
let started: Promise<unknown> = Promise.resolve();

/** Uses another database and forgets the start-up state; for tests, which run the background many times. */
export function resetPacks(db?: ReplywellDatabase): void {
  database = db;
  queue = Promise.resolve();
  started = Promise.resolve();
}

/** Settles when every queued pack task (start-up, policy change, daily check) has run; for tests. */
export function whenPacksIdle(): Promise<unknown> {
  return queue;
}

/** Registers the pack listeners; called synchronously from the background's main so no event is missed. */
export function startPacks(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PACK_UPDATE_ALARM) return;
    serially(async () => {
      await checkPackUpdates();
      await ensureAlarm();
    });
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') serially(applyPolicy);
  });
  started = serially(async () => {
    const policy = await applyPolicy();
    await ensureStarterPacks(policy);
    await ensureAlarm();
  });
}
