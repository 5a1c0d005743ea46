import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';
import { findPromisedDays, getDraftHints, getDraftLanguage, hasGreeting, type DraftHintInput, type HintKind } from '@/lib/locale/hints';

// Fixed instants. 2026-11-20 is a Friday; 2026-11-23 (Monday) is Labour Thanksgiving Day in Japan.
const FRI_2330_TOKYO = new Date('2026-11-20T14:30:00Z');
const FRI_1100_TOKYO = new Date('2026-11-20T02:00:00Z');
const SAT_1200_TOKYO = new Date('2026-11-21T03:00:00Z');
const MON_1000_TOKYO = new Date('2026-11-23T01:00:00Z');
const JP_HOLIDAYS = [{ date: '2026-11-23', name: 'Labour Thanksgiving Day' }];
const SAT_SUN = [6, 7];

function kinds(input: Partial<DraftHintInput> & Pick<DraftHintInput, 'draft' | 'country'>): HintKind[] {
  return getDraftHints({ now: FRI_1100_TOKYO, uiLang: 'en', ...input }).map((hint) => hint.kind);
}

describe('greeting missing in a relationship-first culture', () => {
  it.each([
    ['an English draft to Japan that starts with a fix', 'jp', 'Please clear your cache and try again.'],
    ['a Bokmål draft to India', 'in', 'Prøv å logge ut og inn igjen.'],
    ['a Finnish draft to Brazil', 'br', 'Kokeile tyhjentää selaimen välimuisti.'],
    ['a Persian draft to Iran', 'ir', 'لطفاً کش مرورگر را پاک کنید و دوباره امتحان کنید.'],
    ['a draft to Saudi Arabia that starts with steps', 'sa', 'Go to Settings and click Reset.'],
  ])('fires for %s', (_name, country, draft) => {
    expect(kinds({ draft, country })).toContain('greeting-missing');
  });

  it.each([
    ['a greeting', 'jp', 'Hello, please clear your cache and try again.'],
    ['an acknowledgement first', 'jp', 'Sorry for the trouble! Please try clearing your cache.'],
    ['thanks in Bokmål', 'in', 'Takk for at du tok kontakt. Prøv å logge ut.'],
    ['a Persian greeting', 'ir', 'سلام، لطفاً کش مرورگر را پاک کنید.'],
    ["a greeting in the customer's language", 'jp', 'いつもお世話になっております。Please restart the app.'],
    ["a greeting in the customer's language (Brazil)", 'br', 'Olá Ana, please try again.'],
    ['a task-first culture', 'de', 'Please clear your cache and try again.'],
    ['a draft that does not troubleshoot', 'jp', 'Your refund was sent today.'],
    ['a country without an entry', 'xx', 'Please clear your cache.'],
  ])('stays quiet with %s', (_name, country, draft) => {
    expect(kinds({ draft, country })).not.toContain('greeting-missing');
  });

  it("suggests a warm opening in the draft's language, with the customer's full name", () => {
    const [en] = getDraftHints({ draft: 'Please restart the app.', country: 'jp', customerName: 'Taro Yamada', now: FRI_1100_TOKYO, uiLang: 'nb' });
    expect(en?.suggestion).toBe('Hello Taro Yamada, thank you for getting in touch, and I am sorry for the trouble.');
    expect(en?.message).toBe('Mange kunder i Japan venter en hilsen og en takk eller et ord om situasjonen før feilsøkingen begynner.');
    expect(en?.factId).toBe('jp-relationship');
    const [fa] = getDraftHints({ draft: 'لطفاً برنامه را دوباره راه‌اندازی کنید.', country: 'ir', now: FRI_1100_TOKYO, uiLang: 'en' });
    expect(fa?.suggestion).toBe('سلام. از تماس شما سپاسگزارم و بابت این مشکل پوزش می‌خواهم.');
  });
});

describe('informal greeting where formality is expected', () => {
  it.each([
    ['Hey to Japan', 'jp', 'Hey Taro, the order is on its way.', 'Hey'],
    ['Hi mate to Germany', 'de', 'Hi mate, the order is on its way.', 'Hi mate'],
    ['Moi to Korea', 'kr', 'Moi! Tilaus on matkalla.', 'Moi'],
    ['Hei du to France', 'fr', 'Hei du! Bestillingen er på vei.', 'Hei du'],
    ['سلام رفیق to Saudi Arabia', 'sa', 'سلام رفیق، سفارش در راه است.', 'سلام رفیق'],
  ])('fires for %s', (_name, country, draft, used) => {
    const hint = getDraftHints({ draft, country, now: FRI_1100_TOKYO, uiLang: 'en' }).find((h) => h.kind === 'informal-greeting');
    expect(hint?.message).toContain(`“${used}”`);
    expect(hint?.factId).toBe(`${country}-formality`);
  });

  it.each([
    ['an informal culture', { draft: 'Hey Sam, the order is on its way.', country: 'us' }],
    ['a polite greeting', { draft: 'Hello, the order is on its way.', country: 'jp' }],
    ['a later message in the thread', { draft: 'Hey Taro, the order is on its way.', country: 'jp', firstContact: false }],
    ['"hei" in a Norwegian draft to Norway', { draft: 'Hei du! Bestillingen er på vei.', country: 'no' }],
  ])('stays quiet for %s', (_name, input) => {
    expect(kinds(input)).not.toContain('informal-greeting');
  });
});

describe('first name alone where family name and honorific are expected', () => {
  it.each([
    ['Japan', 'jp', 'Hi Taro,\nthe order is on its way.', 'Taro Yamada', 'Taro'],
    ['Korea', 'kr', 'Dear Minjun, the order is on its way.', 'Kim Minjun', 'Minjun'],
    ['China, family name without title', 'cn', 'Hello Wang, the order is on its way.', 'Wang Wei', 'Wang'],
    ['Hungary', 'hu', 'Kedves Anna! A rendelés úton van.', 'Kovács Anna', 'Anna'],
    ['Germany, first contact', 'de', 'Hallo Thomas, die Bestellung ist unterwegs.', 'Thomas Müller', 'Thomas'],
  ])('fires for %s', (_name, country, draft, customerName, used) => {
    const hint = getDraftHints({ draft, country, customerName, now: FRI_1100_TOKYO, uiLang: 'en' }).find((h) => h.kind === 'first-name-only');
    expect(hint?.message).toContain(`“${used}” alone`);
    expect(hint?.suggestion).toBe(`Dear ${customerName},`);
  });

  it.each([
    ['an honorific suffix', { draft: 'Dear Yamada-san, the order is on its way.', country: 'jp', customerName: 'Taro Yamada' }],
    ['様 after the name', { draft: '山田様、ご注文の品は発送済みです。', country: 'jp', customerName: '山田 太郎' }],
    ['the full name', { draft: 'Dear Taro Yamada, the order is on its way.', country: 'jp', customerName: 'Taro Yamada' }],
    ['Herr and the family name', { draft: 'Sehr geehrter Herr Müller, die Bestellung ist unterwegs.', country: 'de', customerName: 'Thomas Müller' }],
    ['Germany after the first contact', { draft: 'Hallo Thomas, die Bestellung ist unterwegs.', country: 'de', customerName: 'Thomas Müller', firstContact: false }],
    ['a first-name culture', { draft: 'Hei Kari, bestillingen er på vei.', country: 'no', customerName: 'Kari Nordmann' }],
    ['a name without spaces', { draft: 'Hi 太郎, the order is on its way.', country: 'jp', customerName: '山田太郎' }],
    ['no name known', { draft: 'Hi Taro, the order is on its way.', country: 'jp' }],
  ])('stays quiet with %s', (_name, input) => {
    expect(kinds(input)).not.toContain('first-name-only');
  });
});

describe('replying at night, on the weekend or on a holiday there', () => {
  const base = { draft: 'Hello, the order is on its way.', country: 'jp', timeZone: 'Asia/Tokyo', weekend: SAT_SUN, holidays: JP_HOLIDAYS };
  it.each([
    ['23:30 on a weekday', { now: FRI_2330_TOKYO }, 'reply-at-night'],
    ['Saturday noon', { now: SAT_1200_TOKYO }, 'reply-on-weekend'],
    ['a public holiday', { now: MON_1000_TOKYO }, 'reply-on-holiday'],
    ['Friday in Iran, whose weekend is Friday', { country: 'ir', timeZone: 'Asia/Tehran', weekend: [5], holidays: [], now: new Date('2026-11-20T07:00:00Z') }, 'reply-on-weekend'],
    ['22:30 in India (a half-hour zone)', { country: 'in', timeZone: 'Asia/Kolkata', holidays: [], now: new Date('2026-11-20T17:00:00Z') }, 'reply-at-night'],
  ] as const)('says so at %s', (_name, over, kind) => {
    expect(kinds({ ...base, ...over })).toContain(kind);
  });

  it.each([
    ['business hours', { now: FRI_1100_TOKYO }],
    ['21:30 in India', { country: 'in', timeZone: 'Asia/Kolkata', holidays: [], now: new Date('2026-11-20T16:00:00Z') }],
    ['night, when the caller says it is business time', { now: FRI_2330_TOKYO, isBusinessTime: true }],
    ['no known time zone', { now: FRI_2330_TOKYO, timeZone: undefined }],
  ])('stays quiet in %s', (_name, over) => {
    expect(kinds({ ...base, ...over }).filter((k) => k.startsWith('reply-'))).toEqual([]);
  });

  it('suggests the next business time, on the customer\'s clock', () => {
    const hint = getDraftHints({ ...base, now: SAT_1200_TOKYO, nextBusinessTime: new Date('2026-11-24T00:00:00Z'), uiLang: 'en' }).find((h) => h.kind === 'reply-on-weekend');
    expect(hint?.message).toBe('It is Saturday, the weekend, for the customer; the reply may wait until their next working day.');
    expect(hint?.suggestion).toBe('Their next business time: Tuesday, November 24 at 09:00 AM. Say when they can expect the next step, or schedule the reply.');
  });

  it('takes instants as epoch milliseconds too, as lib/locale/business returns them', () => {
    const hint = getDraftHints({ ...base, now: SAT_1200_TOKYO.getTime(), nextBusinessTime: Date.parse('2026-11-24T00:00:00Z'), uiLang: 'en' }).find((h) => h.kind === 'reply-on-weekend');
    expect(hint?.suggestion).toContain('Tuesday, November 24');
  });

  it('names the holiday', () => {
    const hint = getDraftHints({ ...base, now: MON_1000_TOKYO, uiLang: 'fi' }).find((h) => h.kind === 'reply-on-holiday');
    expect(hint?.message).toBe('Asiakkaalla on tänään yleinen vapaapäivä (Labour Thanksgiving Day); moni lukee työviestit vasta seuraavana arkipäivänä.');
  });
});

describe('a promised day that is their weekend or a holiday', () => {
  const base = { country: 'jp', timeZone: 'Asia/Tokyo', weekend: SAT_SUN, holidays: JP_HOLIDAYS, now: FRI_1100_TOKYO };
  it.each([
    ['"by tomorrow" on a Friday', 'Hello, we will fix it by tomorrow.', 'promise-on-weekend', 'by tomorrow', 'Saturday, November 21', 'Tuesday, November 24'],
    ['"on Monday" before a holiday Monday', 'Hello, it ships on Monday.', 'promise-on-holiday', 'on Monday', 'Monday, November 23', 'Tuesday, November 24'],
    ['"i morgen" in Bokmål', 'Hei, vi fikser det i morgen.', 'promise-on-weekend', 'i morgen', 'Saturday, November 21', 'Tuesday, November 24'],
    ['"huomenna" in Finnish', 'Hei, korjaamme sen huomenna.', 'promise-on-weekend', 'huomenna', 'Saturday, November 21', 'Tuesday, November 24'],
    ['"فردا" in Persian', 'سلام، فردا درستش می‌کنیم.', 'promise-on-weekend', 'فردا', 'Saturday, November 21', 'Tuesday, November 24'],
    ['"the day after tomorrow"', 'Hello, it will be ready the day after tomorrow.', 'promise-on-weekend', 'the day after tomorrow', 'Sunday, November 22', 'Tuesday, November 24'],
  ] as const)('flags %s', (_name, draft, kind, phrase, date, next) => {
    const hint = getDraftHints({ ...base, draft, uiLang: 'en' }).find((h) => h.kind === kind);
    expect(hint?.id).toBe(`${kind}:${phrase.toLowerCase()}`);
    expect(hint?.message).toContain(`“${phrase}” falls on ${date} for the customer`);
    expect(hint?.suggestion).toBe(`Their next working day is ${next}.`);
  });

  it('reads "tomorrow" as the customer\'s tomorrow, not the agent\'s', () => {
    // 16:00 UTC on Friday is already 01:00 on Saturday in Tokyo: their tomorrow is Sunday.
    const hint = getDraftHints({ ...base, now: new Date('2026-11-20T16:00:00Z'), draft: 'Hello, done by tomorrow.', uiLang: 'en' }).find((h) => h.kind === 'promise-on-weekend');
    expect(hint?.message).toContain('Sunday, November 22');
  });

  it.each([
    ['a working day', 'Hello, we will fix it on Thursday.'],
    ['no promise', 'Hello, we are looking into it.'],
  ])('stays quiet for %s', (_name, draft) => {
    expect(kinds({ ...base, draft }).filter((k) => k.startsWith('promise-'))).toEqual([]);
  });

  it('uses the customer\'s weekend: Friday in Iran', () => {
    const hint = getDraftHints({ draft: 'سلام، فردا درستش می‌کنیم.', country: 'ir', timeZone: 'Asia/Tehran', weekend: [5], holidays: [], now: new Date('2026-11-19T08:00:00Z'), uiLang: 'fa' });
    expect(hint.map((h) => h.kind)).toEqual(['promise-on-weekend']);
  });
});

describe('findPromisedDays', () => {
  it.each([
    ['by tomorrow and on Friday', [['by tomorrow', '2026-11-21'], ['on Friday', '2026-11-27']]],
    ['lähetämme huomenna tai perjantaihin mennessä', [['huomenna', '2026-11-21'], ['perjantaihin mennessä', '2026-11-27']]],
    ['i overmorgen eller innen tirsdag', [['i overmorgen', '2026-11-22'], ['innen tirsdag', '2026-11-24']]],
    ['تا یک‌شنبه یا سه شنبه یا شنبه', [['تا یک‌شنبه', '2026-11-22'], ['سه شنبه', '2026-11-24'], ['شنبه', '2026-11-21']]],
    ['پس‌فردا', [['پس‌فردا', '2026-11-22']]],
    ['nothing promised', []],
  ])('%s', (draft, expected) => {
    expect(findPromisedDays(draft, '2026-11-20').map((d) => [d.phrase, d.date])).toEqual(expected);
  });
});

describe('hasGreeting and getDraftLanguage', () => {
  it.each([
    ['Hi Anna,', true],
    ['Good morning!', true],
    ['Hei Kari,', true],
    ['God dag.', true],
    ['Hyvää päivää!', true],
    ['Moi!', true],
    ['سلام علی جان', true],
    ['با سلام و احترام،', true],
    ['علی عزیز، سفارش در راه است.', true],
    ['Please restart the app.', false],
    ['Heidän tilauksensa on matkalla.', false],
    ['Hiring is closed.', false],
    ['لطفاً برنامه را ببندید.', false],
  ])('%s → %s', (draft, expected) => {
    expect(hasGreeting(draft)).toBe(expected);
  });

  it.each([
    ['Sehr geehrter Herr Müller,', 'de', true],
    ['Bonjour Madame,', 'fr', true],
    ['いつもお世話になっております。', 'jp', true],
    ['Olá Ana!', 'br', true],
    ['Hiring is closed.', 'us', false],
    ['Olavi will call you.', 'br', false],
  ] as const)("%s in %s: the customer's own greetings count, whole words only", (draft, country, expected) => {
    expect(hasGreeting(draft, country)).toBe(expected);
  });

  it.each([
    ['Thank you for your message, we will look into it.', 'en'],
    ['Takk for meldingen, vi ser på det i morgen.', 'nb'],
    ['Kiitos viestistä, selvitämme asian.', 'fi'],
    ['سلام، سفارش شما ارسال شد.', 'fa'],
  ] as const)('%s is %s', (draft, lang) => {
    expect(getDraftLanguage(draft)).toBe(lang);
  });
});

describe('messages in every interface language', () => {
  const inputs: [HintKind, Omit<DraftHintInput, 'uiLang'>][] = [
    ['greeting-missing', { draft: 'Please restart the app.', country: 'jp', now: FRI_1100_TOKYO }],
    ['informal-greeting', { draft: 'Hey, it ships soon.', country: 'jp', now: FRI_1100_TOKYO }],
    ['first-name-only', { draft: 'Hi Taro, it ships soon.', country: 'jp', customerName: 'Taro Yamada', now: FRI_1100_TOKYO }],
    ['reply-at-night', { draft: 'Hello.', country: 'jp', timeZone: 'Asia/Tokyo', now: FRI_2330_TOKYO }],
    ['reply-on-weekend', { draft: 'Hello.', country: 'jp', timeZone: 'Asia/Tokyo', weekend: SAT_SUN, now: SAT_1200_TOKYO, nextBusinessTime: MON_1000_TOKYO }],
    ['reply-on-holiday', { draft: 'Hello.', country: 'jp', timeZone: 'Asia/Tokyo', holidays: JP_HOLIDAYS, now: MON_1000_TOKYO }],
    ['promise-on-weekend', { draft: 'Hello, by tomorrow.', country: 'jp', timeZone: 'Asia/Tokyo', weekend: SAT_SUN, now: FRI_1100_TOKYO }],
    ['promise-on-holiday', { draft: 'Hello, on Monday.', country: 'jp', timeZone: 'Asia/Tokyo', weekend: SAT_SUN, holidays: JP_HOLIDAYS, now: FRI_1100_TOKYO }],
  ];
  it.each(inputs)('%s is translated, with every placeholder filled', (kind, input) => {
    const messages = UI_LANGUAGES.map((uiLang) => getDraftHints({ ...input, uiLang }).find((h) => h.kind === kind));
    for (const hint of messages) {
      expect(hint?.message.trim()).toBeTruthy();
      expect(hint?.message).not.toMatch(/\{\w+\}/);
      expect(hint?.suggestion ?? '').not.toMatch(/\{\w+\}/);
    }
    const [en, ...others] = messages.map((h) => h?.message);
    for (const other of others) expect(other).not.toBe(en);
    expect(messages[3]?.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('isolates Latin words inside Persian messages', () => {
    const hint = getDraftHints({ draft: 'Hi Taro, it ships soon.', country: 'jp', customerName: 'Taro Yamada', now: FRI_1100_TOKYO, uiLang: 'fa' }).find((h) => h.kind === 'first-name-only');
    expect(hint?.message).toContain('«\u2068Taro\u2069»');
    const en = getDraftHints({ draft: 'Hi Taro, it ships soon.', country: 'jp', customerName: 'Taro Yamada', now: FRI_1100_TOKYO, uiLang: 'en' });
    expect(en.map((h) => h.message).join(' ')).not.toMatch(/[\u2068\u2069]/);
  });

  it('gives nothing for an empty draft', () => {
    expect(getDraftHints({ draft: '  ', country: 'jp', timeZone: 'Asia/Tokyo', now: FRI_2330_TOKYO, uiLang: 'en' })).toEqual([]);
  });
});
