// What the background answers about a customer, and the small helpers the content script needs to show it. This
// file holds types and a few pure functions only (no data tables), so that importing it adds next to nothing to the
// content script.
import type { ConversationContext } from '../sites/types';
import type { CountryHours, LocalMoment, MomentSpan } from './business';
import type { EtiquetteCard } from './etiquette';
import type { HolidayGap, PublicHoliday } from './holidays';
import type { CustomerSignals, IgnoredSignal, LocationCandidate } from './infer';

/** A location the agent confirmed or corrected. */
export interface RememberedLocation {
  country: string;
  timeZone: string;
  /** When the agent chose it (epoch ms). */
  at: number;
}

/** Everything the Customer card shows, computed in the background. */
export interface CustomerInsight {
  /** The location the card shows: the agent's choice, else the best candidate; undefined when nothing points anywhere. */
  location?: { country: string; timeZone: string; source: 'confirmed' | 'guess' };
  /** The candidates from the page's signals, best first (the alternatives the agent can pick). */
  candidates: LocationCandidate[];
  /** Signals that were read but left out, and why. */
  ignored: IgnoredSignal[];
  /** The signals that were present (names only), so the card can say what else would help. */
  present: (keyof CustomerSignals)[];
  /** The agent's remembered choice for this customer. */
  remembered?: RememberedLocation;
  /** The customer's moments from now for 48 hours: business, evening, night, weekend, holiday. */
  timeline: MomentSpan[];
  /** The next public holiday there within 30 days (today's included). */
  upcomingHoliday?: PublicHoliday;
  /** The next business-hours moment there (epoch ms); undefined when it is business time now or within 40 days none. */
  nextBusinessTime?: number;
  /** Whether holidays are known for that country and year (if not, "business hours" ignores holidays). */
  holidaysKnown: boolean;
  /** A kind of days the country's holiday list leaves out (days the government announces each year). */
  holidayGap?: HolidayGap;
  /** The working hours used for that country. */
  hours: CountryHours;
  /** The etiquette card of that country in the interface language, when there is one. */
  etiquette?: EtiquetteCard;
  /** When this was computed (epoch ms). */
  at: number;
}

/** The customer's identity used for remembering (hashed in the background with the install salt, never stored). */
export interface CustomerIdentity {
  email?: string;
  phone?: string;
  name?: string;
}

const SIGNATURE_LINES = 12;

/** The last lines of a message, where a signature or an address sits. */
export function getSignatureBlock(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const tail = lines.slice(-SIGNATURE_LINES).join('\n');
  return tail ? tail.slice(-1500) : undefined;
}

/** The longest message text sent for language detection (the background's limit too). */
export const MESSAGE_TEXT_MAX = 2_000;

/**
 * The signals and identity that a site adapter's context gives, and the text of the customer's latest message when
 * the page states no language (the background detects it from the text; it is never stored).
 */
export function getContextSignals(context: ConversationContext | undefined): { signals: CustomerSignals; identity: CustomerIdentity; messageText?: string } {
  const customer = context?.customer;
  const signals: CustomerSignals = {};
  const email = customer?.emails[0];
  if (email) signals.email = email;
  if (customer?.phone) signals.phone = customer.phone;
  if (customer?.timeZone) signals.timeZone = customer.timeZone;
  if (customer?.locale) signals.locale = customer.locale;
  if (customer?.language) signals.language = customer.language;
  const latest = context?.latestCustomerMessage ?? context?.messages.filter((message) => message.from === 'customer').at(-1)?.text;
  const signature = getSignatureBlock(latest);
  if (signature) signals.signature = signature;
  const identity = { email, phone: customer?.phone, name: customer?.name };
  const messageText = signals.language ? undefined : latest?.trim().slice(0, MESSAGE_TEXT_MAX);
  return messageText ? { signals, identity, messageText } : { signals, identity };
}

/**
 * The moment of a timeline at an instant: the first span's before the timeline starts (the page's clock may run a
 * little behind the background's), the last span's after it ends; undefined for an empty timeline.
 */
export function getMomentAt(timeline: readonly MomentSpan[], at: number): LocalMoment | undefined {
  if (timeline.length > 0 && at < timeline[0]!.from) return timeline[0]!.moment;
  for (const span of timeline) if (at >= span.from && at < span.to) return span.moment;
  return timeline.at(-1)?.moment;
}
