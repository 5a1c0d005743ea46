import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmCustomerLocation, forgetCustomerLocation, getCustomerInsight, getDomainKey, getIdentityText, type CustomerDeps } from '@/entrypoints/background/customer';
import { getInstallSalt, getSaltedHash } from '@/lib/db/salt';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';

let db: ReplywellDatabase;
let deps: CustomerDeps;
let name = 0;
// Friday 20 November 2026, 17:30 in Oslo.
const NOW = Date.parse('2026-11-20T16:30:00Z');

beforeEach(() => {
  db = createDatabase(`customer-test-${name++}`);
  deps = { db, readHours: async () => ({}), now: () => NOW };
});
afterEach(async () => {
  await db.delete();
});

const ask = (signals: Record<string, string>, identity: Record<string, string> = { email: signals.email ?? '' }) =>
  getCustomerInsight({ signals, identity, lang: 'en' }, deps);

describe('getCustomerInsight', () => {
  it('turns the signals into a location, local moments, holidays, next business time and etiquette', async () => {
    const insight = await ask({ email: 'kari@firma.no', phone: '+47 22 12 34 56' });
    expect(insight.location).toEqual({ country: 'NO', timeZone: 'Europe/Oslo', source: 'guess' });
    expect(insight.timeline[0]).toMatchObject({ from: NOW, moment: 'evening' });
    // Friday evening → Monday 23 November 09:00 in Oslo.
    expect(new Date(insight.nextBusinessTime!).toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(insight.holidaysKnown).toBe(true);
    expect(insight.hours).toEqual({ start: '09:00', end: '17:00' });
    expect(insight.present).toEqual(['email', 'phone']);
    expect(insight.etiquette?.country).toBe('NO');
  });

  it('with nothing to go on it says so, with no location', async () => {
    const insight = await ask({ email: 'someone@gmail.com' });
    expect(insight.location).toBeUndefined();
    expect(insight.candidates).toEqual([]);
    expect(insight.timeline).toEqual([]);
  });

  it('uses the agent hours for the country', async () => {
    deps.readHours = async () => ({ NO: { start: '08:00', end: '18:00' } });
    const insight = await ask({ phone: '+47 22 12 34 56' }, { phone: '+47 22 12 34 56' });
    expect(insight.timeline[0]!.moment).toBe('business');
    expect(insight.nextBusinessTime).toBeUndefined();
  });

  it("passes on what a country's holiday list leaves out", async () => {
    expect((await ask({ phone: '+977 1 4412345' }, { phone: '+977 1 4412345' })).holidayGap).toBe('announced');
    expect((await ask({ phone: '+964 770 123 4567' }, { phone: '+964 770 123 4567' })).holidayGap).toBe('announced');
    expect((await ask({ phone: '+47 22 12 34 56' }, { phone: '+47 22 12 34 56' })).holidayGap).toBeUndefined();
  });

  it("weighs a shown zone equal to the agent's own as possibly the account's default", async () => {
    deps.agentZone = () => 'Europe/Oslo';
    const insight = await ask({ timeZone: 'Europe/Oslo', phone: '+46 8 123 456 78' }, { phone: '+46 8 123 456 78' });
    expect(insight.location).toMatchObject({ country: 'SE', timeZone: 'Europe/Stockholm' });
    expect(insight.candidates.find((candidate) => candidate.country === 'NO')?.evidence.map((item) => item.kind)).toEqual(['helpdeskZoneShared']);
  });
});

describe('the language of the customer\'s latest message', () => {
  const NORWEGIAN = 'Hei! Jeg bestilte en jakke for to uker siden, men den har fortsatt ikke kommet. Kan dere sjekke hva som har skjedd?';
  const withText = (signals: Record<string, string>, messageText: string) => getCustomerInsight({ signals, identity: { email: signals.email ?? '' }, messageText, lang: 'en' }, deps);

  it('is detected from the text when the page states none, and the reason says so', async () => {
    const insight = await withText({ email: 'kari@gmail.com' }, NORWEGIAN);
    expect(insight.location).toMatchObject({ country: 'NO', timeZone: 'Europe/Oslo', source: 'guess' });
    expect(insight.candidates[0]!.evidence).toEqual([{ kind: 'languageDetected', value: 'no' }]);
    expect(insight.candidates[0]!.reasons[0]).toMatch(/Norwegian.*detected/);
  });

  it.each([
    ['Finnish', 'Kiitos nopeasta vastauksesta. Haluaisin vaihtaa kengät isompaan kokoon, miten se onnistuu?', 'FI'],
    ['Persian', 'ممنون از پاسخ سریع شما. می‌خواهم اندازه کفش را عوض کنم، چطور باید این کار را انجام دهم؟', 'IR'],
    ['Japanese', '商品の色が違っていました。返品方法を教えてください。', 'JP'],
  ])('%s text places the customer in its country', async (_name, text, country) => {
    expect((await withText({}, text)).location?.country).toBe(country);
  });

  it('a language the page states wins over the text', async () => {
    const insight = await withText({ language: 'sv' }, NORWEGIAN);
    expect(insight.location?.country).toBe('SE');
    expect(insight.candidates.flatMap((c) => c.evidence.map((e) => e.kind))).not.toContain('languageDetected');
  });

  it('never outweighs the phone number', async () => {
    const insight = await withText({ phone: '+46 8 123 456 78' }, NORWEGIAN);
    expect(insight.location?.country).toBe('SE');
    expect(insight.candidates.find((c) => c.country === 'NO')?.evidence).toEqual([{ kind: 'languageDetected', value: 'no' }]);
  });

  it('too short a message gives no location', async () => {
    expect((await withText({}, 'Takk!')).location).toBeUndefined();
  });

  it('the text is never stored, even when the agent confirms the guess', async () => {
    const insight = await withText({ email: 'kari@gmail.com' }, NORWEGIAN);
    await confirmCustomerLocation({ identity: { email: 'kari@gmail.com' }, country: insight.location!.country, timeZone: insight.location!.timeZone }, deps);
    const stored = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(stored).not.toMatch(/jakke|bestilte|kari/i);
  });
});

describe('remembered choices', () => {
  it('a confirmed choice wins over every guess and survives new signals', async () => {
    await confirmCustomerLocation({ identity: { email: 'Kari@Firma.no' }, country: 'SE', timeZone: 'Europe/Stockholm' }, deps);
    const insight = await ask({ email: 'kari@firma.no', phone: '+47 22 12 34 56', timeZone: 'Europe/Oslo' });
    expect(insight.location).toEqual({ country: 'SE', timeZone: 'Europe/Stockholm', source: 'confirmed' });
    expect(insight.remembered).toEqual({ country: 'SE', timeZone: 'Europe/Stockholm', at: NOW });
    // The guess is still offered as an alternative.
    expect(insight.candidates[0]!.country).toBe('NO');
  });

  it('colleagues at the same company domain start from it; webmail domains are never remembered', async () => {
    await confirmCustomerLocation({ identity: { email: 'a@acme.com' }, country: 'FI', timeZone: 'Europe/Helsinki' }, deps);
    const colleague = await ask({ email: 'b@acme.com' });
    expect(colleague.location).toMatchObject({ country: 'FI', source: 'guess' });
    expect(colleague.candidates[0]!.evidence[0]!.kind).toBe('domainMemory');

    await confirmCustomerLocation({ identity: { email: 'c@gmail.com' }, country: 'JP', timeZone: 'Asia/Tokyo' }, deps);
    expect((await ask({ email: 'd@gmail.com' })).location).toBeUndefined();
    expect(getDomainKey('x@web.de')).toBeUndefined();
    expect(getDomainKey('x@acme.com')).toBe('domain:acme.com');
  });

  it('stores salted hashes, never the address, phone or name', async () => {
    await confirmCustomerLocation({ identity: { email: 'kari@firma.no', name: 'Kari Nordmann' }, country: 'NO', timeZone: 'Europe/Oslo' }, deps);
    await confirmCustomerLocation({ identity: { phone: '+47 22 12 34 56' }, country: 'NO', timeZone: 'Europe/Oslo' }, deps);
    const rows = await db.customers.toArray();
    const dump = JSON.stringify(rows);
    expect(dump).not.toMatch(/kari|Nordmann|22 12|4722123456/i);
    const salt = await getInstallSalt(db);
    expect(rows.map((row) => row.key).sort()).toEqual(
      [`customer:${await getSaltedHash(salt, 'email:kari@firma.no')}`, `customer:${await getSaltedHash(salt, 'phone:+4722123456')}`, 'domain:firma.no'].sort(),
    );
  });

  it('forgetting brings the guess back; the domain memory stays', async () => {
    await confirmCustomerLocation({ identity: { email: 'a@acme.com' }, country: 'FI', timeZone: 'Europe/Helsinki' }, deps);
    await forgetCustomerLocation({ identity: { email: 'a@acme.com' } }, deps);
    const insight = await ask({ email: 'a@acme.com' });
    expect(insight.remembered).toBeUndefined();
    expect(insight.location).toMatchObject({ country: 'FI', source: 'guess' });
  });

  it('refuses a zone of another country, an unknown zone, or nobody to remember', async () => {
    await expect(confirmCustomerLocation({ identity: { email: 'a@acme.com' }, country: 'NO', timeZone: 'Asia/Tokyo' }, deps)).rejects.toThrow(/not in NO/);
    await expect(confirmCustomerLocation({ identity: { email: 'a@acme.com' }, country: 'NO', timeZone: 'Mars/Olympus' }, deps)).rejects.toThrow(/Unknown time zone/);
    await expect(confirmCustomerLocation({ identity: {}, country: 'NO', timeZone: 'Europe/Oslo' }, deps)).rejects.toThrow(/Nothing identifies/);
    expect(await db.customers.count()).toBe(0);
  });

  it('a damaged stored row counts as none and is left as it is', async () => {
    const salt = await getInstallSalt(db);
    const key = `customer:${await getSaltedHash(salt, 'email:kari@firma.no')}`;
    await db.customers.put({ key, updatedAt: 1, country: 'Norway' });
    const insight = await ask({ email: 'kari@firma.no' });
    expect(insight.remembered).toBeUndefined();
    expect(await db.customers.get(key)).toMatchObject({ country: 'Norway' });
  });

  it('identity text: email first, then E.164 phone, then name', () => {
    expect(getIdentityText({ email: ' A@B.no ', phone: '+47 22 12 34 56' })).toBe('email:a@b.no');
    expect(getIdentityText({ phone: '+47 22 12 34 56' })).toBe('phone:+4722123456');
    expect(getIdentityText({ name: '  Kari   Nordmann ' })).toBe('name:kari nordmann');
    expect(getIdentityText({})).toBeUndefined();
  });
});

describe('install salt', () => {
  it('is created once and shared by concurrent callers', async () => {
    const [a, b] = await Promise.all([getInstallSalt(db), getInstallSalt(db)]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(await getInstallSalt(db)).toBe(a);
  });

  it('a damaged salt is reported and kept', async () => {
    await db.meta.put({ key: 'salt', value: 42 });
    await expect(getInstallSalt(db)).rejects.toThrow(/damaged/);
    expect(await db.meta.get('salt')).toEqual({ key: 'salt', value: 42 });
  });
});
