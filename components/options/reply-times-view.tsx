import type { Signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import type { Translate } from '@/lib/i18n';
import { formatDuration, formatPercent } from '@/lib/responses/format';
import { CHANNELS, type Breakdown, type Channel, type ReplyReport } from '@/lib/responses/report';
import type { Summary } from '@/lib/responses/summary';
import { ReplyChart } from './reply-chart';
import { ReplyDataCard, type ReplyDataCardProps } from './reply-data-card';
import { ReplyHeatmap } from './reply-heatmap';
import { ReplySettingsCard, type ReplySettingsCardProps } from './reply-settings-card';

export type Period = 'today' | '7d' | '30d' | 'custom';

export interface DashboardQuery {
  period: Period;
  /** Custom period, local dates 'YYYY-MM-DD' (both included). */
  from: string;
  to: string;
  site: string | undefined;
  channel: Channel | undefined;
  business: boolean;
}

export interface DashboardState {
  loading: boolean;
  error?: string;
  report?: ReplyReport;
  /** Events stored in all (the empty state shows when there are none). */
  totalEvents: number;
  sites: string[];
}

export interface ReplyTimesViewProps extends Omit<ReplyDataCardProps, 't' | 'lang'>, Omit<ReplySettingsCardProps, 't' | 'lang'> {
  t: Translate;
  lang: string;
  state: Signal<DashboardState>;
  query: Signal<DashboardQuery>;
  /** Targets in force per channel, in minutes. */
  slaMinutes: Signal<Record<Channel, number>>;
  onQueryChange: (next: Partial<DashboardQuery>) => void;
}

const CHANNEL_KEYS = { email: 'dashboardChannelEmail', chat: 'dashboardChannelChat', social: 'dashboardChannelSocial' } as const;
const PERIOD_KEYS = { today: 'dashboardPeriodToday', '7d': 'dashboardPeriod7', '30d': 'dashboardPeriod30', custom: 'dashboardPeriodCustom' } as const;
/** Buckets of the distribution chart, in minutes: each bar counts replies up to its bound. */
const BUCKETS = [1, 5, 15, 30, 60, 120, 240, 480, 1440, 2880, Infinity];
const MIN = 60_000;

function Headline({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div class="rw-headline">
      <dt>{label}</dt>
      <dd>
        <span class="rw-headline-value">{value}</span>
        {detail && <span class="rw-muted rw-headline-detail">{detail}</span>}
      </dd>
    </div>
  );
}

/** The options page's "Reply times" view: period and filters, headline figures, charts, heatmap, tables, data. */
export function ReplyTimesView(props: ReplyTimesViewProps) {
  const { t, lang, state, query, onQueryChange } = props;
  const { report, loading, error, totalEvents, sites } = state.value;
  const q = query.value;
  const duration = (ms: number | null) => (ms === null ? '–' : formatDuration(ms, lang));
  const count = (n: number) => new Intl.NumberFormat(lang).format(n);
  const summaryText = (summary: Summary) => (summary.count === 0 ? t('dashboardNoValues') : t('dashboardCount', count(summary.count)));

  const trend = useMemo(() => {
    if (!report) return undefined;
    const days = report.daily.map((day) => Date.parse(`${day.date}T12:00:00Z`) / 1000);
    const toMinutes = (value: number | null) => (value === null ? null : value / MIN);
    const data: uPlot.AlignedData = [days, report.daily.map((day) => toMinutes(day.firstReply.medianMs)), report.daily.map((day) => toMinutes(day.nextReply.medianMs)), report.daily.map((day) => day.inbound)];
    const options = (width: number): uPlot.Options => ({
      width,
      height: 240,
      scales: { x: { time: true }, minutes: { auto: true }, count: { auto: true } },
      axes: [{}, { scale: 'minutes', label: t('dashboardAxisMinutes') }, { scale: 'count', side: 1, label: t('dashboardAxisInbound'), grid: { show: false } }],
      series: [
        { label: t('dashboardDay') },
        { label: t('dashboardFirstMedian'), scale: 'minutes', stroke: '#2457c5', width: 2, spanGaps: true },
        { label: t('dashboardNextMedian'), scale: 'minutes', stroke: '#8a5a00', width: 2, dash: [6, 4], spanGaps: true },
        { label: t('dashboardInbound'), scale: 'count', stroke: '#7a8699', fill: 'rgba(122,134,153,0.15)' },
      ],
    });
    return { data, options };
  }, [report, t]);

  const distribution = useMemo(() => {
    if (!report) return undefined;
    const counts = BUCKETS.map(() => 0);
    for (const ms of report.durations) counts[BUCKETS.findIndex((bound) => ms <= bound * MIN)]!++;
    const targets = CHANNELS.filter((channel) => (q.channel ? channel === q.channel : report.byChannel.some((row) => row.key === channel))).map((channel) => ({ channel, minutes: props.slaMinutes.value[channel] }));
    const labels = BUCKETS.map((bound, index) => (bound === Infinity ? `> ${formatDuration(BUCKETS[index - 1]! * MIN, lang)}` : `≤ ${formatDuration(bound * MIN, lang)}`));
    const data: uPlot.AlignedData = [BUCKETS.map((_, index) => index), counts];
    const options = (width: number): uPlot.Options => ({
      width,
      height: 220,
      scales: { x: { time: false, range: [-0.5, BUCKETS.length - 0.5] } },
      axes: [{ values: (_u, ticks) => ticks.map((tick) => labels[tick] ?? ''), space: 40 }, { label: t('dashboardAxisReplies') }],
      series: [{ label: t('dashboardBucket'), value: (_u, v) => (v === null ? '' : (labels[v] ?? '')) }, { label: t('dashboardReplies'), fill: 'rgba(36,87,197,0.45)', stroke: '#2457c5', paths: (u, seriesIdx, idx0, idx1) => barsPath(u, seriesIdx, idx0, idx1) }],
      hooks: {
        draw: [
          (u) => {
            // The target of each channel shown: a vertical line where it falls among the buckets.
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = '#b3261e';
            ctx.setLineDash([4, 3]);
            ctx.lineWidth = 2;
            for (const target of targets) {
              const index = BUCKETS.findIndex((bound) => target.minutes <= bound);
              const previous = index > 0 ? BUCKETS[index - 1]! : 0;
              const bound = BUCKETS[index]!;
              const within = bound === Infinity ? 0 : (target.minutes - previous) / (bound - previous);
              const x = u.valToPos(index - 0.5 + within, 'x', true);
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              ctx.fillStyle = '#b3261e';
              ctx.fillText(t(CHANNEL_KEYS[target.channel]), x + 4, u.bbox.top + 12);
            }
            ctx.restore();
          },
        ],
      },
    });
    return { data, options, counts, labels, targets };
  }, [report, q.channel, props.slaMinutes.value, t, lang]);

  return (
    <>
      <section class="rw-card rw-wide" aria-labelledby="rw-dashboard-title">
        <h2 id="rw-dashboard-title">{t('dashboardTitle')}</h2>
        <div class="rw-filters">
          <div class="rw-field">
            <label for="rw-period">{t('dashboardPeriod')}</label>
            <select id="rw-period" value={q.period} onChange={(event) => onQueryChange({ period: (event.currentTarget as HTMLSelectElement).value as Period })}>
              {(Object.keys(PERIOD_KEYS) as Period[]).map((period) => (
                <option key={period} value={period}>
                  {t(PERIOD_KEYS[period])}
                </option>
              ))}
            </select>
          </div>
          {q.period === 'custom' && (
            <>
              <div class="rw-field">
                <label for="rw-from">{t('dashboardFrom')}</label>
                <input id="rw-from" type="date" value={q.from} max={q.to} onChange={(event) => onQueryChange({ from: (event.currentTarget as HTMLInputElement).value })} />
              </div>
              <div class="rw-field">
                <label for="rw-to">{t('dashboardTo')}</label>
                <input id="rw-to" type="date" value={q.to} min={q.from} onChange={(event) => onQueryChange({ to: (event.currentTarget as HTMLInputElement).value })} />
              </div>
            </>
          )}
          <div class="rw-field">
            <label for="rw-site">{t('dashboardSite')}</label>
            <select id="rw-site" value={q.site ?? ''} onChange={(event) => onQueryChange({ site: (event.currentTarget as HTMLSelectElement).value || undefined })}>
              <option value="">{t('dashboardAllSites')}</option>
              {sites.map((site) => (
                <option key={site} value={site}>
                  {site}
                </option>
              ))}
            </select>
          </div>
          <div class="rw-field">
            <label for="rw-channel">{t('dashboardChannel')}</label>
            <select id="rw-channel" value={q.channel ?? ''} onChange={(event) => onQueryChange({ channel: ((event.currentTarget as HTMLSelectElement).value || undefined) as Channel | undefined })}>
              <option value="">{t('dashboardAllChannels')}</option>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(CHANNEL_KEYS[channel])}
                </option>
              ))}
            </select>
          </div>
          <label class="rw-check">
            <input type="checkbox" checked={q.business} onChange={(event) => onQueryChange({ business: (event.currentTarget as HTMLInputElement).checked })} />
            {t('dashboardBusinessHours')}
          </label>
        </div>
        <p class="rw-status" role="status" aria-live="polite">
          {loading ? t('dashboardLoading') : ''}
        </p>
        {error && (
          <p class="rw-notice-error" role="alert">
            {t('dashboardLoadFailed', error)}
          </p>
        )}
        {totalEvents === 0 && !loading && !error ? (
          <div class="rw-empty">
            <p>{t('dashboardEmpty')}</p>
            <p class="rw-muted">{t('dashboardEmptyHow')}</p>
          </div>
        ) : (
          report && (
            <>
              <dl class="rw-headlines">
                <Headline label={t('dashboardFirstMedian')} value={duration(report.stats.firstReply.medianMs)} detail={summaryText(report.stats.firstReply)} />
                <Headline label={t('dashboardFirstP90')} value={duration(report.stats.firstReply.p90Ms)} />
                <Headline label={t('dashboardNextMedian')} value={duration(report.stats.nextReply.medianMs)} detail={summaryText(report.stats.nextReply)} />
                <Headline
                  label={t('dashboardSlaMet')}
                  value={report.sla.percentMet === null ? '–' : formatPercent(report.sla.percentMet, lang)}
                  detail={report.sla.measured === 0 ? t('dashboardNoValues') : t('dashboardBreaches', count(report.sla.breached))}
                />
              </dl>
              <p class="rw-muted">
                {t('dashboardCounts', [count(report.stats.inbound), count(report.stats.replies)])} {q.business ? t('dashboardClockBusiness') : t('dashboardClockCalendar')}
              </p>
              <details class="rw-rules">
                <summary>{t('dashboardRulesTitle')}</summary>
                <ul>
                  <li>{t('dashboardRuleFirst')}</li>
                  <li>{t('dashboardRuleNext')}</li>
                  <li>{t('dashboardRuleFollowUp')}</li>
                  <li>{t('dashboardRuleOrder')}</li>
                  <li>{t('dashboardRuleBusiness')}</li>
                  <li>{t('dashboardRuleStats')}</li>
                  <li>{t('dashboardRuleSla')}</li>
                </ul>
              </details>
            </>
          )
        )}
      </section>
      {report && totalEvents > 0 && (
        <>
          <section class="rw-card rw-wide" aria-labelledby="rw-trend-title">
            <h2 id="rw-trend-title">{t('dashboardTrendTitle')}</h2>
            {trend && <ReplyChart label={t('dashboardTrendLabel')} options={trend.options} data={trend.data} />}
            <details>
              <summary>{t('dashboardShowTable')}</summary>
              <div class="rw-table-scroll">
                <table class="rw-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboardWeek')}</th>
                      <th scope="col">{t('dashboardInbound')}</th>
                      <th scope="col">{t('dashboardReplies')}</th>
                      <th scope="col">{t('dashboardFirstMedian')}</th>
                      <th scope="col">{t('dashboardNextMedian')}</th>
                      <th scope="col">{t('dashboardSlaMet')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.weekly.map((week) => (
                      <tr key={week.date}>
                        <th scope="row">{week.date}</th>
                        <td>{count(week.inbound)}</td>
                        <td>{count(week.replies)}</td>
                        <td>{duration(week.firstReply.medianMs)}</td>
                        <td>{duration(week.nextReply.medianMs)}</td>
                        <td>{week.sla.percentMet === null ? '–' : formatPercent(week.sla.percentMet, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>
          <section class="rw-card rw-wide" aria-labelledby="rw-distribution-title">
            <h2 id="rw-distribution-title">{t('dashboardDistributionTitle')}</h2>
            {distribution && (
              <>
                <ReplyChart label={t('dashboardDistributionLabel')} options={distribution.options} data={distribution.data} />
                <p class="rw-muted">
                  {distribution.targets.map((target) => t('dashboardTargetLine', [t(CHANNEL_KEYS[target.channel]), formatDuration(target.minutes * MIN, lang)])).join(' · ')}
                </p>
                <details>
                  <summary>{t('dashboardShowTable')}</summary>
                  <table class="rw-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboardBucket')}</th>
                        <th scope="col">{t('dashboardReplies')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {distribution.counts.map((n, index) => (
                        <tr key={index}>
                          <th scope="row">{distribution.labels[index]}</th>
                          <td>{count(n)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </>
            )}
          </section>
          <section class="rw-card rw-wide" aria-labelledby="rw-heatmap-title">
            <h2 id="rw-heatmap-title">{t('dashboardHeatmapTitle')}</h2>
            <ReplyHeatmap t={t} lang={lang} heatmap={report.heatmap} />
          </section>
          <section class="rw-card rw-wide" aria-labelledby="rw-breakdown-title">
            <h2 id="rw-breakdown-title">{t('dashboardBreakdownTitle')}</h2>
            <BreakdownTable t={t} caption={t('dashboardBySite')} rows={report.bySite} label={(key) => key} duration={duration} count={count} lang={lang} />
            <BreakdownTable t={t} caption={t('dashboardByChannel')} rows={report.byChannel} label={(key) => t(CHANNEL_KEYS[key as Channel])} duration={duration} count={count} lang={lang} />
            <h3>{t('dashboardAssistTitle')}</h3>
            <table class="rw-table">
              <thead>
                <tr>
                  <th scope="col">{t('dashboardReplyKind')}</th>
                  <th scope="col">{t('dashboardReplies')}</th>
                  <th scope="col">{t('dashboardShare')}</th>
                  <th scope="col">{t('dashboardMedian')}</th>
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ['dashboardWithTemplate', report.withTemplate],
                    ['dashboardWithRewrite', report.withRewrite],
                    ['dashboardUnassisted', report.unassisted],
                  ] as const
                ).map(([key, figures]) => (
                  <tr key={key}>
                    <th scope="row">{t(key)}</th>
                    <td>{count(figures.replies)}</td>
                    <td>{figures.share === null ? '–' : formatPercent(figures.share, lang)}</td>
                    <td>{duration(figures.medianMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <ReplySettingsCard t={t} lang={lang} settings={props.settings} settingsNotice={props.settingsNotice} packTargets={props.packTargets} onSettingsChange={props.onSettingsChange} />
      <ReplyDataCard
        t={t}
        lang={lang}
        storage={props.storage}
        retentionDays={props.retentionDays}
        dataNotice={props.dataNotice}
        totalForDelete={props.totalForDelete}
        onExport={props.onExport}
        onImport={props.onImport}
        onDeleteAll={props.onDeleteAll}
        onRetentionChange={props.onRetentionChange}
      />
    </>
  );
}

function BreakdownTable(props: { t: Translate; caption: string; rows: Breakdown[]; label: (key: string) => string; duration: (ms: number | null) => string; count: (n: number) => string; lang: string }) {
  const { t, rows, duration, count } = props;
  return (
    <div class="rw-table-scroll">
      <table class="rw-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboardName')}</th>
            <th scope="col">{t('dashboardInbound')}</th>
            <th scope="col">{t('dashboardReplies')}</th>
            <th scope="col">{t('dashboardFirstMedian')}</th>
            <th scope="col">{t('dashboardNextMedian')}</th>
            <th scope="col">{t('dashboardSlaMet')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{props.label(row.key)}</th>
              <td>{count(row.inbound)}</td>
              <td>{count(row.replies)}</td>
              <td>{duration(row.firstReply.medianMs)}</td>
              <td>{duration(row.nextReply.medianMs)}</td>
              <td>{row.sla.percentMet === null ? '–' : formatPercent(row.sla.percentMet, props.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Bars centred on each bucket, 70 % of its width. */
function barsPath(u: uPlot, seriesIdx: number, idx0: number, idx1: number): uPlot.Series.Paths | null {
  const path = new Path2D();
  const xs = u.data[0];
  const ys = u.data[seriesIdx]!;
  const step = Math.abs(u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true));
  const zero = u.valToPos(0, 'y', true);
  for (let i = idx0; i <= idx1; i++) {
    const value = ys[i];
    if (value == null || value === 0) continue;
    const x = u.valToPos(xs[i]!, 'x', true);
    const y = u.valToPos(value, 'y', true);
    path.rect(x - step * 0.35, y, step * 0.7, zero - y);
  }
  return { stroke: path, fill: path };
}
