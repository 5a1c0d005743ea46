import type { Translate } from '@/lib/i18n';

export interface ShortcutSectionProps {
  t: Translate;
  /** The shortcut the browser has assigned to opening the sidebar; empty when none is set. */
  current: string | undefined;
  /**
   * Opens the browser's shortcut settings. Chromium browsers have a page an extension may open; Firefox keeps the
   * setting behind a menu that no extension can open, so there we explain the way instead (undefined).
   */
  onOpenSettings: (() => void) | undefined;
}

/** Where to change the keyboard shortcut that opens the sidebar. */
export function ShortcutSection({ t, current, onOpenSettings }: ShortcutSectionProps) {
  return (
    <section class="rw-card" aria-labelledby="rw-shortcut-title">
      <h2 id="rw-shortcut-title">{t('optionsShortcut')}</h2>
      {current !== undefined && (
        <p>
          {current ? (
            <>
              {t('optionsShortcutCurrent')} <kbd dir="ltr">{current}</kbd>
            </>
          ) : (
            t('optionsShortcutNone')
          )}
        </p>
      )}
      <p>{t('optionsShortcutHelp')}</p>
      {onOpenSettings ? (
        <button type="button" class="rw-button" onClick={onOpenSettings}>
          {t('optionsShortcutOpen')}
        </button>
      ) : (
        <p>{t('optionsShortcutFirefox')}</p>
      )}
    </section>
  );
}
