import { getBaseForm, getBeForm, getGerund, getGerundClause } from '../english';
import type { RuleMatch, RuleSet } from '../types';

/**
 * English draft-check rules (format: lib/rewrite/types.ts; policy: docs/rewrite.md).
 *
 * Contractions: patterns accept "can't", "cannot", "can not" (typographic apostrophes are normalised to "'").
 * Friendly idioms with a negation ("we can't wait to…", "don't hesitate to…", "no worries", "not a problem at all")
 * never fire: the rules look for refusals (a negated ability or permission followed by an action), not for
 * negation as such, and the exceptions list the idioms that have the same shape.
 */

// The rest of a clause after the span: up to punctuation, a line break or a "but".
// A full stop inside the clause is kept inside a number ("3.5 kg") or after a one-letter abbreviation ("P.O. boxes").
const CLAUSE = "(?<rest>(?:(?! but | because | so that )(?:[^.!?;,:\\n]|\\.(?=\\S)|(?<=(?:^|[\\s.])\\p{L})\\.))*)";
// A short noun phrase: "the instructions", "my last email" (stops before a new clause).
const OBJECT = "(?<obj>(?:the|our|my)(?: (?!you\\b|we\\b|I\\b|and\\b|it\\b|before\\b|first\\b|again\\b)[\\p{L}\\p{N}'-]+){1,4})";
const SUBJECT = '(?<s>we|I|you|they)';
// Follows SUBJECT directly: " can't", "'m unable to", " are not able to".
const CANT = "(?: (?:can't|cannot|can not|won't be able to|will not be able to|(?:am|are) (?:not able|unable|not in a position) to|aren't able to|aren't in a position to)|(?:'m|'re) (?:not able|unable|not in a position) to)";

/** "we" → "we", "I" → "I"; for the slot sentence the offer is made by the agent's side. */
function helper(subject: string | undefined): string {
  const lower = (subject ?? 'we').toLowerCase();
  return lower === 'i' ? 'I' : lower === 'you' || lower === 'they' ? 'we' : 'we';
}

/** "we can't refund sale items" → "instead of refunding sale items, what we can do is …" (and "until/unless" turned round). */
function rewriteRefusal(match: RuleMatch): string | undefined {
  const verb = match.named.v;
  if (!verb) return undefined;
  const rest = (match.named.rest ?? '').trim();
  const who = helper(match.named.s);
  const condition = /^(?<head>.*?)\s*\b(?<word>until|unless|without)\s+(?<tail>.+)$/i.exec(rest);
  if (condition?.groups) {
    const { head = '', word = '', tail = '' } = condition.groups;
    const subject = match.named.s ?? 'we';
    const object = head ? ` ${head}` : '';
    if (word.toLowerCase() === 'unless') return `${subject} can ${verb}${object} if ${tail}`;
    if (word.toLowerCase() === 'without') return `${subject} can ${verb}${object} with ${tail}`;
    // "until we receive the item" (a clause) → "as soon as"; "until Monday" (a time) → "from".
    const isClause = /^(?:we|you|they|I|it|the|your|our|he|she|this|that)\b/i.test(tail);
    return `${subject} can ${verb}${object} ${isClause ? 'as soon as' : 'from'} ${tail}`;
  }
  return `instead of ${getGerund(verb)}${rest ? ` ${rest}` : ''}, what ${who} can do is …`;
}

/** "we can't refund sale items" → "we're not able to refund sale items, but what we can do is …". */
function offerAlternative(match: RuleMatch): string | undefined {
  const verb = match.named.v;
  if (!verb) return undefined;
  const rest = (match.named.rest ?? '').trim();
  if (/\b(?:until|unless|without)\b/i.test(rest)) return undefined;
  return `${getBeForm(match.named.s ?? 'we')} not able to ${verb}${rest ? ` ${rest}` : ''}, but what ${helper(match.named.s)} can do is …`;
}

/** Base form of a verb phrase that may be in the past ("filled in" → "fill in", "gave" → "give"). */
function toBase(verb: string | undefined): string {
  const [head = '', ...tail] = (verb ?? '').split(' ');
  const base = head === 'gave' ? 'give' : /ed$|^(?:sent|told)$/.test(head) ? (getBaseForm(head) ?? head) : head;
  return [base, ...tail].join(' ');
}

const PARTICIPLE_BASE: Record<string, string> = { 'put on hold': 'put on hold' };

/** "your account has been suspended" → "we've suspended your account". */
function activeVoice(match: RuleMatch): string | undefined {
  const subject = match.named.subj;
  const participle = match.named.pp;
  const auxiliary = (match.named.aux ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!subject || !participle) return undefined;
  const object = subject.charAt(0).toLowerCase() + subject.slice(1);
  if (auxiliary === 'will be') return `we'll ${PARTICIPLE_BASE[participle.toLowerCase()] ?? getBaseForm(participle) ?? participle} ${object}`;
  if (auxiliary === 'is being' || auxiliary === 'are being') return `we're ${getGerund(getBaseForm(participle) ?? participle)} ${object}`;
  if (auxiliary === 'was' || auxiliary === 'were') return `we ${participle} ${object}`;
  return `we've ${participle} ${object}`;
}

const JARGON_PLAIN: Record<string, string> = {
  escalate: 'pass on', escalated: 'passed on', escalating: 'passing on', escalates: 'passes on', escalation: 'handover to a specialist',
  sku: 'product code', skus: 'product codes', rma: 'return', eta: 'expected arrival time', sla: 'agreed response time',
  asap: 'as soon as possible', workaround: 'temporary fix', workarounds: 'temporary fixes', hotfix: 'quick fix',
  credentials: 'login details', chargeback: 'payment dispute', chargebacks: 'payment disputes', '2fa': 'two-step login',
  mfa: 'two-step login', 'server-side': 'on our side', 'server side': 'on our side', 'client-side': 'in your browser',
  'client side': 'in your browser', 'hard refresh': 'full reload of the page', repro: 'recreate', reproduce: 'recreate',
  'known issue': 'problem we are already fixing', backordered: 'on order from our supplier', 'back-ordered': 'on order from our supplier',
  'on backorder': 'on order from our supplier', 'pre-authorization': 'temporary hold on your card', 'pre-authorisation': 'temporary hold on your card',
  'authorization hold': 'temporary hold on your card', 'authorisation hold': 'temporary hold on your card', deployed: 'released', deploy: 'release',
  'root cause analysis': 'investigation into the cause', rca: 'investigation into the cause', 'tier 2': 'specialist', 'tier-2': 'specialist',
  'tier 3': 'specialist', 'l2 support': 'our specialist team', 'l2': 'specialist', 'level 2 support': 'our specialist team',
  'fulfillment center': 'warehouse', 'fulfilment centre': 'warehouse', 'fulfillment centre': 'warehouse', 'fulfilment center': 'warehouse',
  provisioned: 'set up', provisioning: 'setting up', propagate: 'update everywhere', propagation: 'update across the internet',
  'cache': 'stored browser data', 'browser cache': 'stored browser data', 'the backend': 'our system', 'our backend': 'our system',
  'the back end': 'our system', 'our back end': 'our system', 'the back-end': 'our system', 'our back-end': 'our system',
  'end user': 'customer', 'end users': 'customers', 'sso': 'company login (single sign-on)', qa: 'testing',
  regression: 'bug from a recent update', 'api token': 'access key', 'api key': 'access key', port: 'move', ported: 'moved', porting: 'moving',
};

function plainWord(match: RuleMatch): string | undefined {
  const key = match.text.toLowerCase().replace(/\s+/g, ' ');
  if (key === 'a regression') return 'a bug from a recent update';
  return JARGON_PLAIN[key];
}

export const ruleSet: RuleSet = {
  lang: 'en',
  rules: [
    // ── negative ────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'en.negative.unfortunately',
      category: 'negative',
      pattern: ["(?:unfortunately|sadly|regrettably|I'm afraid(?: that)?|I am afraid(?: that)?),?"],
      exceptions: ["I'm afraid (?:not|so)", "afraid of"],
      message: { en: 'Opening with “unfortunately” prepares the customer for bad news; lead with the facts and what happens next.' },
      suggestions: ['To be upfront,', 'Right now,'],
      examples: {
        fire: ['Unfortunately, the item is out of stock.', "I'm afraid the jacket is sold out in medium.", 'Sadly we missed the courier today.'],
        notFire: ["I'm afraid not.", 'The jacket is back in stock on 12 May.', 'You have nothing to be afraid of.'],
      },
    },
    {
      id: 'en.negative.cant-find',
      category: 'negative',
      pattern: `${SUBJECT}(?: (?:can't|cannot|can not|couldn't|could not|was unable to|were unable to|am unable to|are unable to)|(?:'m|'re) unable to) (?<v>find|locate|see)${CLAUSE}`,
      exceptions: ["(?:can't|cannot|couldn't|could not) see (?:any |a |the )?(?:reason|why)"],
      message: { en: '“Can’t find” sounds like a dead end; say what you have checked so far and that you are still looking.' },
      suggestions: [
        (m) => {
          const verb = (m.named.v ?? '').toLowerCase();
          const rest = m.named.rest?.trim() ?? '';
          return `${m.named.s ?? 'I'} haven't ${verb === 'see' ? 'seen' : verb === 'locate' ? 'located' : 'found'}${rest ? ` ${rest}` : ' it'} yet`;
        },
        (m) => `${getBeForm(m.named.s ?? 'I')} still looking for${m.named.rest?.trim() ? ` ${m.named.rest.trim()}` : ' it'}`,
      ],
      safe: true,
      examples: {
        fire: ["I can't find your order 48213 in our system.", 'We were unable to locate the parcel.', "I couldn't see the attachment."],
        notFire: ['I found your order 48213.', "I can't see why not!"],
      },
    },
    {
      id: 'en.negative.cant',
      category: 'negative',
      pattern: `${SUBJECT}${CANT} (?:(?:just|simply|really|currently|always|even|actually) )?(?<v>(?!be\\b|find\\b|locate\\b|see\\b)[\\p{L}]+)${CLAUSE}`,
      exceptions: [
        "can't wait", "cannot wait", "can't thank you enough", "can't thank", "can't recommend {gap:4} enough", "can't imagine", "cannot imagine",
        "can't believe", "can't stress {gap:3} enough", "can't help but", "can't go wrong", "can't beat", "can't miss it", "can't blame you",
        "can't say enough", "can't tell you how", "can't emphasi[sz]e", "can't agree more", "can't be happier", "can't express",
        // Directions: "you can't miss it".
        "can't miss",
        // Reporting a test result, not refusing anything.
        "(?:can't|cannot|can not|(?:am|are|'m|'re) (?:not able|unable) to) (?:repro|reproduce|replicate|recreate)",
      ],
      message: { en: 'Saying what you can’t do stops the conversation; say what you can do instead.' },
      suggestions: [rewriteRefusal, offerAlternative],
      examples: {
        fire: [
          "We can't refund sale items.",
          'I cannot change the delivery address on order 55120.',
          "We won't be able to ship to P.O. boxes.",
          "We can't process your refund until we receive the item.",
          'We are unable to offer a discount on this plan.',
          "You can't return opened software.",
        ],
        notFire: [
          "We can't wait to see you at the launch!",
          "I can't thank you enough for your patience.",
          "I can't imagine how frustrating that must have been.",
          "I can't recommend the new app enough.",
          'We can refund sale items as store credit.',
          "I can't find your order.",
        ],
      },
    },
    {
      id: 'en.negative.cant-be',
      category: 'negative',
      pattern: "(?:can't|cannot|can not|won't be able to) be (?<pp>[\\p{L}]+ed|done|made|sent|given|paid|sold|shown|kept|held)",
      message: { en: 'Saying what can’t be done leaves the customer stuck; say under which conditions it can, or what you offer instead.' },
      suggestions: ['can be $<pp> once …', "can't be $<pp>, but what we can do is …"],
      examples: {
        fire: ["Sale items can't be refunded.", 'The booking cannot be changed after check-in.'],
        notFire: ['Sale items can be exchanged within 30 days.', "We can't wait to hear what you think."],
      },
    },
    {
      id: 'en.negative.past-unable',
      category: 'negative',
      pattern: `(?<s>we|I) (?:were|was) (?:unable|not able) to (?<v>(?!find\\b|locate\\b|see\\b)[\\p{L}]+)${CLAUSE}`,
      message: { en: '“We were unable to” puts the failure first; say what happened and the next step.' },
      suggestions: [(m) => `${m.named.s} tried to ${m.named.v}${m.named.rest?.trim() ? ` ${m.named.rest.trim()}` : ''}, and the next step is …`],
      examples: {
        fire: ['We were unable to process your payment on 3 March.', 'I was not able to reach you by phone.'],
        notFire: ['We processed your payment on 3 March.', 'We were able to reach the courier.'],
      },
    },
    {
      id: 'en.negative.impossible',
      category: 'negative',
      pattern: [
        "(?:it's|it is|that's|that is|this is|it'll be|it will be) (?:not possible|impossible)(?: to (?<rest>[^.!?;,\\n]+))?",
        "(?:there's|there is) no way (?:we|I) can(?: (?<rest>[^.!?;,\\n]+))?",
        "(?:that|this|it) (?:won't|will not) be possible",
        "(?:there's|there is) no (?:option|way) to(?: (?<rest>[^.!?;,\\n]+))?",
        "(?:I|we) (?:have|'ve got) no way (?:of|to)(?: (?<rest>[^.!?;,\\n]+))?",
      ],
      exceptions: ['(?:not|im)possible to (?:say|put into words|thank)'],
      message: { en: '“Not possible” closes the door; offer what is possible instead.' },
      suggestions: [(m) => (m.named.rest?.trim() ? `instead of ${getGerundClause(m.named.rest.trim())}, what I can do is …` : 'what I can do instead is …')],
      examples: {
        fire: [
          "It's not possible to change the date once the ticket is issued.",
          'That is impossible.',
          "There's no way we can deliver by Friday.",
          "That won't be possible for this booking.",
          'I have no way of checking the van.',
        ],
        notFire: ['It is possible to change the date once.', 'That is possible on the Pro plan.'],
      },
    },
    {
      id: 'en.negative.we-dont-offer',
      category: 'negative',
      pattern: `(?<s>we|I) (?:don't|do not|won't|will not) (?<v>offer|provide|accept|allow|support|ship|refund|exchange|deliver|sell|do|give|issue|reimburse|compensate|honou?r|replace|cover)${CLAUSE}`,
      exceptions: ["won't (?:charge|bill) you", "don't charge", "won't be charged", "don't need"],
      message: { en: 'A plain “we don’t” sounds like a refusal; say what you do offer.' },
      suggestions: [
        (m) => `instead of ${getGerund(m.named.v ?? '')}${m.named.rest?.trim() ? ` ${m.named.rest.trim()}` : ''}, what ${helper(m.named.s)} can offer is …`,
      ],
      examples: {
        fire: ["We don't ship to Alaska.", 'We do not offer refunds on gift cards.', 'We will not accept returns after 30 days.'],
        notFire: ["We won't charge you for the replacement.", 'We ship to Alaska twice a week.', "Don't worry, we offer free returns."],
      },
    },
    {
      id: 'en.negative.not-eligible',
      category: 'negative',
      pattern: "(?<be>is|are|isn't|aren't|was|were|wasn't|weren't)(?<neg> not)? (?:eligible|entitled|qualified) for (?<what>[^.!?;,\\n]+)",
      exceptions: ['(?:is|are|was|were) (?:eligible|entitled|qualified) for'],
      message: { en: 'Telling the customer what they don’t qualify for stops there; say what they do qualify for.' },
      suggestions: [
        (m) => {
          const be = (m.named.be ?? 'is').toLowerCase().replace("n't", '');
          return `${be} eligible for … rather than ${m.named.what?.trim() ?? ''}`;
        },
      ],
      examples: {
        fire: ["Your order isn't eligible for a refund.", 'These tickets are not eligible for an upgrade.'],
        notFire: ['Your order is eligible for a refund.', 'You are entitled to a full refund.'],
      },
    },
    {
      id: 'en.negative.nothing-we-can-do',
      category: 'negative',
      pattern: "(?:there's|there is|there isn't|there is not) (?:nothing|anything) (?:more |else )?(?:I|we) can do",
      message: { en: '“Nothing we can do” leaves the customer alone with the problem; name the next best step.' },
      suggestions: ['here is what I can do: …', 'the best next step is …'],
      examples: {
        fire: ["There's nothing more we can do.", "There isn't anything else I can do about it."],
        notFire: ['There is one more thing we can do.', 'Is there anything else I can do for you?'],
      },
    },
    {
      id: 'en.negative.not-allowed',
      category: 'negative',
      pattern: "(?:is|are|isn't|aren't)(?: not)? (?:allowed|permitted)",
      exceptions: ['(?:is|are) (?:allowed|permitted)'],
      message: { en: '“Not allowed” sounds like a rule, not help; say what the customer can do.' },
      suggestions: ['are …, and what you can do is …'],
      examples: {
        fire: ['Pets are not allowed in the rooms.', "Changes aren't permitted after 6 pm."],
        notFire: ['Pets are allowed in the garden rooms.', 'Changes are permitted until 6 pm.'],
      },
    },
    {
      id: 'en.negative.i-dont-know',
      category: 'negative',
      pattern: "(?:I|we) (?:don't|do not) know",
      exceptions: ["(?:I|we) (?:don't|do not) know (?:about you|if you've heard|if you have heard)", "let me know"],
      message: { en: '“I don’t know” sounds final; say that you will find out.' },
      suggestions: ['let me find out', "I'll find out"],
      examples: {
        fire: ["I don't know when the parcel will arrive.", 'We do not know why the payment failed.'],
        notFire: ["Let me know when the parcel arrives.", "Do let us know if you don't know your order number."],
      },
    },
    // ── blame ───────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'en.blame.you-failed',
      category: 'blame',
      pattern: "you (?:failed|neglected|forgot) to (?<v>[\\p{L}]+)",
      message: { en: '“You failed to” blames the customer; say what is still needed.' },
      suggestions: ['we still need you to $<v>', "I don't see that you were able to $<v>"],
      examples: {
        fire: ['You failed to provide your order number.', 'You forgot to attach the receipt.'],
        notFire: ['Could you provide your order number?', "Don't forget to bring the receipt."],
      },
    },
    {
      id: 'en.blame.you-didnt',
      category: 'blame',
      pattern: [
        "you (?:didn't|did not|never) (?<v>provide|include|send|attach|fill in|enter|give|follow|complete|confirm|sign|return|tell)",
        'you never (?<v>provided|included|sent|attached|filled in|entered|gave|followed|completed|confirmed|signed|returned|told)',
      ],
      exceptions: ["you (?:didn't|did not|never) (?:tell|send|give) (?:us|me) (?:anything )?wrong"],
      message: { en: 'Pointing out what the customer didn’t do sounds like blame; ask for what is needed.' },
      suggestions: [
        (m) => `we still need you to ${toBase(m.named.v)}`,
        (m) => `could you please ${toBase(m.named.v)}`,
      ],
      examples: {
        fire: ["You didn't attach the receipt.", 'You did not fill in the return form.', 'You never sent the signed form.'],
        notFire: ['Could you attach the receipt?', "You didn't need to pay twice, so I've refunded the second charge."],
      },
    },
    {
      id: 'en.blame.should-have',
      category: 'blame',
      pattern: [
        "you (?:should have|should've|ought to have) (?<v>(?!received\\b|been\\b|gotten\\b|heard\\b)[\\p{L}]+ed|read|sent|told|kept|made|done|given|written|taken|paid|put|set|chosen)",
        'you were supposed to (?<v>(?!receive\\b|get\\b|be\\b|hear\\b)[\\p{L}]+)',
      ],
      message: { en: '“You should have” blames the customer for the past; say what helps from now on.' },
      suggestions: [
        (m) => {
          const base = /ed$|^(?:read|sent|told|kept|made|done|given|written|taken|paid|put|set)$/i.test(m.named.v ?? '') ? getBaseForm(m.named.v ?? '') : m.named.v;
          return base ? `next time, please ${base.toLowerCase()}` : undefined;
        },
        (m) => {
          const base = /ed$|^(?:read|sent|told|kept|made|done|given|written|taken|paid|put|set)$/i.test(m.named.v ?? '') ? getBaseForm(m.named.v ?? '') : m.named.v;
          return base ? `the next step is to ${base.toLowerCase()}` : undefined;
        },
      ],
      examples: {
        fire: ['You should have contacted us before sending it back.', 'You were supposed to send the form by Friday.'],
        notFire: ['You should receive the parcel on Monday.', 'You should have it by Friday.', 'You should have received a confirmation email.'],
      },
    },
    {
      id: 'en.blame.didnt-read',
      category: 'blame',
      pattern: [
        `you (?:didn't|did not|obviously didn't|clearly didn't|must not have|must have not|haven't|have not) (?:read|check|look at|see) ${OBJECT}`,
        `(?:did you (?:even )?read|if you had read|if you'd read) ${OBJECT}`,
      ],
      message: { en: 'Suggesting the customer didn’t read something sounds like blame; explain it again briefly.' },
      suggestions: ['let me walk you through $<obj>', '$<obj> may have been easy to miss'],
      examples: {
        fire: ["You didn't read the instructions.", 'Did you even read my last email?', 'If you had read the FAQ you would know this.'],
        notFire: ['You can read the instructions here.', 'Have you had a chance to read the guide?'],
      },
    },
    {
      id: 'en.blame.must-have',
      category: 'blame',
      pattern: "you (?:must have|must've|obviously|clearly) (?<v>entered|typed|selected|chosen|clicked|ordered|made|used|misread|missed|forgotten|deleted)",
      message: { en: '“You must have” assumes the customer made the mistake; describe what happened instead.' },
      suggestions: ['it looks like you may have $<v>'],
      examples: {
        fire: ['You must have entered the wrong address.', 'You obviously clicked the wrong button.'],
        notFire: ['You must have a receipt to return it.', 'It looks like the wrong address was saved.'],
      },
    },
    {
      id: 'en.blame.your-fault',
      category: 'blame',
      pattern: ['your (?:own )?(?:fault|mistake|error)', 'you (?:made|have made) (?:a|an) (?:mistake|error)', 'user error', "you(?:'re| are) (?:wrong|mistaken)", 'you (?:misunderstood|misread)'],
      message: { en: 'Calling it the customer’s mistake puts them on the defensive; describe the mix-up neutrally.' },
      suggestions: [
        (m) => (/^you/i.test(m.text) ? (/misunderstood|misread|wrong|mistaken/i.test(m.text) ? 'let me clarify' : 'there was a mix-up') : 'a mix-up'),
      ],
      examples: {
        fire: ['This was your mistake, not ours.', 'You made an error in the card number.', 'You misunderstood our shipping policy.'],
        notFire: ['That was our mistake, and I am sorry.', 'The error is on our side.'],
      },
    },
    {
      id: 'en.blame.not-our-fault',
      category: 'blame',
      pattern: "(?:it's|it is|that's|that is|this is|this isn't|that isn't|it isn't)(?: not)? (?:my|our) fault",
      exceptions: ["(?:it's|it is|that's|that is|this is) (?:my|our) fault"],
      message: { en: '“Not our fault” points the blame somewhere else; say what happened and what you will do.' },
      suggestions: ["here's what happened, and what I'll do about it: …"],
      examples: { fire: ['It is not our fault that the parcel was left outside.'], notFire: ["That's our fault, and I'm sorry."] },
    },
    {
      id: 'en.blame.next-time-read',
      category: 'blame',
      pattern: 'next time,? (?:please )?(?:read|check)',
      message: { en: '“Next time, read…” lectures the customer; point them to the details instead.' },
      suggestions: ["you'll find the details in"],
      examples: { fire: ['Next time please read the product description.'], notFire: ["You'll find the details in the product description."] },
    },
    // ── dismissive ──────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'en.dismissive.calm-down',
      category: 'dismissive',
      pattern: ['(?:please )?calm down', "(?:you(?:'re| are) )?overreacting", "there's no need to (?:shout|yell|be rude|get upset|get angry)", 'no need to (?:shout|yell|get upset|get angry)'],
      message: { en: 'Telling an upset customer to calm down dismisses how they feel; acknowledge it instead.' },
      suggestions: ['I can hear how frustrating this is'],
      examples: {
        fire: ['Please calm down so I can help you.', "There's no need to shout."],
        notFire: ['The storm has calmed down, so deliveries resume tomorrow.', 'No need to send the receipt again.'],
      },
    },
    {
      id: 'en.dismissive.not-my-department',
      category: 'dismissive',
      pattern: [
        "(?:that's|that is|it's|it is|this is|this isn't|that isn't|it isn't)(?: not)? (?:my|our) (?:department|job|responsibility|problem|area|concern|issue)",
        "you(?:'ll| will)? (?:need|have) to (?:contact|ask|call|email) someone else",
      ],
      exceptions: ["(?:that's|that is|it's|it is|this is) (?:my|our) (?:job|responsibility|concern)"],
      message: { en: '“Not my department” leaves the customer on their own; say who handles it and that you will connect them.' },
      suggestions: ["the … team handles this, and I'll connect you with them"],
      examples: {
        fire: ["That's not my department.", 'This is not our responsibility.'],
        notFire: ['That is our responsibility, and we will fix it.', 'That was my mistake.'],
      },
    },
    {
      id: 'en.dismissive.policy',
      category: 'dismissive',
      pattern: [
        "(?:it's|it is|that's|that is|this is) (?:just )?(?:our|company|store|the) policy",
        '(?:company|store) policy',
        '(?:per|according to|due to|because of) (?:our |company |the )?policy',
        'against (?:our |company |the )?policy',
        "(?:our )?policy (?:doesn't|does not|won't|will not) (?:allow|permit)",
        'rules are rules',
        "(?:I'm|I am|we're|we are) (?:just |only )?following (?:the |our )?(?:rules|policy|procedure)",
      ],
      message: { en: '“It’s our policy” sounds like hiding behind rules; give the reason and what you can do.' },
      suggestions: ['we do it this way because …', "this isn't something we offer, because …, but what I can do is …"],
      examples: {
        fire: ["It's our policy.", 'Per company policy, refunds take 10 days.', "That's against our policy."],
        notFire: ['You can read our privacy policy here.', 'Our returns policy gives you 60 days.'],
      },
    },
    {
      id: 'en.dismissive.as-i-said',
      category: 'dismissive',
      pattern: [
        "as I(?:'ve| have)? (?:already |previously )?(?:said|stated|explained|told you)(?: (?:before|earlier|previously|already|in my last (?:email|message|reply)))?",
        'as I (?:have )?(?:already|previously) (?:mentioned|said|explained)(?: (?:before|earlier))?',
        'as I mentioned (?:before|earlier|previously|already)',
        'as (?:previously|already) (?:stated|mentioned|explained|said)',
        '(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|reply|response|note)',
        "(?:I|we)(?:'ve| have)? already (?:told you|explained|said|mentioned)(?: (?:this|that|why|how))?",
        'as (?:clearly |already )?(?:stated|explained|written) (?:in|on) (?:our|the|my) (?:faq|website|terms|help cent(?:er|re)|email|e-mail|article)',
      ],
      message: { en: '“As I said” sounds impatient; simply repeat the point briefly.' },
      suggestions: [
        (m) => {
          const already = /already (?:told you|explained|said|mentioned)(?: (?<word>this|that|why|how))?$/i.exec(m.text);
          if (!already) return 'to recap';
          const word = already.groups?.word?.toLowerCase();
          return word === 'why' || word === 'how' ? `here's ${word}` : 'to recap,';
        },
        (m) => (/already (?:told you|explained|said|mentioned)(?: (?:why|how))$/i.test(m.text) ? undefined : 'just to recap'),
      ],
      safe: true,
      examples: {
        fire: ['I already told you the refund is on its way.', 'As I said before, the refund takes 5 days.', 'Per my last email, the parcel left on 2 May.', 'As previously stated, we need the receipt.'],
        notFire: ['As I mentioned on the phone, you will get a full refund.', 'As you said, the parcel arrived damaged.'],
      },
    },
    {
      id: 'en.dismissive.just-wait',
      category: 'dismissive',
      pattern: "you(?:'ll| will)? (?:just )?(?:have|need) to (?:be patient|wait(?: like everyone else)?)",
      message: { en: '“You’ll have to wait” sounds careless; say how long and that you will keep them posted.' },
      suggestions: ["it should take about …, and I'll keep you posted"],
      examples: {
        fire: ["You'll just have to wait.", 'You will need to be patient.'],
        notFire: ["You won't have to wait long: it ships today.", 'Thanks for waiting.'],
      },
    },
    {
      id: 'en.dismissive.simply',
      category: 'dismissive',
      pattern: '(?:simply|obviously|clearly|just) (?<w>click|go|log|open|read|follow|enter|type|select|restart|reinstall|check|do)',
      exceptions: ['just (?:do|check) (?:it|that) for you', 'just check(?:ed)? (?:with|on)'],
      message: { en: '“Simply” or “obviously” can make the customer feel slow if it isn’t simple for them; leave it out.' },
      suggestions: ['$<w>'],
      safe: true,
      examples: {
        fire: ['Simply click Reset password.', 'Obviously go to Settings first.'],
        notFire: ['Click Reset password.', 'I will just check that for you.'],
      },
    },
    {
      id: 'en.dismissive.never-happened',
      category: 'dismissive',
      pattern: [
        "(?:we've|we have|I've|I have) never (?:had|seen|heard of) (?:this|that|such a) (?:problem|issue|complaint)(?: before)?",
        '(?:no one|nobody) else (?:has )?(?:complained|had this problem|reported this)',
        "(?:it|this) (?:works|is working) (?:fine|perfectly) (?:for everyone|on our end|on our side)",
      ],
      message: { en: 'Saying nobody else has the problem doubts the customer; take their report seriously.' },
      suggestions: ["I'm sorry you've run into this, and I'll look into it"],
      examples: {
        fire: ["We've never had this problem before.", 'Nobody else has complained.', 'It works fine on our end.'],
        notFire: ['We have seen this once before and know how to fix it.'],
      },
    },
    {
      id: 'en.dismissive.not-how-it-works',
      category: 'dismissive',
      pattern: "(?:that's|that is|this is) not how (?:it|this|that) works",
      message: { en: '“That’s not how it works” corrects instead of helping; explain how it does work.' },
      suggestions: ["here's how it works: …"],
      examples: { fire: ["That's not how it works."], notFire: ["Here's how it works: you pick a date and we confirm it."] },
    },
    // ── jargon ──────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'en.jargon.support-terms',
      category: 'jargon',
      pattern: [
        'escalat(?:e|ed|ing|es|ion)',
        '(?:tier|level)[ -][23]',
        'l2(?: support)?',
        'level 2 support',
        'known issue',
        '(?:root cause analysis|rca)',
        'repro(?:duce)?',
        'sla',
        'qa',
      ],
      exceptions: ['escalator'],
      message: { en: 'Support-team words may mean nothing to the customer; use a plain alternative.' },
      suggestions: [plainWord],
      safe: true,
      examples: {
        fire: ["I'll escalate this to our tier 2 team.", 'This is a known issue.', 'I can repro the bug now.'],
        notFire: ["I'll pass this on to our specialist team.", 'Take the escalator to the second floor.'],
      },
    },
    {
      id: 'en.jargon.tech-terms',
      category: 'jargon',
      pattern: [
        'workarounds?', 'hotfix', 'credentials', '2fa', 'mfa', 'sso', 'server[ -]side', 'client[ -]side', 'hard refresh', 'deploy(?:ed)?',
        '(?:browser )?cache', '(?:the|our) back[ -]?end', 'end users?', 'provision(?:ed|ing)', 'propagat(?:e|ion)',
        'a regression', 'api (?:token|key)', 'port(?:ed|ing)?(?= (?:your|the|my) (?:number|phone number|mobile number))',
      ],
      exceptions: ['cache of'],
      message: { en: 'Technical words may confuse the customer; use a plain alternative.' },
      suggestions: [plainWord],
      safe: true,
      examples: {
        fire: ['Please clear your browser cache.', 'We deployed a hotfix last night.', 'Please re-enter your credentials.'],
        notFire: ['Please reload the page.', 'We released a quick fix last night.'],
      },
    },
    {
      id: 'en.jargon.commerce-terms',
      category: 'jargon',
      pattern: ['skus?', 'rma', 'eta', 'asap', 'chargebacks?', 'back-?ordered', 'on backorder', 'pre-authori[sz]ation', 'authori[sz]ation hold', 'fulfil?l?ment cent(?:er|re)'],
      message: { en: 'Trade abbreviations may mean nothing to the customer; spell it out.' },
      suggestions: [(m) => plainWord(m) ?? JARGON_PLAIN[m.text.toLowerCase().replace(/-/g, '')]],
      safe: true,
      examples: {
        fire: ['Please send the RMA number with the parcel.', 'The ETA is 4 June.', 'The jacket is backordered.'],
        notFire: ['The parcel should arrive on 4 June.', 'The jacket is on order from our supplier.'],
      },
    },
    // ── robotic ─────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'en.robotic.inconvenience',
      category: 'robotic',
      pattern: [
        '(?:we|I) (?:sincerely )?(?:apologi[sz]e|are sorry|am sorry) for any (?:inconvenience|trouble)(?: (?:this|that) (?:may have |might have |has )?(?:caused|causes)(?: you)?)?',
        '(?:we|I) (?:sincerely )?apologi[sz]e for the inconvenience(?: caused)?',
        '(?:sorry|apologies) for (?:any|the) inconvenience(?: caused)?',
      ],
      message: { en: '“Any inconvenience” is a stock phrase; name what went wrong in your own words.' },
      suggestions: ["I'm sorry for the trouble this has caused", "I'm sorry about …"],
      safe: true,
      examples: {
        fire: ['We apologize for any inconvenience this may have caused.', 'Sorry for the inconvenience.'],
        notFire: ["I'm sorry the parcel arrived late."],
      },
    },
    {
      id: 'en.robotic.stock-phrases',
      category: 'robotic',
      pattern: [
        '(?:please be advised|please be informed|kindly be advised|kindly note)(?: that)?',
        '(?:we|I) regret to inform you(?: that)?',
        '(?:as )?per your (?:request|inquiry|enquiry)',
        'at your earliest convenience',
        'we are in receipt of',
        '(?:please find attached|attached please find)',
        'I hope this (?:e-?mail|message) finds you well',
        'we will revert(?: back)?(?: to you)?',
        '(?:should|in case) you (?:have|require) any (?:further )?(?:questions|queries|assistance)',
        'your (?:call|satisfaction|business) is (?:very )?important to us',
        'your satisfaction is our (?:top )?priority',
        'we value your (?:business|custom|feedback)',
        'dear (?:valued )?customer',
        'the aforementioned',
        '(?:please )?do the needful',
        '(?:we|I) (?:appreciate|thank you for) your (?:patience and understanding|understanding|patience and cooperation)',
        'thank you for your (?:kind )?understanding',
        'your (?:feedback|opinion|input) is (?:very )?(?:valuable|important) to us',
        'we (?:always )?strive to (?:provide|deliver|offer) (?:the best|excellent)(?: possible)? (?:service|experience|support)',
        'kindly revert',
      ],
      message: { en: 'This stock phrase sounds scripted; say it the way you would say it in person.' },
      suggestions: [
        (m) => {
          const t = m.text.toLowerCase();
          if (/advised|informed|kindly note/.test(t)) return 'just so you know,';
          if (/regret to inform/.test(t)) return "I'm sorry to say that";
          if (/per your/.test(t)) return 'as you asked';
          if (/earliest convenience/.test(t)) return 'when you have a moment';
          if (/in receipt of/.test(t)) return "we've received";
          if (/attached/.test(t)) return "I've attached";
          if (/finds you well/.test(t)) return "I hope you're well";
          if (/kindly revert/.test(t)) return 'please reply';
          if (/understanding|cooperation/.test(t)) return 'thanks for bearing with us';
          if (/valuable|important to us/.test(t)) return 'thank you for telling us';
          if (/strive/.test(t)) return 'we want to get this right for you';
          if (/revert/.test(t)) return "we'll get back to you";
          if (/should|in case/.test(t)) return 'if you have any other questions';
          if (/important to us|priority/.test(t)) return 'we want to get this right for you';
          if (/we value/.test(t)) return 'thank you for telling us';
          if (/dear/.test(t)) return 'Hi …';
          if (/aforementioned/.test(t)) return 'this';
          if (/needful/.test(t)) return 'please …';
          return undefined;
        },
      ],
      safe: true,
      examples: {
        fire: ['Please be advised that the store closes at 6 pm.', 'Please find attached the invoice.', 'We will revert back to you shortly.', 'Dear valued customer,'],
        notFire: ['Just so you know, the store closes at 6 pm.', "I've attached the invoice.", 'Dear Anna,'],
      },
    },
    {
      id: 'en.robotic.anything-else',
      category: 'robotic',
      pattern: 'is there anything else (?:I|we) can (?:help|assist) you with(?: today)?\\??',
      message: { en: 'The closing question from a script sounds automatic; invite them to write back in your own words.' },
      suggestions: ['Let me know if anything else comes up.'],
      safe: true,
      examples: { fire: ['Is there anything else I can help you with today?'], notFire: ['Let me know if anything else comes up.'] },
    },
    {
      id: 'en.robotic.taken-seriously',
      category: 'robotic',
      pattern: ['we take (?:this|these|your) (?:matter|matters|concerns?|complaints?|feedback)? ?(?:very )?seriously', 'rest assured(?: that)?'],
      message: { en: 'Assurances from a script don’t reassure; say what you are doing about it.' },
      suggestions: [(m) => (/rest assured/i.test(m.text) ? 'I can promise' : "here's what we're doing about it: …")],
      examples: {
        fire: ['We take this matter very seriously.', 'Rest assured that your data is safe.'],
        notFire: ["Here's what we're doing about it: we have replaced the courier."],
      },
    },
    // ── clarity ─────────────────────────────────────────────────────────────────────────────────────────────────
    {
      id: 'en.clarity.passive-hides-actor',
      category: 'clarity',
      pattern: [
        '(?<subj>(?:your|the|this) (?:order|account|request|refund|payment|ticket|subscription|booking|claim|return|parcel|package|card|application|reservation|item|case|access|email|message|complaint|invoice|listing|post|profile|review|transfer|sim|sim card|number|phone number|line|device|policy|plan|membership|domain|website|store|licen[cs]e)) (?<aux>has been|have been|was|were|will be|is being|are being) (?<pp>cancell?ed|closed|rejected|declined|denied|suspended|removed|deleted|blocked|disabled|terminated|charged|delayed|flagged|locked|put on hold|reviewed|escalated|withheld|reversed|voided|deactivated|disconnected|downgraded|restricted|frozen|revoked|banned)(?! by)',
        '(?<subj>mistakes) (?<aux>were|have been) (?<pp>made)(?! by)',
      ],
      message: { en: 'The passive voice hides who did it; say who acts (usually “we”).' },
      suggestions: [activeVoice],
      examples: {
        fire: ['Your account has been suspended.', 'Your order was cancelled on 4 May.', 'Mistakes were made.'],
        notFire: ['Your order was cancelled by the courier.', 'We cancelled your order on 4 May.', 'Your order has been shipped.'],
      },
    },
  ],
};
