import { describe, expect, it } from 'vitest';
import { getEmailDomain, readEmailDomain } from '@/lib/locale/domains';
import { inferCustomerLocation, inferCustomerLocationDetailed, readDateHeader, type CustomerSignals, type InferOptions } from '@/lib/locale/infer';
import { getZoneOfNumber } from '@/lib/locale/phone-zones';
import { findPlaces } from '@/lib/locale/places';
import { getCanonicalZone, getCountryOfZone, getZoneCountries, parseTimeZone } from '@/lib/locale/zones';

const best = (signals: CustomerSignals, options = {}) => inferCustomerLocation(signals, options)[0];

describe('phone numbers → country (libphonenumber-js) and zone (prefix table)', () => {
  it.each([
    ['+47 22 12 34 56', 'NO', 'Europe/Oslo'],
    ['+358 40 123 4567', 'FI', 'Europe/Helsinki'],
    ['+98 21 2345 6789', 'IR', 'Asia/Tehran'],
    ['+81 3-1234-5678', 'JP', 'Asia/Tokyo'],
    ['+44 20 7946 0958', 'GB', 'Europe/London'],
    ['+49 30 123456', 'DE', 'Europe/Berlin'],
    ['+33 1 23 45 67 89', 'FR', 'Europe/Paris'],
    ['+91 98765 43210', 'IN', 'Asia/Kolkata'],
    ['+977 1-4123456', 'NP', 'Asia/Kathmandu'],
    ['+966 11 234 5678', 'SA', 'Asia/Riyadh'],
    ['+971 4 123 4567', 'AE', 'Asia/Dubai'],
    ['+82 2-123-4567', 'KR', 'Asia/Seoul'],
    ['+86 10 1234 5678', 'CN', 'Asia/Shanghai'],
    ['+234 1 234 5678', 'NG', 'Africa/Lagos'],
    ['+27 21 123 4567', 'ZA', 'Africa/Johannesburg'],
    ['+63 2 1234 5678', 'PH', 'Asia/Manila'],
    ['+84 24 1234 5678', 'VN', 'Asia/Ho_Chi_Minh'],
    ['+66 2 123 4567', 'TH', 'Asia/Bangkok'],
    ['+20 2 12345678', 'EG', 'Africa/Cairo'],
    ['+90 212 123 45 67', 'TR', 'Europe/Istanbul'],
    ['+48 22 123 45 67', 'PL', 'Europe/Warsaw'],
    ['+1 212 555 0100', 'US', 'America/New_York'],
    ['+1 (415) 555-2671', 'US', 'America/Los_Angeles'],
    ['+1 312 555 0100', 'US', 'America/Chicago'],
    ['+1 303 555 0100', 'US', 'America/Denver'],
    ['+1 602 555 0100', 'US', 'America/Phoenix'],
    ['+1 808 555 0100', 'US', 'Pacific/Honolulu'],
    ['+1 416 555 0199', 'CA', 'America/Toronto'],
    ['+1 604 555 0100', 'CA', 'America/Vancouver'],
    ['+1 709 555 0100', 'CA', 'America/St_Johns'],
    ['+55 11 3123 4567', 'BR', 'America/Sao_Paulo'],
    ['+55 92 3123 4567', 'BR', 'America/Manaus'],
    ['+61 2 9876 5432', 'AU', 'Australia/Sydney'],
    ['+61 8 9123 4567', 'AU', 'Australia/Perth'],
    ['+61 8 8123 4567', 'AU', 'Australia/Adelaide'],
    ['+61 8 8912 3456', 'AU', 'Australia/Darwin'],
    ['+7 495 123 45 67', 'RU', 'Europe/Moscow'],
    ['+7 383 123 45 67', 'RU', 'Asia/Novosibirsk'],
    ['+7 423 123 45 67', 'RU', 'Asia/Vladivostok'],
    ['+52 55 1234 5678', 'MX', 'America/Mexico_City'],
    ['+52 998 123 4567', 'MX', 'America/Cancun'],
    ['+62 21 1234567', 'ID', 'Asia/Jakarta'],
    ['+62 361 123456', 'ID', 'Asia/Makassar'],
    ['+64 3 305 1234', 'NZ', 'Pacific/Chatham'],
    ['+34 928 123 456', 'ES', 'Atlantic/Canary'],
  ])('%s → %s, %s', (phone, country, zone) => {
    expect(best({ phone })).toMatchObject({ country, timeZone: zone });
    expect(best({ phone })!.evidence[0]).toMatchObject({ kind: 'phone' });
  });

  it('a mobile number in a multi-zone country gives several candidates, not a silent guess', () => {
    const candidates = inferCustomerLocation({ phone: '+61 412 345 678' });
    expect(new Set(candidates.map((c) => c.country))).toEqual(new Set(['AU']));
    expect(candidates.map((c) => c.timeZone)).toEqual(expect.arrayContaining(['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth']));
    expect(candidates[0]!.confidence).toBeLessThan(0.5);
  });

  it('a number without a country code is left out, with the reason', () => {
    const result = inferCustomerLocationDetailed({ phone: '22 12 34 56' });
    expect(result.candidates).toEqual([]);
    expect(result.ignored).toEqual([{ signal: 'phone', reason: 'noCountryCode', value: '22 12 34 56' }]);
  });

  it('a number in the signature counts when no phone field exists', () => {
    expect(best({ signature: 'Best regards\nAnna\nTel. +358 9 123 4567' })).toMatchObject({ country: 'FI' });
  });

  it('prefix table: the longest prefix wins and no prefix is listed twice for a country', () => {
    expect(getZoneOfNumber('AU', '889123456')?.zone).toBe('Australia/Darwin');
    expect(getZoneOfNumber('RU', '84421234567')?.zone).toBe('Europe/Volgograd');
    expect(getZoneOfNumber('AU', '412345678')).toBeUndefined();
  });
});

describe('email domains', () => {
  it.each([
    ['anna@web.de', 'national-webmail', 'DE'],
    ['kim@naver.com', 'national-webmail', 'KR'],
    ['taro@yahoo.co.jp', 'national-webmail', 'JP'],
    ['li@qq.com', 'national-webmail', 'CN'],
    ['ivan@mail.ru', 'national-webmail', 'RU'],
    ['ola@firma.no', 'cctld', 'NO'],
    ['matti@yritys.fi', 'cctld', 'FI'],
    ['sara@shop.co.uk', 'cctld', 'GB'],
    ['ali@example.ir', 'cctld', 'IR'],
  ])('%s says %s %s', (email, kind, country) => {
    expect(readEmailDomain(getEmailDomain(email)!)).toMatchObject({ kind, country });
  });

  it.each(['a@startup.io', 'b@brand.co', 'c@name.me', 'd@show.tv', 'e@lab.ai', 'f@radio.fm', 'g@bit.ly', 'h@site.to', 'i@x.ws', 'j@y.cc', 'k@z.gg', 'l@gmail.com', 'm@outlook.com', 'n@acme.com', 'o@acme.app', 'p@acme.dev', 'q@eu.eu'])(
    '%s says nothing about the country',
    (email) => {
      expect(readEmailDomain(getEmailDomain(email)!).kind).toBe('none');
      expect(inferCustomerLocation({ email })).toEqual([]);
    },
  );

  it('reads an address in angle brackets', () => {
    expect(getEmailDomain('Anna Berg <anna@Firma.NO>')).toBe('firma.no');
    expect(getEmailDomain('not an address')).toBeUndefined();
  });
});

describe('helpdesk time zone and locale', () => {
  it.each([
    ['Europe/Oslo', 'NO', 'Europe/Oslo'],
    ['Asia/Calcutta', 'IN', 'Asia/Kolkata'],
    ['Europe/Kiev', 'UA', 'Europe/Kyiv'],
    ['Asia/Saigon', 'VN', 'Asia/Ho_Chi_Minh'],
    ['US/Eastern', 'US', 'America/New_York'],
    ['(GMT-05:00) Eastern Time (US & Canada)', 'US', 'America/New_York'],
    ['(GMT+01:00) Oslo', 'NO', 'Europe/Oslo'],
    ['(GMT+05:30) New Delhi', 'IN', 'Asia/Kolkata'],
    ['(GMT+03:30) Tehran', 'IR', 'Asia/Tehran'],
    ['Newfoundland', 'CA', 'America/St_Johns'],
    ['(GMT+12:45) Chatham Is.', 'NZ', 'Pacific/Chatham'],
  ])('%s → %s %s', (timeZone, country, zone) => {
    expect(best({ timeZone })).toMatchObject({ country, timeZone: zone });
  });

  it('the account default zone and locale are ignored; other evidence decides', () => {
    const options = { accountDefaults: { timeZone: 'America/Los_Angeles', locale: 'en-US' } };
    const result = inferCustomerLocationDetailed({ timeZone: 'America/Los_Angeles', locale: 'en-US', phone: '+47 22 12 34 56' }, options);
    expect(result.candidates.map((c) => c.country)).toEqual(['NO']);
    expect(result.ignored.map((i) => `${i.signal}:${i.reason}`)).toEqual(['timeZone:accountDefault', 'locale:accountDefault']);
  });

  it("a shown zone that is also the agent's own counts for less: it may be the account's default", () => {
    const shared = inferCustomerLocationDetailed({ timeZone: 'Europe/Oslo' }, { agentZone: 'Europe/Oslo' });
    const own = inferCustomerLocationDetailed({ timeZone: 'Europe/Oslo' }, { agentZone: 'Asia/Tehran' });
    expect(shared.candidates[0]).toMatchObject({ country: 'NO', timeZone: 'Europe/Oslo', evidence: [{ kind: 'helpdeskZoneShared', value: 'Europe/Oslo' }] });
    expect(own.candidates[0]!.evidence[0]!.kind).toBe('helpdeskZone');
    expect(shared.candidates[0]!.confidence).toBeLessThan(own.candidates[0]!.confidence);
    // A Finnish phone number outweighs it; without the agent's zone, the shown zone would have won.
    const signals = { timeZone: 'Europe/Oslo', phone: '+358 9 123 4567' };
    expect(inferCustomerLocationDetailed(signals, { agentZone: 'Europe/Oslo' }).candidates[0]!.country).toBe('FI');
    expect(inferCustomerLocationDetailed(signals).candidates[0]!.country).toBe('NO');
    // A legacy name of the same zone is the same zone; known account defaults still leave it out altogether.
    expect(inferCustomerLocationDetailed({ timeZone: 'Asia/Calcutta' }, { agentZone: 'Asia/Kolkata' }).candidates[0]!.evidence[0]!.kind).toBe('helpdeskZoneShared');
    expect(inferCustomerLocationDetailed({ timeZone: 'Europe/Oslo' }, { agentZone: 'Europe/Oslo', accountDefaults: { timeZone: 'Europe/Oslo' } }).candidates).toEqual([]);
  });

  it('a default given as the helpdesk label matches the IANA id', () => {
    const result = inferCustomerLocationDetailed({ timeZone: 'America/New_York' }, { accountDefaults: { timeZone: '(GMT-05:00) Eastern Time (US & Canada)' } });
    expect(result.candidates).toEqual([]);
  });

  it('UTC and unknown zones say nothing', () => {
    expect(inferCustomerLocationDetailed({ timeZone: 'UTC' }).ignored[0]).toMatchObject({ reason: 'utc' });
    expect(inferCustomerLocationDetailed({ timeZone: 'Mars/Olympus' }).ignored[0]).toMatchObject({ reason: 'unknownZone' });
  });

  it('a locale with a region names the country', () => {
    expect(best({ locale: 'pt-BR' })).toMatchObject({ country: 'BR' });
    expect(best({ locale: 'nb_NO' })).toMatchObject({ country: 'NO' });
  });

  it('the helpdesk zone outweighs a conflicting phone number, and both stay as candidates', () => {
    const candidates = inferCustomerLocation({ timeZone: 'Europe/Helsinki', phone: '+46 8 123 456 78' });
    expect(candidates[0]).toMatchObject({ country: 'FI' });
    expect(candidates.map((c) => c.country)).toContain('SE');
  });

  it('zone names: legacy renamed, Oslo stays Norwegian, every zone country has a zone', () => {
    expect(getCanonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(getCanonicalZone('Europe/Oslo')).toBe('Europe/Oslo');
    expect(getCountryOfZone('Europe/Oslo')).toBe('NO');
    expect(parseTimeZone('')).toBeUndefined();
    expect(getZoneCountries().length).toBeGreaterThan(240);
  });
});

describe('Date header offsets', () => {
  it.each([
    ['Tue, 3 Nov 2026 10:12:00 +0530', ['IN', 'LK']],
    ['Tue, 3 Nov 2026 10:12:00 +0545', ['NP']],
    ['Tue, 3 Nov 2026 10:12:00 +0330', ['IR']],
    ['Tue, 3 Nov 2026 10:12:00 -0330', ['CA']],
    ['Tue, 3 Nov 2026 10:12:00 +1345', ['NZ']],
    ['Tue, 3 Nov 2026 10:12:00 +0630', ['MM', 'CC']],
  ])('%s → %j', (dateHeader, countries) => {
    expect(new Set(inferCustomerLocation({ dateHeader }).map((c) => c.country))).toEqual(new Set(countries));
  });

  it('+0000 and -0000 give no offset; a common offset alone creates no candidates', () => {
    expect(readDateHeader('Tue, 3 Nov 2026 10:12:00 +0000')).toBeUndefined();
    expect(readDateHeader('Tue, 3 Nov 2026 10:12:00 -0000')).toBeUndefined();
    const common = inferCustomerLocationDetailed({ dateHeader: 'Tue, 3 Nov 2026 10:12:00 +0100' });
    expect(common.candidates).toEqual([]);
    expect(common.ignored[0]).toMatchObject({ reason: 'commonOffset', value: '+01:00' });
  });

  it('picks the zone of a multi-zone country, by the offset at that date (DST included)', () => {
    // A US mobile-style number in a non-geographic range, then the header tells the zone: −0700 in July is Pacific
    // daylight time, in January it is Mountain standard time.
    const summer = inferCustomerLocation({ email: 'a@gmail.com', phone: '+1 800 555 0100', dateHeader: 'Wed, 15 Jul 2026 09:00:00 -0700' });
    const winter = inferCustomerLocation({ email: 'a@gmail.com', phone: '+1 800 555 0100', dateHeader: 'Thu, 15 Jan 2026 09:00:00 -0700' });
    expect(summer[0]!.timeZone).toBe('America/Los_Angeles');
    expect(['America/Denver', 'America/Phoenix']).toContain(winter[0]!.timeZone);
  });

  it('reads a header with a zone comment', () => {
    expect(readDateHeader('Mon, 2 Nov 2026 08:00:00 +0900 (JST)')).toEqual({ offsetMinutes: 540, at: Date.parse('2026-11-01T23:00:00Z') });
  });
});

describe('signatures', () => {
  it.each([
    ['Kari Nordmann\nFirma AS\nKarl Johans gate 1, 0154 Oslo', 'NO', 'Europe/Oslo'],
    ['Jane Doe\nAcme Inc.\n500 Congress Ave, Austin, TX 78701', 'US', 'America/Chicago'],
    ['Regards,\nBob\nSeattle, WA 98101', 'US', 'America/Los_Angeles'],
    ['Marie\nMontréal, QC H2X 1Y4', 'CA', 'America/Toronto'],
    ['Taro\n東京都渋谷区', 'JP', 'Asia/Tokyo'],
    ['Ali Rezaei\nTehran, Iran', 'IR', 'Asia/Tehran'],
    ['Ana\nManaus, Amazonas, Brasil', 'BR', 'America/Manaus'],
    ['Sam\nPerth WA 6000, Australia', 'AU', 'Australia/Perth'],
  ])('%j → %s %s', (signature, country, zone) => {
    expect(best({ signature })).toMatchObject({ country, timeZone: zone });
  });

  it('a city that is also a given name is not read from a name line', () => {
    expect(findPlaces('Thanks!\nAustin Lee\nSupport lead', ['US'])).toEqual([]);
    expect(findPlaces('Thanks!\nSydney Smith', ['AU'])).toEqual([]);
  });
});

describe('message language', () => {
  it.each([
    ['nb', 'NO'],
    ['fi', 'FI'],
    ['fa', 'IR'],
    ['ja', 'JP'],
    ['pt-BR', 'BR'],
    ['pt-PT', 'PT'],
  ])('%s → %s first', (language, country) => {
    expect(best({ language })).toMatchObject({ country });
  });

  it('English, Spanish and Arabic alone point nowhere', () => {
    expect(inferCustomerLocation({ language: 'en' })).toEqual([]);
    expect(inferCustomerLocation({ language: 'es' })).toEqual([]);
    expect(inferCustomerLocation({ language: 'ar' })).toEqual([]);
  });

  it('language is weaker than a phone number', () => {
    expect(best({ language: 'fi', phone: '+46 8 123 456 78' })).toMatchObject({ country: 'SE' });
  });
});

describe('language detected from the message text', () => {
  const detected = (detectedLanguage: string, signals: CustomerSignals = {}, options: InferOptions = {}) => inferCustomerLocation(signals, { ...options, detectedLanguage });

  it.each([
    ['no', 'NO'],
    ['da', 'DK'],
    ['sv', 'SE'],
    ['fi', 'FI'],
    ['fa', 'IR'],
    ['ja', 'JP'],
    ['de', 'DE'],
  ])('%s → %s first, with a reason that says it was detected', (language, country) => {
    const [first] = detected(language);
    expect(first).toMatchObject({ country, evidence: [{ kind: 'languageDetected', value: language }] });
    expect(first!.reasons[0]).toMatch(/detected/);
  });

  it('is weaker than the same language stated by the page', () => {
    expect(detected('fi')[0]!.confidence).toBeLessThan(best({ language: 'fi' })!.confidence);
  });

  it('a language the page states wins: the detected one is left out', () => {
    const [first] = detected('sv', { language: 'nb' });
    expect(first).toMatchObject({ country: 'NO', evidence: [{ kind: 'language', value: 'nb' }] });
    expect(detected('sv', { language: 'nb' }).some((c) => c.evidence.some((e) => e.kind === 'languageDetected'))).toBe(false);
  });

  it('so does a locale the helpdesk shows, unless it is the account default', () => {
    expect(detected('sv', { locale: 'fi-FI' }).flatMap((c) => c.evidence.map((e) => e.kind))).not.toContain('languageDetected');
    const withDefault = detected('sv', { locale: 'en-US' }, { accountDefaults: { locale: 'en-US' } });
    expect(withDefault[0]).toMatchObject({ country: 'SE', evidence: [{ kind: 'languageDetected' }] });
  });

  it.each<[string, CustomerSignals, string]>([
    ['a phone number', { phone: '+47 22 12 34 56' }, 'NO'],
    ['a country-code email domain', { email: 'kari@firma.no' }, 'NO'],
    ['a national webmail domain', { email: 'taro@yahoo.co.jp' }, 'JP'],
    ['a time zone the helpdesk shows', { timeZone: 'Europe/Oslo' }, 'NO'],
    ['a place in the signature', { signature: 'Kari Nordmann\nKarl Johans gate 1, 0154 Oslo' }, 'NO'],
  ])('never outweighs %s', (_label, signals, country) => {
    for (const language of ['sv', 'da', 'fi', 'de', 'ja', 'fa']) expect(best(signals, { detectedLanguage: language })).toMatchObject({ country });
  });

  it('a language spoken in too many countries (English, Spanish, Arabic) adds nothing', () => {
    expect(detected('en')).toEqual([]);
    expect(detected('es')).toEqual([]);
    expect(detected('ar')).toEqual([]);
  });
});

describe('combined evidence', () => {
  it('agreeing signals raise the confidence and each one is a reason', () => {
    const one = best({ email: 'kari@firma.no' })!;
    const three = best({ email: 'kari@firma.no', phone: '+47 22 12 34 56', signature: 'Firma AS, Oslo' })!;
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(three.evidence.map((e) => e.kind)).toEqual(['phone', 'signatureCity', 'countryDomain']);
    expect(three.reasons).toHaveLength(3);
  });

  it('a domain remembered from colleagues counts as strong evidence', () => {
    const candidates = inferCustomerLocation({ email: 'b@acme.com' }, { domainMemory: { country: 'FI', timeZone: 'Europe/Helsinki' } });
    expect(candidates[0]).toMatchObject({ country: 'FI', timeZone: 'Europe/Helsinki', evidence: [{ kind: 'domainMemory' }] });
  });

  it('nothing at all gives no candidates', () => {
    expect(inferCustomerLocationDetailed({})).toEqual({ candidates: [], ignored: [] });
  });

  it('confidences stay within 0..1, sorted, and per country sum to at most 1', () => {
    const candidates = inferCustomerLocation({ phone: '+1 800 555 0100', language: 'en', email: 'x@acme.ca' });
    for (const c of candidates) expect(c.confidence).toBeGreaterThan(0);
    expect(candidates.map((c) => c.confidence)).toEqual([...candidates.map((c) => c.confidence)].sort((a, b) => b - a));
    const perCountry = new Map<string, number>();
    for (const c of candidates) perCountry.set(c.country, (perCountry.get(c.country) ?? 0) + c.confidence);
    for (const sum of perCountry.values()) expect(sum).toBeLessThanOrEqual(1.0001);
  });
});
