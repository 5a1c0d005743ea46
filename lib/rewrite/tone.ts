/** The tone of a whole draft: counts per category and three indicators, each with the reasons it rests on. */
import { ENGINE_TEXT, pickText } from './language-data';
import { splitSentences } from './structure';
import { CATEGORIES, type Category, type DraftLanguage, type Finding, type ToneIndicator, type ToneSummary } from './types';

export interface ToneOptions {
  /** Draft language (for the acknowledgement check). */
  lang?: DraftLanguage;
  uiLang?: string;
  /** Whether the customer's message sounds upset (undefined = no customer message known). */
  customerUpset?: boolean;
  /** Whether the draft acknowledges the customer's feelings. */
  acknowledged?: boolean;
}

function level(issues: number, poorFrom: number): ToneIndicator['level'] {
  return issues === 0 ? 'good' : issues < poorFrom ? 'fair' : 'poor';
}

/** Summarises a draft's findings; `text` is the draft they were found in. */
export function summarizeTone(text: string, findings: readonly Finding[], options: ToneOptions = {}): ToneSummary {
  const say = (key: keyof typeof ENGINE_TEXT, n?: number): string => pickText(ENGINE_TEXT[key], options.uiLang, options.lang, n === undefined ? {} : { n });
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const finding of findings) counts[finding.category] += 1;

  const positivityReasons: string[] = [];
  if (counts.negative) positivityReasons.push(say('positivityNegative', counts.negative));
  if (counts.blame) positivityReasons.push(say('positivityBlame', counts.blame));
  if (counts.dismissive) positivityReasons.push(say('positivityDismissive', counts.dismissive));
  if (positivityReasons.length === 0) positivityReasons.push(say('positivityGood'));
  // Blame and dismissal weigh more than a "can't": one of them is already poor.
  const positivityLevel = counts.blame + counts.dismissive > 0 ? (counts.blame + counts.dismissive + counts.negative >= 2 ? 'poor' : 'fair') : level(counts.negative, 3);

  const clarityReasons: string[] = [];
  const sentences = splitSentences(text);
  const words = sentences.map((s) => (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length).filter((n) => n > 0);
  const average = words.length ? Math.round(words.reduce((a, b) => a + b, 0) / words.length) : 0;
  if (counts.clarity) clarityReasons.push(say('clarityIssues', counts.clarity));
  if (counts.jargon) clarityReasons.push(say('clarityJargon', counts.jargon));
  if (counts.robotic) clarityReasons.push(say('clarityRobotic', counts.robotic));
  if (clarityReasons.length === 0) clarityReasons.push(say('clarityGood'));
  if (average > 0) clarityReasons.push(say('clarityAverage', average));
  const clarityLevel = level(counts.clarity + counts.jargon + counts.robotic, 3);

  let empathy: ToneIndicator;
  if (counts.empathy > 0) empathy = { level: 'poor', reasons: [say('empathyMissing')] };
  else if (options.acknowledged) empathy = { level: 'good', reasons: [say('empathyAcknowledged')] };
  else if (options.customerUpset === false) empathy = { level: 'good', reasons: [say('empathyCalm')] };
  else if (options.customerUpset === true) empathy = { level: 'good', reasons: [say('empathyAcknowledged')] };
  else empathy = { level: 'fair', reasons: [say('empathyUnknown')] };

  return {
    counts,
    positivity: { level: positivityLevel, reasons: positivityReasons },
    clarity: { level: clarityLevel, reasons: clarityReasons },
    empathy,
  };
}
