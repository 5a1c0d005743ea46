// Etiquette cards per customer country. The data (lib/locale/etiquette/*) is read by the background only: the content
// script asks for a card by message, so none of these tables reach the host page's bundle.
import * as z from 'zod/mini';
import { UI_LANGUAGES, getDirection, type UiLanguage } from '../i18n';
import { ETIQUETTE_ENTRIES } from './etiquette/index';
import {
  ADDRESS_TEXT,
  APP_NAMES,
  DIRECTNESS_TEXT,
  FACT_TITLES,
  FORMALITY_TEXT,
  MEANINGS,
  NAME_ORDER_TEXT,
  RELATIONSHIP_TEXT,
  SPEED_TEXT,
  TIPS,
  TIP_TITLES,
} from './etiquette/texts';

export const FORMALITY_LEVELS = ['formal', 'neutral', 'informal'] as const;
export const DIRECTNESS_LEVELS = ['direct', 'balanced', 'indirect'] as const;
export const RELATIONSHIP_LEVELS = ['relationship-first', 'balanced', 'task-first'] as const;
export const NAME_ORDERS = ['given-first', 'family-first', 'mixed'] as const;
/** How customers are usually addressed: which name, and where the title or honorific goes. */
export const ADDRESS_STYLES = ['given-name', 'title-family', 'family-suffix', 'title-given', 'given-suffix', 'given-patronymic'] as const;
export const MESSAGING_APPS = ['imessage', 'kakaotalk', 'line', 'messenger', 'telegram', 'viber', 'wechat', 'whatsapp', 'zalo'] as const;
export const FACT_KINDS = ['formality', 'greeting', 'closing', 'names', 'directness', 'relationship', 'speed', 'tip'] as const;
export const PHRASE_REGISTERS = ['formal', 'neutral', 'informal'] as const;

export type Formality = (typeof FORMALITY_LEVELS)[number];
export type Directness = (typeof DIRECTNESS_LEVELS)[number];
export type Relationship = (typeof RELATIONSHIP_LEVELS)[number];
export type NameOrder = (typeof NAME_ORDERS)[number];
export type AddressStyle = (typeof ADDRESS_STYLES)[number];
export type MessagingApp = (typeof MESSAGING_APPS)[number];
export type EtiquetteFactKind = (typeof FACT_KINDS)[number];
export type MeaningKey = keyof typeof MEANINGS;
export type TipKey = keyof typeof TIPS;

const text = z.string().check(z.trim(), z.minLength(1));
/** A text in every interface language. */
export const localizedText = z.object(Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, text])) as Record<UiLanguage, typeof text>);
export type LocalizedText = z.infer<typeof localizedText>;

/** Where a fact comes from: a named document with its address. */
export const etiquetteSource = z.object({
  title: z.string().check(z.minLength(8)),
  url: z.string().check(z.regex(/^https:\/\/[^\s/]+\.[a-z]{2,}\/\S+$/, 'expected an https address of a page')),
});
export type EtiquetteSource = z.infer<typeof etiquetteSource>;

const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'expected a BCP 47 language like "ja" or "zh-Hant"'));
const meaningKey = z.enum(Object.keys(MEANINGS) as [MeaningKey, ...MeaningKey[]]);
const tipKey = z.enum(Object.keys(TIPS) as [TipKey, ...TipKey[]]);

/** A greeting or closing as the customer would write it, in their language. */
export const etiquettePhrase = z.object({
  text,
  lang: languageTag,
  meaning: meaningKey,
  register: z.enum(PHRASE_REGISTERS),
});
const honorific = z.object({ form: text, lang: languageTag, meaning: meaningKey });
const phrases = z.object({ phrases: z.array(etiquettePhrase).check(z.minLength(1), z.maxLength(4)), source: etiquetteSource });

/** One country's etiquette: levels and phrases only; every sentence shown comes from the shared texts. */
export const etiquetteEntrySchema = z.strictObject({
  country: z.string().check(z.regex(/^[a-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in lower case')),
  /** The customer's languages, the most common first. */
  languages: z.array(languageTag).check(z.minLength(1)),
  formality: z.strictObject({ level: z.enum(FORMALITY_LEVELS), source: etiquetteSource }),
  greeting: phrases,
  closing: phrases,
  names: z.strictObject({
    order: z.enum(NAME_ORDERS),
    address: z.enum(ADDRESS_STYLES),
    honorifics: z.array(honorific).check(z.maxLength(5)),
    source: etiquetteSource,
  }),
  directness: z.strictObject({ level: z.enum(DIRECTNESS_LEVELS), source: etiquetteSource }),
  relationship: z.strictObject({ level: z.enum(RELATIONSHIP_LEVELS), source: etiquetteSource }),
  speed: z.strictObject({ apps: z.array(z.enum(MESSAGING_APPS)).check(z.maxLength(3)), source: etiquetteSource }),
  tips: z
    .array(z.strictObject({ tip: tipKey, param: z.optional(text), source: etiquetteSource }))
    .check(z.minLength(2), z.maxLength(3)),
});
export type EtiquetteEntry = z.infer<typeof etiquetteEntrySchema>;

/** A phrase on the card: the customer's words and what they mean in the interface language. */
export interface CardPhrase {
  text: string;
  lang: string;
  meaning: string;
  register: (typeof PHRASE_REGISTERS)[number];
}

interface FactBase {
  /** Stable id (`jp-names`, `de-tip-formal-you`) so that the interface can remember a dismissed fact. */
  id: string;
  title: string;
  text: string;
  source: EtiquetteSource;
}
/** One dismissible line of the card. */
export type EtiquetteFact =
  | (FactBase & { kind: 'formality'; level: Formality })
  | (FactBase & { kind: 'greeting' | 'closing'; phrases: CardPhrase[] })
  | (FactBase & { kind: 'names'; order: NameOrder; address: AddressStyle; honorifics: { form: string; lang: string; meaning: string }[] })
  | (FactBase & { kind: 'directness'; level: Directness })
  | (FactBase & { kind: 'relationship'; level: Relationship })
  | (FactBase & { kind: 'speed'; apps: string[] })
  | (FactBase & { kind: 'tip'; tip: 'do' | 'dont' });

export interface EtiquetteCard {
  /** ISO 3166-1 alpha-2, upper case as elsewhere in lib/locale. */
  country: string;
  lang: UiLanguage;
  dir: 'ltr' | 'rtl';
  languages: string[];
  facts: EtiquetteFact[];
}

const BY_COUNTRY: ReadonlyMap<string, EtiquetteEntry> = new Map(ETIQUETTE_ENTRIES.map((entry) => [entry.country, entry]));

/** The countries that have an etiquette entry, as upper-case ISO codes, sorted. */
export const ETIQUETTE_COUNTRIES: readonly string[] = ETIQUETTE_ENTRIES.map((entry) => entry.country.toUpperCase());

/** The raw entry of a country (any case), or undefined when we have none. */
export function getEtiquetteEntry(country: string): EtiquetteEntry | undefined {
  return BY_COUNTRY.get(country.trim().toLowerCase());
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Joins a list the way the interface language does ("A, B and C"). */
function joinList(items: readonly string[], lang: UiLanguage): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

function cardPhrases(list: EtiquetteEntry['greeting']['phrases'], lang: UiLanguage): CardPhrase[] {
  return list.map((p) => ({ text: p.text, lang: p.lang, meaning: MEANINGS[p.meaning][lang], register: p.register }));
}

/**
 * Wraps words in the customer's language in Unicode isolates when the interface is right to left, so that a German
 * or Japanese phrase inside a Persian sentence keeps its own direction and does not reorder the punctuation around it.
 */
function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `\u2068${text}\u2069` : text;
}

function phraseLine(list: CardPhrase[], dir: 'ltr' | 'rtl'): string {
  return list.map((p) => `${isolate(p.text, dir)} — ${p.meaning}`).join(' · ');
}

/**
 * The etiquette card of a country in one interface language, or undefined when we have no entry. Every fact says
 * where it comes from and carries an id; the card is about the country, never about a person's name or origin.
 */
export function getEtiquette(country: string, uiLang: UiLanguage = 'en'): EtiquetteCard | undefined {
  const entry = getEtiquetteEntry(country);
  if (!entry) return undefined;
  const lang = uiLang;
  const dir = getDirection(lang);
  const cc = entry.country;
  const greeting = cardPhrases(entry.greeting.phrases, lang);
  const closing = cardPhrases(entry.closing.phrases, lang);
  const honorifics = entry.names.honorifics.map((h) => ({ form: h.form, lang: h.lang, meaning: MEANINGS[h.meaning][lang] }));
  const forms = joinList(
    entry.names.honorifics.map((h) => isolate(h.form, dir)),
    lang,
  );
  const apps = entry.speed.apps.map((app) => APP_NAMES[app]);
  const facts: EtiquetteFact[] = [
    { kind: 'formality', id: `${cc}-formality`, title: FACT_TITLES.formality[lang], text: FORMALITY_TEXT[entry.formality.level][lang], source: entry.formality.source, level: entry.formality.level },
    { kind: 'greeting', id: `${cc}-greeting`, title: FACT_TITLES.greeting[lang], text: phraseLine(greeting, dir), source: entry.greeting.source, phrases: greeting },
    { kind: 'closing', id: `${cc}-closing`, title: FACT_TITLES.closing[lang], text: phraseLine(closing, dir), source: entry.closing.source, phrases: closing },
    {
      kind: 'names',
      id: `${cc}-names`,
      title: FACT_TITLES.names[lang],
      text: `${NAME_ORDER_TEXT[entry.names.order][lang]} ${fill(ADDRESS_TEXT[entry.names.address][lang], { forms })}`.replace(/ \(\)/g, ''),
      source: entry.names.source,
      order: entry.names.order,
      address: entry.names.address,
      honorifics,
    },
    { kind: 'directness', id: `${cc}-directness`, title: FACT_TITLES.directness[lang], text: DIRECTNESS_TEXT[entry.directness.level][lang], source: entry.directness.source, level: entry.directness.level },
    { kind: 'relationship', id: `${cc}-relationship`, title: FACT_TITLES.relationship[lang], text: RELATIONSHIP_TEXT[entry.relationship.level][lang], source: entry.relationship.source, level: entry.relationship.level },
    {
      kind: 'speed',
      id: `${cc}-speed`,
      title: FACT_TITLES.speed[lang],
      text: apps.length > 0 ? fill(SPEED_TEXT.apps[lang], { apps: joinList(apps.map((app) => isolate(app, dir)), lang) }) : SPEED_TEXT.email[lang],
      source: entry.speed.source,
      apps,
    },
    ...entry.tips.map((t): EtiquetteFact => {
      const tip = TIPS[t.tip];
      return { kind: 'tip', id: `${cc}-tip-${t.tip}`, title: TIP_TITLES[tip.kind][lang], text: fill(tip.text[lang], { param: isolate(t.param ?? '', dir) }), source: t.source, tip: tip.kind };
    }),
  ];
  return { country: cc.toUpperCase(), lang, dir, languages: [...entry.languages], facts };
}
