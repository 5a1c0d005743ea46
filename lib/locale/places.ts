// Places that a signature or address names: a small table of cities (capitals, business centres and the large
// cities of countries with several zones) with their IANA zone, US and Canadian postal abbreviations, and country
// names in the languages customers write them in (from Intl.DisplayNames, so no list of names is kept here).
// Sources: city → zone from the IANA tz database zone.tab comments and the cities' own governments' sites;
// US state / Canadian province codes from USPS Publication 28 and Canada Post.
import { getCountryOfZone } from './zones';

/** City name (lower case, as written locally and in English) → IANA zone; the zone gives the country. */
const CITIES: Record<string, string> = {
  // Europe
  oslo: 'Europe/Oslo', bergen: 'Europe/Oslo', trondheim: 'Europe/Oslo', stavanger: 'Europe/Oslo', tromsø: 'Europe/Oslo',
  stockholm: 'Europe/Stockholm', göteborg: 'Europe/Stockholm', gothenburg: 'Europe/Stockholm', malmö: 'Europe/Stockholm',
  københavn: 'Europe/Copenhagen', copenhagen: 'Europe/Copenhagen', aarhus: 'Europe/Copenhagen',
  helsinki: 'Europe/Helsinki', espoo: 'Europe/Helsinki', tampere: 'Europe/Helsinki', turku: 'Europe/Helsinki', oulu: 'Europe/Helsinki',
  reykjavík: 'Atlantic/Reykjavik', reykjavik: 'Atlantic/Reykjavik',
  london: 'Europe/London', manchester: 'Europe/London', birmingham: 'Europe/London', edinburgh: 'Europe/London', glasgow: 'Europe/London', bristol: 'Europe/London', leeds: 'Europe/London',
  dublin: 'Europe/Dublin', cork: 'Europe/Dublin',
  berlin: 'Europe/Berlin', münchen: 'Europe/Berlin', munich: 'Europe/Berlin', hamburg: 'Europe/Berlin', köln: 'Europe/Berlin', cologne: 'Europe/Berlin', frankfurt: 'Europe/Berlin', stuttgart: 'Europe/Berlin', düsseldorf: 'Europe/Berlin',
  wien: 'Europe/Vienna', vienna: 'Europe/Vienna', zürich: 'Europe/Zurich', zurich: 'Europe/Zurich', genève: 'Europe/Zurich', geneva: 'Europe/Zurich', basel: 'Europe/Zurich',
  paris: 'Europe/Paris', lyon: 'Europe/Paris', marseille: 'Europe/Paris', toulouse: 'Europe/Paris',
  bruxelles: 'Europe/Brussels', brussels: 'Europe/Brussels', antwerpen: 'Europe/Brussels', amsterdam: 'Europe/Amsterdam', rotterdam: 'Europe/Amsterdam', utrecht: 'Europe/Amsterdam',
  madrid: 'Europe/Madrid', barcelona: 'Europe/Madrid', valencia: 'Europe/Madrid', sevilla: 'Europe/Madrid', 'las palmas': 'Atlantic/Canary', 'santa cruz de tenerife': 'Atlantic/Canary',
  lisboa: 'Europe/Lisbon', lisbon: 'Europe/Lisbon', porto: 'Europe/Lisbon', 'ponta delgada': 'Atlantic/Azores',
  roma: 'Europe/Rome', rome: 'Europe/Rome', milano: 'Europe/Rome', milan: 'Europe/Rome', napoli: 'Europe/Rome', torino: 'Europe/Rome',
  warszawa: 'Europe/Warsaw', warsaw: 'Europe/Warsaw', kraków: 'Europe/Warsaw', krakow: 'Europe/Warsaw', wrocław: 'Europe/Warsaw',
  praha: 'Europe/Prague', prague: 'Europe/Prague', budapest: 'Europe/Budapest', bucurești: 'Europe/Bucharest', bucharest: 'Europe/Bucharest',
  athens: 'Europe/Athens', αθήνα: 'Europe/Athens', istanbul: 'Europe/Istanbul', İstanbul: 'Europe/Istanbul', ankara: 'Europe/Istanbul',
  kyiv: 'Europe/Kyiv', kiev: 'Europe/Kyiv', київ: 'Europe/Kyiv', tallinn: 'Europe/Tallinn', riga: 'Europe/Riga', vilnius: 'Europe/Vilnius',
  moscow: 'Europe/Moscow', москва: 'Europe/Moscow', 'saint petersburg': 'Europe/Moscow', 'санкт-петербург': 'Europe/Moscow', kaliningrad: 'Europe/Kaliningrad',
  samara: 'Europe/Samara', yekaterinburg: 'Asia/Yekaterinburg', екатеринбург: 'Asia/Yekaterinburg', novosibirsk: 'Asia/Novosibirsk', новосибирск: 'Asia/Novosibirsk',
  krasnoyarsk: 'Asia/Krasnoyarsk', irkutsk: 'Asia/Irkutsk', vladivostok: 'Asia/Vladivostok', владивосток: 'Asia/Vladivostok',
  // Middle East and Africa
  tehran: 'Asia/Tehran', تهران: 'Asia/Tehran', mashhad: 'Asia/Tehran', isfahan: 'Asia/Tehran', اصفهان: 'Asia/Tehran', shiraz: 'Asia/Tehran', tabriz: 'Asia/Tehran',
  dubai: 'Asia/Dubai', 'abu dhabi': 'Asia/Dubai', riyadh: 'Asia/Riyadh', jeddah: 'Asia/Riyadh', الرياض: 'Asia/Riyadh', doha: 'Asia/Qatar', 'kuwait city': 'Asia/Kuwait', manama: 'Asia/Bahrain', muscat: 'Asia/Muscat',
  'tel aviv': 'Asia/Jerusalem', jerusalem: 'Asia/Jerusalem', amman: 'Asia/Amman', beirut: 'Asia/Beirut', baghdad: 'Asia/Baghdad',
  cairo: 'Africa/Cairo', القاهرة: 'Africa/Cairo', alexandria: 'Africa/Cairo', casablanca: 'Africa/Casablanca', tunis: 'Africa/Tunis', algiers: 'Africa/Algiers',
  lagos: 'Africa/Lagos', abuja: 'Africa/Lagos', accra: 'Africa/Accra', nairobi: 'Africa/Nairobi', 'addis ababa': 'Africa/Addis_Ababa', 'dar es salaam': 'Africa/Dar_es_Salaam',
  johannesburg: 'Africa/Johannesburg', 'cape town': 'Africa/Johannesburg', durban: 'Africa/Johannesburg', pretoria: 'Africa/Johannesburg', kinshasa: 'Africa/Kinshasa', lubumbashi: 'Africa/Lubumbashi',
  // Asia and Oceania
  mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', bangalore: 'Asia/Kolkata', chennai: 'Asia/Kolkata', hyderabad: 'Asia/Kolkata', kolkata: 'Asia/Kolkata', pune: 'Asia/Kolkata',
  karachi: 'Asia/Karachi', lahore: 'Asia/Karachi', islamabad: 'Asia/Karachi', dhaka: 'Asia/Dhaka', colombo: 'Asia/Colombo', kathmandu: 'Asia/Kathmandu', kabul: 'Asia/Kabul',
  beijing: 'Asia/Shanghai', 北京: 'Asia/Shanghai', shanghai: 'Asia/Shanghai', 上海: 'Asia/Shanghai', shenzhen: 'Asia/Shanghai', 深圳: 'Asia/Shanghai', guangzhou: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong', 香港: 'Asia/Hong_Kong',
  taipei: 'Asia/Taipei', 台北: 'Asia/Taipei', 臺北: 'Asia/Taipei', tokyo: 'Asia/Tokyo', 東京: 'Asia/Tokyo', osaka: 'Asia/Tokyo', 大阪: 'Asia/Tokyo', yokohama: 'Asia/Tokyo', nagoya: 'Asia/Tokyo',
  seoul: 'Asia/Seoul', 서울: 'Asia/Seoul', busan: 'Asia/Seoul', 부산: 'Asia/Seoul', singapore: 'Asia/Singapore', 'kuala lumpur': 'Asia/Kuala_Lumpur', bangkok: 'Asia/Bangkok', กรุงเทพ: 'Asia/Bangkok',
  hanoi: 'Asia/Ho_Chi_Minh', 'hà nội': 'Asia/Ho_Chi_Minh', 'ho chi minh city': 'Asia/Ho_Chi_Minh', saigon: 'Asia/Ho_Chi_Minh', manila: 'Asia/Manila', cebu: 'Asia/Manila', yangon: 'Asia/Yangon',
  jakarta: 'Asia/Jakarta', surabaya: 'Asia/Jakarta', bandung: 'Asia/Jakarta', medan: 'Asia/Jakarta', denpasar: 'Asia/Makassar', makassar: 'Asia/Makassar', balikpapan: 'Asia/Makassar', jayapura: 'Asia/Jayapura',
  almaty: 'Asia/Almaty', tashkent: 'Asia/Tashkent', baku: 'Asia/Baku', tbilisi: 'Asia/Tbilisi', yerevan: 'Asia/Yerevan', ulaanbaatar: 'Asia/Ulaanbaatar',
  sydney: 'Australia/Sydney', canberra: 'Australia/Sydney', melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', adelaide: 'Australia/Adelaide',
  darwin: 'Australia/Darwin', hobart: 'Australia/Hobart', auckland: 'Pacific/Auckland', wellington: 'Pacific/Auckland', christchurch: 'Pacific/Auckland',
  // Americas
  'new york': 'America/New_York', boston: 'America/New_York', philadelphia: 'America/New_York', washington: 'America/New_York', atlanta: 'America/New_York', miami: 'America/New_York',
  detroit: 'America/Detroit', chicago: 'America/Chicago', dallas: 'America/Chicago', houston: 'America/Chicago', austin: 'America/Chicago', minneapolis: 'America/Chicago', nashville: 'America/Chicago',
  denver: 'America/Denver', 'salt lake city': 'America/Denver', phoenix: 'America/Phoenix', 'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles',
  portland: 'America/Los_Angeles', 'san diego': 'America/Los_Angeles', 'las vegas': 'America/Los_Angeles', anchorage: 'America/Anchorage', honolulu: 'Pacific/Honolulu',
  toronto: 'America/Toronto', montréal: 'America/Toronto', montreal: 'America/Toronto', ottawa: 'America/Toronto', vancouver: 'America/Vancouver', calgary: 'America/Edmonton', edmonton: 'America/Edmonton',
  winnipeg: 'America/Winnipeg', regina: 'America/Regina', halifax: 'America/Halifax', "st. john's": 'America/St_Johns',
  'mexico city': 'America/Mexico_City', 'ciudad de méxico': 'America/Mexico_City', guadalajara: 'America/Mexico_City', monterrey: 'America/Monterrey', tijuana: 'America/Tijuana', cancún: 'America/Cancun', cancun: 'America/Cancun',
  'são paulo': 'America/Sao_Paulo', 'sao paulo': 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo', brasília: 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo', 'belo horizonte': 'America/Sao_Paulo',
  manaus: 'America/Manaus', cuiabá: 'America/Cuiaba', 'buenos aires': 'America/Argentina/Buenos_Aires', santiago: 'America/Santiago', lima: 'America/Lima', bogotá: 'America/Bogota', bogota: 'America/Bogota',
  medellín: 'America/Bogota', caracas: 'America/Caracas', quito: 'America/Guayaquil', montevideo: 'America/Montevideo',
};

/** US states and Canadian provinces by postal abbreviation → the zone of most of their people. */
const REGIONS: Record<string, string> = {
  AL: 'America/Chicago', AK: 'America/Anchorage', AZ: 'America/Phoenix', AR: 'America/Chicago', CA: 'America/Los_Angeles', CO: 'America/Denver', CT: 'America/New_York',
  DE: 'America/New_York', DC: 'America/New_York', FL: 'America/New_York', GA: 'America/New_York', HI: 'Pacific/Honolulu', ID: 'America/Boise', IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis', IA: 'America/Chicago', KS: 'America/Chicago', KY: 'America/New_York', LA: 'America/Chicago', ME: 'America/New_York', MD: 'America/New_York',
  MA: 'America/New_York', MI: 'America/Detroit', MN: 'America/Chicago', MS: 'America/Chicago', MO: 'America/Chicago', MT: 'America/Denver', NE: 'America/Chicago',
  NV: 'America/Los_Angeles', NH: 'America/New_York', NJ: 'America/New_York', NM: 'America/Denver', NY: 'America/New_York', NC: 'America/New_York', ND: 'America/Chicago',
  OH: 'America/New_York', OK: 'America/Chicago', OR: 'America/Los_Angeles', PA: 'America/New_York', RI: 'America/New_York', SC: 'America/New_York', SD: 'America/Chicago',
  TN: 'America/Chicago', TX: 'America/Chicago', UT: 'America/Denver', VT: 'America/New_York', VA: 'America/New_York', WA: 'America/Los_Angeles', WV: 'America/New_York',
  WI: 'America/Chicago', WY: 'America/Denver',
  // Canada (the letter-digit-letter postal code tells them apart from US states)
  BC: 'America/Vancouver', AB: 'America/Edmonton', SK: 'America/Regina', MB: 'America/Winnipeg', ON: 'America/Toronto', QC: 'America/Toronto', NB: 'America/Halifax',
  NS: 'America/Halifax', PE: 'America/Halifax', NL: 'America/St_Johns',
};

/** Languages whose names for countries we match in signatures (the interface languages and common customer ones). */
const NAME_LANGUAGES = ['en', 'nb', 'fi', 'fa', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'pl', 'tr', 'ja', 'zh', 'ko', 'ru', 'ar'];

/** A place named in text. */
export interface PlaceMatch {
  country: string;
  /** The zone, when the place names one (a city, a state); a country name alone does not. */
  zone?: string;
  /** The words that matched, as written. */
  text: string;
  kind: 'city' | 'region' | 'country';
}

let countryNames: Map<string, string> | undefined;

/** Country names in several languages → ISO code; built once, from Intl.DisplayNames, over the zone countries. */
function getCountryNames(countries: readonly string[]): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  for (const lang of NAME_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of countries) {
      const name = names.of(code);
      // Names of four letters or fewer ("Mali", "Chad", "Oman" stay; "Iran" too) are matched as whole words only.
      if (name && name.length >= 4) countryNames.set(name.toLowerCase(), code);
    }
  }
  // Common short forms that Intl's names do not cover.
  for (const [name, code] of [['usa', 'US'], ['u.s.a.', 'US'], ['united states', 'US'], ['uk', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['uae', 'AE'], ['deutschland', 'DE'], ['norge', 'NO'], ['suomi', 'FI'], ['sverige', 'SE'], ['danmark', 'DK'], ['nederland', 'NL'], ['españa', 'ES'], ['brasil', 'BR'], ['méxico', 'MX'], ['ایران', 'IR'], ['日本', 'JP'], ['中国', 'CN'], ['대한민국', 'KR'], ['россия', 'RU'], ['türkiye', 'TR'], ['polska', 'PL'], ['italia', 'IT'], ['österreich', 'AT'], ['schweiz', 'CH'], ['suisse', 'CH']] as const) {
    countryNames.set(name, code);
  }
  return countryNames;
}

/** Place names that are also common given names or surnames: matched only in an address-like line. */
const NAME_LIKE = new Set(['austin', 'regina', 'darwin', 'lima', 'santiago', 'phoenix', 'denver', 'washington', 'portland', 'sydney', 'adelaide', 'dallas', 'houston', 'jordan', 'chad', 'georgia', 'india', 'israel', 'porto', 'perth', 'quito', 'cork', 'regina', 'hamburg', 'paris', 'berlin', 'florence', 'victoria', 'brisbane', 'medan', 'cebu']);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
let cjkCities: [string, string][] | undefined;
let cjkCountries: [string, string][] | undefined;
const getCjkCities = () => (cjkCities ??= Object.entries(CITIES).filter(([name]) => CJK.test(name)));
const getCjkCountries = (names: Map<string, string>) => (cjkCountries ??= [...names].filter(([name]) => CJK.test(name)));

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

/**
 * Places named in a signature or address, best first: a city (which gives the zone), a US/Canadian state with its
 * postal code ("Austin, TX 78701"), a country name. Only the last lines are read when the text is long, because a
 * signature sits at the end.
 */
export function findPlaces(text: string, countries: readonly string[]): PlaceMatch[] {
  const tail = text.length > 2000 ? text.slice(-2000) : text;
  const found: PlaceMatch[] = [];
  const seen = new Set<string>();
  const add = (match: PlaceMatch) => {
    const key = `${match.kind}:${match.country}:${match.zone ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(match);
  };

  for (const match of tail.matchAll(/\b([A-Z]{2})\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/g)) {
    const zone = REGIONS[match[1]!];
    if (!zone) continue;
    const canadian = /^[A-Z]\d/.test(match[2]!);
    const country = getCountryOfZone(zone);
    if (country && (country === 'CA') === canadian) add({ country, zone, text: match[0], kind: 'region' });
  }

  // Word n-grams (1–4 words), line by line, against the city and country tables. A city that is also a common given
  // name or surname ("Austin", "Sydney", "Regina") counts only on a line that looks like an address: one with a digit
  // or with a country or state named too.
  const names = getCountryNames(countries);
  for (const line of tail.split(/\r?\n/)) {
    const words = [...line.matchAll(WORD)].map((m) => m[0].replace(/[.,'’-]+$/, ''));
    const cities: PlaceMatch[] = [];
    let addressLike = /\d/.test(line);
    for (let size = 4; size >= 1; size--) {
      for (let i = 0; i + size <= words.length; i++) {
        const phrase = words.slice(i, i + size).join(' ');
        const key = phrase.toLowerCase();
        const zone = CITIES[key];
        const cityCountry = zone && getCountryOfZone(zone);
        if (zone && cityCountry) cities.push({ country: cityCountry, zone, text: phrase, kind: 'city' });
        const country = names.get(key);
        // All-capital short words ("IN", "NO") are not country names; "UK", "USA" and "UAE" are.
        if (country && !NAME_LIKE.has(key) && (key.length > 3 || /^(?:UK|USA|UAE)$/.test(phrase))) {
          add({ country, text: phrase, kind: 'country' });
          addressLike = true;
        }
      }
    }
    if (/\b[A-Z]{2}\s+(?:\d{5}|[A-Z]\d[A-Z])/.test(line)) addressLike = true;
    for (const city of cities) if (addressLike || !NAME_LIKE.has(city.text.toLowerCase())) add(city);
  }
  // Chinese, Japanese and Korean names are matched as substrings: those scripts do not separate words.
  if (CJK.test(tail)) {
    for (const [name, zone] of getCjkCities()) {
      const country = tail.includes(name) ? getCountryOfZone(zone) : undefined;
      if (country) add({ country, zone, text: name, kind: 'city' });
    }
    for (const [name, code] of getCjkCountries(names)) if (tail.includes(name)) add({ country: code, text: name, kind: 'country' });
  }
  const order = { region: 0, city: 1, country: 2 } as const;
  return found.sort((a, b) => order[a.kind] - order[b.kind]);
}
