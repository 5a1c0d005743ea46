import { describe, expect, it } from 'vitest';
import { analyzeDraft, applyEdits, applySuggestion, detectDraftLanguage, getSafeEdits, summarizeTone } from '../../../lib/rewrite/analyze';
import { normalizeText } from '../../../lib/rewrite/normalize';
import { findExcludedSpans, splitSentences } from '../../../lib/rewrite/structure';
import type { Finding } from '../../../lib/rewrite/types';

const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

describe('normalizeText', () => {
  it.each([
    { name: 'Arabic yeh and kaf become Persian', input: 'مي‌توانيم كمك', output: 'میتوانیم کمک' },
    { name: 'Persian and Arabic-Indic digits become ASCII', input: 'سفارش ۱۲۳ و ٤٥', output: 'سفارش 123 و 45' },
    { name: 'typographic apostrophes become straight', input: 'We can’t', output: "We can't" },
    { name: 'no-break space becomes a space', input: 'a\u00a0b', output: 'a b' },
    { name: 'plain text is returned as is', input: 'Hello there', output: 'Hello there' },
  ])('$name', ({ input, output }) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it('maps offsets back past removed ZWNJ and diacritics', () => {
    const original = 'ما نمی\u200cتوانیم\u064e کمک کنیم';
    const norm = normalizeText(original);
    const start = norm.text.indexOf('نمیتوانیم');
    const span = norm.toOriginalSpan(start, start + 'نمیتوانیم'.length);
    expect(original.slice(span.start, span.end)).toBe('نمی\u200cتوانیم');
    expect(norm.toOriginal(norm.text.length)).toBe(original.length);
  });
});

describe('analyzeDraft: English', () => {
  it('finds several categories with spans into the text', () => {
    const text = "Hi Anna,\nUnfortunately we can't refund sale items. As I said before, it's our policy.";
    const findings = analyzeDraft(text, { lang: 'en' });
    expect(findings.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([
      ['negative', 'Unfortunately'],
      ['negative', "we can't refund sale items"],
      ['dismissive', 'As I said before'],
      ['dismissive', "it's our policy"],
    ]);
  });

  it.each([
    "We can't wait to see you again!",
    "Don't hesitate to contact us if anything else comes up.",
    'No worries, I have fixed it.',
    'Not a problem at all.',
    "I can't thank you enough for your patience.",
    "Don't worry, you won't be charged twice.",
  ])('leaves the friendly idiom alone: %s', (text) => {
    expect(analyzeDraft(text, { lang: 'en' })).toEqual([]);
  });

  it('keeps order ids, amounts and dates in suggestions', () => {
    const text = 'We cannot refund order #48213 (€129.90) before 12 May.';
    const [finding] = analyzeDraft(text, { lang: 'en' });
    expect(finding?.suggestions[0]).toContain('#48213 (€129.90)');
    expect(finding?.suggestions.join(' ')).toContain('12 May');
  });

  it('leaves a visible slot where a fact is missing', () => {
    const [finding] = analyzeDraft("We can't refund sale items.", { lang: 'en' });
    expect(finding?.suggestions[0]).toBe('We can\'t refund sale items.'.startsWith('We') ? 'Instead of refunding sale items, what we can do is …' : '');
  });

  it('matches typographic apostrophes and reports offsets into the original', () => {
    const text = 'Sorry — we can’t ship to P.O. boxes.';
    const [finding] = analyzeDraft(text, { lang: 'en' });
    expect(text.slice(finding?.start, finding?.end)).toBe('we can’t ship to P.O. boxes');
  });

  it('skips quoted lines, the quoted message after "On … wrote:", and the signature', () => {
    const text = [
      'Thanks for the photos, I have sent a new lamp.',
      '',
      'Best regards,',
      'Sam',
      'Support, Acme — we can\'t stop smiling',
      '',
      'On Mon, 3 May 2024 at 10:12, Kari <kari@example.com> wrote:',
      "> Unfortunately you failed to send it and I can't use it.",
    ].join('\n');
    expect(analyzeDraft(text, { lang: 'en' })).toEqual([]);
  });

  it('skips lines quoted with ">" in the middle of a reply, and what follows "-- "', () => {
    const text = "> You can't return it?\nYes, you can return it within 30 days.\n-- \nWe cannot refund gift cards (terms apply).";
    expect(analyzeDraft(text, { lang: 'en' })).toEqual([]);
  });

  it.each([
    ['Norwegian', 'Takk for svaret.\n\nDen 3. mai 2024 kl. 10:12 skrev Kari Nordmann <kari@example.no>:\nUnfortunately we cannot help.'],
    ['Finnish', 'Kiitos viestistä.\n\nMatti Meikäläinen <matti@example.fi> kirjoitti 3.5.2024 klo 10.12:\nUnfortunately we cannot help.'],
    ['Persian', 'ممنون از پیام شما.\n\nعلی رضایی در تاریخ ۱۴۰۳/۰۲/۱۴ نوشت:\nUnfortunately we cannot help.'],
    ['Outlook', 'Thanks.\n\nFrom: Kari <kari@example.com>\nSent: Monday, 3 May 2024 10:12\nUnfortunately we cannot help.'],
  ])('skips a quoted message under a %s header', (_name, text) => {
    expect(analyzeDraft(text, { lang: 'en' })).toEqual([]);
  });

  it('skips legal and compliance wording', () => {
    const text =
      'Your refund is on its way.\n\nThis email is confidential and intended solely for the addressee. If you are not the intended recipient, you cannot use it.\nPursuant to section 12, we cannot refund opened software.';
    expect(analyzeDraft(text, { lang: 'en' })).toEqual([]);
  });

  it('flags a long sentence and offers a split at a clause joint', () => {
    const text =
      'I have checked your order with the warehouse team this morning and they told me that the parcel was handed to the courier yesterday afternoon, but the courier has not scanned it yet so the tracking page still shows the old status for now.';
    const finding = analyzeDraft(text, { lang: 'en' }).find((f) => f.ruleId === 'en.clarity.long-sentence');
    expect(finding?.message).toMatch(/^This sentence has \d+ words/);
    expect(finding?.suggestions[0]).toContain('yesterday afternoon. But the courier');
  });

  it('flags a wall of text and suggests a paragraph break at a sentence end', () => {
    const sentence = 'We checked the order again today and the parcel is with the courier now. ';
    const text = sentence.repeat(12).trim();
    const finding = analyzeDraft(text, { lang: 'en' }).find((f) => f.ruleId === 'en.clarity.wall-of-text');
    expect(finding).toBeDefined();
    expect(finding?.suggestions[0]).toContain('now.\n\nWe checked');
    expect(finding?.suggestions[0]?.replace(/\s+/g, ' ')).toBe(text);
  });

  it('asks for an acknowledgement when the customer is upset and the draft starts fixing', () => {
    const customerMessage = 'This is unacceptable. The parcel is STILL not here!!';
    const text = 'Hi Lee,\nYour parcel is with the courier.';
    const findings = analyzeDraft(text, { lang: 'en', customerMessage });
    expect(findings.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([['empathy', 'Your parcel is with the courier.']]);
    expect(findings[0]?.suggestions[0]).toMatch(/^I'm sorry about this.*Your parcel is with the courier\.$/);
    expect(analyzeDraft("Hi Lee,\nI'm so sorry, that's frustrating. Your parcel is with the courier.", { lang: 'en', customerMessage })).toEqual([]);
    expect(analyzeDraft(text, { lang: 'en', customerMessage: 'Hi, where is my parcel?' })).toEqual([]);
  });

  it('applies team rules as brand findings, in their language only', () => {
    const teamRules = [
      { phrase: 'ticket', preferred: 'request', language: 'en' },
      { phrase: 'sak', preferred: 'henvendelse', language: 'nb' },
      { phrase: 'Hey guys', preferred: 'Hi everyone', message: 'We greet everyone.' },
    ];
    const text = 'Hey guys, your ticket is closed. Your Ticket, I mean.';
    const findings = analyzeDraft(text, { lang: 'en', teamRules }).filter((f) => f.category === 'brand');
    expect(findings.map((f) => [text.slice(f.start, f.end), f.suggestions[0], f.safe])).toEqual([
      ['Hey guys', 'Hi everyone', true],
      ['ticket', 'request', true],
      ['Ticket', 'Request', true],
    ]);
    expect(findings[0]?.message).toBe('We greet everyone.');
    expect(findings[1]?.message).toBe('Your team prefers “request” to this wording.');
  });

  it('matches a Persian team rule across ZWNJ and Arabic-letter spellings, with offsets into the original', () => {
    const text = 'ما نمي‌توانيم و نمیتوانیم';
    const findings = analyzeDraft(text, { lang: 'fa', teamRules: [{ phrase: 'نمی‌توانیم', preferred: 'می‌توانیم …' }] }).filter((f) => f.category === 'brand');
    expect(spans(text, findings)).toEqual(['نمي‌توانيم', 'نمیتوانیم']);
  });

  it('leaves out switched-off rules', () => {
    const text = "Unfortunately we can't refund it.";
    const findings = analyzeDraft(text, { lang: 'en', disabledRules: ['en.negative.unfortunately'] });
    expect(findings.map((f) => f.ruleId)).toEqual(['en.negative.cant']);
  });

  it('gives no phrase findings for a language without rules', () => {
    expect(analyzeDraft("Unfortunately we can't.", { lang: 'de' })).toEqual([]);
  });

  it('says why in the interface language when the rule has it, else in English', () => {
    const [finding] = analyzeDraft('This sentence is fine. '.repeat(1) + 'word '.repeat(40).trim() + '.', { lang: 'en', uiLang: 'nb' });
    expect(finding?.message).toMatch(/^Denne setningen har \d+ ord/);
    const [english] = analyzeDraft('Unfortunately, no.', { lang: 'en', uiLang: 'fi' });
    expect(english?.message).toMatch(/unfortunately/);
  });
});

describe('applySuggestion and "Apply all safe"', () => {
  it('replaces exactly the span', () => {
    const text = 'Great. Please find attached the invoice. Thanks!';
    const [finding] = analyzeDraft(text, { lang: 'en' });
    expect(finding).toBeDefined();
    expect(applySuggestion(text, finding as Finding, 0)).toBe("Great. I've attached the invoice. Thanks!");
  });

  it('throws on a suggestion that does not exist or a span outside the text', () => {
    const finding: Finding = { start: 0, end: 4, ruleId: 'x', category: 'negative', message: 'm', suggestions: ['a'], safe: true };
    expect(() => applySuggestion('text', finding, 1)).toThrow(/no suggestion 1/);
    expect(() => applySuggestion('te', finding, 0)).toThrow(/outside the text/);
  });

  it('applies only safe findings, without overlaps, last first', () => {
    const text = 'Please find attached the form. As I said before, the SKU is 55. Unfortunately, it is late.';
    const findings = analyzeDraft(text, { lang: 'en' });
    const edits = getSafeEdits(findings);
    expect(edits.map((edit) => edit.start)).toEqual([...edits.map((edit) => edit.start)].sort((a, b) => b - a));
    expect(applyEdits(text, edits)).toBe("I've attached the form. To recap, the product code is 55. Unfortunately, it is late.");
  });
});

describe('structure', () => {
  it('splits sentences without breaking abbreviations or decimals', () => {
    const text = 'It costs 3.5 euros, e.g. for the lid. Is that ok? Yes!\nNew line';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['It costs 3.5 euros, e.g. for the lid.', 'Is that ok?', 'Yes!', 'New line']);
  });

  it('keeps the body when a sign-off is followed by a long text', () => {
    const text = `Thanks,\n${'More text here.\n'.repeat(8)}`;
    expect(findExcludedSpans(text)).toEqual([]);
  });
});

describe('detectDraftLanguage', () => {
  it.each([
    ['Hi Anna, thanks for your order. We will send it on Monday.', undefined, 'en'],
    ['Hei Kari, takk for bestillingen. Vi sender den på mandag.', undefined, 'nb'],
    ['Hei Matti, kiitos tilauksesta. Lähetämme sen maanantaina.', undefined, 'fi'],
    ['سلام، از سفارش شما ممنونیم. آن را دوشنبه ارسال می‌کنیم.', undefined, 'fa'],
    ['OK', 'fi', 'fi'],
    ['OK', undefined, 'en'],
    ['Hei!', 'nb-NO', 'nb'],
  ] as const)('%s → %s', (text, hint, lang) => {
    expect(detectDraftLanguage(text, hint)).toBe(lang);
  });
});

describe('summarizeTone', () => {
  it('counts categories and gives reasons for each indicator', () => {
    const text = "Unfortunately we can't refund it. As I said, it's our policy.";
    const summary = summarizeTone(text, analyzeDraft(text, { lang: 'en' }), { lang: 'en' });
    expect(summary.counts.negative).toBe(2);
    expect(summary.counts.dismissive).toBe(2);
    expect(summary.positivity.level).toBe('poor');
    expect(summary.positivity.reasons).toEqual(['2 phrases say what cannot be done.', '2 phrases sound dismissive.']);
    expect(summary.clarity.level).toBe('good');
    expect(summary.empathy).toEqual({ level: 'fair', reasons: ['No customer message to compare with.'] });
  });

  it('is good with reasons for a clean draft, in the interface language', () => {
    const text = 'Your parcel arrives on Monday.';
    const summary = summarizeTone(text, [], { lang: 'en', uiLang: 'nb', customerUpset: false });
    expect(summary.positivity).toEqual({ level: 'good', reasons: ['Ingen negative, anklagende eller avvisende formuleringer.'] });
    expect(summary.empathy.level).toBe('good');
  });
});
