/**
 * Persian word forms the Persian rules (rules/fa.ts) need for their rewrites: the affirmative of a negative verb
 * ("نمی‌توانیم" → "می‌توانیم", keeping the writer's own ZWNJ or space) and the polite subjunctive of a past
 * continuous verb ("می‌خواندید" → "بخوانید", "اطلاع می‌دادید" → "اطلاع بدهید"), so that "you should have read" can
 * become "next time, please read". Functions return `undefined` when they are not sure.
 */

const ZWNJ = '\u200c';

/** "نمی‌توانیم" / "نمیتوانیم" / "نمی توانیم" → "می‌توانیم" / "میتوانیم" / "می توانیم"; `undefined` if not a negative verb we know. */
export function getAffirmative(verb: string): string | undefined {
  // "نمی‌…" (present) and "نتوانست…" (past: "نتوانستیم" → "توانستیم").
  return /^ن(?=م[یي]|توانست)/u.test(verb) ? verb.slice(1) : undefined;
}

// Past stem → present stem of the irregular verbs agents use with "باید … می‌…ید".
const PRESENT_STEMS: Record<string, string> = {
  خواند: 'خوان',
  کرد: 'کن',
  داد: 'ده',
  گرفت: 'گیر',
  فرستاد: 'فرست',
  زد: 'زن',
  گذاشت: 'گذار',
  نوشت: 'نویس',
  دید: 'بین',
  رفت: 'رو',
  آمد: 'آی',
  گفت: 'گوی',
  ماند: 'مان',
  شد: 'شو',
  برد: 'بر',
  آورد: 'آور',
  خواست: 'خواه',
  دانست: 'دان',
  شناخت: 'شناس',
  گشت: 'گرد',
  بست: 'بند',
  ساخت: 'ساز',
  انداخت: 'انداز',
  پرداخت: 'پرداز',
  کشید: 'کش',
  رساند: 'رسان',
};

/**
 * "می‌خواندید" → "بخوانید"; "می‌کردید" after a noun ("اطلاع", "چک") → "کنید"; "می‌داشتید" → "داشته باشید".
 * `compound` says whether a noun or adjective stands before the verb (compound verbs drop the "ب-").
 */
export function getSubjunctiveYou(pastContinuous: string, compound: boolean): string | undefined {
  const plain = pastContinuous.replace(new RegExp(`[${ZWNJ}\\s]`, 'gu'), '').replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
  const match = /^می(.+)ید$/u.exec(plain);
  if (!match) return undefined;
  const past = match[1] as string;
  if (past === 'داشت') return 'داشته باشید';
  let present = PRESENT_STEMS[past];
  // Regular verbs: past stem = present stem + "ید" ("پرسید" → "پرس").
  if (!present && past.endsWith('ید') && past.length > 3) present = past.slice(0, -2);
  if (!present) return undefined;
  if (compound && (present === 'کن' || present === 'شو')) return `${present}ید`;
  // "آی" + "ید" is written "بیایید"; the ب- before a stem that starts with alef becomes "بی".
  if (present.startsWith('آ')) return `بیا${present.slice(1)}ید`;
  return `ب${present}ید`;
}
