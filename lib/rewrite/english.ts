/** English word forms the English rules need to rewrite a clause (gerunds, base forms, pronoun agreement). */

const IRREGULAR_BASE: Record<string, string> = {
  read: 'read', sent: 'send', told: 'tell', chosen: 'choose', chose: 'choose', kept: 'keep', got: 'get', gotten: 'get',
  made: 'make', done: 'do', given: 'give', written: 'write', taken: 'take', known: 'know', seen: 'see', paid: 'pay',
  put: 'put', set: 'set', left: 'leave', bought: 'buy', brought: 'bring', thought: 'think', found: 'find', held: 'hold',
  understood: 'understand', forgotten: 'forget', forgot: 'forget', shut: 'shut', let: 'let', cut: 'cut', sold: 'sell',
  said: 'say', heard: 'hear', spent: 'spend', lost: 'lose', meant: 'mean', won: 'win', begun: 'begin', shown: 'show',
  received: 'receive', deleted: 'delete', typed: 'type', scheduled: 'schedule', completed: 'complete', believed: 'believe',
  retrieved: 'retrieve', released: 'release', increased: 'increase', purchased: 'purchase', paused: 'pause', caused: 'cause',
  replaced: 'replace', reduced: 'reduce', noted: 'note', quoted: 'quote', achieved: 'achieve', saved: 'save',
  cancelled: 'cancel', canceled: 'cancel', labelled: 'label', labeled: 'label', travelled: 'travel', traveled: 'travel',
};

// Stems that lose a final "e" before "-ed"/"-ing" (checked by ending), e.g. us(e)d, clos(e)d, provid(e)d.
const E_STEM = /(?:[^aeiou]s|us|os|as|[^aeiou]v|iv|ov|av|uv|at|ut|id|ud|od|ad|ag|ng|rg|dg|[^s]c|bl|pl|gl|tl|kl|dl|ir|ur|ar|or|yz|iz|ys|ak|ok|ik|im|om|am|in|un|ap|op|ip|ib|ub|ab|af|if|uf)$/;
const NO_E = /(?:ss|ck|[aeiou]{2}[a-z]|ll|rm|rn|st|nd|rt|pt|ct|nt|lt|ft|wn|sh|ch|th|[aeiou]w|ay|oy|ey|er|en|on|el|it|et|ow|rd|ld|mp|sk|lk|nk|rk|sp|[^aeiou]ain)$/;

/** Base form of a past participle or past tense ("contacted" → "contact", "provided" → "provide"), if it looks like one. */
export function getBaseForm(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_BASE[lower];
  if (irregular) return keepCase(irregular, word);
  if (!lower.endsWith('ed') || lower.length < 4) return undefined;
  if (lower.endsWith('ied')) return keepCase(`${lower.slice(0, -3)}y`, word);
  const stem = lower.slice(0, -2);
  // Doubled final consonant: stopped → stop, shipped → ship (but not "filled", "passed").
  if (/([bdgmnprt])\1$/.test(stem)) return keepCase(stem.slice(0, -1), word);
  if (lower.endsWith('eed')) return keepCase(stem, word);
  if (NO_E.test(stem)) return keepCase(stem, word);
  if (E_STEM.test(stem)) return keepCase(`${stem}e`, word);
  return keepCase(stem, word);
}

const DOUBLING = new Set(['cancel', 'refer', 'transfer', 'admit', 'submit', 'commit', 'permit', 'label', 'travel', 'control', 'compel', 'patrol', 'forget', 'begin', 'prefer', 'occur', 'omit', 'regret']);

/** The "-ing" form of a verb ("refund" → "refunding", "ship" → "shipping", "change" → "changing"). */
export function getGerund(verb: string): string {
  const lower = verb.toLowerCase();
  // Already a gerund ("no way of checking").
  if (lower.endsWith('ing') && lower.length > 5) return verb;
  let gerund: string;
  if (lower === 'be' || lower === 'see' || lower === 'agree' || lower === 'free' || lower.endsWith('ee') || lower.endsWith('ye') || lower.endsWith('oe')) gerund = `${lower}ing`;
  else if (lower.endsWith('ie')) gerund = `${lower.slice(0, -2)}ying`;
  else if (lower.endsWith('e') && lower.length > 2) gerund = `${lower.slice(0, -1)}ing`;
  else if (DOUBLING.has(lower) || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lower)) gerund = `${lower}${lower.slice(-1)}ing`;
  else gerund = `${lower}ing`;
  return keepCase(gerund, verb);
}

/** "we" → "we", "I" → "I", other subjects as written. */
export function getBeForm(subject: string): string {
  const lower = subject.toLowerCase();
  if (lower === 'i') return "I'm";
  if (lower === 'we' || lower === 'you' || lower === 'they') return `${subject}'re`;
  return `${subject}'s`;
}

function keepCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Turns the first word of a clause into its gerund ("change the date" → "changing the date"). */
export function getGerundClause(clause: string): string {
  const match = /^(\s*)([\p{L}']+)(.*)$/su.exec(clause);
  if (!match) return clause;
  return `${match[1] ?? ''}${getGerund(match[2] ?? '')}${match[3] ?? ''}`;
}
