import { useSignal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import { formatDuration } from '@/lib/responses/format';
import type { ReplyReport } from '@/lib/responses/report';

const WEEKDAY_KEYS = ['dashboardMon', 'dashboardTue', 'dashboardWed', 'dashboardThu', 'dashboardFri', 'dashboardSat', 'dashboardSun'] as const;

/** Weekday × hour grid: inbound volume, or the median reply time of the messages that arrived in that hour. */
export function ReplyHeatmap({ t, lang, heatmap }: { t: Translate; lang: string; heatmap: ReplyReport['heatmap'] }) {
  const mode = useSignal<'inbound' | 'reply'>('inbound');
  const cells = mode.value === 'inbound' ? heatmap.inbound : heatmap.medianReplyMs;
  let max = 0;
  for (const row of cells) for (const value of row) if (value !== null && value > max) max = value;
  const hour = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2 });
  const number = new Intl.NumberFormat(lang);
  return (
    <div>
      <fieldset class="rw-segmented">
        <legend class="rw-visually-hidden">{t('dashboardHeatmapShow')}</legend>
        <label>
          <input type="radio" name="rw-heatmap" checked={mode.value === 'inbound'} onChange={() => (mode.value = 'inbound')} />
          {t('dashboardHeatmapInbound')}
        </label>
        <label>
          <input type="radio" name="rw-heatmap" checked={mode.value === 'reply'} onChange={() => (mode.value = 'reply')} />
          {t('dashboardHeatmapReply')}
        </label>
      </fieldset>
      <div class="rw-table-scroll">
        <table class="rw-heatmap">
          <caption class="rw-visually-hidden">{mode.value === 'inbound' ? t('dashboardHeatmapInboundCaption') : t('dashboardHeatmapReplyCaption')}</caption>
          <thead>
            <tr>
              <td />
              {Array.from({ length: 24 }, (_, h) => (
                <th key={h} scope="col">
                  {hour.format(h)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cells.map((row, day) => (
              <tr key={day}>
                <th scope="row">{t(WEEKDAY_KEYS[day]!)}</th>
                {row.map((value, h) => {
                  const strength = value === null || max === 0 ? 0 : value / max;
                  const text = value === null ? '' : mode.value === 'inbound' ? (value === 0 ? '' : number.format(value)) : formatDuration(value, lang);
                  return (
                    <td key={h} style={{ '--rw-heat': strength.toFixed(3) }} data-level={strength === 0 ? 0 : Math.ceil(strength * 4)}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
