import { useSignal, type Signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { DEFAULT_HOURS, checkCountryHours, type CountryHours, type CountryHoursMap } from '@/lib/locale/hours-settings';
import type { Weekday } from '@/lib/locale/weekend';

export interface BusinessHoursViewProps {
  t: Translate;
  lang: string;
  /** The stored per-country hours. */
  hours: Signal<CountryHoursMap>;
  /** The countries to offer (ISO codes). */
  countries: readonly string[];
  /** Saves (or, with undefined, removes) one country's hours. */
  onSave: (country: string, hours: CountryHours | undefined) => Promise<void>;
}

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Options view: the customers' working hours per country, over the default 09:00–17:00 on the usual week. */
export function BusinessHoursView({ t, lang, hours, countries, onSave }: BusinessHoursViewProps) {
  const notice = useSignal<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);
  const country = useSignal('');
  const start = useSignal(DEFAULT_HOURS.start);
  const end = useSignal(DEFAULT_HOURS.end);
  const days = useSignal<Weekday[] | undefined>(undefined);
  const names = useMemo(() => new Intl.DisplayNames([lang, 'en'], { type: 'region' }), [lang]);
  const dayNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return WEEKDAYS.map((day) => format.format(Date.UTC(2024, 0, day)));
  }, [lang]);
  const sorted = useMemo(() => [...countries].sort((a, b) => (names.of(a) ?? a).localeCompare(names.of(b) ?? b, lang)), [countries, names, lang]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!country.value) {
      notice.value = { kind: 'error', text: t('hoursInvalid', t('hoursChooseCountry')) };
      return;
    }
    const entry: CountryHours = days.value ? { start: start.value, end: end.value, days: days.value } : { start: start.value, end: end.value };
    const problem = checkCountryHours(entry);
    if (problem) {
      notice.value = { kind: 'error', text: t('hoursInvalid', start.value >= end.value ? t('hoursEndBeforeStart') : problem) };
      return;
    }
    try {
      await onSave(country.value, entry);
      notice.value = { kind: 'ok', text: t('hoursSaved') };
    } catch (error) {
      notice.value = { kind: 'error', text: t('hoursInvalid', error instanceof Error ? error.message : String(error)) };
    }
  };

  const toggleDay = (day: Weekday) => {
    const current = days.value ?? [1, 2, 3, 4, 5];
    const next = current.includes(day) ? current.filter((d) => d !== day) : [...current, day].sort();
    days.value = next.length > 0 ? next : undefined;
  };

  const entries = Object.entries(hours.value).sort(([a], [b]) => (names.of(a) ?? a).localeCompare(names.of(b) ?? b, lang));
  return (
    <section class="rw-hours" aria-labelledby="rw-hours-title">
      <h2 id="rw-hours-title">{t('hoursTitle')}</h2>
      <p>{t('hoursIntro')}</p>
      {entries.length === 0 ? (
        <p class="rw-muted">{t('hoursNone')}</p>
      ) : (
        <table class="rw-hours-table">
          <thead>
            <tr>
              <th scope="col">{t('hoursCountry')}</th>
              <th scope="col">{t('hoursStart')}</th>
              <th scope="col">{t('hoursEnd')}</th>
              <th scope="col">{t('hoursDays')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {entries.map(([code, entry]) => (
              <tr key={code}>
                <th scope="row">{names.of(code) ?? code}</th>
                <td dir="ltr">{entry.start}</td>
                <td dir="ltr">{entry.end}</td>
                <td>{entry.days ? entry.days.map((day) => dayNames[day - 1]).join(', ') : t('hoursDaysUsual')}</td>
                <td>
                  <button type="button" class="rw-button" aria-label={t('hoursRemoveNamed', names.of(code) ?? code)} onClick={() => void onSave(code, undefined)}>
                    {t('hoursRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="rw-hours-form" onSubmit={(event) => void save(event)}>
        <h3>{t('hoursAdd')}</h3>
        <label class="rw-field">
          <span>{t('hoursCountry')}</span>
          <select value={country.value} onChange={(event) => (country.value = (event.currentTarget as HTMLSelectElement).value)}>
            <option value="" />
            {sorted.map((code) => (
              <option key={code} value={code}>
                {names.of(code) ?? code}
              </option>
            ))}
          </select>
        </label>
        <label class="rw-field">
          <span>{t('hoursStart')}</span>
          <input type="time" value={start.value} onInput={(event) => (start.value = (event.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="rw-field">
          <span>{t('hoursEnd')}</span>
          <input type="time" value={end.value} onInput={(event) => (end.value = (event.currentTarget as HTMLInputElement).value)} />
        </label>
        <fieldset class="rw-hours-days">
          <legend>
            {t('hoursDays')} {days.value ? '' : `(${t('hoursDaysUsual')})`}
          </legend>
          {WEEKDAYS.map((day) => (
            <label key={day}>
              <input type="checkbox" checked={(days.value ?? [1, 2, 3, 4, 5]).includes(day)} onChange={() => toggleDay(day)} /> {dayNames[day - 1]}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="rw-button">
          {t('hoursSave')}
        </button>
        <p class={notice.value?.kind === 'error' ? 'rw-notice rw-notice-error' : 'rw-notice'} role="status">
          {notice.value?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
