import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/options/options.css';
import type { Notice } from '@/components/options/notice';
import { BusinessHoursView } from '@/components/options/business-hours-view';
import { GeneralSection } from '@/components/options/general-section';
import { OptionsPage, type OptionsView } from '@/components/options/options-page';
import { PacksView } from '@/components/options/packs-view';
import { RulesView } from '@/components/options/rules-view';
import { ShortcutSection } from '@/components/options/shortcut-section';
import { SitesSection } from '@/components/options/sites-section';
import type { Translate, UiLanguage } from '@/lib/i18n';
import type { UserSite } from '@/lib/messages';
import type { PackInstallAnswer, PacksOverview } from '@/lib/packs/store';
import { createDatabase } from '@/lib/db/schema';
import { sendToBackground } from '@/lib/platform/messaging';
import { readCountryHours, type CountryHours, type CountryHoursMap } from '@/lib/locale/hours-settings';
import { getZoneCountries } from '@/lib/locale/zones';
import { DEFAULT_SETTINGS, customerHoursItem, disabledRulesItem, readDisabledRules, readSettings, settingsItem, type Settings } from '@/lib/platform/storage';
import { loadUiLocale } from '@/lib/platform/ui-language';
import { createReplyTimes } from './reply-times';
import { createTemplatesManager } from './templates';
import { SUPPORTED_SITES } from '@/lib/sites/supported';

const root = document.getElementById('app')!;
const settings = signal<Settings>(DEFAULT_SETTINGS);
const settingsNotice = signal<Notice | undefined>(undefined);
const userSites = signal<UserSite[] | undefined>(undefined);
const userSitesError = signal<string | undefined>(undefined);
const shortcut = signal<string | undefined>(undefined);
const packsOverview = signal<PacksOverview | undefined>(undefined);
const packsError = signal<string | undefined>(undefined);
const customerHours = signal<CountryHoursMap>({});
const disabledRules = signal<string[]>([]);
const rulesNotice = signal<Notice | undefined>(undefined);
let t: Translate = (key) => key;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function refreshUserSites(): Promise<void> {
  try {
    userSites.value = await sendToBackground({ type: 'listUserSites' });
    userSitesError.value = undefined;
  } catch (error) {
    userSitesError.value = t('optionsSitesLoadFailed', describe(error));
  }
}

async function onSettingsChange(next: Partial<Settings>): Promise<void> {
  const merged = { ...settings.value, ...next };
  try {
    await settingsItem.setValue(merged);
    settings.value = merged;
    if (next.uiLanguage !== undefined) await applyLocale();
    settingsNotice.value = { kind: 'ok', text: (t) => t('optionsSaved') };
  } catch (error) {
    // The select shows the stored value again: nothing changed.
    settings.value = { ...settings.value };
    settingsNotice.value = { kind: 'error', text: (t) => t('optionsSaveFailed', describe(error)) };
  }
}

function onAddSite(pattern: string): Promise<boolean> {
  // Called straight from the click: the permission prompt needs the user gesture, so nothing is awaited first.
  return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (!granted) return false;
    userSites.value = await sendToBackground({ type: 'addUserSite', pattern });
    return true;
  });
}

async function onRemoveSite(pattern: string): Promise<void> {
  userSites.value = await sendToBackground({ type: 'removeUserSite', pattern });
}

async function refreshPacks(): Promise<void> {
  try {
    packsOverview.value = await sendToBackground({ type: 'listPacks' });
    packsError.value = undefined;
  } catch (error) {
    packsError.value = t('packsLoadFailed', describe(error));
  }
}

/** Runs a pack action, then shows the packs as they are now (also after a failure: nothing changed then). */
async function thenRefreshPacks<T>(action: Promise<T>): Promise<T> {
  try {
    return await action;
  } finally {
    await refreshPacks();
  }
}

/** The personal templates, read from the database (extension pages may open it). */
async function loadPersonalTemplates() {
  const db = createDatabase();
  try {
    return await db.templates.where('source').equals('personal').toArray();
  } finally {
    db.close();
  }
}

function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  // The download has started by the time the click returns; the URL is released after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function onSubscribePack(url: string, originPattern: string): Promise<PackInstallAnswer | 'denied'> {
  // Called straight from the click: the permission prompt needs the user gesture, so nothing is awaited first.
  return browser.permissions
    .request({ origins: [originPattern] })
    .then((granted): Promise<PackInstallAnswer | 'denied'> | 'denied' => (granted ? thenRefreshPacks(sendToBackground({ type: 'subscribePack', url })) : 'denied'));
}

// Chromium browsers (Chrome, Edge) let an extension open their shortcut page; Firefox does not.
const onOpenShortcutSettings = import.meta.env.FIREFOX ? undefined : () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

async function applyLocale(): Promise<void> {
  const locale = await loadUiLocale(settings.value.uiLanguage);
  t = locale.t;
  document.documentElement.lang = locale.lang;
  document.documentElement.dir = locale.dir;
  document.title = t('optionsTitle');
  renderPage();
}

/** The views of the options page, in the order of its navigation; each feature adds its own entry here. */
function getViews(): OptionsView[] {
  return [
    {
      id: 'general',
      label: t('optionsViewGeneral'),
      render: () => (
        <>
          <GeneralSection t={t} settings={settings} notice={settingsNotice} onChange={(next) => void onSettingsChange(next)} />
          <SitesSection
            t={t}
            supportedSites={SUPPORTED_SITES}
            userSites={userSites}
            loadError={userSitesError}
            onAdd={onAddSite}
            onRemove={onRemoveSite}
          />
          <ShortcutSection t={t} current={shortcut.value} onOpenSettings={onOpenShortcutSettings} />
          {templatesManager.renderAgent()}
        </>
      ),
    },
    {
      id: 'templates',
      label: t('templatesManagerTitle'),
      render: templatesManager.render,
    },
    {
      id: 'packs',
      label: t('packsView'),
      render: () => (
        <PacksView
          t={t}
          locale={document.documentElement.lang || 'en'}
          overview={packsOverview}
          loadError={packsError}
          onImport={(text) => thenRefreshPacks(sendToBackground({ type: 'installPack', text }))}
          onSubscribe={onSubscribePack}
          onRemove={(id) => thenRefreshPacks(sendToBackground({ type: 'removePack', id })).then(() => undefined)}
          onCheck={(id) => thenRefreshPacks(sendToBackground({ type: 'checkPackUpdates', id }))}
          onInstallStarter={(language) => thenRefreshPacks(sendToBackground({ type: 'installStarterPack', language: language as UiLanguage }))}
          loadPersonalTemplates={loadPersonalTemplates}
          saveFile={saveFile}
        />
      ),
    },
    {
      id: 'reply-times',
      label: t('dashboardNav'),
      render: replyTimes.render,
    },
    {
      id: 'customer-hours',
      label: t('hoursNav'),
      render: () => (
        <BusinessHoursView t={t} lang={document.documentElement.lang || 'en'} hours={customerHours} countries={getZoneCountries()} onSave={onSaveCustomerHours} />
      ),
    },
    {
      id: 'rules',
      label: t('draftRulesView'),
      render: () => (
        <RulesView t={t} uiLang={document.documentElement.lang || 'en'} disabled={disabledRules} notice={rulesNotice} onToggle={(id, on) => void onToggleRule(id, on)} />
      ),
    },
  ];
}

/** Switches a draft-check rule on or off; the stored list is read back first, so another window's change stays. */
async function onToggleRule(ruleId: string, enabled: boolean): Promise<void> {
  try {
    const current = new Set(readDisabledRules(await disabledRulesItem.getValue()));
    if (enabled) current.delete(ruleId);
    else current.add(ruleId);
    await disabledRulesItem.setValue([...current].sort());
    disabledRules.value = [...current].sort();
    rulesNotice.value = { kind: 'ok', text: (t) => t('optionsSaved') };
  } catch (error) {
    disabledRules.value = [...disabledRules.value];
    rulesNotice.value = { kind: 'error', text: (t) => t('draftRulesSaveFailed', describe(error)) };
  }
}

/** Saves one country's customer hours (undefined removes them); the stored map is read back, so others' entries stay. */
async function onSaveCustomerHours(country: string, hours: CountryHours | undefined): Promise<void> {
  const next = { ...readCountryHours(await customerHoursItem.getValue()) };
  if (hours) next[country] = hours;
  else delete next[country];
  await customerHoursItem.setValue(next);
  customerHours.value = next;
}

const templatesManager = createTemplatesManager(
  () => t,
  () => document.documentElement.lang || 'en',
);

const replyTimes = createReplyTimes(
  () => t,
  () => document.documentElement.lang || 'en',
);

const currentView = signal(location.hash.slice(1));

function renderPage(): void {
  render(<OptionsPage t={t} views={getViews()} current={currentView.value} />, root);
}

async function main(): Promise<void> {
  settings.value = readSettings(await settingsItem.getValue());
  await applyLocale();
  void refreshUserSites();
  void refreshPacks();
  void replyTimes.start();
  templatesManager.start();
  customerHours.value = readCountryHours(await customerHoursItem.getValue());
  customerHoursItem.watch((value) => (customerHours.value = readCountryHours(value)));
  disabledRules.value = readDisabledRules(await disabledRulesItem.getValue());
  disabledRulesItem.watch((value) => (disabledRules.value = readDisabledRules(value)));
  browser.commands
    .getAll()
    .then((commands) => (shortcut.value = commands.find((command) => command.name === 'toggle-sidebar')?.shortcut ?? ''))
    .catch(() => undefined);
  // Another window (or the browser's own settings) may change what this page shows.
  settingsItem.watch((value) => {
    const next = readSettings(value);
    const languageChanged = next.uiLanguage !== settings.value.uiLanguage;
    settings.value = next;
    if (languageChanged) void applyLocale();
  });
  browser.permissions.onAdded.addListener(() => void refreshUserSites());
  // Each view has its own address (options.html#templates), so the back button and links from the sidebar work.
  window.addEventListener('hashchange', () => {
    currentView.value = location.hash.slice(1);
    renderPage();
  });
  browser.permissions.onRemoved.addListener(() => void refreshUserSites());
}

void main();
