import { computed, signal } from '@preact/signals';
import type { Notice } from '@/components/options/notice';
import type { StorageFigures } from '@/components/options/reply-data-card';
import { ReplyTimesView, type DashboardQuery, type DashboardState } from '@/components/options/reply-times-view';
import { addEvents, countEvents, deleteAllEvents, deleteEventsOlderThan, readAllEvents, readEventsBetween, readEventsForPeriod, readSites } from '@/lib/db/events';
import { createDatabase, type ReplywellDatabase } from '@/lib/db/schema';
import type { Translate } from '@/lib/i18n';
import { replyLogSettingsItem } from '@/lib/platform/storage';
import { parseLogFile, toCsv, toJson, type ImportProblem, type ImportProblemCode } from '@/lib/responses/log-file';
import { CHANNELS, computeReplyReport, type Channel } from '@/lib/responses/report';
import { getDefaultReplyLogSettings, getSlaMinutes, readReplyLogSettings, type ReplyLogSettings } from '@/lib/responses/settings';
import type { ResponseEvent } from '@/lib/responses/stats';

const DAY = 86_400_000;
const PROBLEM_KEYS: Record<ImportProblemCode, string> = {
  tooLarge: 'dashboardImportTooLarge',
  notJson: 'dashboardImportNotJson',
  notExport: 'dashboardImportNotExport',
  version: 'dashboardImportVersion',
  notList: 'dashboardImportNotList',
  field: 'dashboardImportField',
  idMismatch: 'dashboardImportIdMismatch',
};
const localTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isQuotaError = (error: unknown) => error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');

/** 'YYYY-MM-DD' of a local date. */
function localDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function localMidnight(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day!).getTime();
}

/** The period a query names, as [from, to) epoch ms in the browser's time zone. */
export function getPeriodRange(query: DashboardQuery, now = Date.now()): { from: number; to: number } {
  const today = localMidnight(localDate(now));
  switch (query.period) {
    case 'today':
      return { from: today, to: now + 1 };
    case '7d':
      return { from: localMidnight(localDate(today - 6 * DAY + DAY / 2)), to: now + 1 };
    case '30d':
      return { from: localMidnight(localDate(today - 29 * DAY + DAY / 2)), to: now + 1 };
    case 'custom': {
      const from = localMidnight(query.from);
      const to = localMidnight(localDate(localMidnight(query.to) + DAY + DAY / 2));
      return to > from ? { from, to } : { from, to: from + DAY };
    }
  }
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The reply-times view's data: the Dexie log, the settings item, and the actions of the view. */
export function createReplyTimes(getT: () => Translate, getLang: () => string) {
  let database: ReplywellDatabase | undefined;
  const db = () => (database ??= createDatabase());
  const today = localDate(Date.now());
  const state = signal<DashboardState>({ loading: true, totalEvents: 0, sites: [] });
  const query = signal<DashboardQuery>({ period: '7d', from: localDate(Date.now() - 6 * DAY), to: today, site: undefined, channel: undefined, business: false });
  const settings = signal<ReplyLogSettings>(getDefaultReplyLogSettings(localTimeZone));
  const packTargets = signal<Partial<Record<Channel, number>>>({});
  const slaMinutes = computed(() => getSlaMinutes(settings.value, packTargets.value));
  const storage = signal<StorageFigures | undefined>(undefined);
  const dataNotice = signal<Notice | undefined>(undefined);
  const settingsNotice = signal<Notice | undefined>(undefined);
  const retentionDays = computed(() => settings.value.retentionDays);
  const totalForDelete = computed(() => state.value.totalEvents);
  let generation = 0;

  async function readPackTargets(): Promise<void> {
    const packs = await db().packs.toArray();
    const targets: Partial<Record<Channel, number>> = {};
    for (const pack of packs.sort((a, b) => a.installedAt - b.installedAt)) {
      const sla = pack.sla as Partial<Record<Channel, unknown>> | undefined;
      for (const channel of CHANNELS) if (typeof sla?.[channel] === 'number') targets[channel] = sla[channel];
    }
    packTargets.value = targets;
  }

  async function readStorage(): Promise<void> {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    const persisted = await navigator.storage?.persisted?.().catch(() => undefined);
    storage.value = { usage: estimate?.usage, quota: estimate?.quota, persisted };
  }

  async function refresh(): Promise<void> {
    const asked = ++generation;
    state.value = { ...state.value, loading: true, error: undefined };
    try {
      const q = query.value;
      const { from, to } = getPeriodRange(q);
      const [totalEvents, sites, events] = await Promise.all([countEvents(db()), readSites(db()), readEventsForPeriod(db(), { from, to, site: q.site, channel: q.channel })]);
      const report = computeReplyReport(events, {
        from,
        to,
        timeZone: localTimeZone,
        slaMinutes: slaMinutes.value,
        businessHours: q.business ? settings.value.businessHours : undefined,
        site: q.site,
        channel: q.channel,
      });
      if (asked === generation) state.value = { loading: false, report, totalEvents, sites };
    } catch (error) {
      if (asked === generation) state.value = { ...state.value, loading: false, error: describe(error) };
    }
  }

  async function saveSettings(next: Partial<ReplyLogSettings>): Promise<void> {
    const merged = { ...settings.value, ...next };
    try {
      await replyLogSettingsItem.setValue(merged as unknown as Record<string, unknown>);
      settings.value = merged;
      settingsNotice.value = { kind: 'ok', text: (t) => t('optionsSaved') };
      void refresh();
    } catch (error) {
      settingsNotice.value = { kind: 'error', text: (t) => t('optionsSaveFailed', describe(error)) };
    }
  }

  async function onExport(format: 'csv' | 'json', scope: 'all' | 'period'): Promise<void> {
    try {
      let events: ResponseEvent[];
      let name = `replywell-reply-log-${localDate(Date.now())}`;
      if (scope === 'period') {
        const { from, to } = getPeriodRange(query.value);
        events = await readEventsBetween(db(), { from, to, site: query.value.site, channel: query.value.channel });
        name = `replywell-reply-log-${localDate(from)}-to-${localDate(to - 1)}`;
      } else {
        events = await readAllEvents(db());
      }
      if (format === 'csv') download(toCsv(events), 'text/csv;charset=utf-8', `${name}.csv`);
      else download(toJson(events, Date.now()), 'application/json', `${name}.json`);
      dataNotice.value = { kind: 'ok', text: (t) => t('dashboardExported', new Intl.NumberFormat(getLang()).format(events.length)) };
    } catch (error) {
      dataNotice.value = { kind: 'error', text: (t) => t('dashboardExportFailed', describe(error)) };
    }
  }

  const describeProblem = (t: Translate, problem: ImportProblem) => {
    const where = problem.line === undefined ? problem.path : t('dashboardImportWhere', [String(problem.line), problem.path || '–']);
    return `${where}: ${t(PROBLEM_KEYS[problem.code])} ${problem.code === 'field' ? `(${problem.message})` : ''}`.trim();
  };

  async function onImport(file: File): Promise<void> {
    try {
      const result = parseLogFile(await file.text());
      if (!result.ok) {
        const problems = result.errors;
        dataNotice.value = { kind: 'error', text: (t) => `${t('dashboardImportRefused', file.name)} ${problems.slice(0, 3).map((p) => describeProblem(t, p)).join('; ')}${problems.length > 3 ? ` ${t('dashboardImportMore', String(problems.length - 3))}` : ''}` };
        return;
      }
      const added = await addEvents(db(), result.events);
      const lang = getLang();
      dataNotice.value = { kind: 'ok', text: (t) => t('dashboardImported', [new Intl.NumberFormat(lang).format(added), new Intl.NumberFormat(lang).format(result.events.length - added)]) };
      void refresh();
      void readStorage();
    } catch (error) {
      dataNotice.value = isQuotaError(error) ? { kind: 'error', text: (t) => t('dashboardDiskFull') } : { kind: 'error', text: (t) => t('dashboardImportFailed', describe(error)) };
    }
  }

  async function onDeleteAll(): Promise<void> {
    try {
      await deleteAllEvents(db());
      dataNotice.value = { kind: 'ok', text: (t) => t('dashboardDeleted') };
      void refresh();
      void readStorage();
    } catch (error) {
      dataNotice.value = { kind: 'error', text: (t) => t('dashboardDeleteFailed', describe(error)) };
    }
  }

  async function onRetentionChange(days: number | null): Promise<void> {
    await saveSettings({ retentionDays: days });
    if (days !== null) {
      const removed = await deleteEventsOlderThan(db(), days, Date.now());
      if (removed > 0) dataNotice.value = { kind: 'ok', text: (t) => t('dashboardRetentionApplied', new Intl.NumberFormat(getLang()).format(removed)) };
      void refresh();
    }
  }

  async function start(): Promise<void> {
    settings.value = readReplyLogSettings(await replyLogSettingsItem.getValue(), localTimeZone);
    replyLogSettingsItem.watch((value) => (settings.value = readReplyLogSettings(value, localTimeZone)));
    await readPackTargets().catch(() => undefined);
    // An extension page may ask for persistent storage; with unlimitedStorage the browser grants it.
    await navigator.storage?.persist?.().catch(() => undefined);
    void readStorage();
    // Replies logged while the page was in the background show when the agent comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void refresh();
    });
    await refresh();
  }

  return {
    start,
    refresh,
    render: () => (
      <ReplyTimesView
        t={getT()}
        lang={getLang()}
        state={state}
        query={query}
        slaMinutes={slaMinutes}
        onQueryChange={(next) => {
          query.value = { ...query.value, ...next };
          void refresh();
        }}
        settings={settings}
        settingsNotice={settingsNotice}
        packTargets={packTargets}
        onSettingsChange={(next) => void saveSettings(next)}
        storage={storage}
        retentionDays={retentionDays}
        dataNotice={dataNotice}
        totalForDelete={totalForDelete}
        onExport={(format, scope) => void onExport(format, scope)}
        onImport={(file) => void onImport(file)}
        onDeleteAll={() => void onDeleteAll()}
        onRetentionChange={(days) => void onRetentionChange(days)}
      />
    ),
  };
}
