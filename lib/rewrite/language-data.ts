/**
 * Word lists and messages the engine itself uses (not rule files): the signs of an upset customer, the words that
 * acknowledge feelings, greetings, sentence-length limits and clause joints for splitting, per draft language; and the
 * text of the engine's own findings and tone reasons in the four interface languages.
 */
import type { DraftLanguage, LocalizedText } from './types';

/** Per draft language: how to recognise an upset customer and an acknowledgement, and when a sentence is long. */
export interface LanguageData {
  /** Words and phrases (regular-expression sources, whole words) that show the customer is upset; strong ones count twice. */
  upset: readonly string[];
  upsetStrong: readonly string[];
  /** Phrases that acknowledge feelings or apologise. */
  acknowledgement: readonly string[];
  /** A greeting line at the start of a reply ("Hi Anna,"). */
  greeting: RegExp;
  /** Sentences with more words than this are long. */
  longSentenceWords: number;
  /** Paragraphs with more words than this are a wall of text. */
  wallWords: number;
  /** Where a long sentence can be split: joint text, and whether the joining word is dropped when split. */
  joints: readonly { joint: string; keepWord: boolean }[];
  /** Opening of a draft that acknowledges first (the empathy suggestion). */
  acknowledge: string;
}

export const LANGUAGE_DATA: Record<DraftLanguage, LanguageData> = {
  en: {
    upset: ['angry', 'frustrat\\p{L}*', 'disappointed', 'disappointing', 'terrible', 'awful', 'useless', 'annoy\\p{L}*', 'upset', 'fed up', 'still (?:not|no|nothing|waiting)', 'again', 'third time', 'second time', 'nobody', 'no one', 'waste of', 'horrible', 'complain\\p{L}*', 'not happy', 'unhappy', 'joke', 'sick of', 'tired of', 'never again', 'how (?:many|long) (?:times|more)'],
    upsetStrong: ['furious', 'unacceptable', 'ridiculous', 'worst', 'scam', 'disgusted', 'disgraceful', 'outrageous', 'appalling', 'livid', 'pathetic', 'incompetent'],
    acknowledgement: ["sorry", 'apologi[sz]e', 'apologies', 'understand', 'frustrat\\p{L}*', 'i hear you', 'thank(?:s| you) for (?:your|bearing)', 'that must', 'i can see why', 'i can imagine', "you're right", 'you are right', 'not (?:the|what) (?:experience|service)', 'i get (?:it|why)', 'i completely see'],
    greeting: /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^.!?\n]{0,40}[,!.:]?$/i,
    longSentenceWords: 30,
    wallWords: 130,
    joints: [
      { joint: ', but ', keepWord: true },
      { joint: ', so ', keepWord: true },
      { joint: '; ', keepWord: false },
      { joint: ', and ', keepWord: false },
      { joint: ' because ', keepWord: true },
      { joint: ' and ', keepWord: false },
    ],
    acknowledge: "I'm sorry about this, and I understand how frustrating it is.",
  },
  nb: {
    upset: ['sint', 'frustrer\\p{L}*', 'skuffet', 'skuffende', 'forferdelig', 'elendig', 'håpløst', 'irritert', 'irriterende', 'lei av', 'fortsatt ikke', 'igjen', 'tredje gang', 'andre gang', 'ingen har', 'klage\\p{L}*', 'misfornøyd', 'ubrukelig', 'sløsing'],
    upsetStrong: ['uakseptabelt', 'latterlig', 'svindel', 'skandale', 'rasende', 'verste', 'inkompetent', 'helt utrolig'],
    acknowledgement: ['beklager', 'forstår', 'lei for', 'unnskyld', 'takk for tålmodighet\\p{L}*', 'frustrer\\p{L}*', 'skjønner', 'du har rett', 'det er ikke (?:den|slik) (?:opplevelsen|service)'],
    greeting: /^(?:hei|hallo|heisann|kjære|god (?:morgen|dag|kveld)|hi)\b[^.!?\n]{0,40}[,!.:]?$/i,
    longSentenceWords: 30,
    wallWords: 130,
    joints: [
      { joint: ', men ', keepWord: true },
      { joint: ', så ', keepWord: true },
      { joint: '; ', keepWord: false },
      { joint: ', og ', keepWord: false },
      { joint: ' fordi ', keepWord: true },
      { joint: ' og ', keepWord: false },
    ],
    acknowledge: 'Jeg beklager dette, og jeg forstår godt at det er frustrerende.',
  },
  fi: {
    upset: ['vihai\\p{L}*', 'turhautu\\p{L}*', 'turhauttav\\p{L}*', 'pettyny\\p{L}*', 'pettymy\\p{L}*', 'pettymys', 'surke\\p{L}*', 'kamala\\p{L}*', 'ärsyttä\\p{L}*', 'ärsyttävä\\p{L}*', 'vieläkään', 'taas', 'jälleen', 'kolmannen kerran', 'toisen kerran', 'kukaan ei', 'valitu\\p{L}*', 'valitus', 'tyytymätön', 'hyödytön'],
    upsetStrong: ['kohtuuton\\p{L}*', 'kohtuutonta', 'naurettav\\p{L}*', 'huijau\\p{L}*', 'huijaus', 'skandaali', 'raivoissa\\p{L}*', 'huonoin', 'ei hyväksyttävää', 'järkyttäv\\p{L}*', 'epäpätevä\\p{L}*'],
    acknowledgement: ['pahoittel\\p{L}*', 'olen pahoillani', 'olemme pahoillamme', 'ymmärrän', 'ymmärrämme', 'anteeksi', 'kiitos kärsivällisyydest\\p{L}*', 'harmillista', 'ikävä\\p{L}*', 'turhauttav\\p{L}*', 'olet oikeassa'],
    greeting: /^(?:hei|moi|terve|hyvä|hyvää (?:huomenta|päivää|iltaa)|tervehdys)\b[^.!?\n]{0,40}[,!.:]?$/i,
    longSentenceWords: 22,
    wallWords: 100,
    joints: [
      { joint: ', mutta ', keepWord: true },
      { joint: ', joten ', keepWord: true },
      { joint: '; ', keepWord: false },
      { joint: ', ja ', keepWord: false },
      { joint: ' koska ', keepWord: true },
      { joint: ' ja ', keepWord: false },
    ],
    acknowledge: 'Pahoittelen tilannetta, ja ymmärrän hyvin, että se on turhauttavaa.',
  },
  fa: {
    upset: ['عصبانی', 'ناراحت', 'ناامید', 'کلافه', 'خسته شدم', 'هنوز', 'دوباره', 'بار سوم', 'بار دوم', 'هیچ ?کس', 'شکایت', 'ناراضی', 'بی‌فایده', 'اعصاب'],
    upsetStrong: ['افتضاح', 'غیر ?قابل قبول', 'مسخره', 'بدترین', 'کلاهبرداری', 'فاجعه', 'بی‌عرضه', 'شرم‌آور'],
    acknowledgement: ['متاسفم', 'متأسفم', 'پوزش', 'عذرخواهی', 'درک می ?کنم', 'درک می ?کنیم', 'می ?فهمم', 'حق دارید', 'حق با شماست', 'ببخشید', 'از صبر', 'از شکیبایی'],
    greeting: /^(?:سلام|درود|وقت (?:بخیر|به خیر)|روز (?:بخیر|به خیر)|[\u0600-\u06ff ]{0,20}(?:عزیز|گرامی))[^.!?؟\n]{0,40}[,،!.:]?$/,
    longSentenceWords: 35,
    wallWords: 140,
    joints: [
      { joint: '، اما ', keepWord: true },
      { joint: ' اما ', keepWord: true },
      { joint: '؛ ', keepWord: false },
      { joint: '، و ', keepWord: false },
      { joint: ' چون ', keepWord: true },
      { joint: ' و ', keepWord: false },
    ],
    acknowledge: 'بابت این موضوع متاسفم و کاملاً درک می‌کنم که آزاردهنده است.',
  },
};

/** The engine's own texts; `{n}` is replaced by a number. */
export const ENGINE_TEXT = {
  longSentence: {
    en: 'This sentence has {n} words; shorter sentences are easier to follow.',
    nb: 'Denne setningen har {n} ord; kortere setninger er lettere å følge.',
    fi: 'Tässä virkkeessä on {n} sanaa; lyhyempiä virkkeitä on helpompi seurata.',
    fa: 'این جمله {n} کلمه دارد؛ جمله‌های کوتاه‌تر راحت‌تر خوانده می‌شوند.',
  },
  wallOfText: {
    en: 'This paragraph has {n} words in one block; a blank line between ideas makes it easier to read.',
    nb: 'Dette avsnittet har {n} ord i én blokk; en tom linje mellom tankene gjør det lettere å lese.',
    fi: 'Tässä kappaleessa on {n} sanaa yhtenä möhkäleenä; tyhjä rivi ajatusten välissä helpottaa lukemista.',
    fa: 'این بند {n} کلمه را در یک تکه آورده است؛ یک خط خالی میان مطالب خواندن را آسان‌تر می‌کند.',
  },
  empathy: {
    en: 'The customer sounds upset; acknowledge how they feel before you start fixing.',
    nb: 'Kunden virker opprørt; anerkjenn hvordan de har det før du begynner å løse saken.',
    fi: 'Asiakas vaikuttaa harmistuneelta; tunnusta hänen tunteensa ennen kuin alat ratkaista asiaa.',
    fa: 'مشتری ناراحت به نظر می‌رسد؛ پیش از رفع مشکل، احساس او را به رسمیت بشناسید.',
  },
  brand: {
    en: 'Your team prefers “{preferred}” to this wording.',
    nb: 'Teamet ditt foretrekker «{preferred}» framfor denne formuleringen.',
    fi: 'Tiimisi suosii ilmausta ”{preferred}” tämän sijaan.',
    fa: 'تیم شما «{preferred}» را به این عبارت ترجیح می‌دهد.',
  },
  positivityGood: {
    en: 'No negative, blaming or dismissive phrasing.',
    nb: 'Ingen negative, anklagende eller avvisende formuleringer.',
    fi: 'Ei kielteisiä, syyttäviä tai vähätteleviä ilmauksia.',
    fa: 'هیچ عبارت منفی، سرزنش‌آمیز یا بی‌اعتنا وجود ندارد.',
  },
  positivityNegative: {
    en: '{n} phrases say what cannot be done.',
    nb: '{n} formuleringer sier hva som ikke går.',
    fi: '{n} ilmausta kertoo, mitä ei voi tehdä.',
    fa: '{n} عبارت می‌گوید چه کاری نمی‌شود.',
  },
  positivityBlame: {
    en: '{n} phrases put the blame on the customer.',
    nb: '{n} formuleringer legger skylden på kunden.',
    fi: '{n} ilmausta syyllistää asiakasta.',
    fa: '{n} عبارت تقصیر را گردن مشتری می‌اندازد.',
  },
  positivityDismissive: {
    en: '{n} phrases sound dismissive.',
    nb: '{n} formuleringer høres avvisende ut.',
    fi: '{n} ilmausta kuulostaa vähättelevältä.',
    fa: '{n} عبارت بی‌اعتنا به نظر می‌رسد.',
  },
  clarityGood: {
    en: 'Sentences are short and the wording is plain.',
    nb: 'Setningene er korte og ordene enkle.',
    fi: 'Virkkeet ovat lyhyitä ja sanat selkeitä.',
    fa: 'جمله‌ها کوتاه و واژه‌ها ساده‌اند.',
  },
  clarityAverage: {
    en: 'Sentences have {n} words on average.',
    nb: 'Setningene har i snitt {n} ord.',
    fi: 'Virkkeissä on keskimäärin {n} sanaa.',
    fa: 'جمله‌ها به طور میانگین {n} کلمه دارند.',
  },
  clarityIssues: {
    en: '{n} long sentences, blocks of text or passive phrases.',
    nb: '{n} lange setninger, tekstblokker eller passive formuleringer.',
    fi: '{n} pitkää virkettä, tekstimöhkälettä tai passiivia.',
    fa: '{n} جملهٔ بلند، بند طولانی یا عبارت مجهول.',
  },
  clarityJargon: {
    en: '{n} technical terms a customer may not know.',
    nb: '{n} faguttrykk kunden kanskje ikke kjenner.',
    fi: '{n} teknistä termiä, joita asiakas ei ehkä tunne.',
    fa: '{n} اصطلاح فنی که مشتری شاید نشناسد.',
  },
  clarityRobotic: {
    en: '{n} stock phrases that sound scripted.',
    nb: '{n} standardfraser som høres innøvde ut.',
    fi: '{n} vakiofraasia, jotka kuulostavat ulkoa opetelluilta.',
    fa: '{n} عبارت کلیشه‌ای که ماشینی به نظر می‌رسد.',
  },
  empathyMissing: {
    en: 'The customer sounds upset and the draft does not acknowledge it first.',
    nb: 'Kunden virker opprørt, og utkastet anerkjenner ikke det først.',
    fi: 'Asiakas vaikuttaa harmistuneelta, eikä luonnos tunnusta sitä ensin.',
    fa: 'مشتری ناراحت به نظر می‌رسد و پیش‌نویس ابتدا این را به رسمیت نمی‌شناسد.',
  },
  empathyAcknowledged: {
    en: 'The draft acknowledges the customer’s feelings.',
    nb: 'Utkastet anerkjenner kundens følelser.',
    fi: 'Luonnos huomioi asiakkaan tunteet.',
    fa: 'پیش‌نویس احساس مشتری را به رسمیت می‌شناسد.',
  },
  empathyCalm: {
    en: 'The customer’s message does not sound upset.',
    nb: 'Kundens melding virker ikke opprørt.',
    fi: 'Asiakkaan viesti ei vaikuta harmistuneelta.',
    fa: 'پیام مشتری ناراحت به نظر نمی‌رسد.',
  },
  empathyUnknown: {
    en: 'No customer message to compare with.',
    nb: 'Ingen kundemelding å sammenligne med.',
    fi: 'Asiakkaan viestiä ei ole vertailtavaksi.',
    fa: 'پیام مشتری برای مقایسه در دسترس نیست.',
  },
} satisfies Record<string, LocalizedText>;

/** Text in the interface language, else the second choice, else English; `{name}` placeholders filled in. */
export function pickText(text: LocalizedText, uiLang: string | undefined, second?: string, values: Record<string, string | number> = {}): string {
  const dict = text as Record<string, string | undefined>;
  const primary = uiLang?.toLowerCase().split(/[-_]/)[0];
  const chosen = (primary && dict[primary]) || (second && dict[second]) || text.en;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
