// The meta-test of the site adapters: every adapter file is registered, has fixture pages, a Test URLs block and a
// row in the README's table of what is read per site; and the registry picks the right adapter for real URLs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { genericAdapter, getAdapter, SITE_ADAPTERS } from '@/lib/sites/registry';
import { SUPPORTED_SITES } from '@/lib/sites/supported';
import type { SiteAdapter } from '@/lib/sites/types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const modules = import.meta.glob<Record<string, unknown>>('/lib/sites/*.ts', { eager: true });

function isAdapter(value: unknown): value is SiteAdapter {
  const candidate = value as Partial<SiteAdapter> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && typeof candidate.matches === 'function' && typeof candidate.readContext === 'function' && typeof candidate.findComposers === 'function';
}

/** Every adapter exported by a file of lib/sites/, with the file's id. */
const ADAPTER_FILES = Object.entries(modules).flatMap(([path, exports]) => {
  const adapters = Object.values(exports).filter(isAdapter);
  const file = /\/([^/]+)\.ts$/.exec(path)![1]!;
  // registry.ts re-exports the generic adapter; the adapter's own file is generic.ts.
  return file === 'registry' ? [] : adapters.map((adapter) => ({ file, adapter }));
});

/** The first cells of the rows of the README's "what is read" table. */
function readReadmeRows(): string[] {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const start = readme.indexOf('| site | name | email | phone | time zone | thread | inbound time | send event |');
  if (start < 0) return [];
  const rows: string[] = [];
  for (const line of readme.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|')[1]!.trim());
  }
  return rows;
}

describe('site adapters (meta)', () => {
  it('finds the adapter files', () => {
    expect(ADAPTER_FILES.map((a) => a.file)).toEqual(expect.arrayContaining(['generic', 'gmail', 'outlook', 'zendesk', 'freshdesk', 'helpscout']));
  });

  const readmeRows = readReadmeRows();
  describe.each(ADAPTER_FILES.map(({ file, adapter }) => [file, adapter] as const))('%s', (file, adapter) => {
    it('is named after its file, and is the registry’s (or the fallback)', () => {
      expect(adapter.id).toBe(file);
      if (file === 'generic') expect(adapter).toBe(genericAdapter);
      else expect(SITE_ADAPTERS).toContain(adapter);
    });

    it('is a supported site of the manifest (generic aside)', () => {
      if (file !== 'generic') expect(SUPPORTED_SITES.map((site) => site.id)).toContain(file);
    });

    it('has fixture pages in test/fixtures/sites/<id>/', () => {
      const dir = `${ROOT}test/fixtures/sites/${file}`;
      expect(existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')) : []).not.toEqual([]);
    });

    it('lists the real pages to check by hand in a Test URLs block', () => {
      const source = readFileSync(`${ROOT}lib/sites/${file}.ts`, 'utf8');
      expect(source).toMatch(/\/\/ Test URLs[^\n]*\n(\/\/ [^\n]*https?:\/\/[^\n]*\n)+/);
    });

    it('has a row in the README’s table of what is read', () => {
      expect(readmeRows).toContain(adapter.name);
    });
  });

  it('has an adapter for every supported site', () => {
    expect(SITE_ADAPTERS.map((a) => a.id).sort()).toEqual(SUPPORTED_SITES.map((site) => site.id).sort());
  });
});

describe('getAdapter', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/inbox/id/AAQk', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://acme.freshdesk.com/a/tickets/1', 'freshdesk'],
    ['https://secure.helpscout.net/conversation/1/1', 'helpscout'],
    ['https://help.acme.example/tickets/1', 'generic'],
    ['https://acme.zendesk.com/hc/en-us', 'generic'],
  ])('%s → %s', (url, id) => expect(getAdapter(new URL(url)).id).toBe(id));

  it('falls back to the generic adapter past a matcher that throws', () => {
    const broken = { ...genericAdapter, id: 'broken', matches: () => { throw new Error('bad'); } } satisfies SiteAdapter;
    expect(getAdapter(new URL('https://example.com/'), [broken]).id).toBe('generic');
  });
});
