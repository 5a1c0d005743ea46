// Template search and rendering over 1,000 and 10,000 templates: our index (lib/templates/search.ts) beside
// MiniSearch (fuzzy 0.2, prefix, the same field boosts) and Fuse.js configured as a typical snippet extension does
// (keys shortcut 4, title 3, body 2, tags 1), on the same queries in one run. Templates are generated
// deterministically from a seed in English, Norwegian Bokmål, Finnish and Persian: titles from a subject, a
// situation and a style (so many titles share most of their words, as real libraries do), bodies from phrase
// banks with variables, tags, and a shortcut on about half of them.
// Queries: exact titles, titles with one typo (a substitution, deletion, insertion or swap in one word of 5+
// letters), prefixes (the first word and the start of the next) and shortcuts. Relevance: the exact title's
// template in the top 3, the one-typo title's template in the top 5, the prefix's template in the top 10, the
// shortcut's template first. A query's latency is the median of BENCH_REPEATS (5) runs of it.
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { renderTemplate } from '../../lib/templates/render';
import type { Template } from '../../lib/templates/schema';
import { createTemplateIndex } from '../../lib/templates/search';

const QUERIES_PER_KIND = Number(process.env.BENCH_QUERIES ?? 100);
const SIZES = [1_000, 10_000];
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const SLOW_QUERIES_PER_KIND = Number(process.env.BENCH_SLOW_QUERIES ?? 10);

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LanguageBank {
  subjects: string[];
  situations: string[];
  styles: string[];
  sentences: string[];
  greeting: string;
  closing: string;
  alphabet: string;
}

const BANKS: Record<'en' | 'nb' | 'fi' | 'fa', LanguageBank> = {
  en: {
    subjects: ['Refund', 'Exchange', 'Delivery delay', 'Damaged item', 'Missing parcel', 'Order confirmation', 'Password reset', 'Invoice copy', 'Subscription renewal', 'Store credit', 'Warranty claim', 'Account access', 'Shipping address change', 'Cancellation', 'Price adjustment', 'Return label', 'Gift card', 'Payment failed', 'Size exchange', 'Loyalty points', 'Pre-order update', 'Back in stock', 'Data export', 'Thanks for feedback', 'Call-back offer'],
    situations: ['for express orders', 'for customers abroad', 'after the sale', 'for business accounts', 'during the holidays', 'for first-time buyers', 'with a photo request', 'outside opening hours', 'for marketplace sellers', 'for bundle purchases', 'for app orders', 'with tracking link', 'for premium members', 'after a second contact', 'at the weekend', 'for click and collect', 'for large furniture', 'for digital downloads', 'with escalation', 'for repeat issues'],
    styles: ['short', 'detailed', 'friendly', 'formal', 'chat', 'social media reply', 'follow-up', 'first reply', 'reminder', 'final notice', 'with apology', 'with solution', 'with alternative', 'with deadline', 'with link', 'informal', 'to team lead', 'to colleague', 'by phone', 'after a call'],
    sentences: [
      'Thank you for letting us know about order {{input:Order number}}.',
      'I have checked your order and the replacement is already on its way.',
      'You will have an update from me by {{date +2 business days}}.',
      'I can offer store credit or an exchange, whichever suits you best.',
      'Here is the tracking link so you can follow the parcel: [track it](https://example.com/track/{{ticket.id}}).',
      'Could you send a photo of the item so that I can arrange the fix straight away?',
      'I have passed this to our warehouse team and I will follow it through myself.',
      'Your refund has been approved and will reach your account within five working days.',
      'If it is easier, I can call you back at a time that suits you.',
      'We appreciate your patience while we sort this out for you.',
      'The new password link is valid for 24 hours.',
      'Your subscription renews on {{date +30 days}} and nothing else is needed from you.',
    ],
    greeting: 'Hi {{customer.firstName | there}},',
    closing: 'Best regards,\n{{agent.name}}',
    alphabet: 'abcdefghijklmnopqrstuvwxyz',
  },
  nb: {
    subjects: ['Refusjon', 'Bytte av vare', 'Forsinket levering', 'Skadet vare', 'Savnet pakke', 'Ordrebekreftelse', 'Nytt passord', 'Kopi av faktura', 'Fornyelse av abonnement', 'Tilgodelapp', 'Garantisak', 'Tilgang til kontoen', 'Endret leveringsadresse', 'Kansellering', 'Prisjustering', 'Returetikett', 'Gavekort', 'Betalingen gikk ikke gjennom', 'Bytte av størrelse', 'Bonuspoeng', 'Forhåndsbestilling', 'Tilbake på lager', 'Eksport av data', 'Takk for tilbakemeldingen', 'Tilbud om oppringing'],
    situations: ['for ekspressordrer', 'for kunder i utlandet', 'etter salget', 'for bedriftskunder', 'i høytiden', 'for nye kunder', 'med ønske om bilde', 'utenfor åpningstid', 'for selgere på markedsplassen', 'for pakkekjøp', 'for ordrer i appen', 'med sporingslenke', 'for premiummedlemmer', 'etter ny henvendelse', 'i helgen', 'for klikk og hent', 'for store møbler', 'for digitale nedlastinger', 'med eskalering', 'for gjentatte feil'],
    styles: ['kort', 'utfyllende', 'vennlig', 'formell', 'chat', 'svar i sosiale medier', 'oppfølging', 'første svar', 'påminnelse', 'siste varsel', 'med beklagelse', 'med løsning', 'med alternativ', 'med frist', 'med lenke', 'uformell', 'til teamleder', 'til kollega', 'på telefon', 'etter samtalen'],
    sentences: [
      'Takk for at du sa fra om ordre {{input:Ordrenummer}}.',
      'Jeg har sjekket bestillingen, og den nye varen er allerede på vei.',
      'Du hører fra meg innen {{date +2 business days}}.',
      'Jeg kan tilby tilgodelapp eller bytte, det som passer deg best.',
      'Her er sporingslenken, så du kan følge pakken: [spor pakken](https://example.com/spor/{{ticket.id}}).',
      'Kan du sende et bilde av varen, så ordner jeg det med en gang?',
      'Jeg har sendt saken videre til lageret og følger den opp selv.',
      'Refusjonen er godkjent og kommer inn på kontoen din innen fem virkedager.',
      'Hvis det passer bedre, ringer jeg deg gjerne opp når det passer for deg.',
      'Takk for tålmodigheten mens vi ordner dette for deg.',
      'Lenken for nytt passord gjelder i 24 timer.',
      'Abonnementet fornyes {{date +30 days}}, og du trenger ikke gjøre noe.',
    ],
    greeting: 'Hei {{customer.firstName | du}},',
    closing: 'Vennlig hilsen\n{{agent.name}}',
    alphabet: 'abcdefghijklmnopqrstuvwxyzæøå',
  },
  fi: {
    subjects: ['Hyvitys', 'Tuotteen vaihto', 'Viivästynyt toimitus', 'Vahingoittunut tuote', 'Kadonnut paketti', 'Tilausvahvistus', 'Salasanan vaihto', 'Laskun kopio', 'Tilauksen uusiminen', 'Myymälähyvitys', 'Takuuasia', 'Tilin käyttö', 'Toimitusosoitteen muutos', 'Peruutus', 'Hinnan korjaus', 'Palautustarra', 'Lahjakortti', 'Maksu epäonnistui', 'Koon vaihto', 'Kanta-asiakaspisteet', 'Ennakkotilaus', 'Jälleen varastossa', 'Tietojen vienti', 'Kiitos palautteesta', 'Takaisinsoittotarjous'],
    situations: ['pikatilauksille', 'ulkomaisille asiakkaille', 'alennusmyynnin jälkeen', 'yritysasiakkaille', 'pyhien aikana', 'uusille asiakkaille', 'kuvapyynnön kanssa', 'aukioloaikojen ulkopuolella', 'markkinapaikan myyjille', 'pakettiostoksille', 'sovellustilauksille', 'seurantalinkin kanssa', 'premium-jäsenille', 'toisen yhteydenoton jälkeen', 'viikonloppuna', 'myymälänoutoon', 'suurille huonekaluille', 'digitaalisille latauksille', 'eskaloinnin kanssa', 'toistuviin ongelmiin'],
    styles: ['lyhyt', 'yksityiskohtainen', 'ystävällinen', 'muodollinen', 'chat', 'somevastaus', 'seuranta', 'ensimmäinen vastaus', 'muistutus', 'viimeinen ilmoitus', 'pahoittelun kanssa', 'ratkaisun kanssa', 'vaihtoehdon kanssa', 'määräajan kanssa', 'linkin kanssa', 'rento', 'esihenkilölle', 'kollegalle', 'puhelimessa', 'puhelun jälkeen'],
    sentences: [
      'Kiitos, että kerroit tilauksesta {{input:Tilausnumero}}.',
      'Tarkistin tilauksesi, ja korvaava tuote on jo matkalla.',
      'Kerron tilanteesta viimeistään {{date +2 business days}}.',
      'Voin tarjota myymälähyvityksen tai vaihdon, kumpi sopii sinulle paremmin.',
      'Tässä seurantalinkki, jolla voit seurata pakettia: [seuraa pakettia](https://example.com/seuraa/{{ticket.id}}).',
      'Voisitko lähettää kuvan tuotteesta, niin hoidan asian heti?',
      'Välitin asian varastollemme ja seuraan sitä itse loppuun asti.',
      'Hyvitys on hyväksytty, ja se näkyy tililläsi viiden arkipäivän kuluessa.',
      'Jos se on helpompaa, voin soittaa sinulle sopivana aikana.',
      'Kiitos kärsivällisyydestäsi, kun selvitämme asiaa.',
      'Salasanan vaihtolinkki on voimassa 24 tuntia.',
      'Tilauksesi uusiutuu {{date +30 days}}, eikä sinun tarvitse tehdä mitään.',
    ],
    greeting: 'Hei {{customer.firstName | }}!',
    closing: 'Ystävällisin terveisin\n{{agent.name}}',
    alphabet: 'abcdefghijklmnopqrstuvwxyzäö',
  },
  fa: {
    subjects: ['بازپرداخت وجه', 'تعویض کالا', 'تأخیر در ارسال', 'کالای آسیب‌دیده', 'بسته گم‌شده', 'تأیید سفارش', 'بازیابی رمز عبور', 'نسخه فاکتور', 'تمدید اشتراک', 'اعتبار فروشگاه', 'درخواست گارانتی', 'دسترسی به حساب', 'تغییر نشانی ارسال', 'لغو سفارش', 'اصلاح قیمت', 'برچسب مرجوعی', 'کارت هدیه', 'پرداخت ناموفق', 'تعویض سایز', 'امتیاز وفاداری', 'پیش‌سفارش', 'موجود شدن دوباره', 'خروجی داده‌ها', 'سپاس از بازخورد', 'پیشنهاد تماس تلفنی'],
    situations: ['برای سفارش‌های فوری', 'برای مشتریان خارج از کشور', 'پس از حراج', 'برای حساب‌های تجاری', 'در ایام تعطیلات', 'برای خریداران تازه', 'همراه با درخواست عکس', 'خارج از ساعت کاری', 'برای فروشندگان بازار', 'برای خریدهای بسته‌ای', 'برای سفارش‌های اپلیکیشن', 'همراه با لینک رهگیری', 'برای اعضای ویژه', 'پس از تماس دوم', 'در آخر هفته', 'برای تحویل حضوری', 'برای مبلمان بزرگ', 'برای دانلودهای دیجیتال', 'همراه با ارجاع', 'برای مشکلات تکراری'],
    styles: ['کوتاه', 'مفصل', 'دوستانه', 'رسمی', 'گفتگو', 'پاسخ در شبکه اجتماعی', 'پیگیری', 'پاسخ نخست', 'یادآوری', 'اطلاع نهایی', 'همراه با پوزش', 'همراه با راه‌حل', 'همراه با گزینه دیگر', 'همراه با مهلت', 'همراه با پیوند', 'خودمانی', 'برای سرپرست', 'برای همکار', 'تلفنی', 'پس از تماس'],
    sentences: [
      'سپاس که ما را از سفارش {{input:شماره سفارش}} باخبر کردید.',
      'سفارش شما را بررسی کردم و کالای جایگزین در راه است.',
      'تا {{date +2 business days}} از من خبر تازه خواهید داشت.',
      'می‌توانم اعتبار فروشگاه یا تعویض کالا را پیشنهاد کنم، هر کدام که برایتان بهتر است.',
      'این پیوند رهگیری بسته است: [رهگیری بسته](https://example.com/track/{{ticket.id}}).',
      'لطفاً عکسی از کالا بفرستید تا همین حالا کار را پیش ببرم.',
      'موضوع را به انبار سپردم و خودم تا پایان پیگیری می‌کنم.',
      'بازپرداخت شما تأیید شد و ظرف پنج روز کاری به حسابتان می‌رسد.',
      'اگر راحت‌تر است، در زمانی که برایتان مناسب است با شما تماس می‌گیرم.',
      'از شکیبایی شما سپاسگزاریم.',
      'پیوند تغییر رمز عبور تا ۲۴ ساعت معتبر است.',
      'اشتراک شما در {{date +30 days}} تمدید می‌شود و نیازی به کاری از سوی شما نیست.',
    ],
    greeting: '{{customer.firstName | دوست}} گرامی، سلام',
    closing: 'با احترام\n{{agent.name}}',
    alphabet: 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی',
  },
};
const LANGUAGES = Object.keys(BANKS) as (keyof typeof BANKS)[];
const TAGS = ['billing', 'shipping', 'returns', 'account', 'vip', 'escalation', 'holiday', 'chat', 'social', 'warranty', 'payments', 'onboarding'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** `count` distinct templates, a quarter in each language, the same for a given seed. */
export function generateTemplates(count: number, seed = 42): Template[] {
  const random = createRandom(seed);
  const templates: Template[] = [];
  const titles = new Set<string>();
  while (templates.length < count) {
    const language = LANGUAGES[templates.length % LANGUAGES.length]!;
    const bank = BANKS[language];
    const title = `${pick(random, bank.subjects)} ${pick(random, bank.situations)} – ${pick(random, bank.styles)}`;
    if (titles.has(title)) continue;
    titles.add(title);
    const index = templates.length;
    const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(random, bank.sentences));
    const body = [bank.greeting, '', [...new Set(sentences)].join(' '), random() < 0.3 ? `\n- **${pick(random, bank.sentences)}**\n- ${pick(random, bank.sentences)}` : '', '', bank.closing].join('\n');
    const first = title.split(/\s+/)[0]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 8) || 'fa';
    templates.push({
      id: `t-${index.toString(36)}`,
      title,
      body,
      shortcut: random() < 0.5 ? `;${first}${index.toString(36)}` : undefined,
      tags: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, TAGS)))],
      language,
      channels: random() < 0.7 ? ['email', 'chat', 'social'] : [pick(random, ['email', 'chat', 'social'] as const)],
      usageCount: Math.floor(random() * random() * 50),
      lastUsedAt: Date.UTC(2026, 10, 1) - Math.floor(random() * 90 * 86_400_000),
    });
  }
  return templates;
}

/** One edit in one word of 5+ letters (substitute, delete, insert, swap two neighbours). */
function addTypo(title: string, random: () => number, alphabet: string): string {
  const words = title.split(' ');
  const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => [...word].length >= 5);
  if (candidates.length === 0) return title;
  const { word, index } = pick(random, candidates);
  const chars = [...word];
  for (;;) {
    const at = 1 + Math.floor(random() * (chars.length - 2));
    const letter = pick(random, [...alphabet]);
    const next = [...chars];
    const edit = Math.floor(random() * 4);
    if (edit === 0) next[at] = letter;
    else if (edit === 1) next.splice(at, 1);
    else if (edit === 2) next.splice(at, 0, letter);
    else [next[at], next[at + 1]] = [next[at + 1]!, next[at]!];
    const typo = next.join('');
    if (typo !== word) {
      words[index] = typo;
      return words.join(' ');
    }
  }
}

interface Query {
  kind: 'exact' | 'typo' | 'prefix' | 'shortcut';
  text: string;
  target: string;
  /** The target must be within this many results. */
  within: number;
}

function createQueries(templates: Template[], seed = 9): Query[] {
  const random = createRandom(seed);
  const sample = () => templates[Math.floor(random() * templates.length)]!;
  const queries: Query[] = [];
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const exact = sample();
    queries.push({ kind: 'exact', text: exact.title, target: exact.id, within: 3 });
    const typo = sample();
    queries.push({ kind: 'typo', text: addTypo(typo.title, random, BANKS[typo.language as keyof typeof BANKS].alphabet), target: typo.id, within: 5 });
    const prefix = sample();
    const [first, second = ''] = prefix.title.split(' ');
    queries.push({ kind: 'prefix', text: `${first} ${[...second].slice(0, 3).join('')}`.trim(), target: prefix.id, within: 10 });
    let withShortcut = sample();
    while (!withShortcut.shortcut) withShortcut = sample();
    queries.push({ kind: 'shortcut', text: withShortcut.shortcut!, target: withShortcut.id, within: 1 });
  }
  return queries;
}

interface Engine {
  name: string;
  /** Fuse.js scans every template for every query (0.1–1 s per query here): it runs a subset of the queries once. */
  slow?: boolean;
  build(templates: Template[]): (query: string) => string[];
}

const ENGINES: Engine[] = [
  {
    name: 'Replywell',
    build(templates) {
      const index = createTemplateIndex(templates);
      return (query) => index.search(query, { limit: 10, now: Date.UTC(2026, 10, 1) }).map((hit) => hit.template.id);
    },
  },
  {
    name: 'MiniSearch',
    build(templates) {
      const search = new MiniSearch<Template>({
        fields: ['shortcut', 'title', 'tags', 'body'],
        extractField: (document, field) => {
          const value = document[field as keyof Template];
          return Array.isArray(value) ? value.join(' ') : (value as string | undefined) ?? '';
        },
        searchOptions: { boost: { shortcut: 4, title: 3, tags: 2, body: 1 }, fuzzy: 0.2, prefix: true },
      });
      search.addAll(templates);
      return (query) => search.search(query).slice(0, 10).map((result) => result.id as string);
    },
  },
  {
    name: 'Fuse.js',
    slow: true,
    build(templates) {
      const fuse = new Fuse(templates, {
        keys: [
          { name: 'shortcut', weight: 4 },
          { name: 'title', weight: 3 },
          { name: 'body', weight: 2 },
          { name: 'tags', weight: 1 },
        ],
      });
      return (query) => fuse.search(query, { limit: 10 }).map((result) => result.item.id);
    },
  },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

function benchSearch(size: number): void {
  const templates = generateTemplates(size);
  const queries = createQueries(templates);
  console.log(`\n${size.toLocaleString('en')} templates, ${QUERIES_PER_KIND} queries of each kind`);
  const kinds = ['exact', 'typo', 'prefix', 'shortcut'] as const;
  const header = `${pad('engine', 11)} ${pad('build', 10)} ${kinds.map((kind) => pad(`${kind}: median / p95 / hits`, 32)).join(' ')} ${pad('all: median / p95', 20)}`;
  console.log(header);
  const only = process.env.BENCH_ENGINES?.split(',');
  const footnotes: string[] = [];
  for (const engine of ENGINES.filter((candidate) => !only || only.includes(candidate.name))) {
    engine.build(templates.slice(0, 200));
    const started = performance.now();
    const search = engine.build(templates);
    const build = performance.now() - started;
    const limited = engine.slow === true;
    const perKind = limited ? Math.min(QUERIES_PER_KIND, size >= 10_000 ? SLOW_QUERIES_PER_KIND : SLOW_QUERIES_PER_KIND * 3) : QUERIES_PER_KIND;
    const repeats = limited ? 1 : REPEATS;
    const counts: Record<string, number> = {};
    const measured = queries.filter((query) => (counts[query.kind] = (counts[query.kind] ?? 0) + 1) <= perKind);
    // One pass to warm up the JIT and caches, then the measured runs.
    for (const query of limited ? measured.slice(0, 4) : measured) search(query.text);
    const times: Record<string, number[]> = { exact: [], typo: [], prefix: [], shortcut: [], all: [] };
    const hits: Record<string, number> = { exact: 0, typo: 0, prefix: 0, shortcut: 0 };
    for (const query of measured) {
      // The median of a few runs of the same query, so that another process taking the core for a moment (the
      // machine is shared) does not pass for the engine's time.
      const runs: number[] = [];
      let ids: string[] = [];
      for (let run = 0; run < repeats; run++) {
        const begin = performance.now();
        ids = search(query.text);
        runs.push(performance.now() - begin);
      }
      const elapsed = runs.sort((a, b) => a - b)[Math.floor(repeats / 2)]!;
      times[query.kind]!.push(elapsed);
      times.all!.push(elapsed);
      if (ids.slice(0, query.within).includes(query.target)) hits[query.kind]! += 1;
    }
    for (const list of Object.values(times)) list.sort((a, b) => a - b);
    const cells = kinds.map((kind) => {
      const list = times[kind]!;
      return pad(`${formatMs(percentile(list, 50))} / ${formatMs(percentile(list, 95))} / ${((100 * hits[kind]!) / perKind).toFixed(0)}%`, 32);
    });
    const name = limited ? `${engine.name}*` : engine.name;
    if (limited) footnotes.push(`* ${engine.name}: the first ${perKind} queries of each kind, one run each (it scans every template for every query)`);
    console.log(`${pad(name, 11)} ${pad(formatMs(build), 10)} ${cells.join(' ')} ${formatMs(percentile(times.all!, 50))} / ${formatMs(percentile(times.all!, 95))}`);
  }
  console.log('hits: exact title in the top 3, one-typo title in the top 5, prefix in the top 10, shortcut first');
  for (const note of footnotes) console.log(note);
}

function benchRender(): void {
  const templates = generateTemplates(10_000, 5);
  const context = {
    customer: { name: 'Kari Nordmann', email: 'kari@example.no', timeZone: 'Europe/Oslo' },
    agent: { name: 'Ola', signature: 'Ola\nAcme support' },
    ticket: { id: '4711' },
    subject: 'Order 4711',
    fillIns: { 'Order number': '4711', Ordrenummer: '4711', Tilausnumero: '4711', 'شماره سفارش': '۴۷۱۱' },
    now: Date.UTC(2026, 10, 20, 9),
  };
  for (const template of templates.slice(0, 500)) renderTemplate(template.body, { ...context, language: template.language });
  const times: number[] = [];
  for (const template of templates) {
    const begin = performance.now();
    renderTemplate(template.body, { ...context, language: template.language });
    times.push(performance.now() - begin);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  console.log(`\nrenderTemplate over 10,000 generated bodies: mean ${formatMs(mean)}, median ${formatMs(percentile(times, 50))}, p95 ${formatMs(percentile(times, 95))} per template`);
}

if (!process.env.BENCH_NOAUTO) {
  for (const size of SIZES) benchSearch(size);
  benchRender();
}
