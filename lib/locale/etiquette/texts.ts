// Every sentence an etiquette card shows, in the four interface languages. Country files hold only levels, phrases
// in the customer's language and sources; the wording lives here once, hedged ("many", "often", "usually").
import type { AddressStyle, Directness, EtiquetteFactKind, Formality, LocalizedText, MessagingApp, NameOrder, Relationship } from '../etiquette';

type Texts<K extends string> = Readonly<Record<K, LocalizedText>>;

export const FACT_TITLES: Texts<Exclude<EtiquetteFactKind, 'tip'>> = {
  formality: { en: 'First contact', nb: 'Første kontakt', fi: 'Ensimmäinen yhteydenotto', fa: 'نخستین تماس' },
  greeting: { en: 'Greeting', nb: 'Hilsen', fi: 'Tervehdys', fa: 'آغاز پیام' },
  closing: { en: 'Closing', nb: 'Avslutning', fi: 'Lopetus', fa: 'پایان پیام' },
  names: { en: 'Names and address', nb: 'Navn og tiltale', fi: 'Nimet ja puhuttelu', fa: 'نام و شیوهٔ خطاب' },
  directness: { en: 'Saying no', nb: 'Å si nei', fi: 'Miten sanoa ei', fa: 'نه گفتن' },
  relationship: { en: 'Relationship or task', nb: 'Relasjon eller oppgave', fi: 'Suhde vai asia', fa: 'رابطه یا کار' },
  speed: { en: 'Reply speed', nb: 'Svartid', fi: 'Vastausnopeus', fa: 'سرعت پاسخ' },
};

export const TIP_TITLES: Texts<'do' | 'dont'> = {
  do: { en: 'Do', nb: 'Gjør', fi: 'Tee näin', fa: 'توصیه' },
  dont: { en: 'Avoid', nb: 'Unngå', fi: 'Vältä', fa: 'پرهیز' },
};

export const FORMALITY_TEXT: Texts<Formality> = {
  formal: {
    en: 'Many customers expect a formal first message: a polite greeting, a title with the name, and no slang. Relax only when they do.',
    nb: 'Mange kunder venter en formell første melding: en høflig hilsen, tittel og navn, og ingen slang. Bli mer uformell først når kunden blir det.',
    fi: 'Moni asiakas odottaa muodollista ensimmäistä viestiä: kohtelias tervehdys, titteli ja nimi eikä slangia. Rennompi sävy vasta, kun asiakas itse siirtyy siihen.',
    fa: 'بسیاری از مشتریان انتظار پیام نخستِ رسمی دارند: سلامی مؤدبانه، عنوان همراه با نام، و بدون واژه‌های عامیانه. فقط وقتی خودشان خودمانی شدند لحن را ساده‌تر کنید.',
  },
  neutral: {
    en: 'A friendly but polite tone usually works: greet by name, write clearly, and mirror how formal the customer is.',
    nb: 'En vennlig, men høflig tone fungerer som regel: hils med navn, skriv tydelig og speil hvor formell kunden er.',
    fi: 'Ystävällinen mutta kohtelias sävy toimii yleensä: tervehdi nimellä, kirjoita selkeästi ja seuraa asiakkaan muodollisuuden tasoa.',
    fa: 'لحنی دوستانه و در عین حال مؤدبانه معمولاً مناسب است: با نام سلام کنید، روشن بنویسید و میزان رسمی بودن را از خود مشتری بگیرید.',
  },
  informal: {
    en: 'Many customers are used to an informal tone and first names from the first message; stiff formality can feel distant.',
    nb: 'Mange kunder er vant til en uformell tone og fornavn fra første melding; stiv formalitet kan virke fjern.',
    fi: 'Moni asiakas on tottunut rentoon sävyyn ja etunimiin heti ensimmäisestä viestistä; jäykkä muodollisuus voi tuntua etäiseltä.',
    fa: 'بسیاری از مشتریان از همان پیام نخست به لحن خودمانی و نام کوچک عادت دارند؛ رسمی بودنِ خشک ممکن است سرد به نظر برسد.',
  },
};

export const DIRECTNESS_TEXT: Texts<Directness> = {
  direct: {
    en: 'A clear no is often appreciated: say it early, with the reason and an alternative. Too much cushioning can read as evasive.',
    nb: 'Et tydelig nei blir ofte satt pris på: si det tidlig, med grunnen og et alternativ. For mye innpakning kan virke unnvikende.',
    fi: 'Selkeää kieltävää vastausta arvostetaan usein: kerro se heti, perustele ja tarjoa vaihtoehto. Liika pehmentely voi vaikuttaa kiertelyltä.',
    fa: '«نه»ی روشن اغلب قدردانی می‌شود: زود بگویید و دلیل و راه جایگزین را هم بیاورید. نرم‌کردنِ بیش از حد ممکن است طفره‌رفتن به نظر برسد.',
  },
  balanced: {
    en: 'A polite but clear no usually works: thank them, state the limit plainly and offer what you can do.',
    nb: 'Et høflig, men tydelig nei fungerer som regel: takk, si rett ut hva grensen er, og tilby det du kan gjøre.',
    fi: 'Kohtelias mutta selkeä kielto toimii yleensä: kiitä, kerro raja suoraan ja tarjoa se, mitä voit tehdä.',
    fa: '«نه»ی مؤدبانه اما روشن معمولاً جواب می‌دهد: تشکر کنید، محدودیت را صریح بگویید و آنچه از دستتان برمی‌آید پیشنهاد کنید.',
  },
  indirect: {
    en: 'A flat no can feel like a loss of face. Start with what you can do, explain the limit gently, and leave room for a next step.',
    nb: 'Et rett ut nei kan oppleves som et ansiktstap. Begynn med det du kan gjøre, forklar grensen varsomt og åpne for et neste steg.',
    fi: 'Suora kielto voi tuntua kasvojen menetykseltä. Aloita siitä, mitä voit tehdä, kerro rajasta hienovaraisesti ja jätä tilaa seuraavalle askeleelle.',
    fa: '«نه»ی صریح ممکن است باعث شود طرف مقابل احساس کند آبرویش رفته است. با آنچه می‌توانید انجام دهید شروع کنید، محدودیت را با ملایمت توضیح دهید و راهی برای گام بعد باز بگذارید.',
  },
};

export const RELATIONSHIP_TEXT: Texts<Relationship> = {
  'relationship-first': {
    en: 'Many customers value the relationship before the task: greet, acknowledge their situation and thank them before troubleshooting.',
    nb: 'Mange kunder setter relasjonen foran oppgaven: hils, vis at du forstår situasjonen og takk før du begynner på feilsøkingen.',
    fi: 'Moni asiakas arvostaa suhdetta ennen asiaa: tervehdi, osoita, että ymmärrät tilanteen, ja kiitä ennen vianetsintää.',
    fa: 'بسیاری از مشتریان رابطه را پیش از کار مهم می‌دانند: پیش از رفع مشکل سلام کنید، نشان دهید وضعیتشان را درک می‌کنید و تشکر کنید.',
  },
  balanced: {
    en: 'A short friendly opening, then the answer, usually works.',
    nb: 'En kort, vennlig åpning og deretter svaret fungerer som regel.',
    fi: 'Lyhyt ystävällinen aloitus ja sitten vastaus toimii yleensä.',
    fa: 'یک آغاز کوتاه و دوستانه و سپس پاسخ، معمولاً مناسب است.',
  },
  'task-first': {
    en: 'Many customers prefer that you get to the point: a brief greeting, then the answer and the next step.',
    nb: 'Mange kunder vil at du kommer rett til saken: en kort hilsen, så svaret og neste steg.',
    fi: 'Moni asiakas haluaa, että asiaan mennään suoraan: lyhyt tervehdys, sitten vastaus ja seuraava askel.',
    fa: 'بسیاری از مشتریان ترجیح می‌دهند سر اصل مطلب بروید: سلامی کوتاه، سپس پاسخ و گام بعدی.',
  },
};

export const NAME_ORDER_TEXT: Texts<NameOrder> = {
  'given-first': {
    en: 'Names are usually written given name first, family name last.',
    nb: 'Navn skrives som regel med fornavnet først og etternavnet sist.',
    fi: 'Nimet kirjoitetaan yleensä etunimi ensin ja sukunimi viimeisenä.',
    fa: 'نام‌ها معمولاً با نام کوچک در آغاز و نام خانوادگی در پایان نوشته می‌شوند.',
  },
  'family-first': {
    en: 'The family name usually comes first: in a name written the local way, the first word is the family name. Some people swap the order in Latin letters.',
    nb: 'Etternavnet kommer som regel først: i et navn skrevet på lokal måte er det første ordet etternavnet. Noen snur rekkefølgen når de skriver med latinske bokstaver.',
    fi: 'Sukunimi tulee yleensä ensin: paikallisella tavalla kirjoitetun nimen ensimmäinen sana on sukunimi. Jotkut kääntävät järjestyksen latinalaisin kirjaimin kirjoittaessaan.',
    fa: 'نام خانوادگی معمولاً اول می‌آید: در نامی که به شیوهٔ محلی نوشته شده، واژهٔ نخست نام خانوادگی است. برخی در خط لاتین ترتیب را برعکس می‌کنند.',
  },
  mixed: {
    en: 'Both name orders are common. Use the name exactly as the customer signs.',
    nb: 'Begge rekkefølgene er vanlige. Bruk navnet slik kunden selv skriver det.',
    fi: 'Molemmat nimijärjestykset ovat yleisiä. Käytä nimeä juuri niin kuin asiakas sen itse kirjoittaa.',
    fa: 'هر دو ترتیب نام رایج است. نام را دقیقاً همان‌طور که مشتری امضا می‌کند به کار ببرید.',
  },
};

/** `{forms}` is replaced by the country's honorifics; an empty "()" is dropped. */
export const ADDRESS_TEXT: Texts<AddressStyle> = {
  'given-name': {
    en: 'First names are usual, even with customers you have not dealt with before.',
    nb: 'Fornavn er vanlig, også med kunder du ikke har vært i kontakt med før.',
    fi: 'Etunimet ovat tavallisia myös asiakkaiden kanssa, joiden kanssa ei ole ennen asioitu.',
    fa: 'استفاده از نام کوچک رایج است، حتی با مشتریانی که پیش‌تر با آنها سروکار نداشته‌اید.',
  },
  'title-family': {
    en: 'Use a title with the family name ({forms}) until the customer signs with a first name.',
    nb: 'Bruk tittel og etternavn ({forms}) til kunden signerer med fornavn.',
    fi: 'Käytä titteliä ja sukunimeä ({forms}), kunnes asiakas allekirjoittaa etunimellään.',
    fa: 'تا وقتی مشتری با نام کوچک امضا نکرده، عنوان و نام خانوادگی ({forms}) را به کار ببرید.',
  },
  'family-suffix': {
    en: 'Use the family name with a polite form after it ({forms}); a first name alone can feel too familiar.',
    nb: 'Bruk etternavnet med en høflig form etter ({forms}); fornavn alene kan virke for familiært.',
    fi: 'Käytä sukunimeä ja sen perässä kohteliasta muotoa ({forms}); pelkkä etunimi voi tuntua liian tuttavalliselta.',
    fa: 'نام خانوادگی را با شکلی مؤدبانه پس از آن ({forms}) به کار ببرید؛ نام کوچکِ تنها ممکن است بیش از حد خودمانی باشد.',
  },
  'title-given': {
    en: 'A polite title with the given name ({forms}) is common and respectful.',
    nb: 'En høflig tittel foran fornavnet ({forms}) er vanlig og respektfullt.',
    fi: 'Kohtelias titteli etunimen edessä ({forms}) on tavallinen ja kunnioittava.',
    fa: 'عنوانی مؤدبانه همراه با نام کوچک ({forms}) رایج و محترمانه است.',
  },
  'given-suffix': {
    en: 'A polite word after the given name ({forms}) is common and respectful.',
    nb: 'Et høflig ord etter fornavnet ({forms}) er vanlig og respektfullt.',
    fi: 'Kohtelias sana etunimen perässä ({forms}) on tavallinen ja kunnioittava.',
    fa: 'واژه‌ای مؤدبانه پس از نام کوچک ({forms}) رایج و محترمانه است.',
  },
  'given-patronymic': {
    en: "Formal address often uses the given name with the patronymic (from the father's name); a first name alone can feel too familiar.",
    nb: 'Formell tiltale bruker ofte fornavn og farsnavn; fornavn alene kan virke for familiært.',
    fi: 'Muodollisessa puhuttelussa käytetään usein etunimeä ja isännimeä; pelkkä etunimi voi tuntua liian tuttavalliselta.',
    fa: 'در خطاب رسمی اغلب نام کوچک همراه با نام پدر به کار می‌رود؛ نام کوچکِ تنها ممکن است بیش از حد خودمانی باشد.',
  },
};

export const SPEED_TEXT: Texts<'apps' | 'email'> = {
  apps: {
    en: 'In chat and messaging many customers expect an answer within minutes while they are online; by email, within one business day is common. Widely used here: {apps}.',
    nb: 'I chat og meldingsapper venter mange kunder svar i løpet av minutter mens de er pålogget; på e-post er svar innen én arbeidsdag vanlig. Mye brukt her: {apps}.',
    fi: 'Chatissa ja pikaviestimissä moni asiakas odottaa vastausta muutamassa minuutissa ollessaan linjoilla; sähköpostiin vastaus yhden arkipäivän kuluessa on tavallinen. Täällä yleisiä: {apps}.',
    fa: 'در گفت‌وگوی آنلاین و پیام‌رسان‌ها بسیاری از مشتریان تا وقتی آنلاین‌اند انتظار پاسخ در چند دقیقه دارند؛ در ایمیل، پاسخ تا یک روز کاری رایج است. پیام‌رسان‌های پرکاربرد اینجا: {apps}.',
  },
  email: {
    en: 'In chat many customers expect an answer within minutes while they are online; by email, within one business day is common.',
    nb: 'I chat venter mange kunder svar i løpet av minutter mens de er pålogget; på e-post er svar innen én arbeidsdag vanlig.',
    fi: 'Chatissa moni asiakas odottaa vastausta muutamassa minuutissa ollessaan linjoilla; sähköpostiin vastaus yhden arkipäivän kuluessa on tavallinen.',
    fa: 'در گفت‌وگوی آنلاین بسیاری از مشتریان تا وقتی آنلاین‌اند انتظار پاسخ در چند دقیقه دارند؛ در ایمیل، پاسخ تا یک روز کاری رایج است.',
  },
};

/** Product names are not translated. */
export const APP_NAMES: Readonly<Record<MessagingApp, string>> = {
  imessage: 'iMessage',
  kakaotalk: 'KakaoTalk',
  line: 'LINE',
  messenger: 'Messenger',
  telegram: 'Telegram',
  viber: 'Viber',
  wechat: 'WeChat',
  whatsapp: 'WhatsApp',
  zalo: 'Zalo',
};

/** What a greeting, closing or honorific means, for a reader of the interface language. Sorted by key. */
export const MEANINGS = {
  cheers: { en: 'Cheers (informal thanks and goodbye)', nb: 'Takk og ha det (uformelt)', fi: 'Kiitos ja hei (rento)', fa: 'ممنون، فعلاً (خودمانی)' },
  'customer-suffix': {
    en: 'a very polite form after the name, used for customers',
    nb: 'en svært høflig form etter navnet, brukt om kunder',
    fi: 'hyvin kohtelias muoto nimen perässä, käytetään asiakkaista',
    fa: 'شکلی بسیار مؤدبانه پس از نام، برای مشتریان',
  },
  'dear-formal': { en: 'Dear … (formal, with title)', nb: 'Kjære … (formelt, med tittel)', fi: 'Arvoisa … (muodollinen, tittelin kanssa)', fa: '… گرامی (رسمی، با عنوان)' },
  'dear-name': { en: 'Dear …', nb: 'Kjære …', fi: 'Hyvä …', fa: '… عزیز' },
  doctor: { en: 'Dr (also used for many graduates)', nb: 'dr. (brukes også om mange med universitetsgrad)', fi: 'tohtori (käytetään myös monista korkeakoulutetuista)', fa: 'دکتر (برای بسیاری از دانش‌آموختگان هم به کار می‌رود)' },
  'good-day': { en: 'Good day', nb: 'God dag', fi: 'Hyvää päivää', fa: 'روز بخیر' },
  'good-morning': { en: 'Good morning', nb: 'God morgen', fi: 'Hyvää huomenta', fa: 'صبح بخیر' },
  'greetings-respect': { en: 'With greetings and respect (formal opening)', nb: 'Med hilsen og respekt (formell åpning)', fi: 'Tervehtien ja kunnioittaen (muodollinen aloitus)', fa: 'با سلام و احترام (آغاز رسمی)' },
  hello: { en: 'Hello', nb: 'Hei', fi: 'Hei', fa: 'سلام' },
  hi: { en: 'Hi (informal)', nb: 'Hei (uformelt)', fi: 'Moi (rento)', fa: 'سلام (خودمانی)' },
  hug: { en: 'Hugs (a warm, friendly closing)', nb: 'Klem (en varm, vennlig avslutning)', fi: 'Halauksin (lämmin, ystävällinen lopetus)', fa: 'با آغوشی گرم (پایانی صمیمی و دوستانه)' },
  'kind-regards': { en: 'Kind regards', nb: 'Vennlig hilsen', fi: 'Ystävällisin terveisin', fa: 'با درودهای صمیمانه' },
  madam: { en: 'Madam', nb: 'frue (i tiltale)', fi: 'rouva (puhuttelussa)', fa: 'سرکار خانم' },
  mr: { en: 'Mr', nb: 'herr', fi: 'herra', fa: 'آقای' },
  ms: { en: 'Ms or Mrs', nb: 'fru', fi: 'rouva', fa: 'خانم' },
  namaste: { en: 'Namaste (a respectful greeting)', nb: 'Namaste (en respektfull hilsen)', fi: 'Namaste (kunnioittava tervehdys)', fa: 'نمسته (سلامی محترمانه)' },
  peace: { en: 'Peace be upon you (the usual greeting)', nb: 'Fred være med deg (den vanlige hilsenen)', fi: 'Rauha olkoon kanssasi (tavallinen tervehdys)', fa: 'سلام علیکم (سلام رایج)' },
  'please-regard': {
    en: 'I humbly ask for your continued goodwill (the standard closing)',
    nb: 'Jeg ber ydmykt om fortsatt velvilje (den faste avslutningen)',
    fi: 'Pyydän nöyrimmin suopeuttanne jatkossakin (vakiintunut lopetus)',
    fa: 'خواهشمندم همچنان لطف خود را دریغ نفرمایید (پایان‌بندی رایج)',
  },
  'polite-suffix': { en: 'a polite form after the name, like Mr or Ms', nb: 'en høflig form etter navnet, som herr eller fru', fi: 'kohtelias muoto nimen perässä, kuten herra tai rouva', fa: 'شکلی مؤدبانه پس از نام، مانند آقا یا خانم' },
  'polite-title': { en: 'a polite title for anyone, like Mr or Ms', nb: 'en høflig tittel for alle, som herr eller fru', fi: 'kohtelias titteli kenelle tahansa, kuten herra tai rouva', fa: 'عنوانی مؤدبانه برای همه، مانند آقا یا خانم' },
  regards: { en: 'Best regards', nb: 'Beste hilsen', fi: 'Parhain terveisin', fa: 'با بهترین آرزوها' },
  'respect-suffix': { en: 'a respectful form after the name', nb: 'en respektfull form etter navnet', fi: 'kunnioittava muoto nimen perässä', fa: 'شکلی محترمانه پس از نام' },
  respected: { en: 'Respected … (formal)', nb: 'Ærede … (formelt)', fi: 'Kunnioitettu … (muodollinen)', fa: '… محترم (رسمی)' },
  respectfully: { en: 'Respectfully (formal)', nb: 'Med aktelse (formelt)', fi: 'Kunnioittaen (muodollinen)', fa: 'با احترام (رسمی)' },
  sincerely: { en: 'Sincerely (formal)', nb: 'Med vennlig hilsen (formelt)', fi: 'Ystävällisin terveisin (muodollinen)', fa: 'با احترام و سپاس (رسمی)' },
  sir: { en: 'Sir', nb: 'herr (i tiltale)', fi: 'herra (puhuttelussa)', fa: 'جناب / قربان' },
  thanks: { en: 'Thank you', nb: 'Takk', fi: 'Kiitos', fa: 'سپاسگزارم' },
  'thanks-for-contacting': { en: 'Thank you for contacting us', nb: 'Takk for at du kontaktet oss', fi: 'Kiitos yhteydenotostasi', fa: 'از تماس شما سپاسگزاریم' },
  'thanks-for-support': {
    en: 'Thank you for your continued support (the standard business opening)',
    nb: 'Takk for godt samarbeid (den faste åpningen i forretningsbrev)',
    fi: 'Kiitos jatkuvasta tuestanne (vakiintunut aloitus liikeviesteissä)',
    fa: 'از همراهی همیشگی شما سپاسگزاریم (آغاز رایج نامه‌های کاری)',
  },
  'wishing-well': { en: 'Wishing you well', nb: 'Alt godt', fi: 'Kaikkea hyvää', fa: 'با آرزوی بهترین‌ها' },
  'with-blessing': { en: 'With blessing (the usual closing)', nb: 'Med velsignelse (den vanlige avslutningen)', fi: 'Siunauksin (tavallinen lopetus)', fa: 'با برکت (پایان‌بندی رایج)' },
} as const satisfies Texts<string>;

/** Tips shown as "Do" or "Avoid"; `{param}` is filled from the country entry (a word in the customer's language). */
export const TIPS = {
  'acknowledge-first': {
    kind: 'do',
    text: {
      en: 'Open by thanking the customer and acknowledging the trouble before you start on the fix.',
      nb: 'Begynn med å takke kunden og vise at du forstår problemet før du går løs på løsningen.',
      fi: 'Aloita kiittämällä asiakasta ja osoittamalla, että ymmärrät ongelman, ennen kuin siirryt ratkaisuun.',
      fa: 'پیش از رفتن سراغ راه‌حل، از مشتری تشکر کنید و نشان دهید مشکلش را درک کرده‌اید.',
    },
  },
  'apology-matters': {
    kind: 'do',
    text: {
      en: 'A sincere apology for the trouble is often expected, even when the cause is not on your side.',
      nb: 'En oppriktig unnskyldning for bryderiet forventes ofte, også når årsaken ikke ligger hos dere.',
      fi: 'Vilpitöntä pahoittelua vaivasta odotetaan usein, vaikka syy ei olisi teidän päässänne.',
      fa: 'عذرخواهی صادقانه بابت دردسر اغلب انتظار می‌رود، حتی وقتی علت مشکل از سوی شما نیست.',
    },
  },
  'avoid-hype': {
    kind: 'dont',
    text: {
      en: 'Superlatives and sales talk; plain, factual wording usually earns more trust.',
      nb: 'Superlativer og selgerspråk; nøktern og saklig ordbruk gir som regel mer tillit.',
      fi: 'Superlatiiveja ja myyntipuhetta; asiallinen ja suora ilmaisu herättää yleensä enemmän luottamusta.',
      fa: 'صفت‌های مبالغه‌آمیز و زبان فروش؛ بیان ساده و واقع‌گرایانه معمولاً اعتماد بیشتری می‌سازد.',
    },
  },
  'be-concise': {
    kind: 'do',
    text: {
      en: 'Keep replies short and structured, with the answer first and a clear next step.',
      nb: 'Hold svarene korte og ryddige, med svaret først og et tydelig neste steg.',
      fi: 'Pidä vastaukset lyhyinä ja jäsenneltyinä: vastaus ensin ja selkeä seuraava askel.',
      fa: 'پاسخ‌ها را کوتاه و منظم بنویسید: اول پاسخ، بعد گام بعدیِ روشن.',
    },
  },
  carnival: {
    kind: 'do',
    text: {
      en: 'Around Carnival (February or March) many businesses close for several days; plan promises around it.',
      nb: 'Rundt karnevalet (februar eller mars) holder mange bedrifter stengt i flere dager; ta hensyn til det når du lover noe.',
      fi: 'Karnevaalin aikaan (helmi- tai maaliskuussa) moni yritys on kiinni useita päiviä; huomioi se lupauksissa.',
      fa: 'در ایام کارناوال (فوریه یا مارس) بسیاری از کسب‌وکارها چند روز تعطیل‌اند؛ در وعده‌ها آن را در نظر بگیرید.',
    },
  },
  'deadlines-firm': {
    kind: 'do',
    text: {
      en: 'A promised time is taken literally; if you might miss it, say so before it passes.',
      nb: 'Et lovet tidspunkt tas bokstavelig; hvis du kan komme til å bomme, si fra før det har gått.',
      fi: 'Luvattu aika otetaan kirjaimellisesti; jos se saattaa venyä, kerro siitä ennen kuin aika umpeutuu.',
      fa: 'زمانی که وعده می‌دهید دقیقاً جدی گرفته می‌شود؛ اگر ممکن است به آن نرسید، پیش از گذشتنش خبر دهید.',
    },
  },
  diwali: {
    kind: 'do',
    text: {
      en: 'Around Diwali (October or November) many businesses slow down for several days; expect slower answers.',
      nb: 'Rundt diwali (oktober eller november) går mange bedrifter på lavgir i flere dager; regn med tregere svar.',
      fi: 'Diwalin aikaan (loka- tai marraskuussa) moni yritys hiljentää tahtia useiksi päiviksi; varaudu hitaampiin vastauksiin.',
      fa: 'در ایام دیوالی (اکتبر یا نوامبر) کار بسیاری از کسب‌وکارها چند روز کُند می‌شود؛ انتظار پاسخ دیرتر را داشته باشید.',
    },
  },
  'face-saving': {
    kind: 'dont',
    text: {
      en: "Pointing out the customer's mistake bluntly; describe it as a common mix-up or a step you can check together.",
      nb: 'Å påpeke kundens feil rett ut; beskriv det heller som en vanlig misforståelse eller et steg dere kan sjekke sammen.',
      fi: 'Asiakkaan virheen suoraa osoittamista; kuvaa se mieluummin yleisenä sekaannuksena tai vaiheena, jonka voitte tarkistaa yhdessä.',
      fa: 'اشارهٔ صریح به اشتباه مشتری؛ آن را یک سوءتفاهم رایج یا گامی که می‌توانید با هم بررسی کنید توصیف کنید.',
    },
  },
  'formal-you': {
    kind: 'do',
    text: {
      en: 'Use the formal "you" ({param}) until the customer switches to the informal one.',
      nb: 'Bruk den høflige tiltaleformen ({param}) til kunden selv går over til den uformelle.',
      fi: 'Käytä kohteliasta puhuttelumuotoa ({param}), kunnes asiakas itse siirtyy tuttavalliseen puhutteluun.',
      fa: 'تا وقتی مشتری خودش خودمانی نشده، ضمیر رسمی ({param}) را به کار ببرید.',
    },
  },
  'friday-rest': {
    kind: 'do',
    text: {
      en: 'Friday is the main weekly day of rest; avoid promising anything for Friday.',
      nb: 'Fredag er den viktigste fridagen i uken; unngå å love noe til fredag.',
      fi: 'Perjantai on viikon tärkein vapaapäivä; vältä lupaamasta mitään perjantaiksi.',
      fa: 'جمعه روز اصلی تعطیل هفته است؛ برای جمعه وعده‌ای ندهید.',
    },
  },
  'golden-week': {
    kind: 'do',
    text: {
      en: 'Many businesses close during Golden Week (late April to early May) and around New Year; set expectations early.',
      nb: 'Mange bedrifter holder stengt i Golden Week (slutten av april til starten av mai) og rundt nyttår; avklar forventninger i god tid.',
      fi: 'Moni yritys on kiinni Golden Weekin (huhtikuun lopusta toukokuun alkuun) ja uudenvuoden aikaan; kerro aikatauluista ajoissa.',
      fa: 'بسیاری از کسب‌وکارها در «هفتهٔ طلایی» (اواخر آوریل تا اوایل مه) و حوالی سال نو تعطیل‌اند؛ از پیش زمان‌بندی را روشن کنید.',
    },
  },
  'greet-always': {
    kind: 'do',
    text: {
      en: 'Open with a greeting; a message that starts straight with the request can easily seem rude.',
      nb: 'Begynn med en hilsen; en melding som går rett på saken, kan lett virke uhøflig.',
      fi: 'Aloita tervehdyksellä; suoraan asiaan menevä viesti voi helposti vaikuttaa töykeältä.',
      fa: 'با سلام شروع کنید؛ پیامی که مستقیم سراغ درخواست می‌رود ممکن است به‌راحتی بی‌ادبانه به نظر برسد.',
    },
  },
  'icelandic-names': {
    kind: 'do',
    text: {
      en: 'Most people have a patronymic rather than a family name, so the first name is used even formally.',
      nb: 'De fleste har et farsnavn i stedet for et slektsnavn, så fornavnet brukes også i formelle sammenhenger.',
      fi: 'Useimmilla on sukunimen sijaan isännimi, joten etunimeä käytetään myös muodollisesti.',
      fa: 'بیشتر مردم به جای نام خانوادگی، نامی برگرفته از نام پدر دارند؛ از این رو حتی در موقعیت رسمی نام کوچک به کار می‌رود.',
    },
  },
  'indirect-yes': {
    kind: 'do',
    text: {
      en: 'A "yes" may mean "I hear you" rather than agreement; confirm the next step in writing.',
      nb: 'Et «ja» kan bety «jeg hører deg» snarere enn enighet; bekreft neste steg skriftlig.',
      fi: '”Kyllä” voi tarkoittaa ”kuulen sinua” eikä välttämättä suostumusta; vahvista seuraava askel kirjallisesti.',
      fa: '«بله» ممکن است به معنای «می‌شنوم» باشد نه موافقت؛ گام بعدی را مکتوب تأیید کنید.',
    },
  },
  'informal-you': {
    kind: 'do',
    text: {
      en: 'The informal "you" ({param}) is normal in customer service, even with strangers.',
      nb: 'Den uformelle tiltaleformen ({param}) er vanlig i kundeservice, også med fremmede.',
      fi: 'Tuttavallinen puhuttelu ({param}) on tavallista asiakaspalvelussa myös tuntemattomien kanssa.',
      fa: 'ضمیر خودمانی ({param}) در خدمات مشتری عادی است، حتی با غریبه‌ها.',
    },
  },
  'local-greeting': {
    kind: 'do',
    text: {
      en: 'Even when you answer in English, a greeting in the customer\'s language is often appreciated.',
      nb: 'Selv om du svarer på engelsk, blir en hilsen på kundens språk ofte satt pris på.',
      fi: 'Vaikka vastaisit englanniksi, tervehdystä asiakkaan omalla kielellä arvostetaan usein.',
      fa: 'حتی اگر به انگلیسی پاسخ می‌دهید، سلامی به زبان خود مشتری اغلب خوشایند است.',
    },
  },
  'lunar-new-year': {
    kind: 'do',
    text: {
      en: 'Around the Lunar New Year (January or February) many businesses close for several days; plan promises around it.',
      nb: 'Rundt månenyttår (januar eller februar) holder mange bedrifter stengt i flere dager; ta hensyn til det når du lover noe.',
      fi: 'Kuukalenterin mukaisen uudenvuoden aikaan (tammi- tai helmikuussa) moni yritys on kiinni useita päiviä; huomioi se lupauksissa.',
      fa: 'در ایام سال نو قمری شرق آسیا (ژانویه یا فوریه) بسیاری از کسب‌وکارها چند روز تعطیل‌اند؛ در وعده‌ها آن را در نظر بگیرید.',
    },
  },
  'match-language': {
    kind: 'do',
    text: {
      en: 'Several languages are in everyday use; answer in the language the customer wrote in rather than guessing from the region.',
      nb: 'Flere språk er i daglig bruk; svar på språket kunden skrev på i stedet for å gjette ut fra regionen.',
      fi: 'Arjessa käytetään useita kieliä; vastaa kielellä, jolla asiakas kirjoitti, äläkä arvaa alueen perusteella.',
      fa: 'چند زبان در زندگی روزمره به کار می‌رود؛ به همان زبانی که مشتری نوشته پاسخ دهید، نه بر پایهٔ حدس از منطقه.',
    },
  },
  'monarchy-respect': {
    kind: 'dont',
    text: {
      en: 'Any remark about the royal family, even a light one; it is a sensitive and legally protected subject.',
      nb: 'Enhver kommentar om kongefamilien, også en spøkefull; det er et følsomt og lovbeskyttet tema.',
      fi: 'Kaikkia huomautuksia kuninkaallisesta perheestä, kevyitäkin; aihe on arka ja lailla suojattu.',
      fa: 'هر اظهار نظری دربارهٔ خاندان سلطنتی، حتی به شوخی؛ موضوعی حساس است و قانون از آن حمایت می‌کند.',
    },
  },
  'name-order-check': {
    kind: 'do',
    text: {
      en: 'When a name is written in Latin letters, check which part is the family name before you use it.',
      nb: 'Når et navn er skrevet med latinske bokstaver, sjekk hvilken del som er etternavnet før du bruker det.',
      fi: 'Kun nimi on kirjoitettu latinalaisin kirjaimin, tarkista, mikä osa on sukunimi, ennen kuin käytät sitä.',
      fa: 'وقتی نامی با حروف لاتین نوشته شده، پیش از به کار بردن آن بررسی کنید کدام بخش نام خانوادگی است.',
    },
  },
  nowruz: {
    kind: 'do',
    text: {
      en: 'Around Nowruz (from 20 or 21 March) many people are away for up to two weeks; expect slower answers.',
      nb: 'Rundt nowruz (fra 20. eller 21. mars) er mange borte i opptil to uker; regn med tregere svar.',
      fi: 'Nowruzin aikaan (20. tai 21. maaliskuuta alkaen) moni on poissa jopa kaksi viikkoa; varaudu hitaampiin vastauksiin.',
      fa: 'در ایام نوروز (از ۱ فروردین) بسیاری تا دو هفته در دسترس نیستند؛ انتظار پاسخ دیرتر را داشته باشید.',
    },
  },
  'one-name': {
    kind: 'do',
    text: {
      en: 'Many people have a single name or use one name only; use the title with the name they sign with.',
      nb: 'Mange har bare ett navn eller bruker bare ett; bruk tittelen sammen med navnet de signerer med.',
      fi: 'Monella on vain yksi nimi tai he käyttävät vain yhtä; käytä titteliä sen nimen kanssa, jolla he allekirjoittavat.',
      fa: 'بسیاری فقط یک نام دارند یا فقط یک نام را به کار می‌برند؛ عنوان را با همان نامی که امضا می‌کنند به کار ببرید.',
    },
  },
  'po-respect': {
    kind: 'do',
    text: {
      en: 'Many customers use "po" and "Sir/Ma\'am" as signs of respect, and appreciate the same in return.',
      nb: 'Mange kunder bruker «po» og «Sir/Ma\'am» som tegn på respekt og setter pris på det samme tilbake.',
      fi: 'Moni asiakas käyttää sanoja ”po” ja ”Sir/Ma\'am” kunnioituksen merkkinä ja arvostaa samaa vastavuoroisesti.',
      fa: 'بسیاری از مشتریان «po» و «Sir/Ma\'am» را به نشانهٔ احترام به کار می‌برند و از پاسخ به همین شیوه خوششان می‌آید.',
    },
  },
  'polite-softeners': {
    kind: 'do',
    text: {
      en: 'Soften requests with "please", "could you" and "thank you"; a bare instruction can read as rude.',
      nb: 'Myk opp forespørsler med «please», «could you» og «thank you»; en naken instruks kan virke uhøflig.',
      fi: 'Pehmennä pyyntöjä sanoilla ”please”, ”could you” ja ”thank you”; pelkkä käsky voi vaikuttaa töykeältä.',
      fa: 'درخواست‌ها را با «please»، «could you» و «thank you» نرم کنید؛ دستور خشک ممکن است بی‌ادبانه خوانده شود.',
    },
  },
  'quick-replies': {
    kind: 'do',
    text: {
      en: 'Many customers expect fast replies and visible progress; send a short update rather than going quiet.',
      nb: 'Mange kunder venter raske svar og synlig fremdrift; send en kort oppdatering heller enn å være stille.',
      fi: 'Moni asiakas odottaa nopeita vastauksia ja näkyvää edistystä; lähetä lyhyt tilannepäivitys äläkä jätä asiakasta ilman tietoa.',
      fa: 'بسیاری از مشتریان انتظار پاسخ سریع و پیشرفت آشکار دارند؛ به جای سکوت، خبری کوتاه از روند کار بدهید.',
    },
  },
  ramadan: {
    kind: 'do',
    text: {
      en: 'During Ramadan many people work shorter hours and the Eid holidays follow; expect slower answers and plan promises around them.',
      nb: 'I ramadan jobber mange kortere dager, og så følger eid-helgen; regn med tregere svar og ta hensyn til det når du lover noe.',
      fi: 'Ramadanin aikana moni tekee lyhyempää päivää, ja sen jälkeen tulevat eid-pyhät; varaudu hitaampiin vastauksiin ja huomioi ne lupauksissa.',
      fa: 'در ماه رمضان بسیاری ساعت کاری کوتاه‌تری دارند و پس از آن تعطیلات عید فطر می‌آید؛ انتظار پاسخ دیرتر را داشته باشید و در وعده‌ها آن را در نظر بگیرید.',
    },
  },
  shabbat: {
    kind: 'do',
    text: {
      en: 'Many businesses close from Friday afternoon to Saturday evening (Shabbat); the working week starts on Sunday.',
      nb: 'Mange bedrifter holder stengt fra fredag ettermiddag til lørdag kveld (sabbat); arbeidsuken begynner på søndag.',
      fi: 'Moni yritys on kiinni perjantai-iltapäivästä lauantai-iltaan (sapatti); työviikko alkaa sunnuntaina.',
      fa: 'بسیاری از کسب‌وکارها از بعدازظهر جمعه تا غروب شنبه (شَبات) تعطیل‌اند؛ هفتهٔ کاری از یکشنبه آغاز می‌شود.',
    },
  },
  'small-talk-ok': {
    kind: 'do',
    text: {
      en: 'A warm personal line (a thank-you, a good wish) is welcome and not seen as wasting time.',
      nb: 'En varm, personlig setning (en takk, et godt ønske) blir godt mottatt og ikke sett på som tidssløsing.',
      fi: 'Lämmin henkilökohtainen lause (kiitos tai hyvä toivotus) on tervetullut, eikä sitä pidetä ajanhukkana.',
      fa: 'یک جملهٔ گرم و شخصی (تشکر یا آرزوی خیر) خوشایند است و اتلاف وقت به حساب نمی‌آید.',
    },
  },
  songkran: {
    kind: 'do',
    text: {
      en: 'Around Songkran (13–15 April) many businesses close; plan promises around it.',
      nb: 'Rundt songkran (13.–15. april) holder mange bedrifter stengt; ta hensyn til det når du lover noe.',
      fi: 'Songkranin aikaan (13.–15. huhtikuuta) moni yritys on kiinni; huomioi se lupauksissa.',
      fa: 'در ایام سونگکران (۱۳ تا ۱۵ آوریل) بسیاری از کسب‌وکارها تعطیل‌اند؛ در وعده‌ها آن را در نظر بگیرید.',
    },
  },
  'summer-august': {
    kind: 'do',
    text: {
      en: 'Many people take long holidays in August; expect slower answers and name a date rather than "soon".',
      nb: 'Mange tar lang ferie i august; regn med tregere svar og nevn en dato i stedet for «snart».',
      fi: 'Moni pitää pitkän loman elokuussa; varaudu hitaampiin vastauksiin ja kerro päivämäärä ”pian”-sanan sijaan.',
      fa: 'بسیاری در ماه اوت تعطیلات طولانی دارند؛ انتظار پاسخ دیرتر را داشته باشید و به جای «به‌زودی» تاریخ مشخص بگویید.',
    },
  },
  'summer-december': {
    kind: 'do',
    text: {
      en: 'Many people take their summer holidays from late December into January; expect slower answers then.',
      nb: 'Mange tar sommerferie fra slutten av desember og inn i januar; regn med tregere svar da.',
      fi: 'Moni pitää kesälomansa joulukuun lopusta tammikuulle; varaudu silloin hitaampiin vastauksiin.',
      fa: 'بسیاری تعطیلات تابستانی خود را از اواخر دسامبر تا ژانویه می‌گذرانند؛ در این مدت انتظار پاسخ دیرتر را داشته باشید.',
    },
  },
  'summer-july': {
    kind: 'do',
    text: {
      en: 'Many people take three or more weeks off in July; expect slower answers and name a date rather than "soon".',
      nb: 'Mange tar tre uker eller mer fri i juli; regn med tregere svar og nevn en dato i stedet for «snart».',
      fi: 'Moni pitää heinäkuussa vähintään kolmen viikon loman; varaudu hitaampiin vastauksiin ja kerro päivämäärä ”pian”-sanan sijaan.',
      fa: 'بسیاری در ماه ژوئیه سه هفته یا بیشتر مرخصی می‌گیرند؛ انتظار پاسخ دیرتر را داشته باشید و به جای «به‌زودی» تاریخ مشخص بگویید.',
    },
  },
  taarof: {
    kind: 'do',
    text: {
      en: 'Courtesy (taarof) runs deep: offers and thanks are often repeated, and a warm, respectful tone matters more than brevity.',
      nb: 'Høflighet (taarof) stikker dypt: tilbud og takk gjentas ofte, og en varm, respektfull tone betyr mer enn korthet.',
      fi: 'Kohteliaisuus (taarof) on syvällä: tarjouksia ja kiitoksia toistetaan usein, ja lämmin, kunnioittava sävy on tärkeämpi kuin lyhyys.',
      fa: 'تعارف ریشه‌دار است: پیشنهاد و تشکر اغلب تکرار می‌شود و لحن گرم و محترمانه از کوتاه‌نویسی مهم‌تر است.',
    },
  },
  'titles-matter': {
    kind: 'do',
    text: {
      en: 'Use academic or professional titles (such as {param}) when the customer uses them.',
      nb: 'Bruk akademiske titler og yrkestitler (som {param}) når kunden selv bruker dem.',
      fi: 'Käytä akateemisia titteleitä ja ammattinimikkeitä (kuten {param}), kun asiakas itse käyttää niitä.',
      fa: 'اگر مشتری عنوان دانشگاهی یا حرفه‌ای (مانند {param}) به کار می‌برد، شما هم آن را به کار ببرید.',
    },
  },
  'two-surnames': {
    kind: 'do',
    text: {
      en: 'Many people have two family names (father\'s, then mother\'s); address them with the first one.',
      nb: 'Mange har to etternavn (farens, så morens); bruk det første i tiltalen.',
      fi: 'Monella on kaksi sukunimeä (isän ja sitten äidin); käytä puhuttelussa ensimmäistä.',
      fa: 'بسیاری دو نام خانوادگی دارند (اول از پدر، سپس از مادر)؛ در خطاب، نام نخست را به کار ببرید.',
    },
  },
  'ukrainian-language': {
    kind: 'dont',
    text: {
      en: 'Assuming Russian; answer in Ukrainian or English unless the customer writes in Russian.',
      nb: 'Å ta for gitt at kunden vil ha russisk; svar på ukrainsk eller engelsk med mindre kunden skriver russisk.',
      fi: 'Sen olettamista, että asiakas haluaa venäjää; vastaa ukrainaksi tai englanniksi, ellei asiakas kirjoita venäjäksi.',
      fa: 'فرض کردنِ زبان روسی؛ به اوکراینی یا انگلیسی پاسخ دهید، مگر آنکه مشتری به روسی بنویسد.',
    },
  },
  understatement: {
    kind: 'do',
    text: {
      en: 'Read between the lines: understatement is common, so "a bit disappointed" may mean quite unhappy.',
      nb: 'Les mellom linjene: underdrivelse er vanlig, så «a bit disappointed» (litt skuffet) kan bety ganske misfornøyd.',
      fi: 'Lue rivien välistä: vähättely on yleistä, joten ”a bit disappointed” (hieman pettynyt) voi tarkoittaa melko tyytymätöntä.',
      fa: 'میان سطرها را بخوانید: کم‌گویی رایج است و «a bit disappointed» (کمی ناامید) ممکن است به معنای نارضایتی جدی باشد.',
    },
  },
} as const satisfies Record<string, { kind: 'do' | 'dont'; text: LocalizedText }>;
