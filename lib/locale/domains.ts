// What an email address's domain says about where its owner lives: national webmail providers, country-code
// domains, and the ones that say nothing (global webmail, and country codes sold for their letters).
// Sources: the providers' own sites; IANA Root Zone Database for ccTLDs; Google Search Central, "Managing
// multi-regional sites" (list of ccTLDs Google treats as generic: .ad .as .bz .cc .cd .co .dj .fm .io .la .me .ms .nu
// .sc .sr .su .tv .tk .ws), extended with others commonly sold for their letters (.ai .gg .ly .to .sh .im .gl …).

/** Webmail providers that serve mainly one country → ISO country. */
const NATIONAL_WEBMAIL: Record<string, string> = {
  'web.de': 'DE', 'gmx.de': 'DE', 't-online.de': 'DE', 'freenet.de': 'DE', 'posteo.de': 'DE', 'gmx.at': 'AT', 'gmx.ch': 'CH', 'bluewin.ch': 'CH',
  'orange.fr': 'FR', 'wanadoo.fr': 'FR', 'free.fr': 'FR', 'laposte.net': 'FR', 'sfr.fr': 'FR', 'libero.it': 'IT', 'virgilio.it': 'IT', 'tiscali.it': 'IT',
  'seznam.cz': 'CZ', 'centrum.cz': 'CZ', 'wp.pl': 'PL', 'onet.pl': 'PL', 'o2.pl': 'PL', 'interia.pl': 'PL',
  'mail.ru': 'RU', 'yandex.ru': 'RU', 'rambler.ru': 'RU', 'list.ru': 'RU', 'bk.ru': 'RU', 'inbox.ru': 'RU', 'ukr.net': 'UA', 'abv.bg': 'BG',
  'online.no': 'NO', 'broadpark.no': 'NO', 'luukku.com': 'FI', 'kolumbus.fi': 'FI', 'telia.com': 'SE', 'bredband.net': 'SE', 'jubii.dk': 'DK',
  'btinternet.com': 'GB', 'sky.com': 'GB', 'virginmedia.com': 'GB', 'talktalk.net': 'GB', 'ntlworld.com': 'GB', 'eircom.net': 'IE',
  'comcast.net': 'US', 'att.net': 'US', 'verizon.net': 'US', 'sbcglobal.net': 'US', 'bellsouth.net': 'US', 'cox.net': 'US', 'charter.net': 'US',
  'shaw.ca': 'CA', 'rogers.com': 'CA', 'sympatico.ca': 'CA', 'videotron.ca': 'CA', 'telus.net': 'CA',
  'bigpond.com': 'AU', 'bigpond.net.au': 'AU', 'optusnet.com.au': 'AU', 'xtra.co.nz': 'NZ',
  'uol.com.br': 'BR', 'bol.com.br': 'BR', 'terra.com.br': 'BR', 'ig.com.br': 'BR', 'prodigy.net.mx': 'MX',
  'naver.com': 'KR', 'daum.net': 'KR', 'hanmail.net': 'KR', 'nate.com': 'KR',
  'qq.com': 'CN', 'foxmail.com': 'CN', '163.com': 'CN', '126.com': 'CN', 'yeah.net': 'CN', 'sina.com': 'CN', 'sina.cn': 'CN', 'sohu.com': 'CN', 'aliyun.com': 'CN',
  'nifty.com': 'JP', 'docomo.ne.jp': 'JP', 'ezweb.ne.jp': 'JP', 'au.com': 'JP', 'i.softbank.jp': 'JP', 'softbank.ne.jp': 'JP',
  'rediffmail.com': 'IN', 'chmail.ir': 'IR',
};

/** Global webmail: the domain says nothing about the country. */
const GLOBAL_WEBMAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'proton.me', 'protonmail.com', 'pm.me', 'zoho.com', 'zohomail.com', 'gmx.com', 'gmx.net', 'mail.com', 'yandex.com', 'tutanota.com', 'tuta.io', 'fastmail.com', 'hey.com',
]);

/** Country-code domains used generically (start-ups, media, personal sites): no evidence of a country. */
const GENERIC_CCTLDS = new Set(['ac', 'ad', 'ai', 'am', 'as', 'bz', 'cc', 'cd', 'co', 'cx', 'dj', 'fm', 'ga', 'gg', 'gl', 'gs', 'im', 'io', 'je', 'la', 'ly', 'md', 'me', 'ms', 'mu', 'nu', 'sc', 'sh', 'so', 'sr', 'st', 'su', 'tk', 'to', 'tv', 'vc', 'vg', 'ws']);

/** What a domain tells. `webmail` is true for providers (global or national), whose domain is shared by strangers. */
export type DomainEvidence =
  | { kind: 'national-webmail'; country: string; domain: string; webmail: true }
  | { kind: 'cctld'; country: string; domain: string; tld: string; webmail: false }
  | { kind: 'none'; domain: string; webmail: boolean; reason: 'global-webmail' | 'generic-tld' | 'gtld' };

/** The domain part of an email address, lower case, or undefined when it is not an address. */
export function getEmailDomain(email: string): string | undefined {
  const match = /^[^\s@<>]+@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(email.trim().replace(/^.*<([^>]+)>.*$/, '$1'));
  return match?.[1]?.toLowerCase().replace(/\.$/, '');
}

/** What an email domain says about its owner's country. */
export function readEmailDomain(domain: string): DomainEvidence {
  const host = domain.toLowerCase();
  const national = NATIONAL_WEBMAIL[host];
  if (national) return { kind: 'national-webmail', country: national, domain: host, webmail: true };
  if (GLOBAL_WEBMAIL.has(host)) return { kind: 'none', domain: host, webmail: true, reason: 'global-webmail' };
  // yahoo.co.jp, hotmail.fr, outlook.de: a global provider's national site says the country, but is still webmail.
  const provider = /^(?:yahoo|hotmail|outlook|live|msn|gmx)\./.test(host);
  const tld = host.split('.').pop() ?? '';
  if (tld.length !== 2) return { kind: 'none', domain: host, webmail: provider, reason: 'gtld' };
  if (GENERIC_CCTLDS.has(tld)) return { kind: 'none', domain: host, webmail: provider, reason: 'generic-tld' };
  const country = tld === 'uk' ? 'GB' : tld.toUpperCase();
  if (country === 'EU') return { kind: 'none', domain: host, webmail: provider, reason: 'gtld' };
  if (provider) return { kind: 'national-webmail', country, domain: host, webmail: true };
  return { kind: 'cctld', country, domain: host, tld, webmail: false };
}

/**
 * Languages spoken as the main language in one country or a few, → those countries, the first most likely.
 * English, Spanish, Arabic and French are spoken in too many countries to say much and are left out.
 * Source: CLDR territoryInfo (languagePopulation), Unicode licence.
 */
const LANGUAGE_COUNTRIES: Record<string, readonly string[]> = {
  ja: ['JP'], ko: ['KR'], nb: ['NO'], nn: ['NO'], no: ['NO'], fi: ['FI'], sv: ['SE', 'FI'], da: ['DK'], is: ['IS'], et: ['EE'], lv: ['LV'], lt: ['LT'],
  pl: ['PL'], cs: ['CZ'], sk: ['SK'], hu: ['HU'], ro: ['RO', 'MD'], bg: ['BG'], el: ['GR', 'CY'], tr: ['TR'], he: ['IL'], th: ['TH'], vi: ['VN'],
  id: ['ID'], ms: ['MY'], fa: ['IR', 'AF'], uk: ['UA'], hr: ['HR'], sl: ['SI'], sr: ['RS'], ka: ['GE'], hy: ['AM'], hi: ['IN'], bn: ['BD', 'IN'],
  ur: ['PK'], ta: ['IN', 'LK'], zh: ['CN', 'TW', 'HK', 'SG'], pt: ['BR', 'PT'], de: ['DE', 'AT', 'CH'], it: ['IT', 'CH'], nl: ['NL', 'BE'],
  ru: ['RU', 'BY', 'KZ'], tl: ['PH'], fil: ['PH'], sw: ['TZ', 'KE'], am: ['ET'], my: ['MM'], km: ['KH'], ne: ['NP'], si: ['LK'], mn: ['MN'],
};

/** The countries a language suggests (an empty list for widely spoken languages). */
export function getLanguageCountries(language: string): readonly string[] {
  let countries = languageCache.get(language);
  if (!countries) {
    countries = readLanguageCountries(language);
    if (languageCache.size > 500) languageCache.clear();
    languageCache.set(language, countries);
  }
  return countries;
}
const languageCache = new Map<string, readonly string[]>();

function readLanguageCountries(language: string): readonly string[] {
  const tag = language.trim().replace('_', '-');
  let base = tag.toLowerCase().split('-')[0] ?? '';
  try {
    base = new Intl.Locale(tag).language;
  } catch {
    // Not a BCP 47 tag: the first letters are used as they are.
  }
  return LANGUAGE_COUNTRIES[base] ?? [];
}
