import type { PackRow, ReplywellDatabase, TemplateRow } from '../db/schema';
import { getPackSource } from '../templates/schema';
import type { Pack, PackError, PackRule, PackSla } from './schema';
import { compareVersions, customiseTemplate, diffPackTemplates, getPackTemplateRows, isEmptyChange, isPackRow, toPackTemplate, type PackChanges } from './upgrade';

// Installed packs in the database. Every write is one Dexie transaction over `templates` and `packs`: an error
// anywhere (a quota, a bad row, a refused downgrade) rolls back everything, so what was stored stays as it was.

/** Where an installed pack came from (`starter`: one of the packs that ship with Replywell). */
export type PackOrigin = 'file' | 'url' | 'policy' | 'starter';

/** An installed pack as the options page lists it (the `packs` row). */
export interface InstalledPack {
  id: string;
  name: string;
  version: string;
  author: string;
  description: string;
  languages: string[];
  rules: PackRule[];
  sla?: PackSla;
  templateCount: number;
  origin: PackOrigin;
  /** The subscribed https address (origin `url`, and `policy` packs given by address). */
  url?: string;
  etag?: string;
  lastModified?: string;
  /** When the address was last asked for a new version. */
  checkedAt?: number;
  /** Why the last check failed; cleared by the next good one. */
  lastError?: string;
  installedAt: number;
  updatedAt: number;
  /** What the last upgrade did (absent after the first install). */
  lastChanges?: PackChanges & { from: string; to: string; at: number };
}

/** How an install came about, and what the subscription's server said. */
export interface InstallOptions {
  origin: PackOrigin;
  url?: string;
  etag?: string;
  lastModified?: string;
  now: number;
}

export interface InstallResult {
  /** `installed` (new), `upgraded` (a newer or re-imported version), `unchanged` (same version from a subscription). */
  status: 'installed' | 'upgraded' | 'unchanged';
  pack: InstalledPack;
  changes: PackChanges;
}

/** An install that is refused on purpose; its message is shown to the user as it is. */
export class PackInstallError extends Error {
  override name = 'PackInstallError';
}

function toInstalled(row: PackRow): InstalledPack {
  return row as unknown as InstalledPack;
}

function describeOrigin(pack: InstalledPack): string {
  if (pack.origin === 'policy') return "your organisation's policy";
  if (pack.origin === 'url') return `a subscription to ${pack.url ?? 'an address'}`;
  if (pack.origin === 'starter') return "Replywell's starter packs";
  return 'a file';
}

/**
 * Installs or upgrades a validated pack in one transaction. Refused (nothing changes): an older version than the
 * installed one; a pack installed by policy from anywhere but policy; a subscribed pack from a different place.
 * The same version again from a subscription or policy is `unchanged`; from a file it is re-imported (a team lead
 * trying out an edit), and the changes are shown like an upgrade's.
 */
export async function installPack(db: ReplywellDatabase, pack: Pack, options: InstallOptions): Promise<InstallResult> {
  return db.transaction('rw', db.templates, db.packs, async () => {
    const existing = (await db.packs.get(pack.id)) as InstalledPack | undefined;
    if (existing) {
      if (existing.origin === 'policy' && options.origin !== 'policy')
        throw new PackInstallError(`The pack "${existing.name}" is installed by your organisation's policy and is updated only from there.`);
      if (existing.origin === 'url' && options.origin === 'url' && existing.url !== options.url)
        throw new PackInstallError(`The pack "${existing.name}" is already subscribed from ${existing.url}. Remove it first to subscribe from another address.`);
      if (existing.origin !== options.origin && options.origin !== 'policy')
        throw new PackInstallError(`The pack "${existing.name}" is already installed from ${describeOrigin(existing)}. Remove it first to install it from ${options.origin === 'url' ? 'an address' : options.origin === 'starter' ? "Replywell's starter packs" : 'a file'}.`);
      const order = compareVersions(pack.version, existing.version);
      if (order < 0) throw new PackInstallError(`Version ${pack.version} of "${pack.name}" is older than the installed ${existing.version}.`);
      if (order === 0 && options.origin !== 'file') {
        const checked: InstalledPack = { ...existing, origin: options.origin, url: options.url ?? existing.url, checkedAt: options.now, lastError: undefined };
        if (options.etag !== undefined) checked.etag = options.etag;
        if (options.lastModified !== undefined) checked.lastModified = options.lastModified;
        await db.packs.put(checked as unknown as PackRow);
        return { status: 'unchanged', pack: checked, changes: { added: [], changed: [], removed: [] } };
      }
    }

    const oldRows = existing ? await db.templates.where('source').equals(getPackSource(pack.id)).toArray() : [];
    const changes = diffPackTemplates(oldRows.map(toPackTemplate), pack.templates);
    const rows = getPackTemplateRows(pack, oldRows, options.now);
    const keep = new Set(rows.map((row) => row.id));
    await db.templates.bulkDelete(oldRows.filter((row) => !keep.has(row.id)).map((row) => row.id));
    await db.templates.bulkPut(rows);

    const installed: InstalledPack = {
      id: pack.id,
      name: pack.name,
      version: pack.version,
      author: pack.author,
      description: pack.description,
      languages: pack.languages,
      rules: pack.rules ?? [],
      templateCount: pack.templates.length,
      origin: options.origin,
      installedAt: existing?.installedAt ?? options.now,
      updatedAt: options.now,
    };
    if (pack.sla) installed.sla = pack.sla;
    const url = options.url ?? existing?.url;
    if (url !== undefined) installed.url = url;
    if (options.etag !== undefined) installed.etag = options.etag;
    if (options.lastModified !== undefined) installed.lastModified = options.lastModified;
    if (options.origin !== 'file') installed.checkedAt = options.now;
    if (existing) installed.lastChanges = { ...changes, from: existing.version, to: pack.version, at: options.now };
    await db.packs.put(installed as unknown as PackRow);
    return { status: existing ? 'upgraded' : 'installed', pack: installed, changes };
  });
}

/** The installed packs, by name. */
export async function listPacks(db: ReplywellDatabase): Promise<InstalledPack[]> {
  const rows = await db.packs.toArray();
  return rows.map(toInstalled).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * Removes a pack and its templates (personal copies stay). A pack from policy is removed only by policy
 * (`allowPolicy`), since the organisation would install it again at the next start anyway.
 */
export async function removePack(db: ReplywellDatabase, packId: string, { allowPolicy = false } = {}): Promise<void> {
  await db.transaction('rw', db.templates, db.packs, async () => {
    const existing = (await db.packs.get(packId)) as InstalledPack | undefined;
    if (!existing) throw new PackInstallError(`No pack "${packId}" is installed.`);
    if (existing.origin === 'policy' && !allowPolicy) throw new PackInstallError(`The pack "${existing.name}" is installed by your organisation's policy and can only be removed there.`);
    await db.templates.where('source').equals(getPackSource(packId)).delete();
    await db.packs.delete(packId);
  });
}

/** Records the outcome of a subscription check that installed nothing (not modified, or an error). */
export async function recordPackCheck(db: ReplywellDatabase, packId: string, outcome: { now: number; error?: string }): Promise<InstalledPack | undefined> {
  return db.transaction('rw', db.packs, async () => {
    const existing = (await db.packs.get(packId)) as InstalledPack | undefined;
    if (!existing) return undefined;
    const next: InstalledPack = { ...existing, checkedAt: outcome.now };
    if (outcome.error === undefined) delete next.lastError;
    else next.lastError = outcome.error;
    await db.packs.put(next as unknown as PackRow);
    return next;
  });
}

/** Makes a personal copy of a pack template (see customiseTemplate) and stores it. */
export async function customiseStoredTemplate(db: ReplywellDatabase, rowId: string, now: number): Promise<TemplateRow> {
  return db.transaction('rw', db.templates, async () => {
    const row = await db.templates.get(rowId);
    if (!row) throw new PackInstallError(`No template "${rowId}" is stored.`);
    if (!isPackRow(row)) throw new PackInstallError(`"${rowId}" is already a personal template.`);
    const taken = new Set((await db.templates.toCollection().primaryKeys()).map(String));
    const copy = customiseTemplate(row, taken, now);
    await db.templates.add(copy);
    return copy;
  });
}

/** Whether an upgrade result is worth telling the user about. */
export function hasChanges(result: InstallResult): boolean {
  return result.status === 'installed' || !isEmptyChange(result.changes);
}

/** What installing a pack answers: the result, or every problem found in the file (nothing was changed). */
export type PackInstallAnswer = ({ ok: true } & InstallResult) | { ok: false; errors: PackError[] };

/** A starter pack that ships with Replywell, and whether it is installed. */
export interface StarterPackInfo {
  language: string;
  id: string;
  name: string;
  installed: boolean;
}

/** Everything the options page's Packs view shows. */
export interface PacksOverview {
  packs: InstalledPack[];
  starters: StarterPackInfo[];
  /** Policy entries that could not be used, with why (for IT admins checking their policy). */
  policyErrors: string[];
}

/** The outcome of asking one subscription for a new version. */
export interface PackCheckResult {
  id: string;
  name: string;
  status: 'upgraded' | 'unchanged' | 'not-modified' | 'error';
  error?: string;
  changes?: PackChanges;
}
