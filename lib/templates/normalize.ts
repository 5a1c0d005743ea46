// Text folding for template search: what an agent types should find a template however either of them spelled
// accents, Nordic letters, Arabic-script letter variants and digits.

const FOLDS: Record<string, string> = {
  // Letters that Unicode does not decompose into a base letter and a mark.
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  // Arabic-script variants: Arabic yeh/alef maksura and kaf are typed for the Persian letters, teh marbuta for heh.
  'ي': 'ی',
  'ى': 'ی',
  'ك': 'ک',
  'ة': 'ه',
  'ٱ': 'ا',
  // Arabic-Indic and Persian digits.
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
// Combining marks (accents, Arabic harakat, the hamza and madda that NFD splits off) and the tatweel.
const MARKS = /[\p{M}\u0640]/gu;
const ZWNJ = '\u200c';
const WORD = /[\p{L}\p{N}\u200c]+/gu;

/** Lower case, accents and marks removed, letter variants and digits folded (ZWNJ kept; see `getSearchTerms`). */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(FOLD_PATTERN, (char) => FOLDS[char]!);
}

/**
 * The search terms of a text, in order. A word written with a zero-width non-joiner (Persian `می‌خواهم`) gives the
 * joined word and each of its parts, so it is found whether the agent types the ZWNJ, a space or nothing.
 */
export function getSearchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of foldText(text).matchAll(WORD)) {
    if (!word.includes(ZWNJ)) {
      terms.push(word);
      continue;
    }
    const parts = word.split(ZWNJ).filter(Boolean);
    if (parts.length > 0) terms.push(parts.join(''));
    if (parts.length > 1) terms.push(...parts);
  }
  return terms;
}

/** The terms of a query: like `getSearchTerms`, but a ZWNJ only joins (the agent's words are what they typed). */
export function getQueryTerms(query: string): string[] {
  return [...foldText(query).replaceAll(ZWNJ, '').matchAll(WORD)].map(([word]) => word);
}
