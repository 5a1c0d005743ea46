import { getAffirmative, getSubjunctiveYou } from '../lang-fa';
import type { Rule, RuleMatch, RuleSet } from '../types';

/**
 * Persian draft-check rules (format: lib/rewrite/types.ts; policy and judgement calls: docs/rewrite.md).
 *
 * Patterns see the normalised text (normalize.ts): Arabic ي/ك are Persian ی/ک, Persian digits are ASCII, and the
 * zero-width non-joiner is gone, so "نمی‌توانیم" and "نمیتوانیم" are one spelling; the spaced "نمی توانیم" is matched
 * by `\s*` where a ZWNJ may be typed as a space. Suggestions are built from the original text, so they keep the
 * writer's spelling. Persian passive ("ارسال می‌شود") is the normal register and is not flagged; the bureaucratic
 * "می‌باشد" and "گردید" are (robotic).
 */

const SORRY = String.raw`مت[اأ]سفانه`;
/** Words a sentence may continue with after "متأسفانه" that are themselves a negative finding (the rule stops before them). */
const NEGATIVE_START = String.raw`(?:نمی|نتوانست|امکان|ممکن|قادر|غیر|مقدور|اجازه)`;

/** "امکان ندارد." → "امکان ندارد، اما می‌توانیم …" when the span ends its clause. */
function alternativeAfter(match: RuleMatch): string | undefined {
  if (!/^\s*(?:[.!?؟،,؛;:]|$)/u.test(match.after)) return undefined;
  return `${match.text}، اما می‌توانیم …`;
}

const JARGON_FA: readonly [RegExp, string][] = [
  [/اسکالیت/u, 'ارجاع'],
  [/^RMA$/iu, 'مرجوعی'],
  [/^SLA$/iu, 'زمان پاسخ‌گویی تعهدشده'],
  [/^API$/iu, 'سرویس'],
  [/^DNS$/iu, 'تنظیمات دامنه'],
  [/^هات[\u200c\s]*فیکس$/u, 'اصلاحیه‌ی فوری'],
  [/^تایم[\u200c\s]*[اآ]وت$/u, 'طولانی شدن بیش از حد پاسخ'],
  [/^باگ$/u, 'اشکال'],
  [/^دیپلوی$/u, 'انتشار'],
  [/^فرم[\u200c\s]*ویر$/u, 'نرم‌افزار داخلی'],
  [/^بک[\u200c\s]*لاگ$/u, 'صف'],
  [/^کلیر کنید$/u, 'پاک کنید'],
  [/^کلیر کردن$/u, 'پاک کردن'],
  [/^کلیر کن$/u, 'پاک کن'],
  [/^کلیر کردیم$/u, 'پاک کردیم'],
  [/^ساپورت لایه/u, 'پشتیبانی تخصصی'],
  [/^ساپورت$/u, 'پشتیبانی'],
];

function plainWord(match: RuleMatch): string | undefined {
  const text = match.text.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
  if (/^تیم[\u200c\s]+بک/u.test(text)) return 'تیم فنی';
  if (/^بک[\u200c\s]*[اآ]ند$/u.test(text)) return 'سیستم‌های داخلی';
  if (/^کش[\u200c\s]/u.test(text)) return `فایل‌های موقت ${text.replace(/^کش[\u200c\s]+/u, '')}`;
  // "اسکالیت کردیم" → "ارجاع دادیم", "اسکالیت شد" → "ارجاع شد".
  if (/اسکالیت/u.test(text)) return text.replace(/اسکالیت/u, 'ارجاع').replace(/کرد/u, 'داد');
  for (const [pattern, plain] of JARGON_FA) if (pattern.test(text)) return plain;
  return undefined;
}

const rules: Rule[] = [
  // ——— negative ———
  {
    id: 'fa.negative.cannot',
    category: 'negative',
    pattern: String.raw`(?<v>نمی\s*توان(?:م|ی|د|یم|ید|ند)|نتوانست(?:م|ی|یم|ید|ند)?)`,
    exceptions: [
      String.raw`نمی\s*توان(?:م|یم) (?:صبر کن(?:م|یم)|منتظر بمان(?:م|یم))`,
      String.raw`نمی\s*توان(?:م|یم) {gap:4} (?:تشکر|قدردانی|سپاسگزاری) کن(?:م|یم)`,
      String.raw`(?:اگر|چنانچه|در صورتی که) {gap:4} (?:نمی\s*توانید|نتوانستید)`,
      String.raw`(?:هیچ )?کاری از دست (?:من|ما) بر\s*نمی\s*آید`,
      String.raw`(?<!(?:تا|قبل از|پیش از|مادامی که) (?:[^\s]+ ){0,6})هیچ کاری نمی\s*توان(?:م|یم) (?:بکن(?:م|یم)|انجام (?:بده|ده)(?:م|یم))`,
    ],
    message: {
      en: 'Saying only what you cannot do is a dead end; lead with what you can do instead.',
      fa: 'گفتنِ صرفِ آنچه نمی‌توانید، راه را می‌بندد؛ اول بگویید چه کاری از دستتان برمی‌آید.',
    },
    suggestions: [(m) => {
      const verb = m.named.v;
      // The sentence already offers the alternative ("…، اما یک کارت هدیه …"): nothing to add.
      if (/[،,]\s*(?:اما|ولی|ولیکن)\s/u.test(m.after)) return undefined;
      const affirmative = verb ? getAffirmative(verb) : undefined;
      return affirmative ? `${affirmative} …، اما ${m.text}` : undefined;
    }],
    examples: {
      fire: ['نمی‌توانیم کالای استفاده شده را تعویض کنیم.', 'نمیتوانم سفارش شما را تغییر دهم.', 'نمی توانید کالای استفاده شده را مرجوع کنید.', 'نتوانستیم بسته را به موقع ارسال کنیم.'],
      notFire: ['می‌توانیم فردا یک کالای جدید بفرستیم.', 'اگر نمی‌توانید وارد حساب شوید، رمز را بازنشانی کنید.', 'نمی‌توانیم صبر کنیم نظرتان را بشنویم!'],
    },
  },
  {
    id: 'fa.negative.not-possible',
    category: 'negative',
    pattern: [
      String.raw`امکان\s*پذیر (?:نیست|نمی\s*باشد|نخواهد بود)`,
      String.raw`(?:هیچ )?امکان(?:ی)? {gap:6} (?:را )?(?:وجود )?ندار(?:د|یم|م)`,
      // "به خارج از کشور ارسال نداریم": a service we do not have.
      String.raw`(?:ارسال|تحویل|ارسال رایگان|تعویض|مرجوعی|پشتیبانی تلفنی) ندار(?:یم|م)`,
      String.raw`(?:ظرفیت|امکانات|مجوز|دسترسی|وقت خالی)(?: [\p{L}]+)? ندار(?:یم|م)`,
      String.raw`قابل (?:استرداد|مرجوع|تعویض|بازگشت|برگشت|لغو) نیست(?:ند)?`,
      String.raw`(?:ناچاریم|مجبوریم|ناگزیریم|ناچارم|مجبورم) (?:[\p{L}]+ ){0,4}?(?:رد کن(?:یم|م)|نپذیر(?:یم|م)|لغو کن(?:یم|م)|ببند(?:یم|م))`,
      String.raw`(?:برگردانده|مسترد|پذیرفته|قبول|تعویض) نمی\s*شود`,
      String.raw`(?:ممکن|مقدور|میسر) (?:نیست|نمی\s*باشد|نخواهد بود)`,
      String.raw`غیر\s*ممکن(?: است)?`,
      String.raw`اجازه (?:این کار را )?ندار(?:یم|م)`,
      String.raw`قادر (?:به (?:[\p{L}]+ ){0,5})?نیست(?:م|یم|ند)?`,
      // "نمی‌شود" = "it cannot be done" when a verb follows; "کسر نمی‌شود." (is not charged) stays alone.
      String.raw`(?:نمی\s*شود|نمی\s*شه)(?= [\p{L}])`,
      String.raw`نمی\s*شه`,
      String.raw`استثنا(?:ء)? قائل نمی\s*شو(?:یم|م)`,
      // Refusals of a service: "پس نمی‌گیریم", "قبول نمی‌کنیم", "نمی‌پذیریم", "ارائه نمی‌دهیم".
      String.raw`(?:پس نمی\s*گیر|قبول نمی\s*کن|نمی\s*پذیر|ارائه نمی\s*ده|بر\s*نمی\s*گردان|عودت نمی\s*ده)(?:یم|م)`,
      String.raw`پوشش نمی\s*ده(?:د|ند|یم)`,
      String.raw`(?:اطلاعی|اختیار|مجوزی|اجازه(?:\s*ی)?) (?:[\p{L}]+ ){0,4}?(?:را )?ندار(?:یم|م)`,
      String.raw`پشتیبانی نمی\s*کن(?:د|ند|یم)`,
      String.raw`(?:بیش از حد|بیشتر از حد|کمتر از حد)(?:ی)? است که (?:بتوانیم|بتوانم) [\p{L}]+(?: کنیم| کنم)?`,
      String.raw`(?:نه|خیر)[،,]? نمی\s*شود`,
      String.raw`مجاز (?:نیست|نمی\s*باشد)`,
    ],
    exceptions: [
      String.raw`(?:کسر|پرداخت|حذف|اضافه|محاسبه|منتقل|باطل|تمدید|تکرار|شامل|مربوط|دریافت|گرفته|داده) (?:[\p{L}]+ ){0,6}?نمی\s*شود`,
      String.raw`شامل {gap:8} نمی\s*شود`,
      String.raw`بهتر از این نمی\s*(?:شود|شه)`,
      String.raw`غیر\s*ممکن نیست`,
      String.raw`هزینه(?:\s*ی)? (?:ارسال|تحویل|تعویض) ندار(?:یم|د)`,
      // "همه‌ی کالاها قابل تعویض نیستند، اما این یکی …": good news framed by the rule it escapes.
      String.raw`(?:همه|تمام)(?:\s*ی)? {gap:2} قابل (?:[\p{L}]+ )?نیستند`,
      String.raw`(?:هیچ )?کاری (?:نمی\s*شود|نمی\s*شه) کرد`,
    ],
    message: {
      en: 'This tells the customer what is impossible; offer the alternative first and the limit after it.',
      fa: 'این جمله فقط می‌گوید چه چیزی ممکن نیست؛ اول راه جایگزین را بگویید و بعد محدودیت را.',
    },
    suggestions: [
      alternativeAfter,
      // Mid-clause ("اجازه نداریم اطلاعات … را بدهیم"): the alternative goes first, the limit after it.
      (m) => (alternativeAfter(m) ? undefined : `${/(?<!ی)م$/u.test(m.text) ? 'می‌توانم' : 'می‌توانیم'} …، اما ${m.text}`),
    ],
    examples: {
      fire: [
        'تغییر آدرس بعد از ارسال بسته امکان ندارد.',
        'ارسال قبل از دوشنبه امکانپذیر نیست.',
        'ما امکان رزرو کالا را نداریم.',
        'این کار غیرممکن است.',
        'دیگر نمی‌شود سفارش را لغو کرد.',
        'قادر به پیدا کردن سفارش شما نیستم.',
        'ما کالای استفاده‌شده را پس نمی‌گیریم.',
        'ما به خارج از کشور ارسال نداریم.',
        'هزینه‌ی ارسال را برنمی‌گردانیم.',
        'ما هیچ امکانی برای تغییر فاکتور نداریم.',
        'تا اسفند ظرفیت نصب نداریم.',
        'این بلیت قابل استرداد نیست.',
        'بیمه این مورد را پوشش نمی‌دهد.',
        'ناچاریم درخواست مرجوعی شما را رد کنیم.',
      ],
      notFire: ['برای این سفارش هزینه‌ی ارسال نداریم.', 'هزینه‌ی سفارش دو بار از شما کسر نمی‌شود.', 'گارانتی شامل آسیب ناشی از ضربه نمی‌شود (بند ۴).', 'بهتر از این نمی‌شود!', 'تغییر رنگ هزینه‌ی اضافه‌ای ندارد.'],
    },
  },
  {
    id: 'fa.negative.dont-know',
    category: 'negative',
    pattern: String.raw`نمی\s*دان(?:م|یم)`,
    // "هنوز تاریخ را نمی‌دانیم، اما خبرتان می‌کنم" already promises a follow-up; "نمی‌دانم چطور تشکر کنم" is thanks.
    exceptions: [String.raw`نمی\s*دان(?:م|یم)[^.!?؟\n]*[،,] ?(?:اما|ولی)`, String.raw`نمی\s*دان(?:م|یم) (?:چطور|چگونه) (?:از [^.!?؟\n]* )?(?:تشکر|قدردانی)`],
    message: {
      en: '“I don’t know” leaves the customer with nothing; say that you will find out.',
      fa: '«نمی‌دانم» چیزی به مشتری نمی‌دهد؛ بگویید که پیگیری می‌کنید و خبر می‌دهید.',
    },
    // "نمی‌دانم بسته کی می‌رسد" → "بررسی می‌کنم بسته کی می‌رسد" (I'll check when …).
    suggestions: [(m) => (/یم$/u.test(m.text.replace(/[\u200c\s]/gu, '')) ? 'بررسی می‌کنیم' : 'بررسی می‌کنم')],
    examples: {
      fire: ['نمی‌دانم بسته کی می‌رسد.', 'نمیدانیم چرا این اتفاق افتاد.'],
      notFire: ['هنوز تاریخ دقیقش را نمی‌دانیم، اما به محض اینکه خبری شد اطلاع می‌دهم.', 'نمی‌دانم چطور از صبر شما تشکر کنم!'],
    },
  },
  {
    id: 'fa.negative.motasefaneh',
    category: 'negative',
    // Persian word order lets the adverb go: "متأسفانه این کالا موجود نیست" → "این کالا موجود نیست", and inside the
    // sentence "این سایز متأسفانه تمام شده" → "این سایز تمام شده"; the span takes the next word.
    pattern: String.raw`${SORRY}[،,]? (?!${NEGATIVE_START})(?<n>[\p{L}]+)`,
    message: {
      en: '“Motasefaneh” (unfortunately) announces bad news before the customer reads it; say what happens next instead.',
      fa: '«متأسفانه» پیش از آنکه مشتری خبر را بخواند، خبر بد می‌دهد؛ به‌جایش بگویید قدم بعدی چیست.',
    },
    suggestions: [(m) => m.named.n],
    safe: true,
    examples: {
      fire: ['متاسفانه این کالا موجود نیست.', 'این سایز متأسفانه تمام شده است.', 'متأسفانه، این سایز تمام شده است.'],
      notFire: ['خیلی متأسفم که این اتفاق افتاد.', 'این سایز تمام شده، اما سایز بزرگ‌تر موجود است.'],
    },
  },
  {
    // Before another negative ("متأسفانه نمی‌توانیم"), that one carries the rewrite; this one only names the word.
    id: 'fa.negative.motasefaneh-other',
    category: 'negative',
    pattern: SORRY,
    message: {
      en: '“Motasefaneh” (unfortunately) announces bad news before the customer reads it; say what happens next instead.',
      fa: '«متأسفانه» پیش از آنکه مشتری خبر را بخواند، خبر بد می‌دهد؛ به‌جایش بگویید قدم بعدی چیست.',
    },
    suggestions: ['در این مورد'],
    examples: { fire: ['متأسفانه نمی‌توانیم هزینه را برگردانیم.'], notFire: ['متأسفم که منتظر ماندید.'] },
  },
  // ——— blame ———
  {
    id: 'fa.blame.should-have',
    category: 'blame',
    pattern: String.raw`(?:می\s*بایست|باید) (?<mid>(?:[\p{L}]+ ){0,8}?)(?<v>می\s*[\p{L}]+[دت]ید)`,
    message: {
      en: '“You should have” blames the customer for the past; say what helps from now on.',
      fa: '«باید … می‌کردید» مشتری را برای گذشته سرزنش می‌کند؛ بگویید از این به بعد چه کمکی می‌کند.',
    },
    suggestions: [(m) => {
      const verb = m.named.v;
      const mid = (m.named.mid ?? '').trim();
      if (!verb) return undefined;
      // A compound verb's noun ("اطلاع", "چک") stands right before the verb; after "را" it is a simple verb.
      const lastWord = mid.split(/\s+/).pop() ?? '';
      const compound = mid !== '' && lastWord !== 'را' && !/^(?:به|از|با|در|برای)$/u.test(lastWord);
      const subjunctive = getSubjunctiveYou(verb, compound);
      return subjunctive ? `لطفاً دفعه‌ی بعد ${mid ? `${mid} ` : ''}${subjunctive}` : undefined;
    }],
    examples: {
      fire: ['شما باید قبل از خرید شرایط را می‌خواندید.', 'شما باید فوراً به ما اطلاع می‌دادید.', 'باید جدول سایز را چک می‌کردید.'],
      notFire: ['شما باید رسید را برای ما بفرستید.', 'لطفاً دفعه‌ی بعد جدول سایز را ببینید.'],
    },
  },
  {
    id: 'fa.blame.you-forgot',
    category: 'blame',
    // Each alternative starts with a word, not an optional one: that is what lets the expression skip ahead quickly.
    pattern: [
      String.raw`شما (?:(?:حتما|احتمالا|ظاهرا|مثل اینکه) )?(?:یادتان رفته(?:\s*است)?|فراموش کرده\s*اید)`,
      String.raw`(?:حتما|احتمالا|ظاهرا|مثل اینکه) (?:یادتان رفته(?:\s*است)?|فراموش کرده\s*اید)`,
      String.raw`یادتان رفته(?:\s*است)?|فراموش کرده\s*اید`,
    ],
    message: {
      en: 'Telling customers what they forgot sounds like blame; ask for what you need.',
      fa: 'گفتن اینکه مشتری چه چیزی را فراموش کرده، سرزنش به نظر می‌رسد؛ به‌جایش آنچه لازم دارید را درخواست کنید.',
    },
    suggestions: ['لطفاً'],
    examples: {
      fire: ['حتما یادتان رفته دکمه تأیید را بزنید.', 'شما فراموش کرده‌اید رسید را پیوست کنید.'],
      notFire: ['فراموش نکنید گارانتی را در سایت فعال کنید.', 'لطفاً رسید را پیوست کنید.'],
    },
  },
  {
    id: 'fa.blame.wrong-input',
    category: 'blame',
    pattern: [
      String.raw`شما (?<obj>(?:[\p{L}]+ ){1,3}?)را اشتباه (?:وارد|پر|تایپ|انتخاب|ثبت|درج) (?:کرده\s*اید|کردید|نموده\s*اید)`,
      String.raw`را (?<ra>اشتباه (?:وارد|پر|تایپ|انتخاب|ثبت|درج) (?:کرده\s*اید|کردید|نموده\s*اید))`,
      String.raw`اشتباه (?:وارد|پر|تایپ|انتخاب|ثبت|درج) (?:کرده\s*اید|کردید|نموده\s*اید)`,
    ],
    message: {
      en: 'Pointing at what the customer did wrong puts them on the defensive; describe what needs fixing.',
      fa: 'اشاره به اشتباه مشتری او را به حالت دفاعی می‌برد؛ بگویید چه چیزی باید اصلاح شود.',
    },
    suggestions: [
      (m) => (m.named.obj ? `به نظر می‌رسد ${m.named.obj.trim()} درست ثبت نشده است` : undefined),
      // "آدرس را اشتباه وارد کرده‌اید" → "آدرس را لطفاً یک بار دیگر بررسی کنید".
      (m) => (m.named.ra ? 'را لطفاً یک بار دیگر بررسی کنید' : undefined),
      (m) => (m.named.obj || m.named.ra ? undefined : 'را لطفاً یک بار دیگر بررسی کنید'),
    ],
    examples: {
      fire: ['شما فرم را اشتباه پر کرده‌اید.', 'شما آدرس ایمیل را اشتباه وارد کرده‌اید.'],
      notFire: ['آدرس اشتباه را در سفارش اصلاح کردم.', 'شما هیچ اشتباهی نکرده‌اید.'],
    },
  },
  {
    id: 'fa.blame.did-not-read',
    category: 'blame',
    pattern: [
      String.raw`شما (?:(?<obj>(?:[\p{L}]+ ){1,3}?)را )?(?:(?:با دقت|دقیق|کامل|درست) )?(?:نخوانده\s*اید|متوجه نشده\s*اید)`,
      String.raw`را (?<ra>(?:(?:با دقت|دقیق|کامل|درست) )?(?:نخوانده\s*اید|متوجه نشده\s*اید))`,
      String.raw`(?:با دقت|دقیق|کامل|درست) (?:نخوانده\s*اید|متوجه نشده\s*اید)|نخوانده\s*اید|متوجه نشده\s*اید`,
      String.raw`(?:رعایت|دنبال|مطالعه) نکرده\s*اید`,
      String.raw`اگر (?:[\p{L}]+ ){1,4}?را (?:خوانده|دیده|چک کرده|رعایت کرده|دنبال کرده|مطالعه کرده) بودید(?:[،,]? [^.!?؟\n]*)?`,
      String.raw`شما (?<obj>(?:[\p{L}]+ ){1,3}?)را اشتباه (?:متوجه شده|برداشت کرده|فهمیده)\s*اید`,
      String.raw`را (?<ra>اشتباه (?:متوجه شده|برداشت کرده|فهمیده)\s*اید)`,
      String.raw`اشتباه (?:متوجه شده|برداشت کرده|فهمیده)\s*اید`,
      String.raw`دفعه\s*(?:ی )?بعد (?<obj2>(?:[\p{L}]+ ){1,3}?)را با دقت (?:بیشتری )?بخوانید`,
    ],
    exceptions: [String.raw`هنوز {gap:3} نخوانده\s*اید`],
    message: {
      en: 'Saying the customer did not read or understand something blames them; explain it again instead.',
      fa: 'گفتن اینکه مشتری چیزی را نخوانده یا متوجه نشده، او را سرزنش می‌کند؛ به‌جایش دوباره توضیح دهید.',
    },
    suggestions: [
      (m) => (m.named.obj2 ? `اگر بخواهید، ${m.named.obj2.trim()} را با هم مرور می‌کنیم` : undefined),
      (m) => (m.named.obj && /متوجه|برداشت|فهمیده/u.test(m.text) ? `اجازه بدهید ${m.named.obj.trim()} را دوباره توضیح بدهم` : undefined),
      // "ایمیل من را با دقت نخوانده‌اید" → "ایمیل من را دوباره برایتان توضیح می‌دهم".
      (m) => (m.named.ra ? 'را دوباره برایتان توضیح می‌دهم' : undefined),
      (m) => (m.named.obj2 || m.named.ra ? undefined : 'اجازه بدهید دوباره توضیح بدهم'),
    ],
    examples: {
      fire: ['شما نحوه‌ی کار اشتراک را اشتباه متوجه شده‌اید.', 'شما دفترچه‌ی راهنما را رعایت نکرده‌اید.', 'شما ایمیل من را با دقت نخوانده‌اید.', 'شما شرایط را متوجه نشده‌اید.', 'اگر دفترچه راهنما را خوانده بودید، این را می‌دانستید.', 'دفعه بعد راهنما را با دقت بخوانید.'],
      notFire: ['راهنما را در صفحه‌ی ۴ پیدا می‌کنید.', 'لطفاً راهنما را ببینید.'],
    },
  },
  {
    id: 'fa.blame.user-error',
    category: 'blame',
    pattern: [
      String.raw`خطای کاربر`,
      String.raw`(?:دکمه|گزینه)(?:\s*ی)? اشتباه را (?:زده|انتخاب کرده)\s*اید`,
      String.raw`(?:شما )?باید ایمیل(?:تان| خود)?(?: را)? (?:چک|بررسی) کنید`,
    ],
    message: {
      en: 'Calling it user error, or telling the customer to watch their inbox, puts the fault on them; say what happened.',
      fa: '«خطای کاربر» یا «باید ایمیلتان را چک کنید» تقصیر را گردن مشتری می‌اندازد؛ بگویید چه اتفاقی افتاده است.',
    },
    suggestions: [(m) => {
      if (/خطای کاربر/u.test(m.text)) return 'اشتباهی که برای هر کسی پیش می‌آید';
      if (/ایمیل/u.test(m.text)) return 'لطفاً نگاهی به ایمیلتان بیندازید';
      return 'گزینه‌ی دیگری انتخاب شده است';
    }],
    examples: { fire: ['این خطای کاربر است.', 'احتمالاً دکمه‌ی اشتباه را زده‌اید.', 'شما باید ایمیلتان را چک کنید.'], notFire: ['برای دیدن تغییرات، لطفاً دوباره وارد حساب شوید.'] },
  },
  {
    id: 'fa.blame.your-fault',
    category: 'blame',
    pattern: [
      String.raw`تقصیر (?:خودتان|خود شما|شما)(?: (?:است|بود|بوده(?:\s*است)?))?`,
      String.raw`خودتان (?:[\p{L}]+ ){0,3}?اشتباه (?:سفارش دادید|انتخاب کردید|وارد کردید|ثبت کردید|زدید)`,
      String.raw`(?:وظیفه|مسئولیت|مسؤولیت)(?:\s*ی)? (?:خود )?(?:شماست|شما است)`,
      String.raw`اشتباه از (?:طرف|سمت|جانب) (?:شما|خودتان)(?: (?:بوده(?:\s*است)?|است|بود))?`,
    ],
    message: {
      en: 'Assigning fault to the customer does not fix anything; say what happened and what you will do.',
      fa: 'مقصر دانستن مشتری چیزی را درست نمی‌کند؛ بگویید چه اتفاقی افتاد و حالا چه می‌کنید.',
    },
    suggestions: [
      (m) => (/وظیفه|مسئولیت|مسؤولیت/u.test(m.text) ? 'کمک بزرگی به ما می‌کند' : undefined),
      (m) => (/وظیفه|مسئولیت|مسؤولیت/u.test(m.text) ? undefined : /^\s*که/u.test(m.after) ? 'آنچه پیش آمد این است' : 'بیایید با هم درستش کنیم'),
    ],
    examples: { fire: ['به‌روز نگه داشتن اطلاعات تماس وظیفه‌ی خود شماست.', 'تقصیر خودتان است که بسته به آدرس اشتباه رفت.', 'اشتباه از طرف شما بوده است.', 'خودتان سایز اشتباه سفارش دادید.'], notFire: ['اشتباه از طرف ما بود و عذر می‌خواهم.'] },
  },
  {
    id: 'fa.blame.clearly-stated',
    category: 'blame',
    pattern: String.raw`(?:به\s*وضوح|کاملا واضح|صراحتا) (?<rest>(?:در (?:[\p{L}]+ ){1,2})?(?:نوشته|ذکر|آمده|قید|اعلام)(?: شده)?(?:\s*است)?)`,
    message: {
      en: '“As it clearly says” implies the customer should have seen it; just give the information.',
      fa: '«به‌وضوح نوشته شده» یعنی مشتری باید آن را می‌دید؛ فقط اطلاعات را بدهید.',
    },
    suggestions: ['$<rest>'],
    safe: true,
    examples: { fire: ['همانطور که به وضوح در سایت نوشته شده، مهلت ۳۰ روز است.'], notFire: ['همانطور که در سایت آمده، مهلت ۳۰ روز است.'] },
  },
  // ——— dismissive ———
  {
    id: 'fa.dismissive.as-i-said',
    category: 'dismissive',
    pattern: [
      String.raw`همان\s*طور که (?:(?:قبلا|پیش\s*تر|قبلا هم|پیشتر هم|دیروز|امروز|بالاتر|در بالا|(?:چند|دو|سه|چندین) (?:بار|مرتبه)) |(?:در|طی) (?:ایمیل|پیام|نامه|مکاتبه|تماس) (?:قبلی|قبل|پیشین)(?: هم)? )?(?:گفتم|نوشتم|عرض کردم|عرض شد|توضیح دادم|اشاره کردم|اشاره شد|گفته شد|ذکر شد|ذکر کردم|گفتیم|نوشتیم|اعلام کردیم|اعلام شد|اشاره کردیم|توضیح دادیم|عرض کردیم|گفته بودم|گفته بودیم)`,
      String.raw`(?:عطف|پیرو|با اشاره) (?:به )?(?:ایمیل|پیام|نامه|مکاتبه) (?:قبلی|قبل|پیشین)(?: (?:من|ما))?`,
    ],
    message: {
      en: 'Pointing back to what you already said sounds impatient; simply repeat the answer.',
      fa: 'ارجاع به حرف قبلی بی‌حوصله به نظر می‌رسد؛ فقط پاسخ را دوباره بگویید.',
    },
    suggestions: ['به طور خلاصه'],
    safe: true,
    examples: {
      fire: ['همان‌طور که قبلاً هم اشاره کردیم، گارانتی شامل آب‌خوردگی نیست.', 'همان‌طور که چند بار توضیح دادم، مهلت ۱۴ روز است.', 'همانطور که قبلا گفتم، باید رسید را بفرستید.', 'همان‌طور که در ایمیل قبلی عرض کردم، مهلت ۱۴ روز است.', 'عطف به ایمیل قبلی، پاسخ داده‌ایم.'],
      notFire: ['همانطور که گفتید، بسته آسیب دیده بود.', 'طبق قرارمان امروز بسته را فرستادم.'],
    },
  },
  {
    id: 'fa.dismissive.already-explained',
    category: 'dismissive',
    pattern: [
      String.raw`(?:من|ما) (?:(?:این|این موضوع|این مورد) (?:را )?)?(?:دو|سه|چند|چندین) (?:بار|مرتبه) (?:توضیح داده\s*(?:ام|ایم)|گفته\s*(?:ام|ایم))`,
      String.raw`(?:این|این موضوع|این مورد) (?:را )?(?:دو|سه|چند|چندین) (?:بار|مرتبه) (?:توضیح داده\s*(?:ام|ایم)|گفته\s*(?:ام|ایم))`,
      String.raw`(?:دو|سه|چند|چندین) (?:بار|مرتبه) (?:توضیح داده\s*(?:ام|ایم)|گفته\s*(?:ام|ایم))`,
      String.raw`(?:قبلا|پیشتر|قبلا هم) (?:به این|به آن)(?: (?:موضوع|مورد|سؤال|سوال|پرسش))? پاسخ داده\s*(?:ام|ایم)`,
      String.raw`(?:حرف|توضیح|مطلب) (?:دیگری|بیشتری) (?:در این (?:مورد|باره) )?ندار(?:یم|م)`,
      String.raw`بار (?:دوم|سوم|چهارم|چندم) است که (?:توضیح|می\s*گویم|می\s*نویسم)[^.!?؟\n]*`,
      String.raw`در (?:بخش )?(?:سؤالات|سوالات|پرسش\s*های) متداول (?:نوشته شده|آمده|توضیح داده شده)(?:\s*است)?`,
      String.raw`(?:قوانین|شرایط|مقررات) (?:ما )?را (?:بخوانید|مطالعه کنید)(?=\s*(?:[.!]|$))`,
    ],
    message: {
      en: 'Reminding the customer that you explained it already sounds impatient; explain it another way.',
      fa: 'یادآوری اینکه قبلاً توضیح داده‌اید بی‌حوصله به نظر می‌رسد؛ آن را طور دیگری توضیح دهید.',
    },
    suggestions: ['اجازه بدهید طور دیگری توضیح بدهم'],
    examples: { fire: ['من این را دو بار توضیح داده‌ام.', 'قبلاً به این موضوع پاسخ داده‌ایم.'], notFire: ['این موضوع را به انبار توضیح دادم و امروز ارسال می‌کنند.'] },
  },
  {
    id: 'fa.dismissive.not-my-department',
    category: 'dismissive',
    pattern: [
      String.raw`(?:این|آن)(?: کار| موضوع| مورد)? (?:به )?(?:بخش|واحد|دپارتمان|قسمت|تیم) (?:ما|من) مربوط (?:نیست|نمی\s*شود)`,
      String.raw`(?:این|آن) مشکل (?:ما|من) نیست`,
      String.raw`(?:این|آن)(?: کار| موضوع| مورد)? (?:مسئولیت|مسؤولیت|مسولیت|وظیفه|کار)(?:ی)? (?:ما|من) نیست`,
      String.raw`(?:مسئولیت|مسؤولیت|مسولیت|وظیفه)(?:\s*ی)? (?:ما|من) نیست`,
      String.raw`به (?:من|ما) (?:ربطی ندارد|مربوط نیست)`,
      String.raw`(?:این|آن)(?: موضوع| مورد| کار)? را (?:خودتان )?باید (?:با|از) (?:[\p{L}]+ ){1,6}?(?:پیگیری|مطرح|حل) کنید`,
    ],
    message: {
      en: '“Not my department” leaves the customer alone; say who will help and how to reach them.',
      fa: '«به بخش ما مربوط نیست» مشتری را تنها می‌گذارد؛ بگویید چه کسی کمک می‌کند و چطور به او برسد.',
    },
    suggestions: ['همکارانم در بخش … بهتر می‌توانند در این مورد کمکتان کنند'],
    examples: {
      fire: ['این موضوع را باید با بانک پیگیری کنید.', 'پیگیری شرکت پست وظیفه‌ی من نیست.', 'این به بخش ما مربوط نیست، با واحد مالی تماس بگیرید.', 'این مسئولیت ما نیست.', 'این کار به واحد ما مربوط نمی‌شود.'],
      notFire: ['موضوع را به واحد مالی فرستادم و امروز پاسخ می‌دهند.'],
    },
  },
  {
    id: 'fa.dismissive.policy',
    category: 'dismissive',
    pattern: [
      String.raw`(?:این|آن) سیاست (?:شرکت|ما|شرکت ما)(?: است)?`,
      String.raw`قانون[،,]? قانون است`,
      String.raw`روال کار ما (?:این|همین) است`,
      String.raw`قوانین ما (?:این|همین)\s*طور است`,
      String.raw`همین است که هست`,
      String.raw`(?:تصمیم|نظر|پاسخ) (?:ما )?نهایی است`,
    ],
    message: {
      en: 'Hiding behind policy sounds cold; give the reason and what the customer can do.',
      fa: 'پنهان شدن پشت قوانین سرد به نظر می‌رسد؛ دلیل را بگویید و اینکه مشتری چه کاری می‌تواند بکند.',
    },
    suggestions: ['دلیل این کار … است'],
    examples: { fire: ['این سیاست شرکت است و برای همه یکسان است.', 'روال کار ما این است.', 'تصمیم نهایی است.'], notFire: ['طبق سیاست بازگشت کالا، ۳۰ روز فرصت دارید.'] },
  },
  {
    id: 'fa.dismissive.calm-down',
    category: 'dismissive',
    pattern: String.raw`(?:آرام باشید|آروم باشید|(?:خونسردی|آرامش)\s*(?:خودتان|تان|خود)?(?: را)? حفظ کنید|عصبانی نشوید|عصبی نشوید)`,
    message: {
      en: 'Telling an upset customer to calm down makes it worse; acknowledge how they feel.',
      fa: 'گفتن «آرام باشید» به مشتری ناراحت اوضاع را بدتر می‌کند؛ احساس او را به رسمیت بشناسید.',
    },
    suggestions: ['می‌فهمم که این وضعیت ناراحت‌کننده است'],
    examples: { fire: ['لطفا آرام باشید تا بررسی کنیم.', 'خونسردی خودتان را حفظ کنید، بسته می‌رسد.'], notFire: ['نگران نباشید، همین الان پیگیری می‌کنم.'] },
  },
  {
    id: 'fa.dismissive.nothing-i-can-do',
    category: 'dismissive',
    pattern: [
      String.raw`(?:هیچ )?کاری از دست (?:من|ما) (?:بر\s*نمی\s*آید|ساخته نیست)|از دست (?:من|ما) کاری (?:بر\s*نمی\s*آید|ساخته نیست)`,
      String.raw`(?:هیچ )?کاری (?:نمی\s*شود|نمی\s*شه) کرد`,
      String.raw`(?<!(?:تا|قبل از|پیش از|مادامی که) (?:[^\s]+ ){0,6})(?:(?:ما|من) )?هیچ کاری (?:نمی\s*توان(?:م|یم)) (?:بکن(?:م|یم)|انجام (?:بده|ده)(?:م|یم))`,
      String.raw`(?:فقط|تنها) (?:باید )?صبر (?:کنید|کنید تا)`,
    ],
    message: {
      en: '“Nothing I can do” closes the conversation; say what you can do, however small.',
      fa: '«کاری از دستم برنمی‌آید» گفت‌وگو را می‌بندد؛ بگویید چه کاری می‌توانید بکنید، هرچند کوچک.',
    },
    suggestions: [(m) => (/صبر/u.test(m.text) ? 'پیگیری می‌کنم و به محض اینکه … خبرتان می‌کنم' : 'کاری که می‌توانم بکنم این است: …')],
    examples: {
      fire: ['از دست من کاری برنمی‌آید.', 'هیچ کاری نمی‌شود کرد.', 'ما هیچ کاری نمی‌توانیم بکنیم.', 'فقط باید صبر کنید.'],
      notFire: ['هر کاری از دستم بربیاید انجام می‌دهم.', 'تا کالا به دستمان نرسد هیچ کاری نمی‌توانیم بکنیم.'],
    },
  },
  // ——— jargon ———
  {
    id: 'fa.jargon.technical',
    category: 'jargon',
    pattern: [
      String.raw`اسکالیت(?:\s*(?:شد|شده|کردیم|کردم|می\s*شود))?`,
      String.raw`کش (?:مرورگر(?:تان)?|سایت)`,
      String.raw`(?:تیم )?بک\s*[اآ]ند`,
      String.raw`هات\s*فیکس|تایم\s*[اآ]وت|باگ|دیپلوی|فرم\s*ویر|بک\s*لاگ|کلیر (?:کنید|کردن|کن|کردیم)`,
      String.raw`ساپورت(?: لایه (?:دو|یک|سه|1|2|3))?`,
      String.raw`RMA|SLA|API|DNS`,
    ],
    message: {
      en: 'A technical term the customer may not know; a plain word says the same.',
      fa: 'اصطلاح فنی‌ای که مشتری شاید نشناسد؛ یک واژه‌ی ساده همان را می‌گوید.',
    },
    suggestions: [plainWord],
    examples: {
      fire: ['تیکت شما اسکالیت شده است.', 'لطفاً کش مرورگر را پاک کنید.', 'موضوع به تیم بک‌اند ارجاع شد.', 'کد RMA برایتان ایمیل می‌شود.'],
      notFire: ['موضوع را به همکاران فنی ارجاع دادم.', 'لطفاً فایل‌های موقت مرورگر را پاک کنید.'],
    },
  },
  // ——— robotic ———
  {
    id: 'fa.robotic.formal-verbs',
    category: 'robotic',
    pattern: [
      String.raw`می\s*باش(?:د|ند|م|یم)`,
      String.raw`گردید(?:ه)?`,
      String.raw`می\s*گرد(?:د|ند)`,
      // "نمودن" for "کردن": "جلب نموده باشد" → "جلب کرده باشد".
      String.raw`نمود(?:ه|یم|ید|ند|م)?|نمایید|نماییم`,
      String.raw`حاصل (?:فرمایید|نمایید)`,
      String.raw`در اسرع وقت`,
    ],
    // "دنبال … می‌گردد" (looks for) and "بر می‌گردد" (comes back) are other verbs.
    exceptions: [String.raw`دنبال {gap:3} می\s*گرد(?:د|ند)`, String.raw`بر\s*می\s*گرد(?:د|ند)`],
    message: {
      en: '“Mibashad” and “gardid” are form-letter Persian; “ast” and “shod” say the same like a person.',
      fa: '«می‌باشد» و «گردید» زبان نامه‌های اداری است؛ «است» و «شد» همان را انسانی‌تر می‌گوید.',
    },
    suggestions: [(m) => {
      const text = m.text.replace(/[\u200c\s]/gu, '').replace(/ي/gu, 'ی');
      const map: Record<string, string> = {
        میباشد: 'است',
        میباشند: 'هستند',
        میباشم: 'هستم',
        میباشیم: 'هستیم',
        گردید: 'شد',
        گردیده: 'شده',
        میگردد: 'می‌شود',
        میگردند: 'می‌شوند',
        نمود: 'کرد',
        نموده: 'کرده',
        نمودیم: 'کردیم',
        نمودید: 'کردید',
        نمودند: 'کردند',
        نمودم: 'کردم',
        نمایید: 'کنید',
        نماییم: 'کنیم',
        حاصلفرمایید: 'بگیرید',
        حاصلنمایید: 'بگیرید',
        دراسرعوقت: 'هرچه زودتر',
      };
      return map[text];
    }],
    safe: true,
    examples: {
      fire: ['درخواست شما در دست بررسی می‌باشد.', 'درخواست شما در سیستم ثبت گردید.', 'پرونده بسته اعلام می‌گردد.'],
      notFire: ['درخواست شما در دست بررسی است.', 'مبلغ تا سه روز به حسابتان بر می‌گردد.'],
    },
  },
  {
    id: 'fa.robotic.stock-phrases',
    category: 'robotic',
    pattern: [
      String.raw`(?:از بابت|از|بابت) (?:بروز )?(?:هر\s*گونه|تمامی|کلیه) (?:ناراحتی|مشکل|مشکلات|اختلال|تاخیر|تأخیر|نارضایتی)(?: [\p{L}]+){0,3}? (?:پوزش|عذر) (?:می\s*طلبیم|می\s*خواهیم)`,
      String.raw`(?:از بابت|از|بابت) (?:بروز )?(?:ناراحتی|مشکل|مشکلات|اختلال|تاخیر|تأخیر) (?:پیش\s*آمده|ایجاد\s*شده|احتمالی|به\s*وجود\s*آمده) (?:پوزش|عذر) (?:می\s*طلبیم|می\s*خواهیم)`,
      String.raw`(?:(?:عمیقا|صمیمانه|مجددا) )?پوزش می\s*طلبیم`,
      String.raw`ضمن (?:تشکر|سپاس) از (?:تماس|صبر|شکیبایی|مکاتبه|پیام|ایمیل)(?:تان| شما)?`,
      String.raw`(?:درخواست|پیام|ایمیل|نامه|شکایت)(?:تان| شما) (?:دریافت|ثبت) (?:شد|گردید)`,
      String.raw`به اطلاع (?:می\s*رساند|می\s*رسانیم|می\s*رسانم)`,
      String.raw`(?:واحد|بخش|کارشناس|مرجع) (?:مربوطه|ذی\s*ربط)`,
      String.raw`عودت (?:داده )?(?:خواهد شد|می\s*شود|شد)`,
      String.raw`خواهشمند(?:است|یم| است)`,
      String.raw`بدین\s*وسیله`,
      String.raw`حضرتعالی|جنابعالی`,
      String.raw`در دست اقدام`,
      String.raw`در صورت لزوم`,
      String.raw`(?:پیرو|عطف به) (?:درخواست|نامه|ایمیل|تماس|مکاتبه)(?: شما)? مورخ`,
      String.raw`به استحضار (?:می\s*رساند|می\s*رسانیم|رسانده می\s*شود)`,
      String.raw`(?:پاسخ|موارد|مطالب|توضیحات) فوق`,
      String.raw`(?:مشتری|مشترک|کاربر) گرامی`,
    ],
    message: {
      en: 'This is form-letter wording; a person would just say it plainly.',
      fa: 'این عبارت کلیشه‌ای و اداری است؛ یک انسان آن را ساده و مستقیم می‌گوید.',
    },
    suggestions: [(m) => {
      const text = m.text.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
      if (/^(?:(?:عمیقا|صمیمانه|مجددا) )?پوزش/u.test(text)) return 'واقعاً متأسفیم';
      if (/پوزش|عذر/u.test(text)) return 'واقعاً متأسفم که این مشکل پیش آمد';
      if (/^ضمن/u.test(text)) return 'ممنون که تماس گرفتید';
      if (/دریافت|ثبت/u.test(text)) return 'پیامتان به دستم رسید';
      if (/اطلاع/u.test(text)) return 'خواستم خبر بدهم';
      if (/مربوطه|ذی\s*‌?ربط/u.test(text)) return 'همکارانم در بخش …';
      if (/^عودت/u.test(text)) return /خواهد/u.test(text) ? 'برگردانده خواهد شد' : 'برگردانده می‌شود';
      if (/^خواهشمند/u.test(text)) return 'لطفاً';
      if (/وسیله/u.test(text)) return 'حالا';
      if (/عالی$/u.test(text)) return 'شما';
      if (/اقدام/u.test(text)) return 'در حال پیگیری';
      if (/لزوم/u.test(text)) return 'اگر لازم شد';
      if (/مورخ/u.test(text)) return 'درباره‌ی درخواستتان در تاریخ';
      if (/استحضار/u.test(text)) return 'خواستم خبر بدهم';
      if (/فوق/u.test(text)) return /^پاسخ/u.test(text) ? 'این پاسخ' : 'این موارد';
      if (/گرامی/u.test(text)) return '… عزیز';
      return undefined;
    }],
    examples: {
      fire: ['خواهشمند است صبور باشید.', 'مبلغ ظرف ۵ روز عودت داده خواهد شد.', 'بدین وسیله پرونده بسته شد.', 'درخواست شما به واحد ذی‌ربط ارجاع شد.', 'بابت هرگونه ناراحتی ایجاد شده پوزش می‌طلبیم.', 'ضمن تشکر از تماس شما، درخواستتان بررسی می‌شود.', 'پیام شما دریافت شد.', 'به اطلاع می‌رساند که سفارش ارسال شد.'],
      notFire: ['حق با شماست و بابت این اشتباه عذر می‌خواهم.', 'از تماستان ممنونم!'],
    },
  },
];

export const ruleSet: RuleSet = { lang: 'fa', rules };
