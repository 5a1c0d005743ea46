import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flushPendingReports } from '@/entrypoints/background/pending-reports';
import { pendingReports, PENDING_GRACE_MS } from '@/lib/platform/pending-reports';
import type { SiteEventReport } from '@/lib/responses/schema';

const NOW = Date.UTC(2026, 10, 22, 10);
const report = (threadId: string): SiteEventReport => ({ kind: 'reply', threadId, at: NOW - 60_000, observed: false, site: 'gmail', channel: 'email' });
const stored = async () => Object.keys(await fakeBrowser.storage.local.get(null));

beforeEach(() => fakeBrowser.reset());

describe('pending reports in extension storage', () => {
  it('are kept one key each, beside the settings, and read back without them', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'auto', triggerKey: 'Tab' } });
    const [first, second] = await Promise.all([pendingReports.add({ savedAt: NOW, item: report('a') }), pendingReports.add({ savedAt: NOW, item: report('b') })]);
    expect(first).not.toBe(second);
    expect(await pendingReports.readAll()).toEqual({ [first]: { savedAt: NOW, item: report('a') }, [second]: { savedAt: NOW, item: report('b') } });
    await pendingReports.remove(first);
    expect((await stored()).sort()).toEqual([`pendingReport.${second}`, 'settings']);
  });
});

describe('the background at start', () => {
  it('stores what closed tabs left, drops damaged entries, and leaves fresh ones to their tab', async () => {
    await fakeBrowser.storage.local.set({
      'pendingReport.old': { savedAt: NOW - PENDING_GRACE_MS, item: report('left-behind') },
      'pendingReport.fresh': { savedAt: NOW - 1000, item: report('in-flight') },
      'pendingReport.damaged': { savedAt: NOW - PENDING_GRACE_MS, item: { ...report('x'), at: 'soon' } },
    });
    const logged: string[] = [];
    await flushPendingReports(async (event) => logged.push(event.threadId), NOW);
    expect(logged).toEqual(['left-behind']);
    expect(await stored()).toEqual(['pendingReport.fresh']);
  });

  it('keeps a report the log could not store (a full disk) for the next start', async () => {
    await fakeBrowser.storage.local.set({ 'pendingReport.old': { savedAt: NOW - PENDING_GRACE_MS, item: report('kept') } });
    await expect(flushPendingReports(() => Promise.reject(new Error('QuotaExceededError: the disk is full')), NOW)).rejects.toThrow('QuotaExceededError');
    expect(await stored()).toEqual(['pendingReport.old']);
  });
});
