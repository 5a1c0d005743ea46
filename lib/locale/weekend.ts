// Which days are the weekend in a country on a given date. The browser's Intl.Locale week info where it has one,
// else the CLDR week data bundled below; then always our own table of dated changes, because CLDR holds only today's
// weekend (and an older browser's copy may predate a change).

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * CLDR supplemental weekData (CLDR 48, `weekendStart`/`weekendEnd`), the territories whose weekend is not Saturday–
 * Sunday. © Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt).
 */
export const CLDR_WEEKEND: Record<string, readonly Weekday[]> = {
  IR: [5],
  IN: [7],
  UG: [7],
  AF: [4, 5],
  ...Object.fromEntries(['BH', 'DZ', 'EG', 'IL', 'IQ', 'JO', 'KW', 'LY', 'OM', 'QA', 'SA', 'SD', 'SY', 'YE'].map((c) => [c, [5, 6] as const])),
};
const DEFAULT_WEEKEND: readonly Weekday[] = [6, 7];

/** A weekend in force from `from` (inclusive) until `to` (inclusive), both 'YYYY-MM-DD'; open ends are unbounded. */
export interface WeekendRule {
  from?: string;
  to?: string;
  weekend: readonly Weekday[];
  source: string;
}

/** Dated weekend changes, per country, oldest first. They win over Intl and CLDR for the dates they cover. */
export const WEEKEND_CHANGES: Record<string, readonly WeekendRule[]> = {
  AE: [
    { to: '2006-08-31', weekend: [4, 5], source: 'UAE federal decision moving the weekend to Friday–Saturday from 1 September 2006 (WAM, 2006)' },
    { from: '2006-09-01', to: '2021-12-31', weekend: [5, 6], source: 'UAE federal decision of 2006, Friday–Saturday weekend (WAM)' },
    // Friday is a half working day for the federal government; it is not a weekend day.
    { from: '2022-01-01', weekend: [6, 7], source: 'UAE government announcement of 7 December 2021: Saturday–Sunday weekend from 1 January 2022 (WAM; u.ae "Working hours")' },
  ],
  BH: [
    { to: '2006-08-31', weekend: [4, 5], source: 'Bahrain moved its weekend to Friday–Saturday on 1 September 2006 (BNA, 2006)' },
    { from: '2006-09-01', weekend: [5, 6], source: 'Bahrain News Agency, Friday–Saturday weekend from 1 September 2006' },
  ],
  BN: [{ weekend: [5, 7], source: 'Brunei: government offices close on Friday and Sunday (Prime Minister\'s Office, Brunei Darussalam, "Working hours")' }],
  DZ: [
    { to: '2009-08-13', weekend: [4, 5], source: 'Algeria moved its weekend to Friday–Saturday from 14 August 2009 (Presidential ordinance, APS, 2009)' },
    { from: '2009-08-14', weekend: [5, 6], source: 'Algérie Presse Service, Friday–Saturday weekend from 14 August 2009' },
  ],
  // Thursday is a half working day for many offices in Iran; it is not a weekend day.
  IR: [{ weekend: [5], source: 'Iran: Friday is the weekly day off (Labour Code art. 62); CLDR weekData' }],
  KW: [
    { to: '2007-08-31', weekend: [4, 5], source: 'Kuwait moved its weekend to Friday–Saturday on 1 September 2007 (KUNA, 2007)' },
    { from: '2007-09-01', weekend: [5, 6], source: 'Kuwait News Agency, Friday–Saturday weekend from 1 September 2007' },
  ],
  NP: [
    { to: '2022-05-14', weekend: [6], source: 'Nepal: Saturday is the weekly public holiday (Ministry of Home Affairs)' },
    { from: '2022-05-15', to: '2022-06-14', weekend: [6, 7], source: 'Cabinet decision of 27 April 2022: Sunday also a holiday from 15 May 2022 (The Kathmandu Post, Setopati)' },
    { from: '2022-06-15', weekend: [6], source: 'Cabinet decision of 6 June 2022: Sunday holiday withdrawn from 15 June 2022 (Onlinekhabar, Fiscal Nepal)' },
  ],
  OM: [
    { to: '2013-04-30', weekend: [4, 5], source: 'Oman moved its weekend to Friday–Saturday from 1 May 2013 (Royal Decree, Oman News Agency, 2013)' },
    { from: '2013-05-01', weekend: [5, 6], source: 'Oman News Agency, Friday–Saturday weekend from 1 May 2013' },
  ],
  SA: [
    { to: '2013-06-28', weekend: [4, 5], source: 'Royal decree of 23 June 2013 moving the weekend to Friday–Saturday from 29 June 2013 (Saudi Press Agency)' },
    { from: '2013-06-29', weekend: [5, 6], source: 'Saudi Press Agency, Friday–Saturday weekend from 29 June 2013' },
  ],
};

interface WeekInfoLocale {
  getWeekInfo?: () => { weekend: number[] };
  weekInfo?: { weekend: number[] };
}

/** The weekend Intl reports for a country (getWeekInfo, or the older weekInfo getter), or undefined. */
function getIntlWeekend(country: string): readonly Weekday[] | undefined {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & WeekInfoLocale;
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const weekend = info?.weekend.filter((day): day is Weekday => Number.isInteger(day) && day >= 1 && day <= 7);
    return weekend && weekend.length > 0 ? weekend : undefined;
  } catch {
    return undefined;
  }
}

const toLabel = (date: string | Date) => (typeof date === 'string' ? date : date.toISOString().slice(0, 10));

/** The rule of our own table that covers a date, if any. */
export function getWeekendRule(country: string, date: string | Date): WeekendRule | undefined {
  const label = toLabel(date);
  return WEEKEND_CHANGES[country.toUpperCase()]?.find((rule) => (!rule.from || rule.from <= label) && (!rule.to || label <= rule.to));
}

/**
 * The weekend days (ISO weekdays, ascending) of a country on a date ('YYYY-MM-DD', or a Date read as UTC; pass the
 * customer's local date). Our dated table first, then Intl, then bundled CLDR, then Saturday–Sunday.
 */
export function getWeekend(country: string, date: string | Date): Weekday[] {
  const code = country.toUpperCase();
  const weekend = getWeekendRule(code, date)?.weekend ?? getIntlWeekend(code) ?? CLDR_WEEKEND[code] ?? DEFAULT_WEEKEND;
  return [...weekend].sort((a, b) => a - b);
}
