import type { Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { formatDuration } from '@/lib/responses/format';
import { CHANNELS, DEFAULT_SLA_MINUTES, type Channel } from '@/lib/responses/report';
import { SLA_LIMITS, type ReplyLogSettings } from '@/lib/responses/settings';
import { NoticeLine, type Notice } from './notice';

export interface ReplySettingsCardProps {
  t: Translate;
  lang: string;
  settings: Signal<ReplyLogSettings>;
  settingsNotice: Signal<Notice | undefined>;
  /** Targets that installed packs set, per channel, in minutes. */
  packTargets: Signal<Partial<Record<Channel, number>>>;
  onSettingsChange: (next: Partial<ReplyLogSettings>) => void;
}

const LABEL_KEYS = { email: 'dashboardTargetEmail', chat: 'dashboardTargetChat', social: 'dashboardTargetSocial' } as const;
const DAY_KEYS = ['dashboardMon', 'dashboardTue', 'dashboardWed', 'dashboardThu', 'dashboardFri', 'dashboardSat', 'dashboardSun'] as const;

function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Reply-time targets per channel and the agent's working hours; each change is saved at once. */
export function ReplySettingsCard({ t, lang, settings, settingsNotice, packTargets, onSettingsChange }: ReplySettingsCardProps) {
  const current = settings.value;
  const hours = current.businessHours;
  const setTarget = (channel: Channel, raw: string) => {
    const next = { ...current.slaMinutes };
    if (raw.trim() === '') delete next[channel];
    else {
      const minutes = Number(raw);
      if (!Number.isInteger(minutes) || minutes < SLA_LIMITS.min || minutes > SLA_LIMITS.max) return;
      next[channel] = minutes;
    }
    onSettingsChange({ slaMinutes: next });
  };
  return (
    <section class="rw-card" aria-labelledby="rw-reply-settings-title">
      <h2 id="rw-reply-settings-title">{t('dashboardSettingsTitle')}</h2>
      <h3>{t('dashboardTargetsTitle')}</h3>
      <p class="rw-muted">{t('dashboardTargetsHelp')}</p>
      {CHANNELS.map((channel) => {
        const inherited = packTargets.value[channel] ?? DEFAULT_SLA_MINUTES[channel];
        const value = current.slaMinutes[channel];
        const id = `rw-target-${channel}`;
        return (
          <div class="rw-field" key={channel}>
            <label for={id}>{t(LABEL_KEYS[channel])}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={SLA_LIMITS.min}
              max={SLA_LIMITS.max}
              step={1}
              value={value ?? ''}
              placeholder={String(inherited)}
              aria-describedby={`${id}-help`}
              onChange={(event) => setTarget(channel, (event.currentTarget as HTMLInputElement).value)}
            />
            <span id={`${id}-help`} class="rw-muted">
              {value === undefined
                ? t(packTargets.value[channel] === undefined ? 'dashboardTargetDefault' : 'dashboardTargetFromPack', formatDuration(inherited * 60_000, lang))
                : formatDuration(value * 60_000, lang)}
            </span>
          </div>
        );
      })}
      <h3>{t('dashboardHoursTitle')}</h3>
      <p class="rw-muted">{t('dashboardHoursHelp')}</p>
      <div class="rw-field">
        <label for="rw-hours-zone">{t('dashboardTimeZone')}</label>
        <input
          id="rw-hours-zone"
          type="text"
          list="rw-zones"
          value={hours.timeZone}
          onChange={(event) => {
            const zone = (event.currentTarget as HTMLInputElement).value.trim();
            if (supportedZones().includes(zone)) onSettingsChange({ businessHours: { ...hours, timeZone: zone } });
            else settingsNotice.value = { kind: 'error', text: (tr) => tr('dashboardTimeZoneUnknown', zone) };
          }}
        />
        <datalist id="rw-zones">
          {supportedZones().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
      <fieldset class="rw-days">
        <legend>{t('dashboardWorkingDays')}</legend>
        {DAY_KEYS.map((key, index) => {
          const day = index + 1;
          const checked = hours.days.includes(day);
          return (
            <label key={key} class="rw-check">
              <input
                type="checkbox"
                checked={checked}
                onChange={() => {
                  const days = checked ? hours.days.filter((d) => d !== day) : [...hours.days, day].sort((a, b) => a - b);
                  if (days.length > 0) onSettingsChange({ businessHours: { ...hours, days } });
                }}
              />
              {t(key)}
            </label>
          );
        })}
      </fieldset>
      <div class="rw-row">
        <div class="rw-field">
          <label for="rw-hours-start">{t('dashboardStart')}</label>
          <input id="rw-hours-start" type="time" value={hours.start} max={hours.end} onChange={(event) => onSettingsChange({ businessHours: { ...hours, start: (event.currentTarget as HTMLInputElement).value } })} />
        </div>
        <div class="rw-field">
          <label for="rw-hours-end">{t('dashboardEnd')}</label>
          <input id="rw-hours-end" type="time" value={hours.end} min={hours.start} onChange={(event) => onSettingsChange({ businessHours: { ...hours, end: (event.currentTarget as HTMLInputElement).value } })} />
        </div>
      </div>
      <NoticeLine t={t} notice={settingsNotice} />
    </section>
  );
}
