import { useSignal, useSignalEffect, type ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { LocalMoment } from '@/lib/locale/business';
import type { EvidenceKind, IgnoredSignal } from '@/lib/locale/infer';
import { getContextSignals, getMomentAt, type CustomerIdentity, type CustomerInsight } from '@/lib/locale/insight';
import { formatOffset, getLocalTime } from '@/lib/locale/time';
import type { ConversationContext } from '@/lib/sites/types';

export interface CustomerCardProps {
  t: Translate;
  /** The interface language, for names of countries and dates. */
  lang: string;
  /** What the site adapter reads about the conversation (undefined: no conversation on screen). */
  context: ReadonlySignal<ConversationContext | undefined>;
  /** Asks the background for the card's data. */
  load: (context: ConversationContext | undefined) => Promise<CustomerInsight>;
  /** Remembers a location for this customer (`country` undefined: the background derives it from the zone). */
  confirm: (identity: CustomerIdentity, timeZone: string, country?: string) => Promise<unknown>;
  /** Forgets the remembered location. */
  forget: (identity: CustomerIdentity) => Promise<unknown>;
  /** The time zones the agent can pick from (Intl's list); empty hides the picker. */
  zones?: readonly string[];
  /** The current time; tests pass a fixed clock. */
  now?: () => number;
  /** Changes when settings the answer depends on change (the agent's customer hours): the card asks again. */
  settingsVersion?: ReadonlySignal<number>;
}

const MOMENT_KEYS: Record<LocalMoment, string> = {
  business: 'customerMomentBusiness',
  evening: 'customerMomentEvening',
  night: 'customerMomentNight',
  weekend: 'customerMomentWeekend',
  holiday: 'customerMomentHoliday',
};

const EVIDENCE_KEYS: Record<EvidenceKind, string> = {
  helpdeskZone: 'customerEvidenceHelpdeskZone',
  helpdeskZoneShared: 'customerEvidenceHelpdeskZoneShared',
  helpdeskLocale: 'customerEvidenceHelpdeskLocale',
  phone: 'customerEvidencePhone',
  phoneArea: 'customerEvidencePhoneArea',
  dateOffset: 'customerEvidenceDateOffset',
  signatureCity: 'customerEvidenceSignatureCity',
  signatureRegion: 'customerEvidenceSignatureRegion',
  signatureCountry: 'customerEvidenceSignatureCountry',
  webmail: 'customerEvidenceWebmail',
  countryDomain: 'customerEvidenceCountryDomain',
  language: 'customerEvidenceLanguage',
  languageDetected: 'customerEvidenceLanguageDetected',
  domainMemory: 'customerEvidenceDomainMemory',
};

const IGNORED_KEYS: Record<IgnoredSignal['reason'], string> = {
  accountDefault: 'customerIgnoredAccountDefault',
  utc: 'customerIgnoredUtc',
  unknownZone: 'customerIgnoredUnknownZone',
  noCountryCode: 'customerIgnoredNoCountryCode',
  genericDomain: 'customerIgnoredGenericDomain',
  commonOffset: 'customerIgnoredCommonOffset',
};

/** What would help, by the signal that is missing. */
const HELP_KEYS = [
  ['phone', 'customerHelpPhone'],
  ['timeZone', 'customerHelpTimeZone'],
  ['signature', 'customerHelpSignature'],
  ['email', 'customerHelpEmail'],
] as const;

/** Wraps page values (phone numbers, zones, domains) in a first-strong isolate, so that in Persian "+47 91 23 45 67"
 * keeps its own left-to-right order inside the right-to-left sentence. */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** A flag from two regional-indicator letters; screen readers get the country name next to it instead. */
function getFlag(country: string): string {
  return /^[A-Z]{2}$/.test(country) ? String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65)) : '';
}

function useNames(lang: string) {
  return useMemo(() => {
    const regions = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
    const languages = new Intl.DisplayNames([lang, 'en'], { type: 'language' });
    return {
      country: (code: string) => regions.of(code) ?? code,
      language: (tag: string) => {
        try {
          return languages.of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
    };
  }, [lang]);
}

function formatLocal(lang: string, timeZone: string, at: number, withDay: boolean): string {
  return new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit', ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : { weekday: 'long' }) }).format(at);
}

function formatHolidayDate(lang: string, date: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(Date.parse(`${date}T12:00:00Z`));
}

/**
 * The Customer card: where the customer probably is and why, their local time (ticking) and what it means for a
 * reply (business hours, evening, night, weekend, holiday), the next holiday there, the next good time to reply,
 * the etiquette of that country, and one-click confirm or correct, remembered by the background.
 */
export function CustomerCard(props: CustomerCardProps) {
  const { t, lang, context } = props;
  const now = props.now ?? Date.now;
  const insight = useSignal<CustomerInsight | undefined>(undefined);
  const error = useSignal<string | undefined>(undefined);
  const status = useSignal<string | undefined>(undefined);
  const clock = useSignal(now());
  const hidden = useSignal<ReadonlySet<string>>(new Set());
  const names = useNames(lang);
  const describe = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

  const reload = async () => {
    try {
      insight.value = await props.load(context.value);
      clock.value = now();
      error.value = undefined;
    } catch (cause) {
      error.value = describe(cause);
    }
  };
  // A new conversation (or new facts about it) asks again; the same facts do not: `key` is all the request reads.
  const key = JSON.stringify(getContextSignals(context.value));
  // So do changed settings (Settings → Customer hours), in every open tab, without a reload of the page.
  const settingsVersion = props.settingsVersion?.value;
  useEffect(() => {
    void reload();
  }, [key, settingsVersion]);
  // The clock ticks each second; statuses come from the timeline, and the background is asked again after it ends.
  useSignalEffect(() => {
    const timer = setInterval(() => {
      clock.value = now();
      const last = insight.value?.timeline.at(-1);
      if (last && clock.value >= last.to - 60_000) void reload();
    }, 1000);
    return () => clearInterval(timer);
  });

  const identity = getContextSignals(context.value).identity;
  const hasIdentity = Boolean(identity.email || identity.phone || identity.name);
  const choose = async (timeZone: string, country: string | undefined, label: string) => {
    try {
      await props.confirm(identity, timeZone, country);
      status.value = t('customerSaved', label);
      await reload();
    } catch (cause) {
      status.value = t('customerSaveFailed', describe(cause));
    }
  };
  const onForget = async () => {
    try {
      await props.forget(identity);
      status.value = t('customerForgotten');
      await reload();
    } catch (cause) {
      status.value = t('customerSaveFailed', describe(cause));
    }
  };

  const data = insight.value;
  const statusLine = (
    <p class="rw-status" role="status" aria-live="polite">
      {status.value ?? ''}
    </p>
  );
  if (error.value !== undefined) {
    return (
      <div class="rw-customer-card" data-state="error">
        <p class="rw-customer-error">{t('customerLoadFailed', error.value)}</p>
        <button type="button" class="rw-button" onClick={() => void reload()}>
          {t('sectionRetry')}
        </button>
      </div>
    );
  }
  if (!data) return <p class="rw-muted">{t('customerLoading')}</p>;

  const picker = props.zones && props.zones.length > 0 && hasIdentity && <ZonePicker t={t} zones={props.zones} onPick={(zone) => void choose(zone, undefined, zone)} />;
  const ignored = data.ignored.length > 0 && (
    <ul class="rw-customer-ignored">
      {data.ignored.map((item) => (
        <li key={`${item.signal}-${item.reason}`} class="rw-muted">
          {t(IGNORED_KEYS[item.reason], isolate(item.value))}
        </li>
      ))}
    </ul>
  );

  if (!data.location) {
    const missing = HELP_KEYS.filter(([signal]) => !data.present.includes(signal));
    return (
      <div class="rw-customer-card" data-state="empty">
        <p>{t('customerUnknown')}</p>
        {missing.length > 0 && (
          <>
            <p class="rw-muted">{t('customerWouldHelp')}</p>
            <ul class="rw-customer-help">
              {missing.map(([signal, messageKey]) => (
                <li key={signal}>{t(messageKey)}</li>
              ))}
            </ul>
          </>
        )}
        {ignored}
        {picker}
        {statusLine}
      </div>
    );
  }

  const { country, timeZone, source } = data.location;
  const at = clock.value;
  const local = getLocalTime(timeZone, at);
  const moment = getMomentAt(data.timeline, at);
  const best = data.candidates[0];
  const current = data.candidates.find((c) => c.country === country && c.timeZone === timeZone);
  const alternatives = data.candidates.filter((c) => c !== current).slice(0, 4);
  const countryName = names.country(country);
  const holiday = data.upcomingHoliday;
  const next = data.nextBusinessTime;
  const facts = data.etiquette?.facts.filter((fact) => !hidden.value.has(fact.id)) ?? [];

  return (
    <div class="rw-customer-card" data-state={source}>
      <p class="rw-customer-place">
        <span class="rw-customer-flag" aria-hidden="true">
          {getFlag(country)}
        </span>{' '}
        <strong class="rw-customer-country">{countryName}</strong>
        <span class="rw-customer-source">
          {source === 'confirmed' ? t('customerConfirmed') : t('customerGuess', String(Math.round((best?.confidence ?? 0) * 100)))}
        </span>
      </p>
      <p class="rw-customer-time">
        <span class="rw-label">{t('customerLocalTime')}</span>{' '}
        <time class="rw-customer-clock" dateTime={`${local.date}T${local.time}`}>
          {formatLocal(lang, timeZone, at, false)}
        </time>{' '}
        <span class="rw-muted" dir="ltr">
          {timeZone.replaceAll('_', ' ')} (UTC{formatOffset(local.offsetMinutes)})
        </span>
      </p>
      {moment && (
        <p class="rw-customer-moment" data-moment={moment}>
          {t(MOMENT_KEYS[moment])}
        </p>
      )}
      {holiday && (
        <p class="rw-customer-holiday">
          {holiday.date === local.date ? t('customerHolidayToday', holiday.localName ? `${holiday.name} (${holiday.localName})` : holiday.name) : t('customerHolidayNext', [holiday.localName ? `${holiday.name} (${holiday.localName})` : holiday.name, formatHolidayDate(lang, holiday.date)])}
          {holiday.approximate && <> {t('customerHolidayApproximate')}</>}
        </p>
      )}
      {!data.holidaysKnown && <p class="rw-muted">{t('customerHolidaysUnknown')}</p>}
      {data.holidaysKnown && data.holidayGap && <p class="rw-muted">{t('customerHolidaysGapAnnounced')}</p>}
      <p class="rw-customer-next">
        {next === undefined ? t('customerReplyNow') : t('customerNextBusiness', [formatLocal(lang, timeZone, next, true), new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(next)])}
      </p>

      <div class="rw-customer-actions">
        {source === 'guess' && hasIdentity && (
          <button type="button" class="rw-button" aria-label={t('customerConfirmNamed', [countryName, timeZone])} onClick={() => void choose(timeZone, country, countryName)}>
            {t('customerConfirm')}
          </button>
        )}
        {source === 'confirmed' && (
          <button type="button" class="rw-button" onClick={() => void onForget()}>
            {t('customerForget')}
          </button>
        )}
      </div>
      {statusLine}

      {current && current.evidence.length > 0 && (
        <details class="rw-customer-why">
          <summary>{t('customerWhy')}</summary>
          <ul>
            {current.evidence.map((item) => (
              <li key={`${item.kind}-${item.value}`}>
                {t(EVIDENCE_KEYS[item.kind], item.kind === 'domainMemory' ? countryName : item.kind === 'language' || item.kind === 'languageDetected' ? names.language(item.value) : isolate(item.value))}
              </li>
            ))}
          </ul>
          {ignored}
        </details>
      )}

      {(alternatives.length > 0 || picker) && (
        <div class="rw-customer-alternatives">
          <p class="rw-label">{t('customerAlternatives')}</p>
          <ul class="rw-list">
            {alternatives.map((candidate) => {
              const name = names.country(candidate.country);
              const zone = candidate.timeZone.replaceAll('_', ' ');
              return (
                <li key={`${candidate.country}-${candidate.timeZone}`} class="rw-customer-alternative">
                  <span>
                    {getFlag(candidate.country)} {name} · {zone} ({Math.round(candidate.confidence * 100)}%)
                  </span>
                  {hasIdentity && (
                    <button type="button" class="rw-button" aria-label={t('customerUseNamed', [name, zone])} onClick={() => void choose(candidate.timeZone, candidate.country, name)}>
                      {t('customerUse')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {picker}
        </div>
      )}

      {data.etiquette && facts.length > 0 && (
        <details class="rw-customer-etiquette" dir={data.etiquette.dir}>
          <summary>{t('customerEtiquette', countryName)}</summary>
          <ul class="rw-list">
            {facts.map((fact) => (
              <li key={fact.id} class="rw-customer-fact">
                <strong>{fact.title}</strong> <span>{fact.text}</span>
                <span class="rw-muted"> {t('customerEtiquetteSource', fact.source.title)}</span>{' '}
                <button type="button" class="rw-link-button" aria-label={t('customerEtiquetteHideNamed', fact.title)} onClick={() => (hidden.value = new Set([...hidden.value, fact.id]))}>
                  {t('customerEtiquetteHide')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Picks any time zone by name (Intl's list), for a customer the signals do not place. */
function ZonePicker({ t, zones, onPick }: { t: Translate; zones: readonly string[]; onPick: (zone: string) => void }) {
  const value = useSignal('');
  const listId = 'rw-customer-zones';
  const valid = zones.includes(value.value.trim().replaceAll(' ', '_'));
  return (
    <form
      class="rw-customer-pick"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onPick(value.value.trim().replaceAll(' ', '_'));
      }}
    >
      <label class="rw-field">
        <span class="rw-label">{t('customerPickZone')}</span>
        <input class="rw-input" list={listId} dir="ltr" value={value.value} onInput={(event) => (value.value = (event.currentTarget as HTMLInputElement).value)} />
      </label>
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <button type="submit" class="rw-button" disabled={!valid}>
        {t('customerPickSave')}
      </button>
    </form>
  );
}
