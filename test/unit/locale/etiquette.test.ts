import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';
import { ETIQUETTE_COUNTRIES, etiquetteEntrySchema, getEtiquette, getEtiquetteEntry } from '@/lib/locale/etiquette';
import { ETIQUETTE_ENTRIES } from '@/lib/locale/etiquette/index';
import * as texts from '@/lib/locale/etiquette/texts';

const DATA_DIR = fileURLToPath(new URL('../../../lib/locale/etiquette/', import.meta.url));
const NOT_COUNTRIES = new Set(['index.ts', 'sources.ts', 'texts.ts']);

/** The customer-service examples we build for (issue 6): each must have an entry. */
const REQUIRED = ['jp', 'cn', 'in', 'br', 'us', 'gb', 'de', 'fr', 'no', 'fi', 'se', 'dk', 'ir', 'sa', 'ae', 'kr', 'mx', 'es', 'it', 'nl', 'pl', 'tr', 'eg', 'ng', 'za', 'id', 'ph', 'vn', 'th', 'au', 'ca'];

const codes = ETIQUETTE_ENTRIES.map((entry) => entry.country);

/** Every shared text table, flattened to [name, LocalizedText]. */
const ALL_TEXTS: (readonly [string, Readonly<Record<(typeof UI_LANGUAGES)[number], string>>])[] = [
  ...Object.entries(texts.FACT_TITLES).map(([k, v]) => [`FACT_TITLES.${k}`, v] as const),
  ...Object.entries(texts.TIP_TITLES).map(([k, v]) => [`TIP_TITLES.${k}`, v] as const),
  ...Object.entries(texts.FORMALITY_TEXT).map(([k, v]) => [`FORMALITY_TEXT.${k}`, v] as const),
  ...Object.entries(texts.DIRECTNESS_TEXT).map(([k, v]) => [`DIRECTNESS_TEXT.${k}`, v] as const),
  ...Object.entries(texts.RELATIONSHIP_TEXT).map(([k, v]) => [`RELATIONSHIP_TEXT.${k}`, v] as const),
  ...Object.entries(texts.NAME_ORDER_TEXT).map(([k, v]) => [`NAME_ORDER_TEXT.${k}`, v] as const),
  ...Object.entries(texts.ADDRESS_TEXT).map(([k, v]) => [`ADDRESS_TEXT.${k}`, v] as const),
  ...Object.entries(texts.SPEED_TEXT).map(([k, v]) => [`SPEED_TEXT.${k}`, v] as const),
  ...Object.entries(texts.MEANINGS).map(([k, v]) => [`MEANINGS.${k}`, v] as const),
  ...Object.entries(texts.TIPS).map(([k, v]) => [`TIPS.${k}`, v.text] as const),
];

/** Texts that describe a country's customers must be hedged: they speak of many, often, usually, not of all. */
const DESCRIPTIVE = ['FORMALITY_TEXT', 'DIRECTNESS_TEXT', 'RELATIONSHIP_TEXT', 'NAME_ORDER_TEXT', 'SPEED_TEXT'];
const HEDGE = /\b(many|often|usually|common|can|may)\b/i;
const ABSOLUTE = /\b(all|always|never|every|everyone|nobody)\b/i;

describe('etiquette data', () => {
  it.each(ETIQUETTE_ENTRIES.map((entry) => [entry.country, entry] as const))('%s matches the schema', (_code, entry) => {
    const parsed = etiquetteEntrySchema.safeParse(entry);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('covers at least 50 countries, among them every one the issue names', () => {
    expect(codes.length).toBeGreaterThanOrEqual(50);
    expect(REQUIRED.filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('lists the countries sorted by code, once each', () => {
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has one file per country, named by its code, and every file is registered', async () => {
    const files = readdirSync(DATA_DIR).filter((name) => !NOT_COUNTRIES.has(name));
    expect(files.map((name) => name.replace(/\.ts$/, ''))).toEqual(codes);
    for (const file of files) {
      const module = (await import(/* @vite-ignore */ `${DATA_DIR}${file}`)) as { default: { country: string } };
      expect(module.default.country, file).toBe(file.replace(/\.ts$/, ''));
    }
  });

  it('puts the family name first in Japan, China, Korea, Hungary and Vietnam', () => {
    for (const code of ['jp', 'cn', 'kr', 'hu', 'vn']) expect(getEtiquetteEntry(code)?.names.order, code).toBe('family-first');
    expect(getEtiquetteEntry('jp')?.names.honorifics.map((h) => h.form)).toContain('さん');
    expect(getEtiquetteEntry('de')?.names.honorifics.map((h) => h.form)).toEqual(expect.arrayContaining(['Herr', 'Frau']));
  });

  it('gives every entry greetings and closings in one of the customer\'s languages or English', () => {
    for (const entry of ETIQUETTE_ENTRIES) {
      for (const phrase of [...entry.greeting.phrases, ...entry.closing.phrases]) {
        expect(phrase.text.trim(), entry.country).not.toBe('');
        expect([...entry.languages, 'en'], `${entry.country}: ${phrase.text}`).toContain(phrase.lang);
      }
    }
  });

  it('uses every shared meaning and tip at least once, so no text is dead', () => {
    const meanings = new Set(ETIQUETTE_ENTRIES.flatMap((e) => [...e.greeting.phrases, ...e.closing.phrases, ...e.names.honorifics].map((p) => p.meaning)));
    const tips = new Set(ETIQUETTE_ENTRIES.flatMap((e) => e.tips.map((t) => t.tip)));
    expect(Object.keys(texts.MEANINGS).filter((key) => !meanings.has(key as never))).toEqual([]);
    expect(Object.keys(texts.TIPS).filter((key) => !tips.has(key as never))).toEqual([]);
  });

  it('keeps the meaning and tip tables sorted by key', () => {
    for (const table of [texts.MEANINGS, texts.TIPS]) expect(Object.keys(table)).toEqual([...Object.keys(table)].sort());
  });

  it('gives a tip its parameter exactly when its text has a {param} slot', () => {
    for (const entry of ETIQUETTE_ENTRIES) {
      for (const tip of entry.tips) expect(tip.param !== undefined, `${entry.country} ${tip.tip}`).toBe(texts.TIPS[tip.tip].text.en.includes('{param}'));
    }
  });
});

describe('etiquette texts', () => {
  it.each(ALL_TEXTS)('%s is written in all four languages, and nb, fi and fa are not English', (_name, text) => {
    for (const lang of UI_LANGUAGES) expect(text[lang].trim(), lang).not.toBe('');
    for (const lang of ['nb', 'fi', 'fa'] as const) expect(text[lang], lang).not.toBe(text.en);
    expect(text.fa, 'Persian is in Persian script').toMatch(/[\u0600-\u06FF]/);
  });

  it.each(ALL_TEXTS)('%s is tidy: no stray or doubled spaces, placeholders the same in every language', (_name, text) => {
    const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const lang of UI_LANGUAGES) {
      expect(text[lang], lang).toBe(text[lang].trim());
      expect(text[lang], lang).not.toMatch(/ {2}|\s[,.;:]/);
      expect(slots(text[lang]), lang).toEqual(slots(text.en));
    }
  });

  it.each(ALL_TEXTS.filter(([name]) => DESCRIPTIVE.includes(name.split('.')[0] ?? '')))('%s is hedged', (_name, text) => {
    expect(text.en).toMatch(HEDGE);
    expect(text.en).not.toMatch(ABSOLUTE);
  });
});

describe('getEtiquette', () => {
  it.each(ETIQUETTE_COUNTRIES.flatMap((country) => UI_LANGUAGES.map((lang) => [country, lang] as const)))('%s in %s: every fact has a title, a text, a source and a unique id', (country, lang) => {
    const card = getEtiquette(country, lang);
    expect(card?.country).toBe(country);
    const facts = card?.facts ?? [];
    expect(facts.map((f) => f.kind)).toEqual(expect.arrayContaining(['formality', 'greeting', 'closing', 'names', 'directness', 'relationship', 'speed', 'tip']));
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    for (const fact of facts) {
      expect(fact.id).toMatch(new RegExp(`^${country.toLowerCase()}-(formality|greeting|closing|names|directness|relationship|speed|tip-[a-z-]+)$`));
      expect(fact.title.trim(), fact.id).not.toBe('');
      expect(fact.text.trim(), fact.id).not.toBe('');
      expect(fact.text, fact.id).not.toMatch(/\{\w+\}|\(\)/);
      expect(fact.source.title.length, fact.id).toBeGreaterThan(8);
      expect(fact.source.url, fact.id).toMatch(/^https:\/\//);
    }
  });

  it('reads the country in any case and answers undefined for a country without an entry', () => {
    expect(getEtiquette('jp')?.country).toBe('JP');
    expect(getEtiquette(' JP ')?.country).toBe('JP');
    expect(getEtiquette('XX')).toBeUndefined();
    expect(getEtiquette('')).toBeUndefined();
  });

  it('shows the greeting in the customer\'s language with its meaning in the interface language', () => {
    const en = getEtiquette('DE', 'en')?.facts.find((f) => f.kind === 'closing');
    const nb = getEtiquette('DE', 'nb')?.facts.find((f) => f.kind === 'closing');
    expect(en?.kind === 'closing' && en.phrases[0]).toEqual({ text: 'Mit freundlichen Grüßen', lang: 'de', meaning: 'Kind regards', register: 'formal' });
    expect(nb?.kind === 'closing' && nb.phrases[0]?.meaning).toBe('Vennlig hilsen');
    expect(nb?.text).toContain('Mit freundlichen Grüßen — Vennlig hilsen');
  });

  it('names the honorifics in the address advice and fills tip parameters', () => {
    const card = getEtiquette('JP', 'en');
    expect(card?.facts.find((f) => f.id === 'jp-names')?.text).toContain('様 and さん');
    expect(getEtiquette('DE', 'fi')?.facts.find((f) => f.id === 'de-tip-formal-you')?.text).toBe('Käytä kohteliasta puhuttelumuotoa (Sie), kunnes asiakas itse siirtyy tuttavalliseen puhutteluun.');
  });

  it('isolates words in the customer\'s language inside a right-to-left card, and only there', () => {
    const fa = getEtiquette('DE', 'fa')?.facts.find((f) => f.kind === 'closing');
    expect(fa?.text).toContain('\u2068Mit freundlichen Grüßen\u2069 — ');
    const en = getEtiquette('DE', 'en');
    expect(en?.facts.map((f) => f.text).join(' ')).not.toMatch(/[\u2068\u2069]/);
    expect(getEtiquette('DE', 'fa')?.facts.find((f) => f.id === 'de-tip-formal-you')?.text).toContain('\u2068Sie\u2069');
  });

  it('defaults to English and marks Persian right to left', () => {
    expect(getEtiquette('FR')?.lang).toBe('en');
    expect(getEtiquette('FR', 'fa')?.dir).toBe('rtl');
    expect(getEtiquette('FR', 'nb')?.dir).toBe('ltr');
  });

  it('rejects damaged data with the path of the broken field', () => {
    const jp = getEtiquetteEntry('jp');
    const damaged = { ...jp, greeting: { phrases: [], source: { title: 'x', url: 'http://example' } } };
    const result = etiquetteEntrySchema.safeParse(damaged);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['greeting.phrases', 'greeting.source.title', 'greeting.source.url']));
  });
});

describe('where the etiquette data may be loaded', () => {
  const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));

  it('is imported at run time only by the background and by lib/locale/etiquette*, hints.ts (types may go anywhere)', () => {
    const runtimeImport = /^import\s+(?!type\b)[^;]*?from\s+'[^']*locale\/(etiquette|hints)(\/[^']*)?'|^import\s+(?!type\b)[^;]*?from\s+'\.\/(etiquette|hints)(\/[^']*)?'/m;
    const offenders = ['entrypoints', 'components', 'lib']
      .flatMap(walk)
      .filter((file) => !/^entrypoints[\\/]background[\\/]/.test(file) && !/^lib[\\/]locale[\\/](etiquette|hints)/.test(file))
      .filter((file) => runtimeImport.test(readFileSync(join(ROOT, file), 'utf8')))
      .map((file) => relative('.', file));
    expect(offenders).toEqual([]);
  });
});
