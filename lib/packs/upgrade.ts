import type { TemplateRow } from '../db/schema';
import { getPackSource, PACK_SOURCE_PREFIX, type PackTemplate } from '../templates/schema';
import { parsePack, type ParsePackResult } from './index';
import { PACK_FORMAT, PACK_SCHEMA_VERSION, SEMVER_PATTERN, type Pack } from './schema';

// The rules for what installing, upgrading, customising, removing and exporting do to stored templates (docs/packs.md):
// - pack templates are read-only rows `<packId>/<templateId>` with source `pack:<packId>`;
// - an upgrade replaces exactly those rows: new templates are added, changed ones rewritten, dropped ones deleted;
//   usage counts and creation times of templates that stay are kept;
// - "customise" copies a pack template into a personal row, which no upgrade or removal ever touches;
// - removing a pack deletes its rows only.

/** What an upgrade did, by template id (the pack's own ids, sorted). */
export interface PackChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** The fields whose change counts as a changed template (the author's own timestamps do not). */
const CONTENT_FIELDS = ['title', 'body', 'shortcut', 'tags', 'folder', 'language', 'variants', 'channels'] as const;

function getContentKey(template: Pick<PackTemplate, (typeof CONTENT_FIELDS)[number]>): string {
  return JSON.stringify(CONTENT_FIELDS.map((field) => template[field] ?? null));
}

/** Which templates a new version of a pack adds, changes and removes, compared with the previous one. */
export function diffPackTemplates(previous: readonly PackTemplate[], next: readonly PackTemplate[]): PackChanges {
  const before = new Map(previous.map((template) => [template.id, getContentKey(template)]));
  const after = new Set(next.map((template) => template.id));
  const changes: PackChanges = { added: [], changed: [], removed: [] };
  for (const template of next) {
    const old = before.get(template.id);
    if (old === undefined) changes.added.push(template.id);
    else if (old !== getContentKey(template)) changes.changed.push(template.id);
  }
  for (const id of before.keys()) if (!after.has(id)) changes.removed.push(id);
  for (const list of Object.values(changes)) list.sort();
  return changes;
}

/** Whether an upgrade changed nothing at all. */
export function isEmptyChange(changes: PackChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length === 0;
}

/** Orders two semantic versions by Semantic Versioning 2.0.0 precedence (build metadata is ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER_PATTERN.exec(a);
  const pb = SEMVER_PATTERN.exec(b);
  if (!pa || !pb) throw new Error(`not a semantic version: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const diff = Number(pa[i]) - Number(pb[i]);
    if (diff !== 0) return Math.sign(diff);
  }
  const preA = pa[4]?.split('.');
  const preB = pb[4]?.split('.');
  // A pre-release comes before its release.
  if (!preA || !preB) return preA ? -1 : preB ? 1 : 0;
  for (let i = 0; i < Math.max(preA.length, preB.length); i++) {
    const x = preA[i];
    const y = preB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The stored id of a pack's template: `<packId>/<templateId>` (a `/` never occurs in a slug). */
export function getPackTemplateRowId(packId: string, templateId: string): string {
  return `${packId}/${templateId}`;
}

/** The template as written in the pack, read back from its stored row. */
export function toPackTemplate(row: TemplateRow): PackTemplate {
  const template: PackTemplate = {
    id: typeof row.templateId === 'string' ? row.templateId : row.id,
    title: row.title as string,
    body: row.body as string,
    tags: row.tags,
    language: row.language,
    channels: row.channels as PackTemplate['channels'],
  };
  if (row.shortcut !== undefined) template.shortcut = row.shortcut as string;
  if (row.folder !== undefined) template.folder = row.folder;
  if (row.variants !== undefined) template.variants = row.variants as PackTemplate['variants'];
  return template;
}

/**
 * The rows a pack's templates are stored as, given the rows of the installed version (empty on first install):
 * templates that stay keep their creation time and usage; only changed and new templates get `updatedAt = now`.
 */
export function getPackTemplateRows(pack: Pack, existing: readonly TemplateRow[], now: number): TemplateRow[] {
  const byId = new Map(existing.map((row) => [row.id, row]));
  return pack.templates.map((template) => {
    const id = getPackTemplateRowId(pack.id, template.id);
    const old = byId.get(id);
    const unchanged = old !== undefined && getContentKey(toPackTemplate(old)) === getContentKey(template);
    const row: TemplateRow = {
      id,
      templateId: template.id,
      source: getPackSource(pack.id),
      packVersion: pack.version,
      title: template.title,
      body: template.body,
      tags: template.tags,
      language: template.language,
      channels: template.channels,
      createdAt: typeof old?.createdAt === 'number' ? old.createdAt : now,
      updatedAt: unchanged ? old.updatedAt : now,
      usageCount: typeof old?.usageCount === 'number' ? old.usageCount : 0,
    };
    if (template.shortcut !== undefined) row.shortcut = template.shortcut;
    if (template.folder !== undefined) row.folder = template.folder;
    if (template.variants !== undefined) row.variants = template.variants;
    if (typeof old?.lastUsedAt === 'number') row.lastUsedAt = old.lastUsedAt;
    return row;
  });
}

/** Whether a stored template came from a pack (and so is read-only). */
export function isPackRow(row: Pick<TemplateRow, 'source'>): boolean {
  return row.source.startsWith(PACK_SOURCE_PREFIX);
}

/**
 * A personal copy of a pack template ("customise"): same text and settings, `source: 'personal'`, the first free
 * id among `<templateId>`, `<templateId>-2`, `-3`, … and `customisedFrom` naming the original. Upgrades and
 * removal of the pack never touch it.
 */
export function customiseTemplate(row: TemplateRow, takenIds: ReadonlySet<string>, now: number): TemplateRow {
  if (!isPackRow(row)) throw new Error(`"${row.id}" is already a personal template`);
  const template = toPackTemplate(row);
  const base = template.id.slice(0, 60);
  let id = template.id;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  const copy: TemplateRow = {
    ...template,
    id,
    templateId: id,
    source: 'personal',
    customisedFrom: row.id,
    createdAt: now,
    updatedAt: now,
    usageCount: 0,
  };
  return copy;
}

/** What a personal pack is called and by whom; the rest is taken from the templates. */
export interface PersonalPackMeta {
  id: string;
  name: string;
  version: string;
  author: string;
  description?: string;
}

/**
 * Personal templates as a pack file that a colleague can import or a team lead can publish: only the templates'
 * own fields (no usage, no source), languages collected from the templates and their versions. The result is
 * validated like any imported pack, so what is exported always imports again.
 */
export function exportPersonalPack(templates: readonly TemplateRow[], meta: PersonalPackMeta): ParsePackResult {
  const packTemplates = templates.map((row) => {
    const template = toPackTemplate(row);
    // An exported copy keeps its own times: an author sees when a template was written.
    if (typeof row.createdAt === 'number') template.createdAt = row.createdAt;
    if (typeof row.updatedAt === 'number') template.updatedAt = row.updatedAt;
    return template;
  });
  const languages = [...new Set(packTemplates.flatMap((template) => [template.language, ...(template.variants ?? []).map((variant) => variant.language)]))];
  return parsePack({
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    id: meta.id,
    name: meta.name,
    version: meta.version,
    author: meta.author,
    description: meta.description ?? '',
    languages,
    templates: packTemplates,
  });
}
