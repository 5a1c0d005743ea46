import { describe, expect, it } from 'vitest';
import { foldText, getQueryTerms, getSearchTerms } from '@/lib/templates/normalize';
import { templateSchema, type Template, type TemplateInput } from '@/lib/templates/schema';
import { createTemplateIndex, getFrecency } from '@/lib/templates/search';

const NOW = Date.UTC(2026, 10, 20);
const make = (input: Partial<TemplateInput> & { id: string; title: string }): Template => templateSchema.parse({ body: input.title, language: 'en', ...input });

const library: Template[] = [
  make({ id: 'refund-approved', title: 'Refund approved', body: 'Your refund is on its way.', shortcut: ';refund', tags: ['billing'] }),
  make({ id: 'refund-not-possible', title: 'Refund not possible, store credit offered', body: 'What I can offer is store credit.', tags: ['billing'] }),
  make({ id: 'late-order', title: 'Late order update', body: 'Your parcel is delayed by two days.', shortcut: ';late', tags: ['shipping'] }),
  make({ id: 'damaged-item', title: 'Damaged item replacement', body: 'A new one is on its way, no need to return the damaged one.', tags: ['shipping', 'returns'] }),
  make({ id: 'chat-greeting', title: 'Chat greeting', body: 'Hi! How can I help?', channels: ['chat'], shortcut: ';hi' }),
  make({ id: 'email-greeting', title: 'Email greeting', body: 'Hello, thank you for writing to us.', channels: ['email'] }),
  make({ id: 'norsk-levering', title: 'Forsinket levering', body: 'Pakken din er forsinket med to dager.', language: 'nb', tags: ['frakt'] }),
  make({ id: 'soknad', title: 'Søknad om bytte på grunn av størrelse', body: 'Vi bytter gjerne størrelsen.', language: 'nb' }),
  make({ id: 'jaakiekko', title: 'Jääkiekkoliput', body: 'Liput lähetetään sähköpostilla.', language: 'fi' }),
  make({
    id: 'fa-refund',
    title: 'بازپرداخت وجه',
    body: 'مبلغ شما ظرف پنج روز کاری بازگردانده می‌شود.',
    language: 'fa',
    tags: ['مالی'],
  }),
  make({ id: 'fa-digits', title: 'کد پیگیری ۱۲۳۴', body: 'کد پیگیری شما آماده است.', language: 'fa' }),
  make({
    id: 'thanks',
    title: 'Thanks for your feedback',
    body: 'We appreciate it.',
    variants: [
      { language: 'nb', title: 'Takk for tilbakemeldingen', body: 'Vi setter pris på det.' },
      { language: 'fa', title: 'سپاس از بازخورد شما', body: 'از شما سپاسگزاریم.' },
    ],
  }),
];

const ids = (hits: { template: Template }[]) => hits.map((hit) => hit.template.id);
const index = createTemplateIndex(library);
const top = (query: string, options = {}) => ids(index.search(query, { now: NOW, ...options }))[0];

describe('normalisation', () => {
  it.each([
    ['Søknad', 'soknad'],
    ['Jääkiekko', 'jaakiekko'],
    ['Ødegård', 'odegard'],
    ['Crème brûlée', 'creme brulee'],
    ['Straße', 'strasse'],
    ['كيك', 'کیک'],
    ['۱۲۳٤', '1234'],
    ['آرام', 'ارام'],
    ['مُحَمَّد', 'محمد'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('indexes a ZWNJ word joined and in parts; a query joins it', () => {
    expect(getSearchTerms('می\u200cشود')).toEqual(['میشود', 'می', 'شود']);
    expect(getQueryTerms('می\u200cشود')).toEqual(['میشود']);
  });
});

describe('search', () => {
  it.each([
    ['exact title', 'Refund approved', 'refund-approved'],
    ['shortcut', ';late', 'late-order'],
    ['shortcut without its mark', 'late', 'late-order'],
    ['case', 'DAMAGED ITEM', 'damaged-item'],
    ['prefix', 'dama', 'damaged-item'],
    ['prefix of the last word', 'late ord', 'late-order'],
    ['one substitution', 'damsged item', 'damaged-item'],
    ['one deletion', 'damged', 'damaged-item'],
    ['one insertion', 'greetting chat', 'chat-greeting'],
    ['swapped letters', 'replacment', 'damaged-item'],
    ['two typos in a long word', 'replasment', 'damaged-item'],
    ['body words', 'store credit', 'refund-not-possible'],
    ['tags', 'returns', 'damaged-item'],
    ['ø typed as o', 'soknad', 'soknad'],
    ['ö typed for ø', 'söknad', 'soknad'],
    ['ä typed as a', 'jaakiekkoliput', 'jaakiekko'],
    ['Arabic yeh and kaf for Persian', 'كد پيگيري', 'fa-digits'],
    ['Persian digits typed as Latin', '1234', 'fa-digits'],
    ['Persian prefix', 'بازپر', 'fa-refund'],
    ['ZWNJ typed as nothing', 'بازگردانده میشود', 'fa-refund'],
    ['a variant’s title', 'takk for tilbakemeldingen', 'thanks'],
  ])('finds by %s (%s)', (_name, query, id) => {
    expect(top(query)).toBe(id);
  });

  it('ranks a shortcut hit above title and body hits', () => {
    const tie = createTemplateIndex([
      make({ id: 'title-hit', title: 'Late', body: 'late late' }),
      make({ id: 'shortcut-hit', title: 'Parcel', body: 'x', shortcut: 'late' }),
    ]);
    expect(ids(tie.search('late'))).toEqual(['shortcut-hit', 'title-hit']);
  });

  it('ranks a title hit above a tag hit above a body hit', () => {
    const fields = createTemplateIndex([
      make({ id: 'body', title: 'One', body: 'voucher' }),
      make({ id: 'tag', title: 'Two', body: 'x', tags: ['voucher'] }),
      make({ id: 'title', title: 'Voucher', body: 'x' }),
    ]);
    expect(ids(fields.search('voucher'))).toEqual(['title', 'tag', 'body']);
  });

  it('puts the exact title above longer titles sharing its words', () => {
    expect(ids(index.search('refund', { now: NOW })).slice(0, 2)).toEqual(['refund-approved', 'refund-not-possible']);
    expect(top('greeting')).toMatch(/greeting/);
  });

  it('breaks relevance ties by frecency: used more and more recently first', () => {
    const base = { body: 'same words here', title: 'Same title' };
    const frecent = createTemplateIndex([
      make({ id: 'never', ...base }),
      make({ id: 'often-long-ago', ...base, usageCount: 40, lastUsedAt: NOW - 400 * 86_400_000 }),
      make({ id: 'often-recent', ...base, usageCount: 40, lastUsedAt: NOW - 86_400_000 }),
    ]);
    expect(ids(frecent.search('same title', { now: NOW }))).toEqual(['often-recent', 'often-long-ago', 'never']);
    expect(getFrecency({ usageCount: 0 }, NOW)).toBe(0);
  });

  it('prefers the customer’s language and shows that version', () => {
    const hits = index.search('', { lang: 'nb', now: NOW, limit: 50 });
    expect(hits.find((hit) => hit.template.id === 'thanks')?.version.title).toBe('Takk for tilbakemeldingen');
    expect(hits.slice(0, 3).every((hit) => hit.version.language === 'nb')).toBe(true);
    const greeting = index.search('thanks feedback', { lang: 'fa', now: NOW })[0]!;
    expect(greeting.template.id).toBe('thanks');
  });

  it('ranks templates for the conversation’s channel first', () => {
    expect(top('greeting', { channel: 'chat' })).toBe('chat-greeting');
    expect(top('greeting', { channel: 'email' })).toBe('email-greeting');
  });

  it('lists everything for an empty query and nothing for a query without matches', () => {
    expect(index.search('', { limit: 100 })).toHaveLength(library.length);
    expect(index.search('zzzzqqqq')).toEqual([]);
    expect(index.search('!!!')).toEqual([]);
    expect(index.search('refund', { limit: 1 })).toHaveLength(1);
  });

  it('returns one result per template even when several versions match', () => {
    const both = createTemplateIndex([make({ id: 'x', title: 'Order', body: 'order', variants: [{ language: 'nb', title: 'Order', body: 'order' }] })]);
    expect(ids(both.search('order'))).toEqual(['x']);
  });
});

describe('incremental updates', () => {
  it('adds, updates and removes templates', () => {
    const live = createTemplateIndex([make({ id: 'a', title: 'Alpha parcel' })]);
    live.add(make({ id: 'b', title: 'Bravo parcel' }));
    expect(ids(live.search('bravo'))).toEqual(['b']);
    live.update(make({ id: 'b', title: 'Charlie parcel' }));
    expect(live.search('bravo')).toEqual([]);
    expect(ids(live.search('charlie'))).toEqual(['b']);
    live.remove('a');
    expect(ids(live.search('parcel'))).toEqual(['b']);
    expect(live.size).toBe(1);
    live.remove(make({ id: 'b', title: 'x' }));
    expect(live.search('parcel')).toEqual([]);
    expect(live.size).toBe(0);
    live.remove('never-there');
  });

  it('gives the same results after many updates as a fresh index', () => {
    const live = createTemplateIndex(library);
    for (let round = 0; round < 5; round++) for (const template of library) live.update({ ...template, usageCount: round });
    const fresh = createTemplateIndex(library.map((template) => ({ ...template, usageCount: 4 })));
    for (const query of ['refund', 'late ord', 'soknad', 'بازپر', 'greeting']) {
      expect(ids(live.search(query, { now: NOW }))).toEqual(ids(fresh.search(query, { now: NOW })));
    }
  });

  it('ranks a template up after it is used', () => {
    const live = createTemplateIndex([make({ id: 'p', title: 'Parcel one' }), make({ id: 'q', title: 'Parcel two' })]);
    expect(top('parcel')).toBeDefined();
    live.update(make({ id: 'q', title: 'Parcel two', usageCount: 10, lastUsedAt: NOW }));
    expect(ids(live.search('parcel', { now: NOW }))[0]).toBe('q');
  });
});

describe('hostile content', () => {
  it('indexes and returns HTML in templates as plain data', () => {
    const evil = createTemplateIndex([make({ id: 'evil', title: '<img src=x onerror=alert(1)> refund', body: '<script>alert(1)</script>' })]);
    const [hit] = evil.search('script');
    expect(hit?.template.body).toBe('<script>alert(1)</script>');
    expect(evil.search('onerror')).toHaveLength(1);
  });
});
