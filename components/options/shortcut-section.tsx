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

/** Stands in for the shortcut inside the translated sentence, so each language keeps its own word order. */
const MARK = '\u0000';

function WithShortcut({ text, shortcut }: { text: string; shortcut: string }) {
  const [before = '', after = ''] = text.split(MARK);
  return (
    <>
      {before}
      <kbd dir="ltr">{shortcut}</kbd>
      {after}
    </>
  );
}

/** Where to change the keyboard shortcut that opens the sidebar. */
export function ShortcutSection({ t, current, onOpenSettings }: ShortcutSectionProps) {
  return (
    <section class="rw-card" aria-labelledby="rw-shortcut-title">
      <h2 id="rw-shortcut-title">{t('optionsShortcut')}</h2>
      {current !== undefined && (
        <p>
          {current ? (
            <WithShortcut text={t('optionsShortcutCurrent', MARK)} shortcut={current} />
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
