import type { Translate } from '../i18n';
import type { ShortcutTemplate } from '../messages';

/**
 * Templates that ship inside the extension so that insertion and shortcut expansion work before the user has any
 * of their own. Their text comes from the interface language's messages.
 */
export function getBuiltinTemplates(t: Translate): ShortcutTemplate[] {
  return [
    { id: 'builtin-thanks', shortcut: ';thanks', title: t('builtinThanksTitle'), text: t('builtinThanksBody') },
    { id: 'builtin-hello', shortcut: ';hello', title: t('builtinHelloTitle'), text: t('builtinHelloBody') },
  ];
}
