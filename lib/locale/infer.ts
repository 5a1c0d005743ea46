// Where is the customer? Evidence from what a site shows about them, strongest first: the helpdesk's time zone or
// locale (unless it is the account's default), the phone number, the offset in an email's Date header, a place in
// the signature, a national webmail or country-code email domain, the language of the message (as the page states it,
// else as detected from the message's text: lib/locale/language-detect.ts). Each piece supports
// one or more countries and, where it can, a zone; countries with several zones yield several candidates rather
// than a silent guess. Runs in the background (it loads the phone metadata and the zone tables).
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { getEmailDomain, getLanguageCountries, readEmailDomain } from './domains';
import { getZoneOfNumber } from './phone-zones';
import { findPlaces } from './places';
import { formatOffset, getOffsetMinutes } from './time';
import { getCandidateZones, getCountryOfZone, getZoneCountries, parseTimeZone } from './zones';

/** What a site adapter read about the customer. Every field is optional; none is trusted as it is. */
export interface CustomerSignals {
  email?: string;
  phone?: string;
  /** The time zone the helpdesk shows for the customer (IANA id or the helpdesk's own label). */
  timeZone?: string;
  /** The locale the helpdesk shows for the customer ('pt-BR', 'nb_NO'). */
  locale?: string;
  /** The language of the customer's message (BCP 47). */
  language?: string;
  /** An email's Date header ('Tue, 3 Nov 2026 10:12:00 +0530'). */
  dateHeader?: string;
  /** The signature or address block at the end of the customer's message. */
  signature?: string;
}

/** One kind of evidence, named for the interface (each has a `customerEvidence…` message). */
export type EvidenceKind =
  | 'helpdeskZone'
  /** A shown zone that is also the agent's own: often the helpdesk account's default, so it counts for less. */
  | 'helpdeskZoneShared'
  | 'helpdeskLocale'
  | 'phone'
  | 'phoneArea'
  | 'dateOffset'
  | 'signatureCity'
  | 'signatureRegion'
  | 'signatureCountry'
  | 'webmail'
  | 'countryDomain'
  | 'language'
  /** The language read from the message's own text (the page states none): weaker than a stated one. */
  | 'languageDetected'
  | 'domainMemory';

/** A reason behind a candidate: its kind and the value it was read from ('+47', 'web.de', 'Oslo'). */
export interface Evidence {
  kind: EvidenceKind;
  value: string;
}

/** A possible location of the customer. */
export interface LocationCandidate {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** IANA time zone (current name). */
  timeZone: string;
  /** 0..1; candidates of one answer never add up to more than 1 per country. */
  confidence: number;
  /** Why, in English, strongest first. */
  reasons: string[];
  /** The same reasons as data, for the interface's own wording. */
  evidence: Evidence[];
}

/** Why a signal was left out. */
export interface IgnoredSignal {
  signal: keyof CustomerSignals;
  reason: 'accountDefault' | 'utc' | 'unknownZone' | 'noCountryCode' | 'genericDomain' | 'commonOffset';
  value: string;
}

export interface InferOptions {
  /** The helpdesk account's own defaults: a customer field equal to them says nothing about the customer. */
  accountDefaults?: { timeZone?: string; locale?: string };
  /**
   * The agent's own time zone. When the account's defaults are not known, a customer zone equal to it may be the
   * helpdesk filling in its default (accounts are mostly set to the team's zone), so it counts as weak evidence.
   */
  agentZone?: string;
  /** Where other customers at the same (non-webmail) email domain were confirmed to be. */
  domainMemory?: { country: string; timeZone: string };
  /**
   * The language detected from the text of the customer's latest message (BCP 47, `detectMessageLanguage`). Used
   * only when the page states no language (a `language`, or a `locale` that is not the account default).
   */
  detectedLanguage?: string;
  /** Most candidates returned (default 6). */
  limit?: number;
}

export interface InferResult {
  candidates: LocationCandidate[];
  ignored: IgnoredSignal[];
}

// How far one piece of evidence alone goes (0..1). Several pieces for one country combine as independent
// evidence: 1 − Π(1 − w).
const WEIGHT = {
  helpdeskZone: 0.85,
  helpdeskZoneShared: 0.35,
  domainMemory: 0.8,
  phone: 0.8,
  signatureRegion: 0.7,
  signatureCity: 0.65,
  helpdeskLocale: 0.5,
  signatureCountry: 0.55,
  webmail: 0.45,
  countryDomain: 0.4,
  dateOffset: 0.4,
  language: 0.3,
  // Below every other kind: a guess from a few sentences never outweighs a phone number, a domain or a shown zone.
  languageDetected: 0.2,
} as const;
/** Weight of a zone told by evidence, added to its population share (the shares of a country's zones sum to 1). */
const ZONE_BOOST = 10;
/** Factor for a zone whose offset differs from the Date header's. */
const OFFSET_MISMATCH = 0.1;
/** A Date header offset shared by more countries than this creates no candidates of its own. */
const OFFSET_MAX_COUNTRIES = 3;

interface Piece {
  evidence: Evidence;
  reason: string;
  countries: Map<string, number>;
  /** Zone → weight, for evidence that tells the zone. */
  zones?: Map<string, number>;
}

let regionNames: Intl.DisplayNames | undefined;
const countryNames = new Map<string, string>();
function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    name = regionNames.of(code) ?? code;
    countryNames.set(code, name);
  }
  return name;
}

let languageNames: Intl.DisplayNames | undefined;
function languageName(tag: string): string {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const norm = (value: string | undefined) => value?.trim().replace('_', '-').toLowerCase() ?? '';

function readRegion(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale.trim().replace('_', '-')).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

function readExplicitRegion(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale.trim().replace('_', '-')).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/** The offset (minutes) and instant of an RFC 5322 Date header, or undefined. `+0000`/`-0000` give no offset. */
export function readDateHeader(header: string): { offsetMinutes: number; at: number } | undefined {
  const match = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(header.trim());
  const at = Date.parse(header);
  if (!match || Number.isNaN(at)) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes === 0) return undefined;
  return { offsetMinutes: match[1] === '-' ? -minutes : minutes, at };
}

function add(pieces: Piece[], piece: Piece): void {
  if (piece.countries.size > 0) pieces.push(piece);
}

/** Every piece of evidence the signals hold, and the signals left out. */
function collect(signals: CustomerSignals, options: InferOptions): { pieces: Piece[]; ignored: IgnoredSignal[]; offset?: { offsetMinutes: number; at: number } } {
  const pieces: Piece[] = [];
  const ignored: IgnoredSignal[] = [];

  if (options.domainMemory) {
    const { country, timeZone } = options.domainMemory;
    add(pieces, {
      evidence: { kind: 'domainMemory', value: countryName(country) },
      reason: `Others at this email domain were confirmed in ${countryName(country)}`,
      countries: new Map([[country, WEIGHT.domainMemory]]),
      zones: new Map([[timeZone, WEIGHT.domainMemory]]),
    });
  }

  if (signals.timeZone?.trim()) {
    const zone = parseTimeZone(signals.timeZone);
    const defaultZone = options.accountDefaults?.timeZone ? parseTimeZone(options.accountDefaults.timeZone) : undefined;
    const country = zone && getCountryOfZone(zone);
    if (!zone) ignored.push({ signal: 'timeZone', reason: 'unknownZone', value: signals.timeZone });
    else if (zone === defaultZone) ignored.push({ signal: 'timeZone', reason: 'accountDefault', value: signals.timeZone });
    else if (!country) ignored.push({ signal: 'timeZone', reason: 'utc', value: signals.timeZone });
    else if (!defaultZone && options.agentZone && zone === parseTimeZone(options.agentZone))
      add(pieces, {
        evidence: { kind: 'helpdeskZoneShared', value: zone },
        reason: `The helpdesk shows the time zone ${zone}, which is also yours: it may be the account's default`,
        countries: new Map([[country, WEIGHT.helpdeskZoneShared]]),
        zones: new Map([[zone, WEIGHT.helpdeskZoneShared]]),
      });
    else
      add(pieces, {
        evidence: { kind: 'helpdeskZone', value: zone },
        reason: `The helpdesk shows the time zone ${zone}`,
        countries: new Map([[country, WEIGHT.helpdeskZone]]),
        zones: new Map([[zone, WEIGHT.helpdeskZone]]),
      });
  }

  // A language the page states (its own field, or the customer's locale) wins over one detected from the text.
  let statesLanguage = Boolean(signals.language?.trim());
  if (signals.locale?.trim()) {
    const isDefault = norm(signals.locale) === norm(options.accountDefaults?.locale);
    const region = readExplicitRegion(signals.locale);
    if (!isDefault) statesLanguage = true;
    if (isDefault) ignored.push({ signal: 'locale', reason: 'accountDefault', value: signals.locale });
    else if (region)
      add(pieces, {
        evidence: { kind: 'helpdeskLocale', value: signals.locale.trim() },
        reason: `The helpdesk shows the locale ${signals.locale.trim()} (${countryName(region)})`,
        countries: new Map([[region, WEIGHT.helpdeskLocale]]),
      });
    else addLanguage(pieces, signals.locale);
  }

  const phones: { country: string; national: string; text: string; weight: number }[] = [];
  if (signals.phone?.trim()) {
    const parsed = parsePhoneNumberFromString(signals.phone.trim());
    if (parsed?.country) phones.push({ country: parsed.country, national: parsed.nationalNumber, text: parsed.formatInternational(), weight: WEIGHT.phone });
    else ignored.push({ signal: 'phone', reason: 'noCountryCode', value: signals.phone });
  } else if (signals.signature) {
    // Only numbers written with their country code (+47 …) say where they are.
    for (const found of findPhoneNumbersInText(signals.signature).slice(0, 2)) {
      if (found.number.country) phones.push({ country: found.number.country, national: found.number.nationalNumber, text: found.number.formatInternational(), weight: WEIGHT.phone * 0.95 });
    }
  }
  for (const phone of phones) {
    const area = getZoneOfNumber(phone.country, phone.national);
    add(pieces, {
      evidence: { kind: 'phone', value: phone.text },
      reason: `The phone number ${phone.text} is from ${countryName(phone.country)}`,
      countries: new Map([[phone.country, phone.weight]]),
    });
    if (area)
      add(pieces, {
        evidence: { kind: 'phoneArea', value: area.prefix },
        reason: `The number's area code ${area.prefix} is in the ${area.zone} time zone`,
        countries: new Map([[phone.country, 0]]),
        zones: new Map([[area.zone, WEIGHT.phone]]),
      });
  }

  const offset = signals.dateHeader ? readDateHeader(signals.dateHeader) : undefined;
  if (signals.dateHeader?.trim() && !offset) ignored.push({ signal: 'dateHeader', reason: 'utc', value: signals.dateHeader });

  if (signals.signature?.trim()) {
    for (const place of findPlaces(signals.signature, getZoneCountries()).slice(0, 4)) {
      const kind = place.kind === 'city' ? 'signatureCity' : place.kind === 'region' ? 'signatureRegion' : 'signatureCountry';
      add(pieces, {
        evidence: { kind, value: place.text },
        reason: `The signature mentions ${place.text} (${countryName(place.country)})`,
        countries: new Map([[place.country, WEIGHT[kind]]]),
        zones: place.zone ? new Map([[place.zone, WEIGHT[kind]]]) : undefined,
      });
    }
  }

  const domain = signals.email ? getEmailDomain(signals.email) : undefined;
  if (domain) {
    const read = readEmailDomain(domain);
    if (read.kind === 'national-webmail')
      add(pieces, {
        evidence: { kind: 'webmail', value: domain },
        reason: `${domain} is a webmail service used mostly in ${countryName(read.country)}`,
        countries: new Map([[read.country, WEIGHT.webmail]]),
      });
    else if (read.kind === 'cctld')
      add(pieces, {
        evidence: { kind: 'countryDomain', value: `.${read.tld}` },
        reason: `The email domain ends in .${read.tld} (${countryName(read.country)})`,
        countries: new Map([[read.country, WEIGHT.countryDomain]]),
      });
    else if (read.reason === 'generic-tld') ignored.push({ signal: 'email', reason: 'genericDomain', value: domain });
  }

  if (signals.language?.trim()) addLanguage(pieces, signals.language);
  else if (!statesLanguage && options.detectedLanguage?.trim()) addLanguage(pieces, options.detectedLanguage, true);
  return { pieces, ignored, offset };
}

function addLanguage(pieces: Piece[], language: string, detected = false): void {
  const countries = getLanguageCountries(language);
  if (countries.length === 0) return;
  const region = readRegion(language);
  const list = region && countries.includes(region) ? [region, ...countries.filter((c) => c !== region)] : countries;
  const weight = detected ? WEIGHT.languageDetected : WEIGHT.language;
  add(pieces, {
    evidence: { kind: detected ? 'languageDetected' : 'language', value: language.trim() },
    reason: detected ? `The message's text reads as ${languageName(language.trim())} (detected)` : `The message is written in ${languageName(language.trim())}`,
    countries: new Map(list.map((country, i) => [country, i === 0 ? weight : weight / 2])),
  });
}

/**
 * Likely locations of a customer, best first, each with its reasons; an empty list when nothing points anywhere.
 * See `CustomerSignals` for what is read and `InferOptions.accountDefaults` for what is ignored.
 */
export function inferCustomerLocation(signals: CustomerSignals, options: InferOptions = {}): LocationCandidate[] {
  return inferCustomerLocationDetailed(signals, options).candidates;
}

/** `inferCustomerLocation` with the signals it left out and why (the card says what would help). */
export function inferCustomerLocationDetailed(signals: CustomerSignals, options: InferOptions = {}): InferResult {
  const { pieces, ignored, offset } = collect(signals, options);
  const limit = options.limit ?? 6;

  // The Date header's offset: the zones that had it at that moment. It creates candidates only when it points to
  // a few countries (+05:30, +03:30, +05:45…); a common offset (+01:00) only tells zones apart.
  let offsetZones: Set<string> | undefined;
  if (offset) {
    const countries = pieces.length > 0 ? [...new Set(pieces.flatMap((p) => [...p.countries.keys()]))] : getZoneCountries();
    offsetZones = new Set();
    const matching = new Set<string>();
    for (const country of countries) {
      for (const [zone] of getCandidateZones(country)) {
        if (getOffsetMinutes(zone, offset.at) === offset.offsetMinutes) {
          offsetZones.add(zone);
          matching.add(country);
        }
      }
    }
    const label = formatOffset(offset.offsetMinutes).replace('−', '-');
    if (pieces.length === 0 && matching.size > OFFSET_MAX_COUNTRIES) ignored.push({ signal: 'dateHeader', reason: 'commonOffset', value: label });
    else if (matching.size > 0)
      pieces.push({
        evidence: { kind: 'dateOffset', value: label },
        reason: `The email was sent from a clock at UTC${label}`,
        countries: new Map([...matching].map((country) => [country, WEIGHT.dateOffset / Math.max(1, matching.size / 1.5)])),
        zones: new Map([...offsetZones].map((zone) => [zone, 0])),
      });
  }

  const byCountry = new Map<string, { miss: number; pieces: Piece[] }>();
  for (const piece of pieces) {
    for (const [country, weight] of piece.countries) {
      const entry = byCountry.get(country) ?? { miss: 1, pieces: [] };
      entry.miss *= 1 - weight;
      entry.pieces.push(piece);
      byCountry.set(country, entry);
    }
  }

  const candidates: LocationCandidate[] = [];
  for (const [country, { miss, pieces: support }] of byCountry) {
    const score = 1 - miss;
    if (score <= 0) continue;
    const zoneWeights = new Map<string, number>();
    for (const [zone, share] of getCandidateZones(country)) zoneWeights.set(zone, share);
    const told = new Map<string, number>();
    for (const piece of support) {
      for (const [zone, weight] of piece.zones ?? []) {
        if (getCountryOfZone(zone) !== country) continue;
        told.set(zone, 1 - (1 - (told.get(zone) ?? 0)) * (1 - weight));
        if (!zoneWeights.has(zone)) zoneWeights.set(zone, 0.05);
      }
    }
    const scored = [...zoneWeights].map(([zone, share]) => {
      let weight = share + ZONE_BOOST * (told.get(zone) ?? 0);
      if (offset && offsetZones && offsetZones.size > 0 && getOffsetMinutes(zone, offset.at) !== offset.offsetMinutes) weight *= OFFSET_MISMATCH;
      return [zone, weight] as const;
    });
    const total = scored.reduce((sum, [, weight]) => sum + weight, 0);
    const ordered = [...support].sort((a, b) => (b.countries.get(country) ?? 0) - (a.countries.get(country) ?? 0));
    for (const [zone, weight] of scored) {
      // A piece that names zones is a reason only for those zones (a helpdesk zone in New York is no reason for
      // Chicago); one that names none is a reason for every zone of its country.
      const reasons = ordered.filter((piece) => (piece.zones && piece.zones.size > 0 ? piece.zones.has(zone) : (piece.countries.get(country) ?? 0) > 0));
      candidates.push({
        country,
        timeZone: zone,
        confidence: Math.round(score * (weight / total) * 1000) / 1000,
        reasons: reasons.map((piece) => piece.reason),
        evidence: reasons.map((piece) => piece.evidence),
      });
    }
  }
  const best = candidates.filter((candidate) => candidate.confidence >= 0.01).sort((a, b) => b.confidence - a.confidence || a.country.localeCompare(b.country));
  return { candidates: best.slice(0, limit), ignored };
}
