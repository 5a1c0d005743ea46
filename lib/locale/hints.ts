// Draft-aware etiquette and timing hints: what the agent is writing, checked against the customer's country
// (etiquette entry) and the customer's clock. Business time, weekend and holidays come in as values that the caller
// computed (lib/locale's isBusinessTime / nextBusinessTime / getWeekend / getPublicHolidays), so this file depends on
// no calendar code. It reads the etiquette data, so it runs where that data lives: the background.
import { getDirection, type UiLanguage } from '../i18n';
import { getEtiquetteEntry, type EtiquetteEntry } from './etiquette';

export const HINT_KINDS = [
  'greeting-missing',
  'first-name-only',
  'informal-greeting',
  'reply-on-holiday',
  'reply-on-weekend',
  'reply-at-night',
  'promise-on-holiday',
  'promise-on-weekend',
] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** A language the draft may be written in; the suggestions are written in it. */
export type DraftLanguage = 'en' | 'nb' | 'fi' | 'fa';

export interface DraftHintInput {
  draft: string;
  /** The customer's country, ISO 3166-1 alpha-2 (any case). */
  country: string;
  /** The customer's IANA time zone; without it no clock or calendar hint is given. */
  timeZone?: string;
  /** The moment of writing (a Date or epoch milliseconds). */
  now: Date | number;
  /** The customer's name as the site shows it, e.g. "Taro Yamada". */
  customerName?: string;
  /** Whether this is the agent's first message to this customer; formal-address hints for title cultures apply then. */
  firstContact?: boolean;
  /** isBusinessTime(country, timeZone, now) from lib/locale; when true, no "off hours" hint is given. */
  isBusinessTime?: boolean;
  /** nextBusinessTime(country, timeZone, now) from lib/locale, for the "when it will be read" suggestion. */
  nextBusinessTime?: Date | number;
  /** The customer's public holidays around now (local dates), as getPublicHolidays returns them. */
  holidays?: readonly { date: string; name: string }[];
  /** The customer's weekend as ISO weekdays (1 = Monday … 7 = Sunday), as getWeekend returns it. */
  weekend?: readonly number[];
  uiLang: UiLanguage;
}

export interface DraftHint {
  /** Stable per kind (and per promised phrase) so that the interface can dismiss it. */
  id: string;
  kind: HintKind;
  message: string;
  suggestion?: string;
  /** The etiquette fact this hint rests on (see getEtiquette), when it rests on one. */
  factId?: string;
}

type Messages = Readonly<Record<UiLanguage, string>>;

const MESSAGES: Readonly<Record<HintKind | 'next-business-time' | 'next-working-day', Messages>> = {
  'greeting-missing': {
    en: 'Many customers in {country} expect a greeting and a word of thanks or acknowledgement before the troubleshooting starts.',
    nb: 'Mange kunder i {country} venter en hilsen og en takk eller et ord om situasjonen før feilsøkingen begynner.',
    fi: 'Moni asiakas maassa {country} odottaa tervehdystä ja kiitosta tai tilanteen huomioimista ennen vianetsintää.',
    fa: 'بسیاری از مشتریان در {country} انتظار دارند پیش از شروع رفع مشکل، سلام و تشکر یا همدلی ببینند.',
  },
  'first-name-only': {
    en: '“{used}” alone, without a title or honorific, can feel too familiar. In {country} many customers expect the family name with a title or honorific ({forms}).',
    nb: '«{used}» alene, uten tittel eller høflighetsform, kan virke for familiært. I {country} venter mange kunder etternavn med tittel eller høflighetsform ({forms}).',
    fi: 'Pelkkä ”{used}” ilman titteliä tai kohteliaisuusmuotoa voi tuntua liian tuttavalliselta. Maassa {country} moni asiakas odottaa sukunimeä tittelin tai kohteliaisuusmuodon kanssa ({forms}).',
    fa: '«{used}» به‌تنهایی و بدون عنوان یا واژهٔ احترام ممکن است بیش از حد خودمانی باشد. در {country} بسیاری از مشتریان انتظار نام خانوادگی همراه با عنوان یا واژهٔ احترام ({forms}) را دارند.',
  },
  'informal-greeting': {
    en: '“{used}” is an informal greeting. Many customers in {country} expect a formal first message.',
    nb: '«{used}» er en uformell hilsen. Mange kunder i {country} venter en formell første melding.',
    fi: '”{used}” on rento tervehdys. Moni asiakas maassa {country} odottaa muodollista ensimmäistä viestiä.',
    fa: '«{used}» سلامی خودمانی است. بسیاری از مشتریان در {country} انتظار پیام نخستِ رسمی دارند.',
  },
  'reply-on-holiday': {
    en: 'Today is a public holiday for the customer ({holiday}); many people will not read work messages until the next working day.',
    nb: 'I dag er det offentlig fridag hos kunden ({holiday}); mange leser ikke jobbmeldinger før neste arbeidsdag.',
    fi: 'Asiakkaalla on tänään yleinen vapaapäivä ({holiday}); moni lukee työviestit vasta seuraavana arkipäivänä.',
    fa: 'امروز برای مشتری تعطیل رسمی است ({holiday})؛ بسیاری تا روز کاری بعد پیام‌های کاری را نمی‌خوانند.',
  },
  'reply-on-weekend': {
    en: 'It is {day}, the weekend, for the customer; the reply may wait until their next working day.',
    nb: 'Det er {day} og helg hos kunden; svaret kan bli liggende til neste arbeidsdag.',
    fi: 'Asiakkaalla on {day} ja viikonloppu; vastaus voi jäädä odottamaan seuraavaa arkipäivää.',
    fa: 'برای مشتری {day} و آخر هفته است؛ پاسخ ممکن است تا روز کاری بعد خوانده نشود.',
  },
  'reply-at-night': {
    en: 'It is {time} at night for the customer, so your reply will probably be read in the morning.',
    nb: 'Klokken er {time} om natten hos kunden, så svaret blir trolig lest om morgenen.',
    fi: 'Asiakkaalla on yö, kello {time}, joten vastaus luetaan luultavasti aamulla.',
    fa: 'برای مشتری اکنون ساعت {time} شب است و پاسخ شما احتمالاً صبح خوانده می‌شود.',
  },
  'promise-on-holiday': {
    en: '“{phrase}” falls on {date} for the customer, a public holiday there ({holiday}).',
    nb: '«{phrase}» faller på {date} hos kunden, en offentlig fridag der ({holiday}).',
    fi: '”{phrase}” osuu asiakkaalla päivälle {date}, joka on siellä yleinen vapaapäivä ({holiday}).',
    fa: '«{phrase}» برای مشتری به {date} می‌افتد که آنجا تعطیل رسمی است ({holiday}).',
  },
  'promise-on-weekend': {
    en: '“{phrase}” falls on {date} for the customer, which is their weekend.',
    nb: '«{phrase}» faller på {date} hos kunden, og det er helg der.',
    fi: '”{phrase}” osuu asiakkaalla päivälle {date}, joka on siellä viikonloppua.',
    fa: '«{phrase}» برای مشتری به {date} می‌افتد که آنجا آخر هفته است.',
  },
  'next-business-time': {
    en: 'Their next business time: {when}. Say when they can expect the next step, or schedule the reply.',
    nb: 'Neste arbeidstid der: {when}. Si når kunden kan vente neste steg, eller planlegg sendingen.',
    fi: 'Seuraava työaika siellä: {when}. Kerro, milloin seuraava vaihe tapahtuu, tai ajasta vastaus.',
    fa: 'نخستین زمان کاری آنجا: {when}. بگویید گام بعدی کی انجام می‌شود یا ارسال پاسخ را زمان‌بندی کنید.',
  },
  'next-working-day': {
    en: 'Their next working day is {date}.',
    nb: 'Neste arbeidsdag der er {date}.',
    fi: 'Seuraava arkipäivä siellä on {date}.',
    fa: 'نخستین روز کاری بعدی آنجا {date} است.',
  },
};

/** Openings the hints suggest, in the draft's language (not the interface's): they go into the reply. */
const OPENINGS: Readonly<Record<DraftLanguage, { warm: (name?: string) => string; formal: (name?: string) => string }>> = {
  en: {
    warm: (name) => `Hello${name ? ` ${name}` : ''}, thank you for getting in touch, and I am sorry for the trouble.`,
    formal: (name) => (name ? `Dear ${name},` : 'Good day,'),
  },
  nb: {
    warm: (name) => `Hei${name ? ` ${name}` : ''}, takk for at du tok kontakt, og beklager bryderiet.`,
    formal: (name) => (name ? `Kjære ${name},` : 'God dag,'),
  },
  fi: {
    warm: (name) => `Hei${name ? ` ${name}` : ''}, kiitos yhteydenotostasi, ja pahoittelen vaivaa.`,
    formal: (name) => (name ? `Hyvä ${name},` : 'Hyvää päivää,'),
  },
  fa: {
    warm: (name) => `${name ? `${name} گرامی، سلام.` : 'سلام.'} از تماس شما سپاسگزارم و بابت این مشکل پوزش می‌خواهم.`,
    formal: (name) => (name ? `${name} گرامی،` : 'با سلام و احترام،'),
  },
};

// Words and phrases, by draft language. Patterns match at the start of the draft (greetings) or anywhere in its
// opening (acknowledgements, troubleshooting). Persian has no \b for its letters, so it uses explicit edges.
// Letters and digits of the Arabic script, without its punctuation (، ؛ ؟), which may follow a word.
const FA_LETTER = '\\u0620-\\u065F\\u066E-\\u06D3\\u06D5\\u06F0-\\u06FF';
const FA_EDGE_START = `(?<![${FA_LETTER}\\u200c])`;
const FA_EDGE_END = `(?![${FA_LETTER}])`;

const GREETINGS: readonly RegExp[] = [
  /^(hi|hello|hey|hiya|howdy|dear|greetings|good (morning|afternoon|evening|day)|g'day|yo)\b/i,
  /^(hei|hallo|heisann|halla|god (morgen|dag|ettermiddag|kveld)|kjære)\b/i,
  /^(hei|moi|moikka|terve|morjens|moro|hyvää (huomenta|päivää|iltaa)|hyvä|arvoisa)(?![\p{L}])/iu,
  new RegExp(`^(با )?(سلام|درود)${FA_EDGE_END}|^(صبح|عصر|روز|وقت)(\\s|\\u200c)?بخیر|^\\S+(\\s\\S+)?\\s(عزیز|گرامی)${FA_EDGE_END}`),
];

/** Informal openers that clash with a formal first contact; the first group is the word shown in the hint. */
const INFORMAL_GREETINGS: readonly RegExp[] = [
  /^(hey( there)?|hiya|howdy|yo|sup|hi mate|hi there|hey mate)\b/i,
  /^(hei du|hallo du|heisann|halla|heihei|hei hei)(?![\p{L}])/iu,
  /^(moi|moikka|morjens|moro|terve|heippa|hei hei)(?![\p{L}])/iu,
  new RegExp(`^(سلام (رفیق|داداش|عزیزم)|چطوری|سلام خوبی)${FA_EDGE_END}`),
];

const ACKNOWLEDGEMENTS: readonly RegExp[] = [
  /\b(thank(s| you)|sorry|apologi[sz]e|appreciate|i understand|i see (that|how)|unfortunately|glad)\b/i,
  /(?<![\p{L}])(takk|beklager|unnskyld|forstår|dessverre|hyggelig)(?![\p{L}])/iu,
  /(?<![\p{L}])(kiitos|kiitän|pahoittel\p{L}*|valitettavasti|ymmärrän|mukava)(?![\p{L}])/iu,
  new RegExp(`${FA_EDGE_START}(ممنون|سپاس\\S*|متشکر\\S*|متاسف\\S*|متأسف\\S*|پوزش|ببخشید|عذر\\s?خواه\\S*|درک می‌کنم)`),
];

const TROUBLESHOOTING: readonly RegExp[] = [
  /\b(try|please (try|clear|restart|reinstall|update|check|go|click|log|open|make sure)|clear (your|the) (cache|cookies)|restart|reinstall|log (out|in)|sign (out|in)|go to|click|tap|make sure|check (that|whether|your|the)|update (your|the)|reset)\b/i,
  /(?<![\p{L}])(prøv|start (den |appen |maskinen )?på nytt|gå til|klikk|trykk|logg (ut|inn)|sjekk|tøm|oppdater|installer)(?![\p{L}])/iu,
  /(?<![\p{L}])(kokeile|yritä|käynnistä|mene|klikkaa|napsauta|paina|kirjaudu|tarkista|tyhjennä|päivitä|asenna)(?![\p{L}])/iu,
  new RegExp(`${FA_EDGE_START}(امتحان کنید|دوباره راه‌اندازی|راه‌اندازی مجدد|بروید|کلیک کنید|بزنید|خارج شوید|وارد شوید|بررسی کنید|پاک کنید|به‌روزرسانی کنید)`),
];

/** Honorifics and titles in many languages, besides those of the customer's own entry. */
const GENERIC_HONORIFICS = /(?<![\p{L}])(mr|mrs|ms|miss|mx|dr|prof|sir|madam|ma'am|herr|frau|monsieur|madame|señor|señora|sr|sra|signor|signora|san|sama|kun|chan|nim|ssi|úr|asszony|bey|hanım|pan|pani|khun|bapak|pak|ibu|bu|encik|puan|آقای|آقا|خانم|جناب|سرکار)(?![\p{L}])|-(san|sama|nim|ssi)|様|さん|님|씨|先生|女士|小姐/iu;

const WEEKDAYS: Readonly<Record<DraftLanguage, readonly (readonly [RegExp, number])[]>> = {
  en: [
    [/\b(on |by |until |before |this |next )?monday\b/i, 1],
    [/\b(on |by |until |before |this |next )?tuesday\b/i, 2],
    [/\b(on |by |until |before |this |next )?wednesday\b/i, 3],
    [/\b(on |by |until |before |this |next )?thursday\b/i, 4],
    [/\b(on |by |until |before |this |next )?friday\b/i, 5],
    [/\b(on |by |until |before |this |next )?saturday\b/i, 6],
    [/\b(on |by |until |before |this |next )?sunday\b/i, 7],
  ],
  nb: [
    [/(?<![\p{L}])((på|innen|til|før) )?mandag(?![\p{L}])/iu, 1],
    [/(?<![\p{L}])((på|innen|til|før) )?tirsdag(?![\p{L}])/iu, 2],
    [/(?<![\p{L}])((på|innen|til|før) )?onsdag(?![\p{L}])/iu, 3],
    [/(?<![\p{L}])((på|innen|til|før) )?torsdag(?![\p{L}])/iu, 4],
    [/(?<![\p{L}])((på|innen|til|før) )?fredag(?![\p{L}])/iu, 5],
    [/(?<![\p{L}])((på|innen|til|før) )?lørdag(?![\p{L}])/iu, 6],
    [/(?<![\p{L}])((på|innen|til|før) )?søndag(?![\p{L}])/iu, 7],
  ],
  fi: [
    [/(?<![\p{L}])maanantai\p{L}*( mennessä)?/iu, 1],
    [/(?<![\p{L}])tiistai\p{L}*( mennessä)?/iu, 2],
    [/(?<![\p{L}])keskiviikko\p{L}*( mennessä)?/iu, 3],
    [/(?<![\p{L}])torstai\p{L}*( mennessä)?/iu, 4],
    [/(?<![\p{L}])perjantai\p{L}*( mennessä)?/iu, 5],
    [/(?<![\p{L}])lauantai\p{L}*( mennessä)?/iu, 6],
    [/(?<![\p{L}])sunnuntai\p{L}*( mennessä)?/iu, 7],
  ],
  fa: [
    // "شنبه" also ends یکشنبه…پنجشنبه (written with a space or a joiner too), so Saturday is tried last and the
    // longer names, found first, keep their words.
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?یک(\\s|\\u200c)?شنبه${FA_EDGE_END}`), 7],
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?دو(\\s|\\u200c)?شنبه${FA_EDGE_END}`), 1],
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?سه(\\s|\\u200c)?شنبه${FA_EDGE_END}`), 2],
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?چهار(\\s|\\u200c)?شنبه${FA_EDGE_END}`), 3],
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?پنج(\\s|\\u200c)?شنبه${FA_EDGE_END}`), 4],
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?جمعه${FA_EDGE_END}`), 5],
    [new RegExp(`${FA_EDGE_START}(تا )?(روز )?شنبه${FA_EDGE_END}`), 6],
  ],
};

/** "tomorrow" and "the day after tomorrow": [pattern, days from today]. The longer phrase is tried first. */
const RELATIVE_DAYS: Readonly<Record<DraftLanguage, readonly (readonly [RegExp, number])[]>> = {
  en: [
    [/\b(by |until )?the day after tomorrow\b/i, 2],
    [/\b(by |until |before )?tomorrow\b/i, 1],
  ],
  nb: [
    [/(?<![\p{L}])((innen|til) )?i overmorgen(?![\p{L}])/iu, 2],
    [/(?<![\p{L}])((innen|til) )?i morgen(?![\p{L}])/iu, 1],
  ],
  fi: [
    [/(?<![\p{L}])(ylihuomenna|ylihuomiseen( mennessä)?)(?![\p{L}])/iu, 2],
    [/(?<![\p{L}])(huomenna|huomiseen( mennessä)?)(?![\p{L}])/iu, 1],
  ],
  fa: [
    [new RegExp(`${FA_EDGE_START}(تا )?پس(\\s|\\u200c)?فردا${FA_EDGE_END}`), 2],
    [new RegExp(`${FA_EDGE_START}(تا )?فردا${FA_EDGE_END}`), 1],
  ],
};

const STOPWORDS: Readonly<Record<Exclude<DraftLanguage, 'fa'>, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'you', 'your', 'to', 'is', 'we', 'i', 'please', 'thanks', 'it', 'for', 'with', 'will', 'can', 'hi', 'hello', 'of']),
  nb: new Set(['og', 'du', 'jeg', 'vi', 'er', 'det', 'ikke', 'på', 'til', 'hei', 'takk', 'med', 'for', 'deg', 'din', 'kan', 'vil', 'en', 'et', 'som', 'har']),
  fi: new Set(['ja', 'on', 'että', 'se', 'ei', 'olen', 'sinun', 'kiitos', 'hei', 'voit', 'voin', 'me', 'te', 'tämä', 'jos', 'kun', 'niin', 'mutta', 'olet', 'ole']),
};

/** Guesses the draft's language among the four we write suggestions in; `fallback` when nothing tells. */
export function getDraftLanguage(draft: string, fallback: DraftLanguage = 'en'): DraftLanguage {
  if (/[\u0600-\u06FF]/.test(draft)) return 'fa';
  const words = draft.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: DraftLanguage = fallback;
  let bestScore = 0;
  for (const lang of ['en', 'nb', 'fi'] as const) {
    const score = words.filter((w) => STOPWORDS[lang].has(w)).length + (lang === 'fi' ? words.filter((w) => /[äö]/.test(w)).length : 0) + (lang === 'nb' ? words.filter((w) => /[æøå]/.test(w)).length : 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

/** The first sentence or line of the draft, where greetings live. */
function getOpening(draft: string): string {
  const text = draft.trim();
  const line = text.split(/\n/)[0] ?? '';
  return line.length > 0 ? line : text;
}

/** The first two sentences, where an acknowledgement or the first troubleshooting step usually sits. */
function getLead(draft: string): string {
  return (draft.trim().match(/[^.!?。！？\n]+[.!?。！？]*/g) ?? []).slice(0, 2).join(' ');
}

const SPACED_SCRIPT_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}]$/u;

/** Greeting words of the customer's own language, taken from the country's etiquette phrases ("Sehr geehrte", "Bonjour"). */
function getCountryGreetings(entry: EtiquetteEntry | undefined): string[] {
  if (!entry) return [];
  return entry.greeting.phrases
    .flatMap((p) => p.text.split('/'))
    .map((alternative) => (alternative.split(/[…,!]/)[0] ?? '').trim().replace(/[\p{P}\s]+$/u, '').toLowerCase())
    .filter((word) => word.length >= 2);
}

/** Whether the draft opens with a greeting in English, Bokmål, Finnish, Persian or the customer's own language. */
export function hasGreeting(draft: string, country?: string): boolean {
  const opening = getOpening(draft).trim();
  const lower = opening.toLowerCase();
  if (GREETINGS.some((pattern) => pattern.test(opening))) return true;
  // In scripts written with spaces a greeting must end where a word ends: "Hi …" greets, "Hiring …" does not.
  return getCountryGreetings(country ? getEtiquetteEntry(country) : undefined).some(
    (greeting) => lower.startsWith(greeting) && !(SPACED_SCRIPT_END.test(greeting) && /^[\p{L}\p{M}]/u.test(lower.slice(greeting.length))),
  );
}

/** Fills `{name}` slots; in a right-to-left language each value is isolated so that Latin words keep their order. */
function fill(template: string, values: Record<string, string>, lang?: UiLanguage): string {
  const rtl = lang !== undefined && getDirection(lang) === 'rtl';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return rtl ? `\u2068${value}\u2069` : value;
  });
}

/** The date (YYYY-MM-DD) and ISO weekday of an instant on the customer's clock. */
function getLocalDay(at: Date, timeZone: string): { date: string; weekday: number; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '') + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** Adds whole days to a YYYY-MM-DD date (calendar arithmetic, no clock). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function formatDate(date: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** A promised day found in the draft: the words as written and the customer's local date they point to. */
export interface PromisedDay {
  phrase: string;
  date: string;
}

/**
 * The days the draft promises ("by tomorrow", "on Friday", "i morgen", "huomenna", "فردا"), as dates on the
 * customer's calendar: the customer reads "tomorrow" as their own tomorrow. A named weekday is the next one after
 * today. Drafts in the four languages we write are read; each phrase is reported once.
 */
export function findPromisedDays(draft: string, today: string): PromisedDay[] {
  const found: { index: number; day: PromisedDay }[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const todayWeekday = isoWeekday(today);
  for (const lang of ['en', 'nb', 'fi', 'fa'] as const) {
    const rules: (readonly [RegExp, (match: string) => string])[] = [
      ...RELATIVE_DAYS[lang].map(([pattern, days]) => [pattern, () => addDays(today, days)] as const),
      ...WEEKDAYS[lang].map(([pattern, weekday]) => [pattern, () => addDays(today, ((weekday - todayWeekday + 6) % 7) + 1)] as const),
    ];
    for (const [pattern, toDate] of rules) {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const match of draft.matchAll(global)) {
        const start = match.index;
        const end = start + match[0].length;
        if (overlaps(start, end)) continue;
        taken.push([start, end]);
        found.push({ index: start, day: { phrase: match[0].trim(), date: toDate(match[0]) } });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.day);
}

function getCountryName(country: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(country.toUpperCase()) ?? country.toUpperCase();
  } catch {
    return country.toUpperCase();
  }
}

/** The tokens of a name that can be addressed on their own ("Taro", "Yamada"); scripts without spaces give none. */
function getNameTokens(name: string | undefined): string[] {
  return (name ?? '')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((t) => t.length >= 2);
}

/** Which single name token the greeting uses without any title or honorific, if any. */
function getBareNameInGreeting(opening: string, tokens: string[], honorifics: readonly string[]): string | undefined {
  if (tokens.length < 2) return undefined;
  const lower = opening.toLowerCase();
  const used = tokens.filter((t) => new RegExp(`(?<![\\p{L}])${t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(lower));
  if (used.length !== 1) return undefined;
  if (GENERIC_HONORIFICS.test(opening)) return undefined;
  if (honorifics.some((h) => lower.includes(h.toLowerCase()))) return undefined;
  return used[0];
}

/**
 * Hints about the draft for a customer in `country`: etiquette (greeting, address, formality) and timing (night,
 * weekend or holiday there; a promised day that is their weekend or a holiday). Messages are in `uiLang`;
 * suggested openings are in the draft's own language. Nothing is inferred from the customer's name except which
 * part of it the draft uses.
 */
export function getDraftHints(input: DraftHintInput): DraftHint[] {
  const { draft, uiLang } = input;
  const text = draft.trim();
  if (text.length < 2) return [];
  const cc = input.country.trim().toLowerCase();
  const entry = getEtiquetteEntry(cc);
  const country = getCountryName(cc, uiLang);
  const draftLang = getDraftLanguage(text, uiLang === 'nb' || uiLang === 'fi' || uiLang === 'fa' ? uiLang : 'en');
  const opening = getOpening(text);
  const lead = getLead(text);
  const hints: DraftHint[] = [];
  const nameTokens = getNameTokens(input.customerName);
  const fullName = nameTokens.length > 0 ? input.customerName?.trim() : undefined;

  if (entry) {
    const greeted = hasGreeting(text, cc);
    const formal = entry.formality.level === 'formal';

    if (entry.relationship.level === 'relationship-first' && !greeted && !ACKNOWLEDGEMENTS.some((p) => p.test(lead)) && TROUBLESHOOTING.some((p) => p.test(lead))) {
      hints.push({
        id: 'greeting-missing',
        kind: 'greeting-missing',
        message: fill(MESSAGES['greeting-missing'][uiLang], { country }, uiLang),
        suggestion: OPENINGS[draftLang].warm(fullName),
        factId: `${cc}-relationship`,
      });
    }

    const informal = INFORMAL_GREETINGS.map((p) => opening.match(p)).find((m) => m !== null);
    if (formal && informal && input.firstContact !== false) {
      hints.push({
        id: 'informal-greeting',
        kind: 'informal-greeting',
        message: fill(MESSAGES['informal-greeting'][uiLang], { country, used: informal[0] }, uiLang),
        suggestion: OPENINGS[draftLang].formal(fullName),
        factId: `${cc}-formality`,
      });
    }

    const addressChecked = entry.names.address === 'family-suffix' || (entry.names.address === 'title-family' && formal && input.firstContact !== false);
    const bare = addressChecked && greeted ? getBareNameInGreeting(opening, nameTokens, entry.names.honorifics.map((h) => h.form)) : undefined;
    if (bare) {
      const forms = entry.names.honorifics.map((h) => h.form).join(', ');
      hints.push({
        id: 'first-name-only',
        kind: 'first-name-only',
        message: fill(MESSAGES['first-name-only'][uiLang], { country, used: bare, forms }, uiLang),
        suggestion: OPENINGS[draftLang].formal(fullName),
        factId: `${cc}-names`,
      });
    }
  }

  if (input.timeZone) hints.push(...getTimingHints(input, input.timeZone, text));
  return hints;
}

function getTimingHints(input: DraftHintInput, timeZone: string, text: string): DraftHint[] {
  const { uiLang } = input;
  const hints: DraftHint[] = [];
  const now = new Date(input.now);
  let local: ReturnType<typeof getLocalDay>;
  try {
    local = getLocalDay(now, timeZone);
  } catch {
    return [];
  }
  const weekend = new Set(input.weekend ?? []);
  const holidayOn = new Map((input.holidays ?? []).map((h) => [h.date, h.name]));
  const nextWhen = input.nextBusinessTime !== undefined
    ? fill(MESSAGES['next-business-time'][uiLang], {
        when: new Intl.DateTimeFormat(uiLang, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(input.nextBusinessTime)),
      }, uiLang)
    : undefined;

  if (input.isBusinessTime !== true) {
    const holiday = holidayOn.get(local.date);
    const time = new Intl.DateTimeFormat(uiLang, { hour: '2-digit', minute: '2-digit', timeZone }).format(now);
    if (holiday !== undefined) {
      hints.push({ id: 'reply-on-holiday', kind: 'reply-on-holiday', message: fill(MESSAGES['reply-on-holiday'][uiLang], { holiday }, uiLang), suggestion: nextWhen });
    } else if (weekend.has(local.weekday)) {
      const day = new Intl.DateTimeFormat(uiLang, { weekday: 'long', timeZone }).format(now);
      hints.push({ id: 'reply-on-weekend', kind: 'reply-on-weekend', message: fill(MESSAGES['reply-on-weekend'][uiLang], { day }, uiLang), suggestion: nextWhen });
    } else if (local.hour >= 22 || local.hour < 6) {
      hints.push({ id: 'reply-at-night', kind: 'reply-at-night', message: fill(MESSAGES['reply-at-night'][uiLang], { time }, uiLang), suggestion: nextWhen });
    }
  }

  const isOff = (date: string) => holidayOn.has(date) || weekend.has(isoWeekday(date));
  for (const promised of findPromisedDays(text, local.date)) {
    const holiday = holidayOn.get(promised.date);
    const onWeekend = weekend.has(isoWeekday(promised.date));
    if (holiday === undefined && !onWeekend) continue;
    let next = addDays(promised.date, 1);
    for (let i = 0; i < 14 && isOff(next); i++) next = addDays(next, 1);
    const values = { phrase: promised.phrase, date: formatDate(promised.date, uiLang), holiday: holiday ?? '' };
    const kind: HintKind = holiday !== undefined ? 'promise-on-holiday' : 'promise-on-weekend';
    hints.push({
      id: `${kind}:${promised.phrase.toLowerCase()}`,
      kind,
      message: fill(MESSAGES[kind][uiLang], values, uiLang),
      suggestion: isOff(next) ? undefined : fill(MESSAGES['next-working-day'][uiLang], { date: formatDate(next, uiLang) }, uiLang),
    });
  }
  return hints;
}
