// Citations shared by the country files. Each helper builds the address of one public page; the title names the
// publisher so that a reader can find the page again if its address moves.
import type { EtiquetteSource } from '../etiquette';

/** The "Business Travel" chapter of a US Country Commercial Guide, whose "Business Customs" section we draw on. */
export function ccg(slug: string, country: string): EtiquetteSource {
  return { title: `${country} Country Commercial Guide: Business Travel, Business Customs (U.S. International Trade Administration)`, url: `https://www.trade.gov/country-commercial-guides/${slug}-business-travel` };
}

/** The "Local laws and customs" page of the UK Foreign, Commonwealth & Development Office's travel advice. */
export function govuk(slug: string, country: string): EtiquetteSource {
  return { title: `GOV.UK foreign travel advice, ${country}: local laws and customs`, url: `https://www.gov.uk/foreign-travel-advice/${slug}/local-laws-and-customs` };
}

/** An English Wikipedia article, by its title. */
export function wiki(article: string): EtiquetteSource {
  return { title: `Wikipedia: ${article.replace(/_/g, ' ')}`, url: `https://en.wikipedia.org/wiki/${article.replace(/ /g, '_')}` };
}

/** An English Wiktionary entry (meaning and usage of a word or set phrase). */
export function wikt(entry: string): EtiquetteSource {
  return { title: `Wiktionary: ${entry}`, url: `https://en.wiktionary.org/wiki/${entry.replace(/ /g, '_')}` };
}

/** CLDR's person-name data: which locales write the surname first (nameOrderLocales order="surnameFirst"). */
export const CLDR_NAME_ORDER: EtiquetteSource = {
  title: 'Unicode LDML (UTS #35), Part 8: Person Names, nameOrderLocales (surnameFirst: ja, ko, vi, yue, zh)',
  url: 'https://www.unicode.org/reports/tr35/tr35-personNames.html',
};

/** Wikipedia's article on formal and informal "you" across languages. */
export const TV_DISTINCTION: EtiquetteSource = wiki('T–V_distinction');
