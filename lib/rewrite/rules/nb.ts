import type { Rule, RuleMatch, RuleSet } from '../types';

/**
 * Norwegian Bokmål draft-check rules (format: lib/rewrite/types.ts; policy and judgement calls: docs/rewrite.md).
 *
 * Bokmål puts the finite verb second ("Dessverre kan vi ikke …"), so a rewrite that drops a fronted word must move the
 * subject back in front of the verb; the patterns capture verb and subject for that. A negation inside a verb phrase
 * ("kan dessverre ikke") is one finding: the phrase's rule takes the "dessverre" with it.
 */

/** Adverbs that sit between a modal and "ikke" ("kan dessverre ikke", "kan vi altså ikke"). */
const ADV = String.raw`(?:(?:dessverre|desverre|beklageligvis|altså|da|nok|heller|lenger|egentlig|likevel|fortsatt|ennå|nå|så) )*`;
const SORRY = /(?:dessverre|desverre|beklageligvis)\s+/giu;
const HAS_SORRY = /dessverre|desverre|beklageligvis/iu;
const SORRY_WORD = '(?:dessverre|desverre|beklageligvis)';

/** The span without "dessverre"/"beklageligvis" (the word that adds nothing but bad news). */
function withoutSorry(text: string): string {
  return text.replace(SORRY, '');
}

function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase();
}

/**
 * The personal subject right before the span ("Vi kan ikke" → "Vi"). Patterns start at the verb and read the subject
 * here, because a pattern that starts with a literal verb is scanned much faster than one with an optional subject.
 */
function subjectBefore(match: RuleMatch): string | undefined {
  return /(?:^|[^\p{L}])(vi|jeg|du|dere)\s+$/iu.exec(match.before)?.[1];
}

/** "Vi kan ikke" → "Vi kan …, men vi kan ikke": the alternative first, the limit after it (adverbs kept, "dessverre" dropped). */
function alternativeFirst(match: RuleMatch): string | undefined {
  const modal = lower(match.named.m);
  if (!modal) return undefined;
  const inverted = match.named.s2;
  const subject = inverted ?? subjectBefore(match);
  // The sentence already offers the alternative ("…, men vi sender deg en ny"): soften the limit instead.
  if (/,\s*men\s/iu.test(match.after)) {
    if ((modal !== 'kan' && modal !== 'kunne') || !subject || !/^\s+[\p{L}]+e(?=[\s.,!?]|$)/u.test(match.after)) return undefined;
    return inverted ? `har ${lower(inverted)} ikke mulighet til å` : 'har ikke mulighet til å';
  }
  const adverbs = withoutSorry(match.named.adv ?? '');
  if (inverted) return `${modal} ${inverted} …, men ${lower(inverted)} ${modal} ${adverbs}ikke`;
  if (subject) return `${modal} …, men ${lower(subject)} ${modal} ${adverbs}ikke`;
  return `${modal} …, men ${modal} ${adverbs}ikke`;
}

// Participle → [present, past] for the passive rewrite ("blir behandlet" → "vi behandler").
const PARTICIPLES: Record<string, [string, string]> = {
  behandlet: ['behandler', 'behandlet'],
  vurdert: ['vurderer', 'vurderte'],
  sjekket: ['sjekker', 'sjekket'],
  undersøkt: ['undersøker', 'undersøkte'],
  sendt: ['sender', 'sendte'],
  returnert: ['returnerer', 'returnerte'],
  besvart: ['svarer på', 'svarte på'],
  rettet: ['retter', 'rettet'],
  'fulgt opp': ['følger opp', 'fulgte opp'],
  registrert: ['registrerer', 'registrerte'],
  avvist: ['avviser', 'avviste'],
  godkjent: ['godkjenner', 'godkjente'],
  utbetalt: ['betaler ut', 'betalte ut'],
  refundert: ['refunderer', 'refunderte'],
  kreditert: ['krediterer', 'krediterte'],
  fakturert: ['fakturerer', 'fakturerte'],
  oppdatert: ['oppdaterer', 'oppdaterte'],
  løst: ['løser', 'løste'],
  videresendt: ['videresender', 'videresendte'],
  gjennomgått: ['går gjennom', 'gikk gjennom'],
  kontrollert: ['kontrollerer', 'kontrollerte'],
  sperret: ['sperrer', 'sperret'],
  stengt: ['stenger', 'stengte'],
  slettet: ['sletter', 'slettet'],
  blokkert: ['blokkerer', 'blokkerte'],
  suspendert: ['suspenderer', 'suspenderte'],
  avsluttet: ['avslutter', 'avsluttet'],
  håndtert: ['håndterer', 'håndterte'],
  kansellert: ['kansellerer', 'kansellerte'],
};
const PARTICIPLE = Object.keys(PARTICIPLES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const THING =
  '(?:saken|søknaden|henvendelsen|bestillingen|ordren|refusjonen|pakken|reklamasjonen|klagen|feilen|returen|betalingen|fakturaen|beløpet|varen|kravet|forespørselen|kontoen|endringen|kreditten|byttet)(?: din| deres)?';

/**
 * "Saken din blir behandlet" → "Saken din behandler vi": the thing stays first (Bokmål allows the object there, verb
 * second), "vi" says who acts. Only when the thing opens the sentence; elsewhere the word order would need more.
 */
function activeVoice(match: RuleMatch): string | undefined {
  const participle = lower(match.named.p).replace(/\s+/g, ' ');
  const forms = PARTICIPLES[participle];
  if (!forms || !new RegExp(`^\\s*${THING}\\s+$`, 'iu').test(match.before)) return undefined;
  const aux = lower(match.named.a).replace(/\s+/g, ' ');
  const split = (verb: string): string => {
    // "følger opp" → "følger vi opp", "svarer på" → "svarer vi på".
    const [head, ...rest] = verb.split(' ');
    return `${head} vi${rest.length ? ` ${rest.join(' ')}` : ''}`;
  };
  if (aux === 'ble') return split(forms[1]);
  if (aux === 'har blitt' || aux === 'er blitt') return `har vi ${participle}`;
  return split(forms[0]);
}

// Participle → infinitive for "du burde ha lest" → "… å lese".
const INFINITIVES: Record<string, string> = {
  lest: 'lese',
  sett: 'se',
  ringt: 'ringe',
  sendt: 'sende',
  skrevet: 'skrive',
  gitt: 'gi',
  tatt: 'ta',
  lagt: 'legge',
  gjort: 'gjøre',
  fylt: 'fylle',
  meldt: 'melde',
  valgt: 'velge',
  spurt: 'spørre',
  fulgt: 'følge',
  betalt: 'betale',
  sagt: 'si',
  brukt: 'bruke',
  husket: 'huske',
  sjekket: 'sjekke',
  kontaktet: 'kontakte',
  trykket: 'trykke',
  lagret: 'lagre',
  svart: 'svare',
  bestilt: 'bestille',
};

function toInfinitive(participle: string): string | undefined {
  const word = participle.toLowerCase();
  if (INFINITIVES[word]) return INFINITIVES[word];
  if (word.endsWith('ert')) return `${word.slice(0, -1)}e`; // kontrollert → kontrollere
  if (word.endsWith('et') && word.length > 4) return `${word.slice(0, -2)}e`; // kontaktet → kontakte
  return undefined;
}

const JARGON_NB: Record<string, string> = {
  eskalert: 'videresendt',
  eskalere: 'videresende',
  eskaleres: 'videresendes',
  eskalerer: 'videresender',
  eskalerte: 'videresendte',
  eskalering: 'videresending',
  eskaleringen: 'videresendingen',
  andrelinje: 'spesialistene våre',
  andrelinjen: 'spesialistene våre',
  andrelinjesupport: 'spesialistene våre',
  førstelinje: 'kundeservice',
  førstelinjen: 'kundeservice',
  hurtigbuffer: 'lagrede sider',
  hurtigbufferen: 'de lagrede sidene',
  cache: 'lagrede sider',
  cachen: 'de lagrede sidene',
  ticket: 'sak',
  ticketen: 'saken',
  tickets: 'saker',
  tiketten: 'saken',
  hotfix: 'rask rettelse',
  hotfixen: 'den raske rettelsen',
  propagere: 'slå gjennom',
  propageres: 'slå gjennom',
  timeout: 'tidsavbrudd',
  'en timeout': 'et tidsavbrudd',
  timeouten: 'tidsavbruddet',
  bug: 'feil',
  bugen: 'feilen',
  buggen: 'feilen',
  workaround: 'midlertidig løsning',
  workarounden: 'den midlertidige løsningen',
  deployet: 'lagt ut',
  firmware: 'programvare',
  backlog: 'kø',
  faq: 'ofte stilte spørsmål',
  'faq-en': 'spørsmål og svar-siden',
  backloggen: 'køen',
  backlogen: 'køen',
  cookies: 'informasjonskapsler',
  l1: 'kundeservice',
  l2: 'spesialistene våre',
  l3: 'utviklerne våre',
  // With the preposition, so the rewrite does not start with a capital because "L2" does.
  'til l2': 'til spesialistene våre',
  'hos l2': 'hos spesialistene våre',
  'fra l2': 'fra spesialistene våre',
  'i l2': 'hos spesialistene våre',
  'på l2': 'hos spesialistene våre',
  'til l3': 'til utviklerne våre',
  'til l1': 'til kundeservice',
  'cleare cookies': 'tømme informasjonskapslene',
  'cleart cookies': 'tømt informasjonskapslene',
  'cleare cachen': 'tømme de lagrede sidene',
  'cleare cache': 'tømme de lagrede sidene',
  'cleare nettleseren': 'tømme nettleseren',
  firmwaren: 'programvaren',
  resette: 'tilbakestille',
  resett: 'tilbakestill',
  resetten: 'tilbakestillingen',
  deploye: 'legge ut',
};

function plainWord(match: RuleMatch): string | undefined {
  return JARGON_NB[match.text.toLowerCase().replace(/\s+/g, ' ')];
}

/** "ERP-systemet" → "ordresystemet", "backend-teamet" → "teknikerne våre", "RMA-nummer" → "returnummer". */
const COMPOUNDS: Record<string, (rest: string) => string | undefined> = {
  erp: (rest) => (rest ? `ordre${rest}` : 'ordresystemet'),
  backend: (rest) => (/^team/.test(rest) ? 'teknikerne våre' : rest ? `teknikk${rest}` : 'systemene våre'),
  rma: (rest) => (rest ? `retur${rest}` : 'retur'),
  api: (rest) => (rest === 'et' || rest === 'en' ? 'tjenesten' : rest ? `tjeneste${rest}` : 'tjenesten'),
  sla: (rest) => (rest ? 'den lovede svartiden' : 'lovet svartid'),
  dns: (rest) => (rest ? `domene${rest}` : 'domeneinnstillingene'),
};

function plainCompound(match: RuleMatch): string | undefined {
  const head = lower(match.named.h);
  const rest = lower(match.named.r);
  return COMPOUNDS[head]?.(rest);
}

const rules: Rule[] = [
  // ——— negative ———
  {
    id: 'nb.negative.cannot',
    category: 'negative',
    pattern: String.raw`(?<m>kan|klarer|klarte|kunne) (?:(?<s2>vi|jeg|du|dere) )?(?<adv>${ADV})ikke`,
    exceptions: [
      String.raw`kan ikke bli (?:enklere|bedre|lettere|raskere)`,
      String.raw`kan ikke få (?:takket|sagt)`,
      String.raw`kan ikke (?:takke|rose) (?:deg|dere) nok`,
      String.raw`kan ikke vente (?:med å|til)`,
      String.raw`kan ikke (?:gå (?:galt|feil)|tape på|angre på)`,
      String.raw`ikke nøl`,
      String.raw`det er ikke noe (?:jeg|vi) kan gjøre`,
      String.raw`kan (?:jeg|vi) ikke gjøre noe med`,
      String.raw`kunne ikke (?:ha )?(?:valgt|funnet) (?:bedre|en bedre)`,
      // "kunne ikke leveres": a report that something failed, not a refusal to the customer.
      String.raw`kunne ikke [\p{L}]+es`,
      // Good news after a check: "Jeg kan ikke se noe galt med kontoen din".
      String.raw`kan ikke (?:se|finne) (?:noe|noen) (?:galt|feil|problem\p{L}*|avvik)`,
      // A question is a request ("Kan du ikke sende et bilde?"), not a refusal.
      String.raw`kan (?:du|dere) ikke [^.!?\n]*\?`,
    ],
    message: {
      en: 'Saying only what you cannot do is a dead end; lead with what you can do instead.',
      nb: 'Å bare si hva du ikke kan gjøre, stenger døren; begynn med det du kan gjøre i stedet.',
    },
    suggestions: [alternativeFirst, (m) => (HAS_SORRY.test(m.text) ? withoutSorry(m.text) : undefined)],
    examples: {
      fire: ['Vi kan ikke bytte varer som er brukt.', 'Derfor kan vi dessverre ikke refundere beløpet.', 'Jeg klarer ikke å finne ordren din.', 'Varen kan ikke returneres etter 30 dager.'],
      notFire: ['Det kan ikke bli enklere: skann QR-koden.', 'Jeg kan ikke få takket deg nok!', 'Pakken kunne ikke leveres fordi ingen var hjemme.', 'Vi kan sende en ny vare i morgen.', 'Ikke nøl med å ta kontakt.'],
    },
  },
  {
    id: 'nb.negative.dont-know',
    category: 'negative',
    pattern: String.raw`(?:jeg|vi) vet (?:dessverre )?ikke`,
    // "Vi vet ennå ikke datoen, men jeg gir deg beskjed": uncertainty that already promises a follow-up.
    exceptions: [String.raw`vet {gap:2} ikke [^.!?\n]*,? men`, String.raw`vet ikke (?:helt )?hvordan (?:jeg|vi) skal takke`],
    message: {
      en: '“I don’t know” leaves the customer with nothing; say that you will find out.',
      nb: '«Jeg vet ikke» gir kunden ingenting; si at du finner ut av det.',
    },
    suggestions: [(m) => (/^vi/iu.test(m.text) ? 'vi finner ut' : 'jeg finner ut')],
    examples: {
      fire: ['Jeg vet ikke når pakken kommer.', 'Vi vet dessverre ikke hvorfor det skjedde.'],
      notFire: ['Vi vet ennå ikke eksakt dato, men jeg gir deg beskjed.', 'Jeg vet at dette er frustrerende.'],
    },
  },
  {
    id: 'nb.negative.dessverre',
    category: 'negative',
    pattern: [
      // Fronted, verb second: "Dessverre er varen utsolgt" → "Varen er utsolgt".
      String.raw`(?:dessverre|desverre|beklageligvis)(?<![\p{L}],?[^\S\n]{1,3}${SORRY_WORD}) (?<v>er|har|kan|må|blir|ble|var|vil|skal|får|gikk|kom|fikk|hadde|klarer|rekker) (?<s>vi|jeg|det|dette|du|dere|han|hun|de|[\p{L}]{2,}(?:en|et|a|ene|ne))(?= )`,
      // Fronted with a comma, no inversion: "Dessverre, den størrelsen er utsolgt".
      String.raw`(?:dessverre|desverre|beklageligvis)(?<![\p{L}],?[^\S\n]{1,3}${SORRY_WORD}), (?<n>[\p{L}]+)`,
      // Inside the sentence: "Varen er dessverre utsolgt" → "Varen er utsolgt" (the span takes the next word).
      String.raw`(?:dessverre|desverre|beklageligvis)(?<=[\p{L}],?[^\S\n]{1,3}${SORRY_WORD}),? (?<w>[\p{L}]+)`,
    ],
    exceptions: [String.raw`(?:leit|trist|synd) (?:å høre )?at {gap:6} (?:dessverre|desverre)`],
    message: {
      en: '“Dessverre” (unfortunately) announces bad news before the customer reads it; say what happens next instead.',
      nb: '«Dessverre» varsler dårlige nyheter før kunden har lest dem; si heller hva som skjer videre.',
    },
    suggestions: [(m) => (m.named.v && m.named.s ? `${m.named.s} ${lower(m.named.v)}` : undefined), (m) => m.named.n, (m) => m.named.w],
    safe: true,
    examples: {
      fire: ['Dessverre er varen utsolgt akkurat nå.', 'Varen er dessverre utsolgt.', 'Dessverre, den størrelsen er utsolgt.', 'Beklageligvis er tilbudet utløpt.'],
      notFire: ['Varen er utsolgt, men kommer inn igjen fredag.', 'Så leit å høre at pakken dessverre kom skadet fram.'],
    },
  },
  {
    // Where the word order gives no safe way to drop it ("Dessverre er den størrelsen utsolgt"), a neutral opener.
    id: 'nb.negative.dessverre-other',
    category: 'negative',
    pattern: String.raw`dessverre|desverre|beklageligvis`,
    exceptions: [String.raw`(?:leit|trist|synd) (?:å høre )?at {gap:6} (?:dessverre|desverre)`],
    message: {
      en: '“Dessverre” (unfortunately) announces bad news before the customer reads it; say what happens next instead.',
      nb: '«Dessverre» varsler dårlige nyheter før kunden har lest dem; si heller hva som skjer videre.',
    },
    suggestions: [(m) => (/^\s*ikke\b/u.test(m.after) ? undefined : 'I dette tilfellet')],
    examples: {
      fire: ['Dessverre er den størrelsen utsolgt.'],
      notFire: ['Den størrelsen er utsolgt, men M kommer fredag.'],
    },
  },
  {
    id: 'nb.negative.not-possible',
    category: 'negative',
    pattern: [
      // Whole clause, so the rewrite can keep what was asked for: "Det er ikke mulig å endre adressen".
      String.raw`det (?:(?:er|var) ${ADV}(?:ikke mulig|umulig)|lar seg ${ADV}ikke gjøre|går ${ADV}ikke(?: an)?) (?:for (?:oss|meg|deg) )?å (?<rest>(?:[^.!?;:\n,]|\.(?=\S)|\.(?= \d))+)`,
      String.raw`(?:er|var|blir) ${ADV}(?:ikke mulig|umulig)`,
      String.raw`ikke mulig`,
      String.raw`umulig{tail}`,
      String.raw`lar seg ${ADV}ikke (?:gjøre|ordne|løse)`,
      String.raw`går ${ADV}ikke(?: an)?(?= å| (?:for|med)|[.!,;]|$)`,
      String.raw`(?:har|hadde) ${ADV}ikke (?:mulighet|anledning|lov|kapasitet|tilgang|oversikt|myndighet|fullmakt|innsyn)(?: til| over)?`,
      String.raw`ikke (?:refunderbar|returnerbar|byttbar|tillatt)\p{L}*`,
      // To the end of the clause, so the alternative can follow it ("…, men det vi kan gjøre, er …").
      String.raw`(?:er|var) ${ADV}ikke (?:lov|tillatt)`,
      String.raw`(?:ikke noe|ingenting) (?:vi|jeg) kan (?:kompensere for|refundere|erstatte)`,
      String.raw`(?:for|altfor) (?:høyt|høy|stort|stor|lavt|sent|tidlig|mange|mye|gammel|gammelt) til at (?:vi|jeg) kan [\p{L}]+(?: det| den| dem)?`,
      String.raw`(?:dekkes|refunderes|erstattes|godkjennes|byttes|returneres|kompenseres) ${ADV}ikke(?: [^.!?;:\n,]+)?`,
      String.raw`(?:må|er nødt til å|ser oss nødt til å) ${ADV}(?:avvise|avslå|nekte|si nei til)(?: [^.!?;:\n,]+)?`,
      String.raw`(?:du|dere) får ${ADV}ikke (?:refusjon|erstatning|pengene tilbake|rabatt|kompensasjon)(?: [^.!?;:\n,]+)?`,
      String.raw`(?:har|hadde) ${ADV}ingen (?:mulighet|anledning|oversikt|myndighet|fullmakt|tilgang)(?: til| over)?`,
      String.raw`får ${ADV}ikke til`,
      // "Vi sender ikke til utlandet": a refusal verb with "vi"/"jeg" before it.
      String.raw`(?<v2>sender|refunderer|leverer|dekker|tilbyr|godtar|aksepterer|bytter|reparerer|erstatter|garanterer)(?<=(?:vi|jeg)\s+[\p{L}]+) ${ADV}ikke`,
      String.raw`får ${ADV}ikke lov(?: til)?`,
      String.raw`(?:er|var) ${ADV}ikke i stand til`,
      String.raw`(?<v>tilbyr|gir|tar|godtar|aksepterer|dekker)(?<=(?:vi|jeg)\s+(?:tilbyr|gir|tar|godtar|aksepterer|dekker)) ${ADV}ikke(?= (?:hjemlevering|rabatt|refusjon|retur|reparasjon|erstatning|levering|frakt|bytte))`,
      String.raw`gjør ${ADV}ikke unntak`,
    ],
    exceptions: [
      String.raw`ikke umulig`,
      String.raw`ikke noe problem`,
      String.raw`går ikke (?:an å|ann å) (?:få|finne) (?:bedre|billigere)`,
      // Reassurance: "vi sender ikke flere purringer", "vi garanterer ikke bare …, men …".
      String.raw`sender ikke (?:flere|noen|mer) {gap:1} (?:purring|påminnels|e-post|reklame|faktura)\p{L}*`,
    ],
    message: {
      en: 'This tells the customer what is impossible; offer the alternative first and the limit after it.',
      nb: 'Dette forteller kunden hva som er umulig; gi alternativet først og begrensningen etterpå.',
    },
    suggestions: [
      (m) => (m.named.rest ? `Det vi kan gjøre i stedet for å ${m.named.rest}, er …` : undefined),
      (m) => (!m.named.rest && /^\s*(?:[.!,;]|$)/.test(m.after) ? `${withoutSorry(m.text)}, men det vi kan gjøre, er …` : undefined),
      (m) => (m.named.v ? `${m.named.v} …, men ikke` : undefined),
      (m) => (m.named.v2 ? `${m.named.v2} …, men ${lower(subjectBefore(m) ?? 'vi')} ${lower(m.named.v2)} ikke` : undefined),
      (m) => {
        // "Vi har ikke anledning til" → "Vi kan …, men vi har ikke anledning til".
        const subject = subjectBefore(m);
        if (!subject || m.named.v || !/(?:mulighet|anledning|lov|i stand til)(?: til)?$/iu.test(m.text)) return undefined;
        return `kan …, men ${lower(subject)} ${withoutSorry(m.text)}`;
      },
      (m) => (HAS_SORRY.test(m.text) ? withoutSorry(m.text) : undefined),
    ],
    examples: {
      fire: [
        'Det er ikke mulig å endre leveringsadressen.',
        'Det er umulig å få levert på lørdag.',
        'Det lar seg ikke gjøre å endre betalingsmåten.',
        'Vi har dessverre ikke mulighet til å ringe deg.',
        'Det går ikke an å bytte en brukt vare.',
        'Vi er ikke i stand til å reparere denne modellen.',
        'Vi tilbyr ikke hjemlevering i ditt område.',
        'Vi sender ikke til utlandet.',
        'Billetten er ikke refunderbar.',
        'Dette dekkes ikke av forsikringen.',
        'Vi er nødt til å avvise reklamasjonen.',
      ],
      notFire: ['Vi sender ikke flere purringer.', 'Det er mulig å endre adressen fram til pakken er sendt.', 'Det er ikke noe problem å endre datoen.', 'Det går fint å bytte i butikken.', 'Vi gir deg 20 % rabatt.'],
    },
  },
  // ——— blame ———
  {
    id: 'nb.blame.should-have',
    category: 'blame',
    pattern: String.raw`(?:du|dere) (?:burde|skulle|måtte) (?:egentlig |jo )?ha(?: (?<p>[\p{L}]+))?`,
    // "Du burde ha mottatt en e-post" is about what we owed the customer, not what they did wrong.
    exceptions: [String.raw`(?:burde|skulle|måtte) (?:egentlig |jo )?ha (?:fått|mottatt|kommet|hørt|sett en e-post|blitt)`],
    message: {
      en: '“You should have” blames the customer for the past; say what helps from now on.',
      nb: '«Du burde ha» legger skylden på kunden; si heller hva som hjelper fra nå av.',
    },
    suggestions: [(m) => {
      const infinitive = m.named.p ? toInfinitive(m.named.p) : undefined;
      return infinitive ? `En annen gang er det lurt å ${infinitive}` : undefined;
    }],
    examples: {
      fire: ['Du burde ha sjekket størrelsestabellen.', 'Du skulle ha ringt oss med en gang.', 'Dere burde ha lest bruksanvisningen.'],
      notFire: ['Du skulle ha fått en e-post i går; jeg sender den på nytt.', 'Du skulle egentlig ha fått pakken i går.', 'Pakken burde ha kommet i går, så jeg sjekker med Posten.'],
    },
  },
  {
    id: 'nb.blame.you-forgot',
    category: 'blame',
    pattern: [
      String.raw`(?:du|dere) (?:har|må ha|har nok|har visst) (?:glemt|unnlatt) å`,
      String.raw`(?:du|dere) (?:har|må ha) (?:glemt|oversett|misforstått)`,
      String.raw`(?:du|dere) (?:misforstår|misforsto)`,
    ],
    message: {
      en: 'Telling customers what they forgot or misunderstood sounds like blame; ask for what you need.',
      nb: 'Å fortelle kunden hva de har glemt eller misforstått, høres ut som skyld; be heller om det du trenger.',
    },
    suggestions: [(m) => (/ å$/.test(m.text) ? 'Vil du være så snill å' : undefined), (m) => (/misforstått/i.test(m.text) ? 'La meg forklare' : undefined)],
    examples: {
      fire: ['Du har glemt å legge ved kvitteringen.', 'Du må ha glemt å trykke på knappen.', 'Du har misforstått tilbudet.'],
      notFire: ['Har du glemt passordet, kan du lage et nytt her.', 'Jeg har glemt å legge ved kvitteringen, beklager!'],
    },
  },
  {
    id: 'nb.blame.wrong-input',
    category: 'blame',
    pattern: [
      String.raw`(?:du|dere) (?:(?:trykket|trykte|klikket|klikka)(?: nok| vel| visst| jo)?) på feil`,
      String.raw`(?:du|dere) (?:(?:har|hadde) )?(?:(?:selv|jo|nok) )*(?:fylt ut|fylte ut|oppgitt|oppga|skrevet|skrev|tastet(?: inn)?|valgt|valgte|brukt|brukte|sendt|sendte) (?:(?:jo|selv|faktisk|nok) )*feil`,
    ],
    message: {
      en: 'Pointing at what the customer did wrong puts them on the defensive; describe what needs fixing.',
      nb: 'Å peke på hva kunden gjorde feil, setter dem i forsvar; beskriv heller hva som må rettes.',
    },
    suggestions: [(m) => (/trykk|klikk/iu.test(m.text) ? 'det ble trykket på feil' : 'det er registrert feil')],
    examples: {
      fire: ['Du har fylt ut feil kontonummer.', 'Du har oppgitt feil e-postadresse.', 'Du valgte feil størrelse.'],
      notFire: ['Jeg har rettet opp feil adresse på ordren.', 'Du har valgt riktig størrelse.'],
    },
  },
  {
    id: 'nb.blame.did-not-read',
    category: 'blame',
    pattern: [
      String.raw`(?:du|dere) har (?:(?:åpenbart|tydeligvis|visst|nok|vel|ikke engang) )?${ADV}ikke (?:lest|fulgt|sjekket|fylt ut|lagt ved|svart på)(?: [^.!?;\n]*)?`,
      String.raw`(?:du|dere) (?:leste|fulgte|sjekket|så) (?:(?:nok|visst|vel|åpenbart|tydeligvis) )?ikke(?: [^.!?;\n]*)?`,
      String.raw`hvis (?:du|dere) hadde (?:lest|fulgt|sjekket|sett på)(?: [^.!?;\n]*)?`,
      String.raw`hadde (?:du|dere) (?:lest|sjekket|sett på|fulgt)(?: [^.!?;\n]*)?`,
      String.raw`(?:(?:du|dere) (?:må|bør|burde) )?lese? (?:[\p{L}-]+ ){1,2}(?:nøyere|grundigere|bedre|mer nøye|ordentlig)`,
    ],
    exceptions: [String.raw`har ikke (?:lest|sjekket) (?:den|det|dem) (?:ennå|enda)`],
    message: {
      en: 'Saying the customer did not read or follow something blames them; explain it again instead.',
      nb: 'Å si at kunden ikke har lest eller fulgt noe, legger skylden på dem; forklar det heller på nytt.',
    },
    suggestions: ['La meg forklare det på en annen måte: …', 'Her er det viktigste: …'],
    examples: {
      fire: ['Du har ikke lest e-posten min ordentlig.', 'Hvis du hadde lest bruksanvisningen, ville du visst det.', 'Du må lese informasjonen nøyere.'],
      notFire: ['Du har ikke gjort noe feil.', 'Les gjerne mer om dette på side 4.'],
    },
  },
  {
    id: 'nb.blame.your-fault',
    category: 'blame',
    pattern: [
      String.raw`det (?:er|var) (?:din|deres) (?:egen )?(?:feil|skyld)`,
      String.raw`det (?:er|var) (?:du|dere) som (?:[\p{L}]+ ){0,2}?(?:feil|glemte|misforsto|ikke)`,
      String.raw`det er (?:ditt|deres) (?:eget )?ansvar`,
      String.raw`(?:du|dere) (?:burde|skulle|bør) (?:jo |egentlig )?(?:vite|visst|forstå|skjønne|ha skjønt|ha forstått)`,
    ],
    message: {
      en: 'Assigning fault to the customer does not fix anything; say what happened and what you will do.',
      nb: 'Å gi kunden skylden løser ingenting; si hva som skjedde og hva du gjør nå.',
    },
    suggestions: [
      (m) => (/ som |ansvar|vite|visst|forstå|skjønn/iu.test(m.text) ? undefined : 'Det som skjedde, er'),
      (m) => (/ som /iu.test(m.text) ? 'Det som skjedde, er at det ble registrert feil' : undefined),
      (m) => (/ansvar/iu.test(m.text) ? 'Det hjelper oss mye om du husker' : undefined),
      (m) => (/vite|visst|forstå|skjønn/iu.test(m.text) ? 'Det er lurt å huske' : undefined),
    ],
    examples: {
      fire: ['Det er din feil at pakken ble sendt til feil adresse.', 'Det var deres egen skyld.', 'Det var du som bestilte feil størrelse.'],
      notFire: ['Det var vår feil, og det beklager jeg.', 'Det er ikke din feil.', 'Det var du som fant feilen, takk!'],
    },
  },
  {
    id: 'nb.blame.user-error',
    category: 'blame',
    pattern: [String.raw`brukerfeil{tail}`, String.raw`(?:du|dere) må (?:følge (?:bedre )?med på|sjekke|lese) (?:e-posten|innboksen|meldingene|SMS-ene|e-postene)(?: din| dine)?`],
    message: {
      en: 'Calling it user error, or telling the customer to watch their inbox, puts the fault on them; say what happened.',
      nb: '«Brukerfeil» eller «du må følge med på e-posten» legger skylden på kunden; si heller hva som skjedde.',
    },
    suggestions: [(m) => (/brukerfeil/iu.test(m.text) ? 'en feil som er lett å gjøre' : 'Hold gjerne et øye med e-posten din')],
    examples: { fire: ['Det er brukerfeil.', 'Du må følge med på e-posten din.'], notFire: ['Du må logge inn på nytt for at endringen skal vises.'] },
  },
  {
    id: 'nb.blame.clearly-stated',
    category: 'blame',
    pattern: String.raw`(?<a>som det|det) (?:står|kommer fram|framgår) (?:jo )?(?:tydelig|klart|helt klart|svart på hvitt)(?: fram)?`,
    message: {
      en: '“As it clearly says” implies the customer should have seen it; just give the information.',
      nb: '«Som det står tydelig» antyder at kunden burde ha sett det; gi bare informasjonen.',
    },
    suggestions: ['$<a> står'],
    safe: true,
    examples: {
      fire: ['Som det står tydelig på nettsiden, er fristen 30 dager.', 'Det står tydelig i ordrebekreftelsen hvilken dato varen kommer.'],
      notFire: ['Det står i ordrebekreftelsen hvilken dato varen kommer.'],
    },
  },
  // ——— dismissive ———
  {
    id: 'nb.dismissive.as-i-said',
    category: 'dismissive',
    pattern: [
      String.raw`som (?:jeg|vi) (?:allerede |tidligere |jo )?(?:sa|skrev|nevnte|forklarte|har (?:allerede |jo )?(?:sagt|skrevet|nevnt|forklart))(?: (?:i|på) (?:(?:min|mitt|vår|vårt) )?(?:forrige|tidligere|siste) (?:e-post|epost|melding|svar|mail)| (?:i går|i dag|nettopp|sist|ovenfor|over|tidligere i dag|i forrige uke))?`,
      String.raw`som (?:allerede |tidligere )?nevnt (?:i|på) (?:min|mitt|vår|vårt) (?:forrige|tidligere|siste) (?:e-post|epost|melding|svar|mail)`,
      String.raw`som (?:tidligere|allerede) nevnt|som nevnt tidligere|som sagt`,
      String.raw`(?:jf\.?|jfr\.?|viser til) (?:min|mitt|vår|vårt) (?:forrige|tidligere|siste) (?:e-post|epost|melding|svar|mail)`,
    ],
    message: {
      en: 'Pointing back to what you already said sounds impatient; simply repeat the answer.',
      nb: 'Å vise til det du allerede har sagt, høres utålmodig ut; gjenta bare svaret.',
    },
    suggestions: ['Kort fortalt'],
    safe: true,
    examples: {
      fire: ['Som jeg sa i forrige e-post, må du sende kvitteringen.', 'Som jeg allerede har skrevet, må du vente på banken.', 'Som nevnt i min forrige e-post er fristen 14 dager.'],
      notFire: ['Som avtalt sender jeg en ny pakke i dag.', 'Som du sa, var pakken skadet.'],
    },
  },
  {
    id: 'nb.dismissive.already-explained',
    category: 'dismissive',
    pattern: [
      String.raw`(?:jeg|vi) har (?:allerede|jo) (?:forklart|svart på|sagt) (?:dette|det)(?: [^.!?;\n]*)?`,
      String.raw`(?:jeg|vi) har (?:allerede|jo) (?:svart på|forklart) (?:dette|det|dette spørsmålet|spørsmålet)(?: [^.!?;\n]*)?`,
      String.raw`(?:dette|det) har (?:vi|jeg) (?:allerede |jo )?(?:gått gjennom|forklart|svart på|diskutert)(?: (?:før|tidligere|allerede))?`,
      String.raw`(?:vi|jeg) har (?:ikke noe|ingenting) (?:mer )?å tilføye(?: i saken)?`,
      String.raw`(?:tredje|fjerde|femte|flere|mange) gang(?:en)? (?:jeg|vi) (?:forklarer|skriver|sier|svarer på)(?: (?:dette|det))?`,
      String.raw`det står (?:jo )?i (?:FAQ(?:-en)?|ofte stilte spørsmål|brukerveiledningen|bruksanvisningen|hjelpesidene)(?: vår| våre)?(?=\s*(?:[.!]|$))`,
    ],
    message: {
      en: 'Reminding the customer that you explained it already sounds impatient; explain it another way.',
      nb: 'Å minne kunden på at du allerede har forklart det, høres utålmodig ut; forklar det på en annen måte.',
    },
    suggestions: ['La meg forklare det på en annen måte: …'],
    examples: {
      fire: ['Jeg har allerede forklart dette to ganger.', 'Vi har jo svart på dette.'],
      notFire: ['Jeg har forklart saken til lageret, og de sender varen i dag.'],
    },
  },
  {
    id: 'nb.dismissive.not-my-department',
    category: 'dismissive',
    pattern: [
      String.raw`(?:det|dette) er ikke (?:min|vår) (?:avdeling|jobb|oppgave|sak|bord)`,
      String.raw`(?:det|dette) er ikke (?:mitt|vårt) (?:ansvar|bord|område|problem)`,
      String.raw`(?:det|dette) har (?:ikke jeg|ikke vi|jeg ikke|vi ikke) noe med`,
      String.raw`(?:det|dette)(?: der)? (?:må|får) (?:du|dere) (?:nesten )?ta (?:opp )?med (?<who>[\p{L}]+)`,
    ],
    message: {
      en: '“Not my department” leaves the customer alone; say who will help and how to reach them.',
      nb: '«Ikke min avdeling» lar kunden stå alene; si hvem som hjelper og hvordan de når dem.',
    },
    suggestions: [
      (m) => (m.named.who ? `Det er ${lower(m.named.who)} som kan hjelpe deg best med dette, og jeg hjelper deg gjerne med å kontakte dem` : undefined),
      (m) => (m.named.who ? undefined : 'Det er kollegaene mine i … som kan hjelpe deg best med dette'),
    ],
    examples: {
      fire: ['Det er ikke min avdeling, så du må kontakte fakturaavdelingen.', 'Dette er ikke vårt ansvar.', 'Det er ikke min jobb.'],
      notFire: ['Det er ikke din feil.', 'Jeg sender saken til fakturaavdelingen, som svarer deg i dag.'],
    },
  },
  {
    id: 'nb.dismissive.policy',
    category: 'dismissive',
    pattern: [
      String.raw`(?:det|dette) er (?:våre|mine|firmaets|selskapets) (?:retningslinjer|regler|rutiner)`,
      String.raw`(?:det|dette) er (?:vår|firmaets|selskapets) (?:policy|regel|praksis)`,
      String.raw`(?:slik|sånn) er (?:reglene|rutinene|retningslinjene)(?: våre)?`,
      String.raw`det er (?:slik|sånn) reglene er`,
      String.raw`regler er regler`,
      String.raw`(?:sånn|slik) er det (?:bare|nå en gang)`,
      String.raw`det er (?:bare )?(?:sånn|slik) det er`,
      String.raw`det er ikke noe (?:vi|jeg) (?:gjør|tilbyr|driver med)`,
      String.raw`(?:det|avgjørelsen|beslutningen|vedtaket|svaret) er endelig`,
    ],
    message: {
      en: 'Hiding behind policy sounds cold; give the reason and what the customer can do.',
      nb: 'Å gjemme seg bak regler høres kaldt ut; gi grunnen og hva kunden kan gjøre.',
    },
    suggestions: ['Grunnen til dette er …'],
    examples: {
      fire: ['Det er våre retningslinjer.', 'Det er sånn reglene er.', 'Slik er rutinene våre.', 'Dette er vår policy.', 'Sånn er det bare.'],
      notFire: ['Retningslinjene våre gir deg 30 dagers åpent kjøp.'],
    },
  },
  {
    id: 'nb.dismissive.calm-down',
    category: 'dismissive',
    pattern: String.raw`(?:ro deg ned|ro dere ned|ta det (?:helt )?med ro|slapp av|ikke vær så (?:sint|sur|opprørt))`,
    exceptions: [String.raw`(?:ta det (?:helt )?med ro|slapp av) (?:i|på) (?:helgen|ferien|påsken|julen|sommer\p{L}*|hytta)`],
    message: {
      en: 'Telling an upset customer to calm down makes it worse; acknowledge how they feel.',
      nb: 'Å be en opprørt kunde roe seg ned gjør det verre; anerkjenn hvordan de har det.',
    },
    suggestions: ['Jeg forstår at dette er frustrerende'],
    examples: {
      fire: ['Ro deg ned, så skal vi se på det.', 'Ta det med ro, pakken kommer.', 'Slapp av, det ordner seg.'],
      notFire: ['Ingen stress, svar når det passer deg.', 'Jeg tar meg av det med en gang.'],
    },
  },
  {
    id: 'nb.dismissive.nothing-i-can-do',
    category: 'dismissive',
    pattern: [
      String.raw`det er (?:ikke noe|ingenting) (?:(?:jeg|vi) kan gjøre|(?:jeg|vi) får gjort|å gjøre)(?: med (?:det|dette|saken))?`,
      String.raw`det kan (?:jeg|vi) ikke gjøre noe med`,
      String.raw`det er (?:ikke noe|ingenting) (?:vi|jeg) har (?:mulighet|anledning) til å gjøre (?:noe )?med`,
      String.raw`(?:du|dere) må (?:nesten |dessverre )?bare (?:vente|vente og se|smøre (?:deg|dere) med tålmodighet|finne (?:deg|dere) i det)`,
    ],
    message: {
      en: '“Nothing I can do” closes the conversation; say what you can do, however small.',
      nb: '«Ingenting jeg kan gjøre» avslutter samtalen; si hva du kan gjøre, selv om det er lite.',
    },
    suggestions: [(m) => (/vente|tålmodighet/iu.test(m.text) ? 'Jeg følger med og gir deg beskjed så snart …' : 'Det jeg kan gjøre, er …')],
    examples: {
      fire: ['Det er ikke noe jeg kan gjøre med det.', 'Det er ingenting vi kan gjøre.', 'Det er ingenting å gjøre med det.'],
      notFire: ['Er det noe mer jeg kan gjøre for deg?'],
    },
  },
  // ——— jargon ———
  {
    id: 'nb.jargon.support-terms',
    category: 'jargon',
    pattern: String.raw`(?:eskaler(?:t|e|es|er|te|ing|ingen)|andrelinje(?:n|support)?|førstelinje(?:n)?|ticket(?:en|s)?|tiketten)`,
    message: {
      en: 'Support-desk terms mean little to customers; say what happens in plain words.',
      nb: 'Kundeservice-sjargong sier kunden lite; si hva som skjer med vanlige ord.',
    },
    suggestions: [plainWord],
    safe: true,
    examples: {
      fire: ['Jeg har eskalert saken til andrelinjen.', 'Ticketen din er oppdatert.'],
      notFire: ['Jeg har sendt saken videre til spesialistene våre.'],
    },
  },
  {
    id: 'nb.jargon.technical',
    category: 'jargon',
    pattern: [
      String.raw`(?:hurtigbuffer(?:en)?|cache(?:n)?|hotfix(?:en)?|propagere(?:s)?|en timeout|timeout(?:en)?|bug(?:en|gen)?|workaround(?:en)?|deploye(?:t)?|firmware(?:n)?|resett(?:e|en)?|backlog(?:gen|en)?|cookies|FAQ(?:-en)?|(?:til|hos|fra|i|på) L[123]|L[123]|(?:cleare|cleart|clear) (?:cookies|cachen|cache|nettleseren))`,
      String.raw`(?<h>ERP|backend|RMA|API|SLA|DNS)(?:-(?<r>[\p{L}]+)|-(?<r2>et|en))?`,
    ],
    message: {
      en: 'A technical term the customer may not know; a plain word says the same.',
      nb: 'Et faguttrykk kunden kanskje ikke kjenner; et vanlig ord sier det samme.',
    },
    suggestions: [(m) => plainWord(m) ?? plainCompound({ ...m, named: { ...m.named, r: m.named.r ?? m.named.r2 } })],
    examples: {
      fire: ['Prøv å tømme hurtigbufferen i nettleseren.', 'Ordren står på vent i ERP-systemet.', 'Vi har en SLA på 48 timer.', 'Du får et RMA-nummer på e-post.', 'Feilen skyldes en timeout mot API-et.'],
      notFire: ['Prøv å lukke nettleseren og åpne den igjen.', 'Du får et returnummer på e-post.'],
    },
  },
  // ——— robotic ———
  {
    id: 'nb.robotic.inconvenience',
    category: 'robotic',
    pattern: [
      String.raw`(?:vi|jeg) beklager (?:(?:eventuelle|de|alle|den|eventuell) )?(?:ulemper|ulempene|ulempen|ulempe)(?: (?:dette|det|som dette|som) (?:måtte|har|kan|vil) (?:ha )?(?:medført|medføre|forårsaket|forårsake|skapt|skape|gitt|gi)(?: deg| dere)?)?`,
      String.raw`(?:vi|jeg) beklager det inntrufne`,
    ],
    message: {
      en: 'A stock apology sounds scripted; apologise for the real thing in your own words.',
      nb: 'En standardbeklagelse høres innøvd ut; si unnskyld for det som faktisk skjedde, med dine egne ord.',
    },
    suggestions: ['Jeg er lei for bryet dette har gitt deg', 'Jeg beklager at …'],
    examples: {
      fire: ['Vi beklager eventuelle ulemper dette måtte medføre.', 'Vi beklager ulempene dette har medført.', 'Vi beklager det inntrufne.'],
      notFire: ['Jeg beklager at pakken kom for sent.', 'Du har helt rett, og det beklager jeg.'],
    },
  },
  {
    id: 'nb.robotic.inquiry',
    category: 'robotic',
    pattern: [
      String.raw`(?:din|deres) henvendelse er (?:viktig|verdifull) for oss`,
      String.raw`(?:vi|jeg) takker for (?:din|deres) henvendelse(?: og (?<next>vil|skal|kommer))?`,
      String.raw`(?:vi|jeg) har mottatt (?:din|deres) (?:henvendelse|forespørsel|e-post|melding)`,
      String.raw`(?:din|deres) (?:henvendelse|sak|forespørsel) er (?:mottatt|registrert)(?: i (?:vårt|våre) system(?:er)?)?`,
      String.raw`(?:henvendelsen|saken|forespørselen) (?:din|deres) er (?:mottatt|registrert)(?: i (?:vårt|våre) system(?:er)?)?`,
      String.raw`(?:vi|jeg) (?:har notert oss|noterer oss) (?:din|deres) (?:tilbakemelding|henvendelse)`,
      String.raw`tar (?:dette|det|tilbakemeldingen|innspillet) til etterretning`,
      String.raw`(?:vi|jeg) ber om (?:din |deres )?forståelse(?: for (?:dette|det))?`,
      String.raw`(?:vennligst |vi ber deg )?ha forståelse for`,
      String.raw`(?:vi|jeg) har registrert (?:din|deres) (?:tilbakemelding|henvendelse|klage|melding)`,
      String.raw`(?:vi|jeg) beklager (?:dette|det) (?:sterkt|på det sterkeste|dypt)`,
      String.raw`(?:vi|jeg) viser til (?:din|deres) (?:henvendelse|e-post|forespørsel|melding)(?: av (?<d>\d{1,2}\.(?: [\p{L}]+|\d{1,2}\.\d{2,4})))?`,
      String.raw`(?:vi|jeg) håper (?:dette|det) (?:besvarer|svarer på) (?:din|deres) (?:henvendelse|spørsmål)`,
      String.raw`(?:vi|jeg) beklager at (?:du|dere) har hatt en (?:negativ|dårlig|uheldig) (?:opplevelse|kundeopplevelse)`,
      String.raw`ved (?:ytterligere|eventuelle|videre) spørsmål`,
      String.raw`(?:er|blir) under (?:behandling|saksbehandling)`,
      String.raw`(?:dersom|hvis) det (?:blir|skulle bli) aktuelt`,
      String.raw`(?:anser|betrakter) (?:vi|jeg) (?:saken|henvendelsen) (?:som )?(?:avsluttet|lukket|løst)|(?:saken|henvendelsen) (?:anses|betraktes) (?:som )?(?:avsluttet|lukket|løst)`,
    ],
    message: {
      en: 'This is form-letter wording; a person would just say it plainly.',
      nb: 'Dette er skjemaspråk; et menneske ville sagt det rett ut.',
    },
    suggestions: [
      // "Vi takker for din henvendelse og vil …" → "Takk for at du tok kontakt. Vi vil …".
      (m) => (m.named.next ? `Takk for at du tok kontakt. Vi ${lower(m.named.next)}` : undefined),
      (m) => (/viktig|verdifull|takker/i.test(m.text) && !m.named.next ? 'Takk for at du tok kontakt' : undefined),
      (m) => (/mottatt|registrert/i.test(m.text) ? 'jeg har fått meldingen din' : undefined),
      (m) => (/notert|noterer/i.test(m.text) ? 'Takk for tilbakemeldingen, den tar vi med oss' : undefined),
      (m) => (/etterretning/i.test(m.text) ? 'tar med oss dette videre' : undefined),
      (m) => (/ber om (?:din |deres )?forståelse/iu.test(m.text) ? 'Jeg vet at dette ikke var svaret du håpet på' : undefined),
      (m) => (/ha forståelse for/iu.test(m.text) ? 'Jeg vet det er kjedelig' : undefined),
      (m) => (/har registrert/iu.test(m.text) ? 'Takk for tilbakemeldingen, den tar vi med oss' : undefined),
      (m) => (/beklager (?:dette|det) (?:sterkt|på det sterkeste|dypt)/iu.test(m.text) ? 'Jeg er virkelig lei meg for dette' : undefined),
      (m) => (/viser til/iu.test(m.text) ? (m.named.d ? `Takk for meldingen din fra ${m.named.d}` : 'Takk for meldingen din') : undefined),
      (m) => (/håper (?:dette|det) (?:besvarer|svarer)/iu.test(m.text) ? 'Si gjerne fra om noe fortsatt er uklart' : undefined),
      (m) => (/negativ|dårlig|uheldig/iu.test(m.text) ? 'Jeg er lei for at det ble slik' : undefined),
      (m) => (/^ved /iu.test(m.text) ? 'Har du flere spørsmål' : undefined),
      (m) => (/under (?:saks)?behandling/iu.test(m.text) ? 'ser vi på nå' : undefined),
      (m) => (/aktuelt/iu.test(m.text) ? 'hvis vi trenger noe mer fra deg' : undefined),
      (m) => (/avsluttet|lukket|løst/iu.test(m.text) ? 'lukker jeg saken nå, men svar gjerne her om du trenger mer hjelp' : undefined),
    ],
    examples: {
      fire: ['Din henvendelse er viktig for oss.', 'Vi takker for din henvendelse.', 'Din sak er registrert i vårt system.', 'Vi har mottatt din henvendelse.', 'Vi tar dette til etterretning.'],
      notFire: ['Takk for henvendelsen!', 'Jeg har fått bildene, takk!'],
    },
  },
  // ——— clarity ———
  {
    id: 'nb.clarity.passive',
    category: 'clarity',
    pattern: String.raw`(?<a>blir|ble|vil bli|skal bli|har blitt|er blitt|kommer til å bli) (?<p>${PARTICIPLE})`,
    // A passive that names who acts ("… av lageret") hides nothing.
    exceptions: [String.raw`(?:blir|ble|bli|blitt) (?:${PARTICIPLE}) av`],
    message: {
      en: 'The passive hides who does the work; say that you (we) do it.',
      nb: 'Passiv skjuler hvem som gjør jobben; si at vi gjør det.',
    },
    suggestions: [activeVoice],
    examples: {
      fire: ['Saken din blir behandlet så fort som mulig.', 'Refusjonen vil bli behandlet innen fem virkedager.', 'Feilen har blitt rettet.'],
      notFire: ['Varen sendes i morgen.', 'Søknaden blir vurdert av en saksbehandler i morgen.', 'Du blir ikke belastet to ganger.'],
    },
  },
];

export const ruleSet: RuleSet = { lang: 'nb', rules };
