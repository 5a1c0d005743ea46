import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack, type Pack } from '@/lib/packs';
import { analyzeDraft } from '@/lib/rewrite/analyze';

const LANGUAGES = ['en', 'nb', 'fi', 'fa'] as const;

function readStarter(lang: string): Pack {
  const result = parsePack(readFileSync(new URL(`../../../templates/starter/${lang}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${lang}.json: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.pack;
}

const packs = Object.fromEntries(LANGUAGES.map((lang) => [lang, readStarter(lang)])) as Record<(typeof LANGUAGES)[number], Pack>;

/** The context variables a body uses (fill-in labels are translated, so only their count is compared). */
function getVariables(body: string): { variables: string[]; inputs: number; choices: number; cursor: number } {
  const names = [...body.matchAll(/\{\{\s*([^}|]+?)\s*(?:\|[^}]*)?\}\}/g)].map((m) => m[1]!);
  return {
    variables: names.filter((n) => !/^(input|choice):/.test(n) && n !== 'cursor').sort(),
    inputs: names.filter((n) => n.startsWith('input:')).length,
    choices: names.filter((n) => n.startsWith('choice:')).length,
    cursor: names.filter((n) => n === 'cursor').length,
  };
}

// Words the draft check flags as negative in each language (issue 5); the starter packs say what we can do instead.
const NEGATIVE: Record<string, RegExp> = {
  en: /\b(unfortunately|can't|cannot|can not|won't|unable|inconvenience|policy|no problem)\b/i,
  nb: /\b(dessverre|kan ikke|ikke mulig|beklager ulempen)/i,
  fi: /(valitettavasti|\bemme voi\b|\bei voi\b|\bei ole mahdollista\b)/i,
  fa: /(متاسفانه|متأسفانه|نمی‌توانیم|نمیتوانیم|امکان‌پذیر نیست)/,
};

describe('starter packs', () => {
  it.each(LANGUAGES)('%s is a valid pack of at least 25 templates written in that language', (lang) => {
    const pack = packs[lang];
    expect(pack.id).toBe(`replywell-starter-${lang}`);
    expect(pack.languages).toEqual([lang]);
    expect(pack.templates.length).toBeGreaterThanOrEqual(25);
    for (const template of pack.templates) {
      expect(template.language).toBe(lang);
      expect(template.shortcut, template.id).toBeDefined();
      expect(template.folder, template.id).toBeDefined();
      expect(template.tags.length, template.id).toBeGreaterThan(0);
    }
  });

  it('hold the same templates, in id order, as language versions of each other', () => {
    const ids = packs.en.templates.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    for (const lang of LANGUAGES) expect(packs[lang].templates.map((t) => t.id), lang).toEqual(ids);
  });

  it('use the same variables, fill-ins and channels in every language', () => {
    packs.en.templates.forEach((english, index) => {
      for (const lang of LANGUAGES) {
        const other = packs[lang].templates[index]!;
        expect(getVariables(other.body), `${lang}/${other.id}`).toEqual(getVariables(english.body));
        expect(other.channels, `${lang}/${other.id}`).toEqual(english.channels);
      }
    });
  });

  it('cover the situations the issue lists, with short social templates', () => {
    const ids = new Set(packs.en.templates.map((t) => t.id));
    for (const id of ['ack-ticket', 'damaged-order', 'late-order', 'refund-alternative', 'delay-update', 'clarify-questions', 'plain-explanation', 'social-to-private', 'chat-greeting', 'chat-hold', 'chat-closing', 'callback-offer', 'escalation-ownership', 'followup-resolved', 'csat-survey', 'nps-survey', 'effort-survey', 'out-of-hours', 'apology-ownership', 'feedback-thanks'])
      expect(ids, id).toContain(id);
    for (const template of packs.en.templates.filter((t) => t.channels.length === 1 && t.channels[0] === 'social')) expect(template.body.length, template.id).toBeLessThanOrEqual(280);
  });

  it.each(LANGUAGES)('%s uses positive wording (no "unfortunately", no "can\'t")', (lang) => {
    for (const template of packs[lang].templates) {
      expect(template.body, template.id).not.toMatch(NEGATIVE[lang]!);
      expect(template.title, template.id).not.toMatch(NEGATIVE[lang]!);
    }
  });

  it('each use a shortcut once across the four packs only where the template is the same', () => {
    const owner = new Map<string, string>();
    for (const lang of LANGUAGES)
      for (const template of packs[lang].templates) {
        const key = template.shortcut!.toLowerCase();
        expect(owner.get(key) ?? template.id, `${lang} ${template.shortcut}`).toBe(template.id);
        owner.set(key, template.id);
      }
  });
});

// What the customer reads: variables filled with sample values, the first option of each choice, no caret marker.
const SAMPLE: Record<string, string> = { en: 'Anna', nb: 'Kari', fi: 'Aino', fa: 'مریم' };
function fillSample(body: string, lang: string): string {
  return body.replace(/\{\{\s*([^}|]+?)\s*(?:\|[^}]*)?\}\}/g, (_, name: string) => {
    if (name.startsWith('choice:')) return name.split('|')[1] ?? '';
    if (name.startsWith('input:')) return '48213';
    if (name === 'cursor') return '';
    if (name.startsWith('date')) return '24.11.2026';
    if (name === 'ticket.id') return '#48213';
    return SAMPLE[lang]!;
  });
}

describe('starter packs and the draft check', () => {
  it.each(LANGUAGES)('every %s template passes analyzeDraft without findings', (lang) => {
    const findings = packs[lang].templates.flatMap((template) =>
      analyzeDraft(fillSample(template.body, lang), { lang, teamRules: packs[lang].rules }).map((finding) => `${template.id}: ${finding.ruleId}`),
    );
    expect(findings).toEqual([]);
  });
});
