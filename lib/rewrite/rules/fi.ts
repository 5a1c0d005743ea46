import { getAffirmative, getThirdInfinitiveForms, swapStem, type StemPair } from '../lang-fi';
import type { Rule, RuleMatch, RuleSet } from '../types';

/**
 * Finnish draft-check rules (format: lib/rewrite/types.ts; policy and judgement calls: docs/rewrite.md).
 *
 * Finnish negates with a verb that takes the person ("en, et, ei, emme, ette, eivät voi"), so the negative patterns
 * match the auxiliary with the modal and any adverbs between them ("emme valitettavasti voi"); word forms for the
 * rewrites (affirmative, passive, case endings of replaced jargon) come from lib/rewrite/lang-fi.ts. Case endings are
 * matched with `{tail}` or explicit endings. The plain passive ("lasku käsitellään") is how Finnish says "we" and is
 * not flagged; only the bureaucratic "tullaan käsittelemään" is.
 */

const SORRY_WORDS = String.raw`valitettavasti|ikävä kyllä|harmillisesti`;
/** Adverbs between the negative auxiliary and the verb ("emme valitettavasti voi", "en enää pysty"). */
const ADV = String.raw`(?:(?:valitettavasti|enää|vielä|kuitenkaan|tällä kertaa|tässä tapauksessa|nyt|siis|myöskään|tätä) )*`;
const NEG = String.raw`(?<neg>en|et|ei|emme|ette|eivät|enkä|etkä|eikä|emmekä|ettekä|eivätkä)`;
const HAS_SORRY = /valitettavasti|ikävä kyllä|harmillisesti/iu;
const SORRY = /(?:valitettavasti|ikävä kyllä|harmillisesti)\s+/giu;

function withoutSorry(text: string): string {
  return text.replace(SORRY, '');
}

function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase();
}

/** "Emme voi" → "Voimme …, mutta emme voi": the alternative first, the limit after it. */
function alternativeFirst(match: RuleMatch): string | undefined {
  const negative = match.named.neg;
  const verb = match.named.v;
  // The sentence already offers the alternative ("…, mutta lisäsin lahjakortin"): nothing to add.
  if (!negative || !verb || /,\s*mutta\s/iu.test(match.after)) return undefined;
  const affirmative = getAffirmative(negative, verb);
  if (!affirmative) return undefined;
  const adverbs = withoutSorry(match.named.adv ?? '');
  // "emmekä voi" (and we cannot) joins a clause: "voimme kuitenkin …, mutta emme voi".
  const joined = /kä$/iu.test(negative);
  const plain = lower(negative).replace(/kä$/u, '');
  return `${affirmative}${joined ? ' kuitenkin' : ''} …, mutta ${plain} ${adverbs}${lower(verb)}`;
}

/** "ei ole mahdollista." → "ei ole mahdollista, mutta voimme …" when the span ends its clause. */
function alternativeAfter(match: RuleMatch): string | undefined {
  if (!/^\s*(?:[.!,;:]|$)/.test(match.after)) return undefined;
  return `${withoutSorry(match.text)}, mutta voimme …`;
}

const JARGON_PAIRS: Record<string, readonly StemPair[]> = {
  tiketti: [
    ['tiketti', 'tukipyyntö', false],
    ['tiketi', 'tukipyynnö', false],
  ],
  välimuisti: [
    ['välimuistia', 'väliaikaisia tiedostoja'],
    ['välimuistin', 'väliaikaisten tiedostojen'],
    ['välimuistissa', 'väliaikaisissa tiedostoissa'],
    ['välimuistista', 'väliaikaisista tiedostoista'],
    ['välimuistiin', 'väliaikaisiin tiedostoihin'],
    ['välimuisti', 'väliaikaiset tiedostot'],
  ],
  hotfix: [
    ['hotfixiä', 'pikakorjausta'],
    ['hotfixi', 'pikakorjaukse'],
    ['hotfix', 'pikakorjaus'],
  ],
  firmware: [
    ['firmwaren', 'laiteohjelmiston'],
    ['firmwarea', 'laiteohjelmistoa'],
    ['firmware', 'laiteohjelmisto'],
  ],
  resetoi: [
    ['resetoida', 'nollata'],
    ['resetoitu', 'nollattu'],
    ['resetointi', 'nollaus'],
    ['resetoin', 'nollasin'],
    ['resetoi', 'nollaa'],
  ],
  backlog: [
    ['backlogissa', 'jonossa'],
    ['backlogiin', 'jonoon'],
    ['backlogista', 'jonosta'],
    ['backlogi', 'jono'],
    ['backlog', 'jono'],
  ],
  cookie: [
    ['cookiet', 'evästeet'],
    ['cookiesit', 'evästeet'],
    ['cookieita', 'evästeitä'],
    ['cookieja', 'evästeitä'],
    ['cookie', 'eväste'],
  ],
  workaround: [
    ['workaroundin', 'kiertotien'],
    ['workaroundia', 'kiertotietä'],
    ['workaround', 'kiertotie'],
  ],
  bugi: [
    ['bugia', 'vikaa'],
    ['bugin', 'vian'],
    ['bugit', 'viat'],
    ['bugeja', 'vikoja'],
    ['bugi', 'vika'],
  ],
  propagoi: [
    ['propagoituminen', 'voimaantulo'],
    ['propagoitumiseen', 'voimaantuloon'],
    ['propagoitumisessa', 'voimaantulossa'],
    ['propagoitumista', 'voimaantuloa'],
    ['propagoitua', 'tulla voimaan'],
    ['propagoituu', 'tulee voimaan'],
  ],
  eskaloi: [
    ['eskaloitiin', 'siirrettiin'],
    ['eskaloitu', 'siirretty'],
    ['eskaloidaan', 'siirretään'],
    ['eskaloimme', 'siirsimme'],
    ['eskaloin', 'siirsin'],
    ['eskaloida', 'siirtää'],
    ['eskalointi', 'siirto'],
  ],
};

/** A jargon word with its case ending → the plain word with the same ending. */
function plainWord(match: RuleMatch): string | undefined {
  const word = match.text.toLowerCase();
  for (const [key, pairs] of Object.entries(JARGON_PAIRS)) {
    if (!word.startsWith(key.slice(0, 5))) continue;
    // Whole-form pairs first: an exact form wins over a stem with an ending.
    const exact = pairs.find(([from]) => from === word);
    if (exact) return exact[1];
    const swapped = swapStem(word, pairs);
    if (swapped) return swapped;
  }
  return undefined;
}

/** "RMA-prosessissa" → "palautuskäsittelyssä", "SLA-aikamme" → "luvattu vastausaikamme", "API:n" → "palvelun". */
function plainAcronym(match: RuleMatch): string | undefined {
  const head = lower(match.named.h);
  const rest = lower(match.named.r);
  const ending = lower(match.named.e);
  switch (head) {
    case 'rma':
      return rest ? (swapStem(rest, [['prosessi', 'palautuskäsittely']]) ?? `palautus${rest}`) : 'palautus';
    case 'sla':
      return rest ? `luvattu vastaus${rest}` : 'luvattu vastausaika';
    case 'api':
      return ending ? (swapStem(`api${ending}`, [['api', 'palvelu']]) ?? undefined) : rest ? `palvelu${rest}` : 'palvelu';
    case 'backend':
      return rest ? `tekniikka${rest}` : 'taustajärjestelmä';
    case 'dns':
      return rest ? `verkkotunnuksen ${rest}` : 'verkkotunnuksen asetukset';
    default:
      return undefined;
  }
}

const rules: Rule[] = [
  // ——— negative ———
  {
    id: 'fi.negative.cannot',
    category: 'negative',
    pattern: [
      String.raw`${NEG} (?<adv>${ADV})(?<v>voi|pysty|kykene|voineet|voinut|pystyneet|pystynyt|kyenneet|kyennyt)`,
      // "En saa osoitetta muutettua" (I cannot get it changed): "saada" with a past participle in -ttua/-ttyä.
      String.raw`(?<neg>en|emme) (?<adv>${ADV})(?<v>saa)(?= (?:[\p{L}]+ )?[\p{L}]+(?:ttua|ttyä|tua|tyä)(?![\p{L}]))`,
    ],
    exceptions: [
      String.raw`(?:et|ette) voi (?:hävitä|menettää) mitään`,
      String.raw`(?:en|emme) voi (?:kiittää|kehua) {gap:2} (?:tarpeeksi|kylliksi|riittävästi)`,
      String.raw`(?:en|emme) voi (?:muuta kuin|kuin) `,
      String.raw`(?:et|ette) voi (?:mennä|tehdä) (?:vikaan|väärin)`,
      String.raw`(?:en|emme) voi odottaa`,
      String.raw`(?:en|emme) voi (?:asialle|tälle|sille) mitään`,
      String.raw`(?:asialle|tälle|sille) (?:en|emme|ei) (?:valitettavasti )?voi (?:tehdä )?mitään`,
      // Reassurance: "kukaan muu ei voi käyttää korttiasi".
      String.raw`(?:kukaan|mikään)(?: muu)? ei (?:voi|pysty)`,
      // A conditional instruction ("Jos et pysty kirjautumaan, …") is help, not a refusal.
      String.raw`(?:jos|mikäli|kun) (?:sinä |te )?(?:et|ette|ei) (?:[\p{L}]+ )?(?:voi|pysty|kykene)`,
      String.raw`kaikkia {gap:2} ei voi`,
      String.raw`ei voi olla (?:helpompaa|parempaa|yksinkertaisempaa)`,
    ],
    message: {
      en: 'Saying only what you cannot do is a dead end; lead with what you can do instead.',
      fi: 'Pelkkä kielto jättää asiakkaan tyhjän päälle; kerro ensin, mitä voit tehdä.',
    },
    suggestions: [alternativeFirst, (m) => (HAS_SORRY.test(m.text) ? withoutSorry(m.text) : undefined)],
    examples: {
      fire: ['Emme voi hyvittää postikuluja.', 'En pysty näkemään tilitietojasi.', 'Emme valitettavasti voineet toimittaa pakettia.', 'Tilaustasi ei voi enää perua.'],
      notFire: ['Jos et pysty kirjautumaan, vaihda salasana tästä.', 'En voi kiittää sinua tarpeeksi kärsivällisyydestäsi!', 'Emme malta odottaa, että näemme!', 'Voimme lähettää uuden tuotteen huomenna.', 'Kaikkia tuotteita ei voi vaihtaa, mutta tämän voit.'],
    },
  },
  {
    id: 'fi.negative.refuse',
    category: 'negative',
    pattern: [
      String.raw`${NEG} (?<adv>${ADV})(?<v>tarjoa|myönnä|hyväksy|korvaa|hyvitä|toimita|lähetä|vaihda|korjaa|palauta)|(?:emme|emmekä|en|enkä) (?:valitettavasti )?tee poikkeuksia`,
      // "Emme saa luovuttaa …" (we are not allowed to), before an infinitive.
      String.raw`(?<neg>emme|emmekä) (?<adv>${ADV})(?<v>saa)(?= [\p{L}]+(?:a|ä)(?![\p{L}]))`,
    ],
    // Reassurance: "emme lähetä enää muistutuksia", "emme korjaa hintaa ylöspäin".
    exceptions: [String.raw`(?:emme|en) (?:enää )?lähetä {gap:2} (?:muistutuksia|mainoksia|laskuja|viestejä)`],
    message: {
      en: 'A plain “we don’t” is a closed door; say what you do offer first.',
      fi: 'Pelkkä ”emme tarjoa” sulkee oven; kerro ensin, mitä tarjoatte.',
    },
    suggestions: [
      (m) => {
        // Only when the object follows ("Emme tarjoa kotiinkuljetusta" → "Tarjoamme …, mutta emme kotiinkuljetusta").
        const hasObject = /^\s+[\p{L}]/u.test(m.after);
        const affirmative = hasObject && m.named.neg && m.named.v && lower(m.named.neg) === 'emme' ? getAffirmative(m.named.neg, m.named.v) : undefined;
        if (!affirmative) return undefined;
        // "Emme saa luovuttaa …" → "Voimme …, mutta emme saa luovuttaa …" (the verb stays: it carries the rest).
        return lower(m.named.v) === 'saa' ? `${affirmative} …, mutta emme saa` : `${affirmative} …, mutta emme`;
      },
      alternativeAfter,
    ],
    examples: {
      fire: ['Emme toimita ulkomaille.', 'Emme tarjoa kotiinkuljetusta alueellesi.', 'Emme myönnä alennusta tästä tuotteesta.', 'Näin meillä toimitaan, emmekä tee poikkeuksia.', 'Emme saa luovuttaa salasanaa puhelimessa.'],
      notFire: ['Emme lähetä sinulle enää muistutuksia.', 'Emme veloita sinulta tästä mitään.', 'Tarjoamme kotiinkuljetuksen koko Suomeen.', 'Et saa meiltä enää muistutuksia.'],
    },
  },
  {
    id: 'fi.negative.not-possible',
    category: 'negative',
    pattern: [
      // To the end of the clause, so the alternative can follow it: "ei onnistu tällä hetkellä, mutta voimme …".
      String.raw`(?:(?<who>meillä|minulla) )?ei (?:ole|ollut) (?:(?:valitettavasti|enää|vielä|nyt|meillä|minulla|meille|minulle|meidän puolestamme|tällä hetkellä|tässä tapauksessa) )*(?:mahdollista|mahdollisuutta|mahdollisuuksia|kapasiteettia|resursseja|oikeutta|tietoa|valtuuksia|pääsyä)(?: [^.!?;:\n,]+)?`,
      String.raw`liian [\p{L}]+,? (?:jotta|että) (?:voisimme|voisin|voitaisiin) [\p{L}]+(?: sen| niitä| tämän)?`,
      String.raw`(?:se|tämä|tuo) ei (?:valitettavasti )?käy(?! (?:järkeen|ilmi))`,
      String.raw`ei (?:ole|ollut) (?:enää |valitettavasti )?sallittua`,
      String.raw`ei (?:ole|ollut) (?:enää |valitettavasti )?(?:palautettavissa|vaihdettavissa|hyvitettävissä|peruttavissa|siirrettävissä)(?: [^.!?;:\n,]+)?`,
      String.raw`(?:joudumme|joudun) (?:valitettavasti )?(?:hylkäämään|epäämään|kieltäytymään|perumaan|sulkemaan|irtisanomaan)(?: [^.!?;:\n,]+)?`,
      String.raw`(?:et|ette) (?:valitettavasti )?saa (?:hyvitystä|korvausta|rahoja takaisin|rahojasi takaisin|alennusta)(?: [^.!?;:\n,]+)?`,
      String.raw`mahdoton{tail}(?: [^.!?;:\n,]+)?`,
      String.raw`(?:ei|eikä) (?:${ADV})(?:onnistu|onnistunut|käy päinsä)(?: [^.!?;:\n,]+)?`,
    ],
    exceptions: [String.raw`ei ole mahdotonta`, String.raw`ei ole mahdollista erehtyä`],
    message: {
      en: 'This tells the customer what is impossible; offer the alternative first and the limit after it.',
      fi: 'Tämä kertoo asiakkaalle vain, mikä on mahdotonta; tarjoa ensin vaihtoehto ja kerro rajoitus vasta sitten.',
    },
    suggestions: [
      (m) => (m.named.who ? `Voimme …, mutta ${lower(m.named.who)} ${withoutSorry(m.text.slice(m.named.who.length).trim())}` : undefined),
      (m) => (m.named.who ? undefined : alternativeAfter(m)),
      (m) => (HAS_SORRY.test(m.text) ? withoutSorry(m.text) : undefined),
    ],
    examples: {
      fire: [
        'Osoitteen muuttaminen ei ole mahdollista, kun paketti on lähetetty.',
        'Meillä ei ole mahdollisuutta soittaa sinulle.',
        'Toimitus lauantaina on mahdotonta.',
        'Kortilla maksaminen ei onnistu tällä hetkellä.',
        'Tämä ei ole meidän puolestamme mahdollista.',
        'Lippu ei ole palautettavissa.',
        'Joudumme hylkäämään reklamaatiosi.',
        'Et saa hyvitystä, kun määräaika on umpeutunut.',
      ],
      notFire: ['Osoitteen muuttaminen on mahdollista maanantaihin asti.', 'Vaihtaminen onnistuu hyvin myös myöhemmin.'],
    },
  },
  {
    id: 'fi.negative.dont-know',
    category: 'negative',
    pattern: String.raw`(?:en|emme) (?:valitettavasti )?tiedä`,
    // "Emme vielä tiedä tarkkaa päivää, mutta kerron heti": uncertainty that already promises a follow-up.
    exceptions: [String.raw`(?:en|emme) {gap:2} tiedä [^.!?\n]*,? mutta`, String.raw`en tiedä{tail}(?:,)? miten (?:voisin )?kiittää`],
    message: {
      en: '“I don’t know” leaves the customer with nothing; say that you will find out.',
      fi: '”En tiedä” jättää asiakkaan tyhjän päälle; kerro, että selvität asian.',
    },
    suggestions: [(m) => (/^emme/iu.test(m.text) ? 'Selvitämme' : 'Selvitän')],
    examples: {
      fire: ['En tiedä, milloin paketti tulee.', 'Emme valitettavasti tiedä, miksi näin kävi.'],
      notFire: ['Emme vielä tiedä tarkkaa päivää, mutta kerron heti, kun tiedän enemmän.', 'Tiedän, että tämä on turhauttavaa.'],
    },
  },
  {
    id: 'fi.negative.valitettavasti',
    category: 'negative',
    pattern: [
      // Finnish word order is free: dropping the word leaves a sentence ("Valitettavasti emme voi" → "Emme voi",
      // "Toimitus on valitettavasti myöhässä" → "Toimitus on myöhässä"); the span takes the next word.
      String.raw`(?:${SORRY_WORDS}),? (?<n>[\p{L}]+)`,
      String.raw`valitettavasti|ikävä kyllä|harmillisesti`,
    ],
    // Inside "tälle emme valitettavasti voi tehdä mitään" the dismissive rule speaks for the whole phrase.
    exceptions: [String.raw`(?:asialle|tälle|sille) (?:en|emme|ei) valitettavasti voi`],
    message: {
      en: '“Valitettavasti” (unfortunately) announces bad news before the customer reads it; say what happens next instead.',
      fi: '”Valitettavasti” ennakoi huonoja uutisia ennen kuin asiakas ehtii lukea ne; kerro mieluummin, mitä seuraavaksi tapahtuu.',
    },
    suggestions: [(m) => m.named.n],
    safe: true,
    examples: {
      fire: ['Valitettavasti tuote on loppunut varastosta.', 'Toimitus on valitettavasti myöhässä.', 'Ikävä kyllä koko on loppu.'],
      notFire: ['Tuote on loppunut, mutta saamme lisää perjantaina.', 'Olipa harmi kuulla!'],
    },
  },
  // ——— blame ———
  {
    id: 'fi.blame.should-have',
    category: 'blame',
    pattern: [String.raw`(?:sinun|teidän|sun) (?:olisi|ois) (?:pitänyt|kannattanut|tullut)`, String.raw`(?:olisit|olisitte) (?:voinut|voineet|voinu)`],
    // "Sinun olisi pitänyt saada sähköposti" is about what we owed the customer, not what they did wrong.
    exceptions: [String.raw`(?:olisi|ois) pitänyt (?:saada|tulla|saapua|olla)`],
    message: {
      en: '“You should have” blames the customer for the past; say what helps from now on.',
      fi: '”Sinun olisi pitänyt” syyllistää asiakasta menneestä; kerro mieluummin, mikä auttaa jatkossa.',
    },
    suggestions: ['Jatkossa kannattaa'],
    examples: {
      fire: ['Sinun olisi pitänyt tarkistaa kokotaulukko.', 'Teidän olisi pitänyt ilmoittaa meille heti.', 'Olisit voinut soittaa meille.'],
      notFire: ['Paketin olisi pitänyt tulla eilen, joten selvitän asian.', 'Jatkossa kannattaa tarkistaa kokotaulukko.'],
    },
  },
  {
    id: 'fi.blame.you-forgot',
    category: 'blame',
    pattern: String.raw`(?:olet|olette) (?:varmaan |ilmeisesti |kai |taitanut |taitaneet )?(?:unohtanut|unohtaneet)`,
    message: {
      en: 'Telling customers what they forgot sounds like blame; ask for what you need.',
      fi: 'Asiakkaan unohduksen osoittaminen kuulostaa syyllistämiseltä; pyydä mieluummin sitä, mitä tarvitset.',
    },
    // "Olet unohtanut liittää kuitin" → "Voisitko vielä liittää kuitin" (only before an infinitive).
    suggestions: [(m) => (/^\s+[\p{L}]+[aä](?=[\s.,!?]|$)/u.test(m.after) ? 'Voisitko vielä' : undefined)],
    examples: {
      fire: ['Olet unohtanut liittää kuitin.', 'Olet varmaan unohtanut painaa vahvistuspainiketta.'],
      notFire: ['Et ole unohtanut mitään, kaikki on kunnossa.', 'Unohdin liittää kuitin, pahoittelen!'],
    },
  },
  {
    id: 'fi.blame.wrong-input',
    category: 'blame',
    pattern: [
      String.raw`(?:olet|olette) (?:[\p{L}]+ )?(?:syöttänyt|syöttäneet|antanut|antaneet|kirjoittanut|kirjoittaneet|täyttänyt|täyttäneet|valinnut|valinneet|merkinnyt|ilmoittanut|ilmoittaneet)(?: [\p{L}]+)? (?:väärän|väärin|väärät)`,
      String.raw`(?:annoit|annoitte|syötit|syötitte|kirjoitit|kirjoititte|valitsit|valitsitte|täytit|ilmoitit)(?:han)?(?: itse)?(?: [\p{L}]+)? (?:väärän|väärin|väärät)`,
      String.raw`(?:ymmärrät|ymmärsit|ymmärrätte|ymmärsitte) (?:varmaan |nyt |ilmeisesti )?väärin`,
      String.raw`(?:sinä|te|itse) (?<o>tilasit|tilasitte|ostit|ostitte) (?:[\p{L}]+ )?(?:väärän|väärät)`,
      String.raw`(?:painoit|painoitte|klikkasit|klikkasitte|valitsit)(?: varmaan| nyt| ilmeisesti)? (?:väärää|väärän)`,
      String.raw`(?:olet|olette) (?:ilmeisesti |varmaan )?(?:ymmärtänyt|ymmärtäneet)(?: [\p{L}]+){0,3} väärin`,
    ],
    message: {
      en: 'Pointing at what the customer did wrong puts them on the defensive; describe what needs fixing.',
      fi: 'Asiakkaan virheen osoittaminen saa hänet puolustuskannalle; kerro mieluummin, mitä pitää korjata.',
    },
    suggestions: [
      (m) => (/^ymmär/iu.test(m.text) ? 'Selvennän vielä' : undefined),
      // "Sinä tilasit väärän koon" → "Vaihdan mielelläni koon" (the object keeps its case).
      (m) => (m.named.o ? 'Vaihdan mielelläni' : undefined),
      (m) => (!m.named.o && /väärän$|väärät$/iu.test(m.text) ? 'Voisitko tarkistaa' : undefined),
      (m) => (/ymmärtä/iu.test(m.text) ? 'Käydään asia vielä läpi: …' : undefined),
    ],
    examples: {
      fire: ['Sinä tilasit väärän koon.', 'Olet syöttänyt väärän tilinumeron.', 'Annoit väärän sähköpostiosoitteen.', 'Olet ymmärtänyt ehdot väärin.'],
      notFire: ['Korjasin väärän osoitteen tilaukseesi.', 'Olet valinnut oikean koon.'],
    },
  },
  {
    id: 'fi.blame.did-not-read',
    category: 'blame',
    pattern: [
      String.raw`(?:et|ette) (?:(?:ilmeisesti|varmaan|selvästi|taida|taitane) )?(?:ole|olla) (?:(?:ilmeisesti|varmaan|vielä|selvästi) )?(?:lukenut|lukeneet|huomannut|huomanneet|noudattanut|noudattaneet)(?: [^.!?;\n]*)?`,
      String.raw`jos (?:olisit|olisitte) (?:lukenut|lukeneet|tarkistanut|tarkistaneet|katsonut|katsoneet|noudattanut|noudattaneet)(?: [^.!?;\n]*)?`,
      String.raw`(?:(?:sinun|teidän) (?:pitää|täytyy|tulee|kannattaa) )?(?:lue|lukea|lukekaa) (?<o>[\p{L}]+) (?:tarkemmin|huolellisemmin|paremmin|kunnolla|ajatuksella)`,
    ],
    exceptions: [String.raw`(?:et|ette) ole vielä (?:lukenut|lukeneet) (?:sitä|niitä)`],
    message: {
      en: 'Saying the customer did not read or follow something blames them; explain it again instead.',
      fi: 'Jos sanot, ettei asiakas ole lukenut tai noudattanut jotain, syyllistät häntä; selitä asia mieluummin uudelleen.',
    },
    suggestions: [(m) => (m.named.o ? `Käydään ${m.named.o} yhdessä läpi` : 'Kerron asian mielelläni uudelleen: …')],
    examples: {
      fire: ['Et taida olla lukenut koko viestiäni.', 'Et ilmeisesti ole noudattanut käyttöohjetta.', 'Et ole lukenut viestiäni kunnolla.', 'Jos olisit lukenut käyttöohjeen, tietäisit tämän.', 'Sinun pitää lukea ohjeet tarkemmin.'],
      notFire: ['Lue lisää sivulta 4.', 'Et ole tehnyt mitään väärin.'],
    },
  },
  {
    id: 'fi.blame.user-error',
    category: 'blame',
    pattern: [String.raw`käyttäjän virhe{tail}|käyttäjävirhe{tail}`, String.raw`(?:sinun|teidän) (?:täytyy|pitää) (?:seurata|tarkistaa|lukea) (?:sähköpostiasi|sähköpostisi|sähköpostianne|viestejäsi|saapuneita)`],
    message: {
      en: 'Calling it user error, or telling the customer to watch their inbox, puts the fault on them; say what happened.',
      fi: '”Käyttäjän virhe” tai ”sinun täytyy seurata sähköpostiasi” syyllistää asiakasta; kerro mieluummin, mitä tapahtui.',
    },
    suggestions: [(m) => (/virhe/iu.test(m.text) ? 'helppo vahinko' : 'Kannattaa pitää silmällä sähköpostiasi')],
    examples: { fire: ['Kyseessä on käyttäjän virhe.', 'Sinun täytyy seurata sähköpostiasi.'], notFire: ['Sinun täytyy kirjautua uudelleen, jotta muutos näkyy.'] },
  },
  {
    id: 'fi.blame.your-fault',
    category: 'blame',
    pattern: [
      String.raw`(?:se|tämä) (?:on|oli) (?:sinun|teidän) (?:oma |omaa )?(?:vikasi|vikanne|syysi|syynne|virheesi|virheenne)|(?:oma vikasi|oma vikanne)`,
      String.raw`(?:on )?(?:sinun|teidän) (?:omalla )?(?:vastuullasi|vastuullanne)(?: on)?`,
      String.raw`(?:sinun|teidän) (?:pitäisi|kuuluisi|olisi pitänyt) (?:tietää|ymmärtää|muistaa)`,
    ],
    message: {
      en: 'Assigning fault to the customer does not fix anything; say what happened and what you will do.',
      fi: 'Syyn vierittäminen asiakkaalle ei korjaa mitään; kerro, mitä tapahtui ja mitä teet nyt.',
    },
    suggestions: [
      (m) => (/vik|syy|virhe/iu.test(m.text) ? 'Tilanne on se' : undefined),
      (m) => (/vastuulla/iu.test(m.text) ? 'Meitä auttaa paljon, jos muistat' : undefined),
      (m) => (/tietää|ymmärtää|muistaa/iu.test(m.text) ? 'Hyvä muistaa' : undefined),
    ],
    examples: { fire: ['Se on sinun vikasi, että paketti meni väärään osoitteeseen.', 'On sinun vastuullasi pitää yhteystiedot ajan tasalla.', 'Sinun pitäisi tietää, että kortti on aktivoitava.'], notFire: ['Se oli meidän virheemme, pahoittelen.', 'Se ei ole sinun vikasi.'] },
  },
  {
    id: 'fi.blame.clearly-stated',
    category: 'blame',
    pattern: String.raw`(?<a>kuten(?: [\p{L}]+){0,2}) (?:selvästi|selkeästi|yksiselitteisesti) (?<b>lukee|kerrotaan|mainitaan|sanotaan|todetaan|kerroimme|kerroin)`,
    message: {
      en: '“As it clearly says” implies the customer should have seen it; just give the information.',
      fi: '”Kuten selvästi lukee” vihjaa, että asiakkaan olisi pitänyt huomata se; kerro vain tieto.',
    },
    suggestions: ['$<a> $<b>'],
    safe: true,
    examples: { fire: ['Kuten sivuillamme selvästi lukee, palautusaika on 30 päivää.'], notFire: ['Kuten sivuillamme lukee, palautusaika on 30 päivää.'] },
  },
  // ——— dismissive ———
  {
    id: 'fi.dismissive.as-i-said',
    category: 'dismissive',
    pattern: [
      String.raw`kuten (?:(?:jo|aiemmin|eilen|äsken|edellä|jo aiemmin|jo eilen) )?(?:sanoin|kirjoitin|mainitsin|kerroin|totesin|sanoimme|kerroimme|totesimme|mainitsimme)`,
      String.raw`kuten (?:jo |aiemmin |jo aiemmin )?(?:sanottu|todettu)|kuten jo (?:aiemmin )?mainittu`,
      String.raw`kuten (?:olen|olemme) (?:jo )?(?:(?:useaan|moneen|kahteen) kertaan |(?:monta|kaksi|useita) kertaa |aiemmin )?(?:selittänyt|selittäneet|kertonut|kertoneet|sanonut|todennut|todenneet|maininnut|maininneet|kirjoittanut)`,
      String.raw`kuten (?:edellisessä|aiemmassa|viime|aikaisemmassa) (?:viestissäni|viestissämme|sähköpostissani|vastauksessani) (?:jo )?(?:kerroin|totesin|mainitsin|kirjoitin|sanoin|kerroimme|totesimme)`,
      String.raw`viitaten (?:edelliseen|aiempaan|aikaisempaan) (?:viestiini|viestiimme|sähköpostiini|vastaukseeni)`,
    ],
    message: {
      en: 'Pointing back to what you already said sounds impatient; simply repeat the answer.',
      fi: 'Aiempaan viestiin vetoaminen kuulostaa kärsimättömältä; kerro vastaus vain uudelleen.',
    },
    suggestions: ['Kertauksena'],
    safe: true,
    examples: {
      fire: ['Kuten sanottu, tilaus on jo matkalla.', 'Kuten olen useaan kertaan selittänyt, määräaika on 14 päivää.', 'Kuten jo sanoin, kuitti pitää lähettää meille.', 'Kuten edellisessä viestissäni kerroin, määräaika on 14 päivää.', 'Viitaten edelliseen viestiini olemme vastanneet tähän.'],
      notFire: ['Kuten sovimme, lähetän uuden paketin tänään.', 'Kuten kerroit, paketti oli vaurioitunut.'],
    },
  },
  {
    id: 'fi.dismissive.already-explained',
    category: 'dismissive',
    pattern: [
      String.raw`(?:olen|olemme) jo (?:selittänyt|selittäneet|kertonut|kertoneet|sanonut|vastannut|vastanneet) (?:tämän|tähän|sen|asian|siihen)(?: [^.!?;\n]*)?`,
      String.raw`(?:tämä|asia|se) on (?:jo )?käyty läpi(?: jo)?(?: aiemmin| moneen kertaan)?`,
      String.raw`(?:meillä|minulla) ei ole (?:asiaan |tähän )?(?:enempää|mitään|muuta) lisättävää`,
      String.raw`(?:selitän|kerron|sanon|kirjoitan) (?:tätä |tämän |sen )?(?:nyt )?(?:jo )?(?:kolmatta|neljättä|monetta|toista) kertaa`,
      String.raw`(?:se|vastaus) löytyy (?:UKK:sta|ukk:sta|usein kysytyistä kysymyksistä|ohjeistamme|ehdoistamme)(?=\s*(?:[.!]|$))`,
      String.raw`lue (?:ehtomme|ohjeemme|käyttöehdot)(?=\s*(?:[.!]|$))`,
    ],
    message: {
      en: 'Reminding the customer that you explained it already sounds impatient; explain it another way.',
      fi: 'Muistutus siitä, että olet jo selittänyt asian, kuulostaa kärsimättömältä; selitä se toisin sanoin.',
    },
    suggestions: ['Selitän asian vielä toisin sanoin: …'],
    examples: { fire: ['Olen jo selittänyt tämän kahdesti.'], notFire: ['Olen kertonut asiasta varastolle, ja he lähettävät tuotteen tänään.'] },
  },
  {
    id: 'fi.dismissive.not-my-department',
    category: 'dismissive',
    pattern: [
      String.raw`(?:se|tämä|asia) ei kuulu (?:minulle|meille|minun tehtäviini|meidän tehtäviimme|(?:meidän )?osastollemme|tiimillemme)`,
      String.raw`(?:sinun|teidän) (?:pitää|täytyy|tulee) (?:hoitaa|selvittää|sopia) (?:asia |tämä |se )?(?:[\p{L}]+ )?kanssa`,
      String.raw`(?:se|tämä|asia) ei ole (?:minun|meidän) (?:vastuullani|vastuullamme|hommani|alaamme|osastomme asia|tehtäväni|tehtävämme|työni|työtämme|ongelmani|ongelmamme)`,
    ],
    message: {
      en: '“Not my department” leaves the customer alone; say who will help and how to reach them.',
      fi: '”Ei kuulu minulle” jättää asiakkaan yksin; kerro, kuka auttaa ja miten hänet tavoittaa.',
    },
    suggestions: ['Asiassa auttaa parhaiten …'],
    examples: {
      fire: ['Tuo asia sinun pitää hoitaa pankin kanssa.', 'Se ei ole minun tehtäväni seurata kuljetusyhtiötä.', 'Se ei kuulu minulle, ota yhteyttä laskutukseen.', 'Tämä ei ole meidän vastuullamme.', 'Tämä ei kuulu meidän osastollemme.'],
      notFire: ['Välitin asian laskutukseen, ja he vastaavat sinulle tänään.', 'Tämä ei ole sinun vikasi.'],
    },
  },
  {
    id: 'fi.dismissive.policy',
    category: 'dismissive',
    pattern: [
      String.raw`(?:tämä|se) on (?:meidän |yrityksemme |yrityksen )?(?:käytäntö|käytäntömme|linjaus|linjauksemme|sääntö|sääntömme|periaate|periaatteemme)`,
      String.raw`säännöt ovat (?:sääntöjä|säännöt)`,
      String.raw`(?:päätös|päätöksemme|ratkaisu|vastaus) on lopullinen`,
      String.raw`näin meillä (?:toimitaan|on tapana)`,
      String.raw`(?:näin|niin) se (?:vain |nyt vain )?on`,
      String.raw`se on (?:vain|nyt vain) näin`,
    ],
    message: {
      en: 'Hiding behind policy sounds cold; give the reason and what the customer can do.',
      fi: 'Sääntöjen taakse piiloutuminen kuulostaa kylmältä; kerro syy ja mitä asiakas voi tehdä.',
    },
    suggestions: ['Syy tähän on …'],
    examples: { fire: ['Tämä on meidän käytäntömme.', 'Säännöt ovat sääntöjä.', 'Näin meillä toimitaan.'], notFire: ['Käytäntömme mukaan saat 30 päivän palautusajan.'] },
  },
  {
    id: 'fi.dismissive.calm-down',
    category: 'dismissive',
    pattern: String.raw`(?:rauhoitu(?:kaa|han|tko)?|ota (?:ihan |nyt )?rauhallisesti|ottakaa (?:ihan |nyt )?rauhallisesti|älä hermostu|älkää hermostuko|älä hätäile)`,
    exceptions: [String.raw`ota (?:ihan )?rauhallisesti (?:viikonlopun|loman|lomalla|viikonloppuna)`],
    message: {
      en: 'Telling an upset customer to calm down makes it worse; acknowledge how they feel.',
      fi: 'Jos pyydät harmistunutta asiakasta rauhoittumaan, tilanne pahenee; tunnista ensin hänen tunteensa.',
    },
    suggestions: ['Ymmärrän, että tilanne harmittaa'],
    examples: { fire: ['Rauhoitu nyt, niin katsotaan asiaa.', 'Ota rauhallisesti, paketti kyllä tulee.'], notFire: ['Ei hätää, korjaan asian heti.'] },
  },
  {
    id: 'fi.dismissive.nothing-i-can-do',
    category: 'dismissive',
    pattern: [
      String.raw`(?:en|emme) (?:valitettavasti )?voi (?:asialle|tälle|sille) mitään`,
      // Only where the clause ends: "Emme voi tehdä mitään ennen kuin …" is a condition (negative), not a brush-off.
      String.raw`(?:en|emme) voi tehdä (?:asialle )?mitään(?=\s*(?:[.!;]|$))`,
      String.raw`(?:asialle|tälle|sille) (?:en|emme|ei) (?:valitettavasti )?voi (?:tehdä )?mitään`,
      String.raw`(?:sinun|teidän) (?:täytyy|pitää|on) (?:nyt )?(?:vain|vaan) (?:odottaa|odotettava)`,
    ],
    message: {
      en: '“Nothing I can do” closes the conversation; say what you can do, however small.',
      fi: '”En voi asialle mitään” päättää keskustelun; kerro, mitä voit tehdä, vaikka se olisi pientä.',
    },
    suggestions: [(m) => (/odot/iu.test(m.text) ? 'Seuraan tilannetta ja kerron heti, kun …' : 'Teen sen, mitä voin: …')],
    examples: {
      fire: ['En voi asialle mitään.', 'Emme voi tehdä mitään.', 'Asialle ei voi mitään.', 'Sinun täytyy vain odottaa.'],
      notFire: ['Voinko auttaa vielä jossain?', 'Emme voi tehdä mitään ennen kuin saamme tuotteen takaisin.'],
    },
  },
  // ——— jargon ———
  {
    id: 'fi.jargon.support-terms',
    category: 'jargon',
    pattern: [String.raw`tiket(?:ti|i){tail}`, String.raw`eskaloi{tail}`],
    message: {
      en: 'Support-desk terms mean little to customers; say what happens in plain words.',
      fi: 'Asiakaspalvelun ammattisanat eivät sano asiakkaalle paljon; kerro arkisin sanoin, mitä tapahtuu.',
    },
    suggestions: [plainWord],
    safe: true,
    examples: { fire: ['Tiketti on eskaloitu toisen tason tukeen.', 'Tikettisi on päivitetty.', 'Eskaloin asian.'], notFire: ['Tukipyyntösi on siirretty asiantuntijoillemme.'] },
  },
  {
    id: 'fi.jargon.technical',
    category: 'jargon',
    pattern: [
      String.raw`(?:välimuisti{tail}|hotfix{tail}|bugi{tail}|bugeja|propagoi{tail}|workaround{tail}|firmware{tail}|resetoi{tail}|resetointi{tail}|backlog{tail}|cookie{tail})`,
      String.raw`L[123](?:-(?<lr>[\p{L}]+))?`,
      String.raw`(?<h>RMA|SLA|API|backend|DNS)(?::(?<e>[\p{L}]+)|-(?<r>[\p{L}]+))?`,
    ],
    message: {
      en: 'A technical term the customer may not know; a plain word says the same.',
      fi: 'Tekninen termi, jota asiakas ei ehkä tunne; arkinen sana kertoo saman.',
    },
    suggestions: [
      (m) => {
        if (m.named.h) return plainAcronym(m);
        // "L2-tukeen" → "asiantuntijoillemme"; "L2" alone → "asiantuntijat".
        if (/^L[123]/iu.test(m.text)) return m.named.lr ? 'asiantuntijoillemme' : 'asiantuntijat';
        return plainWord(m);
      },
    ],
    examples: {
      fire: ['Tyhjennä selaimen välimuisti.', 'Tilauksesi on RMA-prosessissa.', 'SLA-aikamme on 48 tuntia.', 'Virhe johtuu API:n aikakatkaisusta.', 'Julkaisimme tänään hotfixin.'],
      notFire: ['Tyhjennä selaimen historia ja yritä uudelleen.', 'Saat palautusnumeron sähköpostiisi.'],
    },
  },
  // ——— robotic ———
  {
    id: 'fi.robotic.inconvenience',
    category: 'robotic',
    pattern: [
      String.raw`pahoittelemme (?:(?:teille|sinulle) )?(?:(?:mahdollisesti|mahdollista|tästä|täten) )?(?:aiheutunutta|aiheutuvaa|aiheutuvia|aiheutuneita|tapahtunutta|mahdollista)(?: (?:haittaa|vaivaa|harmia|häiriötä|viivästystä|haittoja))?`,
      String.raw`pahoittelemme (?:mahdollisia|mahdollista) (?:haittoja|haittaa|vaivaa)`,
      String.raw`pahoittelemme (?:tätä |tapahtunutta )?(?:syvästi|suuresti|vilpittömästi)`,
    ],
    message: {
      en: 'A stock apology sounds scripted; apologise for the real thing in your own words.',
      fi: 'Vakiomuotoinen pahoittelu kuulostaa ulkoa opetellulta; pahoittele sitä, mitä oikeasti tapahtui, omin sanoin.',
    },
    suggestions: ['Olen todella pahoillani tästä', 'Pahoittelen, että …'],
    examples: {
      fire: ['Pahoittelemme mahdollisesti aiheutunutta haittaa.', 'Pahoittelemme tapahtunutta.', 'Pahoittelemme aiheutunutta haittaa.'],
      notFire: ['Pahoittelen, että jouduit odottamaan viikon.', 'Olet aivan oikeassa, ja pahoittelen virhettä.'],
    },
  },
  {
    id: 'fi.robotic.inquiry',
    category: 'robotic',
    pattern: [
      String.raw`kiitämme (?:teitä |sinua )?(?:yhteydenotosta{tail}|viesti{tail}|palaute{tail})(?: ja (?<next>[\p{L}]+))?`,
      String.raw`(?:yhteydenottosi|yhteydenottonne|palautteesi|palautteenne) (?:on|ovat) (?:meille )?(?:tärkeä|tärkeitä|arvokas|arvokkaita)`,
      String.raw`(?<n>asiasi|asianne|palautteesi|palautteenne|viestisi|viestinne|yhteydenottosi|tukipyyntösi|pyyntösi|valituksesi|reklamaatiosi) on (?:kirjattu|vastaanotettu|rekisteröity|otettu vastaan)(?: (?:järjestelmäämme|järjestelmään))?`,
      String.raw`otamme (?:palautteesi|palautteenne|asian|tämän) huomioon`,
      String.raw`(?:olemme|olen) (?:vastaanotta|kirjan)(?:nut|neet) (?:yhteydenottonne|yhteydenottosi|viestinne|viestisi|palautteenne|palautteesi|pyyntönne|pyyntösi)`,
      String.raw`(?:arvoisa|hyvä) (?:asiakas|asiakkaamme)`,
      String.raw`viittaamme (?:yhteydenottoonne|viestiinne|sähköpostiinne|kyselyynne|yhteydenottoosi|viestiisi)`,
      String.raw`toivomme(?:,)? että (?:tämä|tämä vastaus) (?:vastaa|vastasi) (?:kysymykseenne|kysymykseesi|tiedusteluunne)`,
      String.raw`pahoittelemme(?:,)? että (?:olette|olet) (?:kokeneet|kokenut)`,
      String.raw`lisäkysymyksissä (?:pyydämme ottamaan yhteyttä|voitte ottaa yhteyttä|ottakaa yhteyttä)`,
      String.raw`(?:on|ovat) käsittelyssä`,
      String.raw`mikäli (?:se on|on) tarpeen|mikäli tarpeellista`,
      String.raw`asianomai(?:nen|sen|selle|sta|sille|set)`,
      String.raw`pyydämme (?:teiltä |sinulta )?(?:ystävällisesti )?(?:ymmärrystä{tail}|kärsivällisyyttä{tail}|ymmärtämään)(?: asian suhteen)?`,
      String.raw`(?:katsomme|katson) (?:asian|tapauksen|yhteydenoton)(?: tämän osalta)? (?:loppuun )?käsitellyksi|(?:asia|tapaus) katsotaan (?:loppuun )?käsitellyksi`,
    ],
    message: {
      en: 'This is form-letter wording; a person would just say it plainly.',
      fi: 'Tämä on lomakekirjeen kieltä; ihminen sanoisi sen suoraan.',
    },
    suggestions: [
      // "Kiitämme yhteydenotostanne ja käsittelemme …" → "Kiitos, että otit yhteyttä. Käsittelemme …".
      (m) => (m.named.next ? `Kiitos, että otit yhteyttä. ${m.named.next.charAt(0).toUpperCase()}${m.named.next.slice(1)}` : undefined),
      (m) => (/kiitämme|tärkeä|arvok/iu.test(m.text) && !m.named.next ? 'Kiitos, että otit yhteyttä' : undefined),
      (m) => {
        const noun = lower(m.named.n);
        if (!noun) return undefined;
        return /^(?:asia|tukipyyntö|pyyntö|valitus|reklamaatio)/u.test(noun) ? `Otin ${noun} käsittelyyn` : `Sain ${noun}`;
      },
      (m) => (/huomioon/iu.test(m.text) ? 'Kiitos palautteesta, viemme sen eteenpäin' : undefined),
      (m) => (/vastaanottan|kirjanne/iu.test(m.text) ? 'sain viestisi' : undefined),
      (m) => (/^viittaamme/iu.test(m.text) ? 'Kiitos viestistäsi' : undefined),
      (m) => (/^toivomme/iu.test(m.text) ? 'Kerro toki, jos jokin jäi vielä epäselväksi' : undefined),
      (m) => (/kokenut|kokeneet/iu.test(m.text) ? 'Olen pahoillani, että' : undefined),
      (m) => (/^lisäkysymyksissä/iu.test(m.text) ? 'Jos sinulla on vielä kysyttävää, ota yhteyttä' : undefined),
      (m) => (/käsittelyssä/iu.test(m.text) ? 'on nyt työn alla, ja kerron heti, kun …' : undefined),
      (m) => (/tarpeen|tarpeellista/iu.test(m.text) ? 'jos tarvitsemme sinulta vielä jotain' : undefined),
      (m) => (/asiakas|asiakkaamme/iu.test(m.text) && !m.named.n ? 'Hei …' : undefined),
      (m) => ({ asianomainen: 'oikea', asianomaisen: 'oikean', asianomaiselle: 'oikealle', asianomaista: 'oikeaa', asianomaisille: 'oikeille', asianomaiset: 'oikeat' })[m.text.toLowerCase()],
      (m) => (/^pyydämme/iu.test(m.text) ? 'Tiedän, ettei tämä ollut toivomasi vastaus' : undefined),
      (m) => (/käsitellyksi/iu.test(m.text) ? 'Suljen tapauksen nyt, mutta vastaa tähän viestiin, jos tarvitset vielä apua' : undefined),
    ],
    examples: {
      fire: ['Kiitämme yhteydenotostanne.', 'Yhteydenottosi on meille tärkeä.', 'Asiasi on kirjattu järjestelmäämme.', 'Palautteesi on vastaanotettu.'],
      notFire: ['Kiitos yhteydenotostasi!', 'Sain viestisi, kiitos!'],
    },
  },
  // ——— clarity ———
  {
    id: 'fi.clarity.future-passive',
    category: 'clarity',
    pattern: String.raw`tullaan (?<v>[\p{L}]+(?:maan|mään))`,
    message: {
      en: '“Tullaan + -maan” is a heavy official future; the plain passive or “we” says it directly.',
      fi: '”Tullaan käsittelemään” on raskasta virkakieltä; tavallinen passiivi tai me-muoto sanoo saman suoraan.',
    },
    suggestions: [(m) => (m.named.v ? getThirdInfinitiveForms(m.named.v)?.passive : undefined), (m) => (m.named.v && !m.before.trim() ? getThirdInfinitiveForms(m.named.v)?.we : undefined)],
    safe: true,
    examples: { fire: ['Asiasi tullaan käsittelemään mahdollisimman pian.', 'Tilaus tullaan toimittamaan viikon aikana.'], notFire: ['Lasku käsitellään kahden päivän kuluessa.', 'Tulemme käymään huomenna.'] },
  },
];

export const ruleSet: RuleSet = { lang: 'fi', rules };
