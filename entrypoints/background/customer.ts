// The Customer card's background side: location inference (phone metadata, zone and holiday tables stay here, out of
// the content script), the customer's local moments, holidays and etiquette, and the agent's remembered choices in
// the Dexie `customers` table. Keys are salted hashes: no email address, phone number or name is stored. The text of
// the customer's latest message, when sent, is read for its language in memory and forgotten: it is never stored.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import * as z from 'zod/mini';
import { getInstallSalt, getSaltedHash } from '@/lib/db/salt';
import { createDatabase, type CustomerRow, type ReplywellDatabase } from '@/lib/db/schema';
import type { UiLanguage } from '@/lib/i18n';
import { getMomentTimeline, getUpcomingHolidays, isBusinessTime, nextBusinessTime } from '@/lib/locale/business';
import { getEmailDomain, readEmailDomain } from '@/lib/locale/domains';
import { getEtiquette } from '@/lib/locale/etiquette';
import { getHolidayGap, hasHolidayData } from '@/lib/locale/holidays';
import { getHoursFor, readCountryHours, type CountryHoursMap } from '@/lib/locale/hours-settings';
import { inferCustomerLocationDetailed, type CustomerSignals } from '@/lib/locale/infer';
import { detectMessageLanguage } from '@/lib/locale/language-detect';
import type { CustomerIdentity, CustomerInsight, RememberedLocation } from '@/lib/locale/insight';
import { getLocalTime, isKnownTimeZone } from '@/lib/locale/time';
import { getCountryOfZone, getCanonicalZone } from '@/lib/locale/zones';
import { customerHoursItem } from '@/lib/platform/storage';

export interface CustomerDeps {
  db: ReplywellDatabase;
  /** The agent's per-country hours (browser storage in the extension). */
  readHours: () => Promise<CountryHoursMap>;
  now: () => number;
  /** The agent's own time zone (the browser's); a customer zone equal to it counts for less. */
  agentZone?: () => string;
}

/** The extension's own dependencies: the database (opened on first use) and the hours stored with the settings. */
export function createCustomerDeps(): CustomerDeps {
  let database: ReplywellDatabase | undefined;
  return {
    get db() {
      return (database ??= createDatabase());
    },
    readHours: async () => readCountryHours(await customerHoursItem.getValue()),
    now: () => Date.now(),
    agentZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/** A stored row, read back through its schema: a damaged row counts as none and is left untouched. */
const locationRow = z.object({
  key: z.string(),
  updatedAt: z.number(),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  timeZone: z.string().check(z.minLength(1)),
  source: z.literal('manual'),
});

/** The identity as one normalised string: the email, else the phone in E.164, else the name. */
export function getIdentityText(identity: CustomerIdentity): string | undefined {
  const email = identity.email?.trim().toLowerCase();
  if (email) return `email:${email}`;
  const phone = identity.phone?.trim();
  if (phone) {
    const parsed = parsePhoneNumberFromString(phone);
    return `phone:${parsed?.number ?? phone.replace(/[^\d+]/g, '')}`;
  }
  const name = identity.name?.trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? `name:${name}` : undefined;
}

async function getCustomerKey(db: ReplywellDatabase, identity: CustomerIdentity): Promise<string | undefined> {
  const text = getIdentityText(identity);
  return text ? `customer:${await getSaltedHash(await getInstallSalt(db), text)}` : undefined;
}

/** The `domain:` key of a company domain; none for webmail (strangers share it) or without an address. */
export function getDomainKey(email: string | undefined): string | undefined {
  const domain = email ? getEmailDomain(email) : undefined;
  if (!domain || readEmailDomain(domain).webmail) return undefined;
  return `domain:${domain}`;
}

async function readRemembered(db: ReplywellDatabase, key: string | undefined): Promise<RememberedLocation | undefined> {
  if (!key) return undefined;
  const parsed = locationRow.safeParse(await db.customers.get(key));
  return parsed.success ? { country: parsed.data.country, timeZone: parsed.data.timeZone, at: parsed.data.updatedAt } : undefined;
}

const SIGNAL_NAMES: (keyof CustomerSignals)[] = ['email', 'phone', 'timeZone', 'locale', 'language', 'dateHeader', 'signature'];

/** Everything the Customer card shows for one customer. */
export async function getCustomerInsight(
  request: {
    signals: CustomerSignals;
    identity: CustomerIdentity;
    accountDefaults?: { timeZone?: string; locale?: string };
    /** The customer's latest message (at most 2,000 characters), read for its language only: never stored. */
    messageText?: string;
    lang: UiLanguage;
  },
  deps: CustomerDeps,
): Promise<CustomerInsight> {
  const { db } = deps;
  const at = deps.now();
  const remembered = await readRemembered(db, await getCustomerKey(db, request.identity));
  const domainMemory = await readRemembered(db, getDomainKey(request.identity.email ?? request.signals.email));
  // A language the page states wins: the text is then not read at all.
  const detected = request.signals.language?.trim() ? undefined : await detectMessageLanguage(request.messageText);
  const { candidates, ignored } = inferCustomerLocationDetailed(request.signals, {
    accountDefaults: request.accountDefaults,
    agentZone: deps.agentZone?.(),
    domainMemory,
    detectedLanguage: detected?.tag,
  });
  const present = SIGNAL_NAMES.filter((name) => Boolean(request.signals[name]?.trim()));

  const best = candidates[0];
  const location = remembered
    ? { country: remembered.country, timeZone: remembered.timeZone, source: 'confirmed' as const }
    : best && { country: best.country, timeZone: best.timeZone, source: 'guess' as const };
  const base = { candidates, ignored, present, remembered, at };
  const hoursMap = await deps.readHours();
  if (!location) return { ...base, timeline: [], holidaysKnown: false, hours: getHoursFor(hoursMap, '') };

  const { country, timeZone } = location;
  const hours = getHoursFor(hoursMap, country);
  const today = getLocalTime(timeZone, at).date;
  return {
    ...base,
    location,
    timeline: getMomentTimeline(country, timeZone, at, 48, hours),
    upcomingHoliday: getUpcomingHolidays(country, timeZone, at, 30)[0],
    nextBusinessTime: isBusinessTime(country, timeZone, at, hours) ? undefined : nextBusinessTime(country, timeZone, at, hours),
    holidaysKnown: hasHolidayData(country, today),
    holidayGap: getHolidayGap(country),
    hours,
    etiquette: getEtiquette(country, request.lang),
  };
}

/**
 * Remembers the agent's choice for this customer, and for their company's email domain (so that colleagues of the
 * customer start from it). Only the agent's choices are ever written: a guess never replaces one.
 */
export async function confirmCustomerLocation(request: { identity: CustomerIdentity; country?: string; timeZone: string }, deps: CustomerDeps): Promise<RememberedLocation> {
  const timeZone = getCanonicalZone(request.timeZone);
  if (!isKnownTimeZone(timeZone)) throw new Error(`Unknown time zone "${request.timeZone}"`);
  const zoneCountry = getCountryOfZone(timeZone);
  const country = request.country ?? zoneCountry;
  if (!country) throw new Error(`The time zone ${timeZone} belongs to no country: choose the customer's country too`);
  if (zoneCountry && zoneCountry !== country) throw new Error(`The time zone ${timeZone} is not in ${country}`);
  const { db } = deps;
  const key = await getCustomerKey(db, request.identity);
  if (!key) throw new Error('Nothing identifies this customer (no email, phone or name on the page), so the choice cannot be remembered');
  const updatedAt = deps.now();
  const rows: CustomerRow[] = [{ key, updatedAt, country, timeZone, source: 'manual' }];
  const domainKey = getDomainKey(request.identity.email);
  if (domainKey) rows.push({ key: domainKey, updatedAt, country, timeZone, source: 'manual' });
  await db.customers.bulkPut(rows);
  return { country, timeZone, at: updatedAt };
}

/** Forgets the agent's choice for this customer (their company domain's is kept: it serves the others). */
export async function forgetCustomerLocation(request: { identity: CustomerIdentity }, deps: CustomerDeps): Promise<null> {
  const key = await getCustomerKey(deps.db, request.identity);
  if (key) await deps.db.customers.delete(key);
  return null;
}
