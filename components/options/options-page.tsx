import type { Signal } from '@preact/signals';
import type { Translate } from '@/lib/i18n';
import type { UserSite } from '@/lib/messages';
import type { Settings } from '@/lib/platform/storage';
import type { SupportedSite } from '@/lib/sites/supported';
import { GeneralSection } from './general-section';
import type { Notice } from './notice';
import { ShortcutSection } from './shortcut-section';
import { SitesSection } from './sites-section';

export interface OptionsPageProps {
  t: Translate;
  settings: Signal<Settings>;
  settingsNotice: Signal<Notice | undefined>;
  onSettingsChange: (next: Partial<Settings>) => void;
  supportedSites: readonly SupportedSite[];
  userSites: Signal<UserSite[] | undefined>;
  userSitesError: Signal<string | undefined>;
  onAddSite: (pattern: string) => Promise<boolean>;
  onRemoveSite: (pattern: string) => Promise<void>;
  shortcut: Signal<string | undefined>;
  onOpenShortcutSettings: (() => void) | undefined;
}

/** The whole options page: general settings, sites and the keyboard shortcut. */
export function OptionsPage(props: OptionsPageProps) {
  const { t } = props;
  return (
    <main class="rw-options">
      <h1>{t('optionsTitle')}</h1>
      <GeneralSection t={t} settings={props.settings} notice={props.settingsNotice} onChange={props.onSettingsChange} />
      <SitesSection
        t={t}
        supportedSites={props.supportedSites}
        userSites={props.userSites}
        loadError={props.userSitesError}
        onAdd={props.onAddSite}
        onRemove={props.onRemoveSite}
      />
      <ShortcutSection t={t} current={props.shortcut.value} onOpenSettings={props.onOpenShortcutSettings} />
    </main>
  );
}
