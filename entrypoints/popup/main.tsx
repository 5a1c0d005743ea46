import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/options/options.css';
import '@/components/popup/popup.css';
import { Popup, type PopupStatus } from '@/components/popup/popup';
import { sendToTab } from '@/lib/platform/messaging';
import { readSettings, settingsItem, siteSwitchesItem } from '@/lib/platform/storage';
import { loadUiLocale } from '@/lib/platform/ui-language';

const status = signal<PopupStatus>({ kind: 'loading' });
const error = signal<string | undefined>(undefined);

/** Asks the active tab's content script where it runs; no answer means Replywell is not on that page. */
async function readStatus(): Promise<PopupStatus> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'absent' };
  try {
    const page = await sendToTab(tab.id, { type: 'getPageStatus' });
    return { kind: 'present', host: page.host, enabled: page.enabled };
  } catch {
    return { kind: 'absent' };
  }
}

async function main(): Promise<void> {
  const locale = await loadUiLocale(readSettings(await settingsItem.getValue()).uiLanguage);
  const { t } = locale;
  document.documentElement.lang = locale.lang;
  document.documentElement.dir = locale.dir;

  const onToggle = async (enabled: boolean) => {
    const current = status.value;
    if (current.kind !== 'present') return;
    try {
      // The content script watches this item and mounts or removes the sidebar at once.
      const switches = await siteSwitchesItem.getValue();
      await siteSwitchesItem.setValue({ ...switches, [current.host]: enabled });
      status.value = { ...current, enabled };
      error.value = undefined;
    } catch (cause) {
      status.value = { ...current };
      error.value = t('popupSaveFailed', cause instanceof Error ? cause.message : String(cause));
    }
  };

  render(
    <Popup
      t={t}
      status={status}
      error={error}
      onToggle={(enabled) => void onToggle(enabled)}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />,
    document.getElementById('app')!,
  );
  status.value = await readStatus();
}

void main();
