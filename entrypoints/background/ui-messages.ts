import type { UiLanguage } from '@/lib/i18n';
import en from '@/public/_locales/en/messages.json';
import fa from '@/public/_locales/fa/messages.json';
import fi from '@/public/_locales/fi/messages.json';
import nb from '@/public/_locales/nb/messages.json';

const MESSAGES: Record<UiLanguage, Record<string, { message: string }>> = { en, nb, fi, fa };

/** The interface messages of one language with English filling any gap. */
export function getUiMessages(lang: UiLanguage): Record<string, { message: string }> {
  return { ...MESSAGES.en, ...MESSAGES[lang] };
}
