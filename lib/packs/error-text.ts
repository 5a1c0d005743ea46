import type { Translate } from '../i18n';
import type { PackError, PackErrorCode } from './schema';

/** The interface message of each pack error code; `$1`, `$2` are the error's `params` in order. */
const PACK_ERROR_KEYS: Record<PackErrorCode, string> = {
  fileTooLarge: 'packsErrorFileTooLarge',
  notJson: 'packsErrorNotJson',
  circular: 'packsErrorCircular',
  notObject: 'packsErrorNotObject',
  notPack: 'packsErrorNotPack',
  wrongFormat: 'packsErrorWrongFormat',
  unsupportedVersion: 'packsErrorUnsupportedVersion',
  required: 'packsErrorRequired',
  wrongType: 'packsErrorWrongType',
  unknownField: 'packsErrorUnknownField',
  empty: 'packsErrorEmpty',
  blank: 'packsErrorBlank',
  tooLong: 'packsErrorTooLong',
  tooFew: 'packsErrorTooFew',
  tooMany: 'packsErrorTooMany',
  notWholeNumber: 'packsErrorNotWholeNumber',
  numberTooSmall: 'packsErrorNumberTooSmall',
  numberTooLarge: 'packsErrorNumberTooLarge',
  invalidPackId: 'packsErrorInvalidPackId',
  invalidTemplateId: 'packsErrorInvalidTemplateId',
  invalidVersion: 'packsErrorInvalidVersion',
  invalidShortcut: 'packsErrorInvalidShortcut',
  invalidLanguage: 'packsErrorInvalidLanguage',
  invalidSource: 'packsErrorInvalidSource',
  invalidChoice: 'packsErrorInvalidChoice',
  listedTwice: 'packsErrorListedTwice',
  variantLanguageTwice: 'packsErrorVariantLanguageTwice',
  duplicateId: 'packsErrorDuplicateId',
  duplicateShortcut: 'packsErrorDuplicateShortcut',
  languageNotListed: 'packsErrorLanguageNotListed',
  languageListedTwice: 'packsErrorLanguageListedTwice',
  duplicateRule: 'packsErrorDuplicateRule',
  controlCharacter: 'packsErrorControlCharacter',
  invalid: 'packsErrorInvalid',
};

/**
 * A pack error in the interface language. An error without a known code (one from an older background page, say)
 * keeps its English message rather than showing nothing.
 */
export function getPackErrorText(t: Translate, error: Pick<PackError, 'message'> & Partial<Pick<PackError, 'code' | 'params'>>): string {
  const key = error.code === undefined ? undefined : PACK_ERROR_KEYS[error.code];
  return key === undefined ? error.message : t(key, error.params ?? []);
}
