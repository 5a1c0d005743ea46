import type { ReplywellDatabase, TemplateRow } from '../db/schema';
import { foldText } from './normalize';
import { getIssues, isPackTemplate, storedTemplateSchema, templateSchema, TEMPLATE_LIMITS, type StoredTemplate, type TemplateInput } from './schema';

// Personal templates in the database, for the background (content scripts ask it) and the options page (which opens
// the database itself). Pack templates are written only by lib/packs/; here they are read, counted when used, and
// refused for edits ("customise" makes a personal copy first).

/** A refused change with a message for the user (names the template and what is wrong). */
export class TemplateStoreError extends Error {
  override name = 'TemplateStoreError';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** What reading the table found: the usable templates, and the rows that are damaged (kept, never deleted). */
export interface TemplateList {
  templates: StoredTemplate[];
  damaged: { id: string; problem: string }[];
}

/** Every stored template, validated; a damaged row is reported, not thrown and not dropped from the database. */
export async function listStoredTemplates(db: ReplywellDatabase): Promise<TemplateList> {
  const rows = await db.templates.toArray();
  const list: TemplateList = { templates: [], damaged: [] };
  for (const row of rows) {
    const parsed = storedTemplateSchema.safeParse(row);
    if (parsed.success) list.templates.push(parsed.data);
    else list.damaged.push({ id: String(row.id), problem: getIssues(parsed.error).map((issue) => `${issue.path || '(row)'}: ${issue.message}`).join('; ') });
  }
  return list;
}

/** The first id not taken among `base`, `base-2`, `base-3`, … (ids are slugs of at most 64 characters). */
export function getFreeId(base: string, taken: ReadonlySet<string>): string {
  const slug =
    foldText(base)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, TEMPLATE_LIMITS.idLength - 4) || 'template';
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

function toRow(template: StoredTemplate): TemplateRow {
  return { ...template, source: template.source ?? 'personal', updatedAt: template.updatedAt ?? 0 } as TemplateRow;
}

/**
 * Creates or replaces a personal template. Without an id (or with `isNew` and a taken id) the next free id from
 * the title is used. Keeps creation time and usage of the stored one; refuses to overwrite a pack template.
 */
export async function saveTemplate(db: ReplywellDatabase, input: Partial<TemplateInput> & { title: string }, now: number, { isNew = false } = {}): Promise<StoredTemplate> {
  return db.transaction('rw', db.templates, async () => {
    let id = input.id;
    if (!id || isNew) {
      const taken = new Set((await db.templates.toCollection().primaryKeys()).map(String));
      id = id && !taken.has(id) ? id : getFreeId(id || input.title, taken);
    }
    const old = await db.templates.get(id);
    if (old && isPackTemplate(old as Pick<StoredTemplate, 'source'>)) {
      throw new TemplateStoreError(`"${String(old.title)}" comes from a pack and cannot be changed; customise it to get a personal copy.`);
    }
    const parsed = templateSchema.safeParse({
      ...input,
      id,
      source: 'personal',
      createdAt: typeof old?.createdAt === 'number' ? old.createdAt : (input.createdAt ?? now),
      updatedAt: now,
      usageCount: typeof old?.usageCount === 'number' ? old.usageCount : input.usageCount,
      lastUsedAt: typeof old?.lastUsedAt === 'number' ? old.lastUsedAt : input.lastUsedAt,
    });
    if (!parsed.success) {
      const issues = getIssues(parsed.error);
      throw new TemplateStoreError(`The template "${input.title}" was not saved: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, issues);
    }
    await db.templates.put(toRow(parsed.data));
    return parsed.data;
  });
}

/** Deletes personal templates and returns them as they were (for undo). Pack templates are refused, nothing deleted. */
export async function deleteTemplates(db: ReplywellDatabase, ids: readonly string[]): Promise<StoredTemplate[]> {
  return db.transaction('rw', db.templates, async () => {
    const rows = (await db.templates.bulkGet([...ids])).filter((row): row is TemplateRow => row !== undefined);
    const fromPack = rows.filter((row) => isPackTemplate(row as Pick<StoredTemplate, 'source'>));
    if (fromPack.length > 0) throw new TemplateStoreError(`Pack templates are removed with their pack: ${fromPack.map((row) => `"${String(row.title)}"`).join(', ')}.`);
    await db.templates.bulkDelete(rows.map((row) => row.id));
    return rows as unknown as StoredTemplate[];
  });
}

/** Puts deleted templates back exactly as they were (undo of a delete). */
export async function restoreTemplates(db: ReplywellDatabase, templates: readonly StoredTemplate[]): Promise<void> {
  await db.templates.bulkPut(templates.map(toRow));
}

/** Moves personal templates to a folder (undefined: no folder) and adds or removes tags, in one transaction. */
export async function updateTemplates(
  db: ReplywellDatabase,
  ids: readonly string[],
  change: { folder?: string | null; addTags?: string[]; removeTags?: string[] },
  now: number,
): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    const rows = (await db.templates.bulkGet([...ids])).filter((row): row is TemplateRow => row !== undefined && !isPackTemplate(row as Pick<StoredTemplate, 'source'>));
    const next = rows.map((row) => {
      const copy: TemplateRow = { ...row, updatedAt: now };
      if (change.folder === null) delete copy.folder;
      else if (change.folder !== undefined) copy.folder = change.folder;
      const tags = new Set(row.tags);
      for (const tag of change.addTags ?? []) tags.add(tag);
      for (const tag of change.removeTags ?? []) tags.delete(tag);
      copy.tags = [...tags];
      const parsed = storedTemplateSchema.safeParse(copy);
      if (!parsed.success) throw new TemplateStoreError(`"${String(row.title)}": ${getIssues(parsed.error).map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
      return copy;
    });
    await db.templates.bulkPut(next);
    return next.length;
  });
}

/** Counts one use of a template (any source): usage count and last use feed the search's frecency. */
export async function recordTemplateUse(db: ReplywellDatabase, id: string, now: number): Promise<void> {
  await db.templates
    .where('id')
    .equals(id)
    .modify((row) => {
      row.usageCount = (typeof row.usageCount === 'number' ? row.usageCount : 0) + 1;
      row.lastUsedAt = now;
    });
}
