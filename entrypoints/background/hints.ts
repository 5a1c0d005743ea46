// The draft hints' background side: the customer's clock and calendar (business hours as the agent set them for that
// country, weekend, public holidays) worked out with the same lib/locale functions as the Customer card, then
// lib/locale/hints.ts, which reads the etiquette tables that live here. The draft is read and forgotten: nothing is
// stored.
import type { UiLanguage } from '@/lib/i18n';
import { isBusinessTime, nextBusinessTime } from '@/lib/locale/business';
import { getPublicHolidays } from '@/lib/locale/holidays';
import { getHoursFor, type CountryHours } from '@/lib/locale/hours-settings';
import { getDraftHints, type DraftHint } from '@/lib/locale/hints';
import { getDateOfDay, getDayNumber, getLocalTime, isKnownTimeZone } from '@/lib/locale/time';
import { getWeekend, type Weekday } from '@/lib/locale/weekend';
import { findExcludedSpans } from '@/lib/rewrite/structure';
import type { CustomerDeps } from './customer';

/**
 * How many days of holidays the hints see: a named weekday is at most seven days ahead ("on Friday" said on a
 * Friday), and the next working day after it may be two weeks later (a holiday season); three weeks cover both.
 */
const HOLIDAY_DAYS = 21;
const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export interface DraftHintsRequest {
  draft: string;
  /** ISO 3166-1 alpha-2, upper case (the Customer card's location). */
  country: string;
  timeZone?: string;
  customerName?: string;
  firstContact?: boolean;
  lang: UiLanguage;
}

/** The customer's weekend on a date: the days the agent did not mark as worked for that country, else the country's own. */
function getWeekendFor(country: string, date: string, hours: CountryHours): Weekday[] {
  return hours.days ? WEEK.filter((day) => !hours.days!.includes(day)) : getWeekend(country, date);
}

/**
 * The agent's own prose: quoted customer text, the signature and legal wording are left out, as the draft check does,
 * so that the customer's "by tomorrow" in a quote or "Monday to Friday" in a signature is not read as a promise.
 */
export function getOwnText(draft: string): string {
  let own = '';
  let from = 0;
  for (const span of findExcludedSpans(draft)) {
    own += `${draft.slice(from, span.start)}\n`;
    from = span.end;
  }
  return own + draft.slice(from);
}

/** The hints for one draft, from the customer's country and (when known) time zone, at the background's now. */
export async function getDraftHintsFor(request: DraftHintsRequest, deps: Pick<CustomerDeps, 'readHours' | 'now'>): Promise<DraftHint[]> {
  const at = deps.now();
  const { country, customerName, firstContact, lang } = request;
  const base = { draft: getOwnText(request.draft), country, now: at, customerName, firstContact, uiLang: lang };
  // A zone this browser does not know gives no clock: the etiquette hints still apply.
  const timeZone = request.timeZone && isKnownTimeZone(request.timeZone) ? request.timeZone : undefined;
  if (!timeZone) return getDraftHints(base);

  const hours = getHoursFor(await deps.readHours(), country);
  const today = getLocalTime(timeZone, at).date;
  const business = isBusinessTime(country, timeZone, at, hours);
  return getDraftHints({
    ...base,
    timeZone,
    isBusinessTime: business,
    nextBusinessTime: business ? undefined : nextBusinessTime(country, timeZone, at, hours),
    weekend: getWeekendFor(country, today, hours),
    holidays: getPublicHolidays(country, today, getDateOfDay(getDayNumber(today) + HOLIDAY_DAYS)).map((holiday) => ({
      date: holiday.date,
      // As the Customer card names it: the English name, and the local one when it differs.
      name: holiday.localName ? `${holiday.name} (${holiday.localName})` : holiday.name,
    })),
  });
}
