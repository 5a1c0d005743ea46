import { foldText, getQueryTerms, getSearchTerms } from './normalize';
import type { Template, TemplateChannel } from './schema';
import { getTemplateVersion, getTemplateVersions, type TemplateVersion } from './variant';

// The template search index: an inverted index of folded terms with per-field weights, and a character trie of
// the terms for prefix and typo look-ups (bounded optimal-string-alignment Damerau–Levenshtein, pruned per trie
// row). Every language version of a template is its own document; results are one per template. Relevance first
// (term quality × idf × field weight, how much of the query and of the title matched), then frecency, the
// customer's language and the channel. test/bench/templates.bench.ts measures it against MiniSearch and Fuse.js.

/** Field weights: a hit in the shortcut counts most, then the title, the tags, the body. */
export const FIELD_BOOSTS = { shortcut: 4, title: 3, tags: 2, body: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
/** Typical field lengths in terms, for BM25's length normalisation (fixed, so incremental updates stay cheap). */
const AVERAGE_LENGTH: Record<Field, number> = { shortcut: 1.5, title: 5, tags: 2, body: 60 };
const BM25_K = 1.2;
const BM25_B = 0.75;

/** How much a term that is not exactly the query term counts. */
const PREFIX_QUALITY = 0.75;
const TYPO_QUALITY = [1, 0.55, 0.35] as const;
/** Most terms a prefix expands to (the shortest first), so that a one-letter query stays fast. */
const MAX_PREFIX_TERMS = 64;
const DAY = 86_400_000;
/** A word whose matches are in more than this share of documents only scores documents other words found. */
const COMMON_SHARE = 0.08;

export interface SearchOptions {
  /** The customer's language (BCP 47): templates with a version in it rank higher and show that version. */
  lang?: string;
  /** The channel of the conversation: templates that suit it rank higher. */
  channel?: TemplateChannel;
  /** Most results (default 20). */
  limit?: number;
  /** The current time for recency (default now). */
  now?: number;
}

export interface TemplateHit {
  template: Template;
  /** The language version that matched (for an empty query, the one in `lang`). */
  version: TemplateVersion;
  score: number;
}

export interface TemplateIndex {
  /** Matching templates, best first. An empty query lists templates by frecency, language and channel. */
  search(query: string, options?: SearchOptions): TemplateHit[];
  /** Adds a template (replaces one with the same id). */
  add(template: Template): void;
  /** Re-indexes a changed template (usage counts included). */
  update(template: Template): void;
  /** Removes a template by id or template. */
  remove(template: Template | string): void;
  /** How many templates the index holds. */
  readonly size: number;
}

/** A trie node over UTF-16 code units (folded text has no surrogate pairs that matter for typos). */
interface TrieNode {
  /** Child code units and nodes, in parallel arrays: walking them allocates nothing. */
  keys: number[];
  children: TrieNode[];
  term: number;
}

interface Doc {
  template: Template;
  version: TemplateVersion;
  /** The template's number in this index (its versions share it), for keeping one result per template. */
  slot: number;
  /** Primary language subtag of the version. */
  language: string;
  terms: number[];
  titleTerms: number[];
  shortcut: string;
}

function getChild(node: TrieNode, code: number): TrieNode | undefined {
  const at = node.keys.indexOf(code);
  return at < 0 ? undefined : node.children[at];
}

function getPrimaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

function getFieldTexts(template: Template, version: TemplateVersion): Record<Field, string> {
  return { shortcut: version.shortcut ?? template.shortcut ?? '', title: version.title, tags: template.tags.join(' ') + (template.folder ? ` ${template.folder}` : ''), body: version.body };
}

/** Frecency in [0, 1]: how often (log scale) and how recently (half-life 30 days) the template was used. */
export function getFrecency(template: Pick<Template, 'usageCount' | 'lastUsedAt'>, now: number): number {
  const count = template.usageCount ?? 0;
  if (count <= 0) return 0;
  const often = Math.min(1, Math.log2(1 + count) / 8);
  const age = template.lastUsedAt === undefined ? Infinity : Math.max(0, now - template.lastUsedAt) / DAY;
  return often * (0.4 + 0.6 * 0.5 ** (age / 30));
}

/** Builds a search index over templates (all language versions). */
export function createTemplateIndex(templates: Iterable<Template> = []): TemplateIndex {
  const termIds = new Map<string, number>();
  const termText: string[] = [];
  const postingDocs: number[][] = [];
  const postingWeights: number[][] = [];
  const root: TrieNode = { keys: [], children: [], term: -1 };
  const docs: (Doc | undefined)[] = [];
  const docsByTemplate = new Map<string, number[]>();
  const shortcuts = new Map<string, Set<number>>();
  let liveDocs = 0;
  // Scratch arrays, grown with the documents, reused by every search.
  let tokenScore = new Float64Array(0);
  let totalScore = new Float64Array(0);
  /** Per document: the last query word (index + 1) that matched it, and how many words matched it. */
  let matchedTokens = new Uint8Array(0);
  let wordCount = new Uint8Array(0);
  let seenStamp = new Uint32Array(0);
  /** Per term: the search that matched it last (title coverage). Per template slot: its best document so far. */
  let termStamp = new Uint32Array(0);
  let slotStamp = new Uint32Array(0);
  let slotScore = new Float64Array(0);
  let slotDoc = new Int32Array(0);
  let nextSlot = 0;
  let stamp = 0;

  function getTermId(term: string): number {
    let id = termIds.get(term);
    if (id !== undefined) return id;
    id = termText.length;
    termIds.set(term, id);
    termText.push(term);
    postingDocs.push([]);
    postingWeights.push([]);
    let node = root;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let next = getChild(node, code);
      if (!next) {
        next = { keys: [], children: [], term: -1 };
        node.keys.push(code);
        node.children.push(next);
      }
      node = next;
    }
    node.term = id;
    return id;
  }

  function addDoc(template: Template, version: TemplateVersion, slot: number): number {
    const docId = docs.length;
    const fields = getFieldTexts(template, version);
    const weights = new Map<number, number>();
    for (const field of FIELDS) {
      const terms = getSearchTerms(fields[field]);
      if (terms.length === 0) continue;
      const counts = new Map<number, number>();
      for (const term of terms) {
        const id = getTermId(term);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const norm = 1 - BM25_B + (BM25_B * terms.length) / AVERAGE_LENGTH[field];
      for (const [id, tf] of counts) {
        const weight = (FIELD_BOOSTS[field] * tf * (BM25_K + 1)) / (tf + BM25_K * norm);
        weights.set(id, (weights.get(id) ?? 0) + weight);
      }
    }
    for (const [id, weight] of weights) {
      postingDocs[id]!.push(docId);
      postingWeights[id]!.push(weight);
    }
    const shortcut = foldText(fields.shortcut);
    docs.push({
      template,
      version,
      slot,
      language: getPrimaryLanguage(version.language),
      terms: [...weights.keys()],
      titleTerms: [...new Set(getSearchTerms(version.title).map((term) => termIds.get(term)!))],
      shortcut,
    });
    if (shortcut) {
      let set = shortcuts.get(shortcut);
      if (!set) shortcuts.set(shortcut, (set = new Set()));
      set.add(docId);
    }
    liveDocs += 1;
    return docId;
  }

  function add(template: Template): void {
    remove(template.id);
    const slot = nextSlot++;
    docsByTemplate.set(
      template.id,
      getTemplateVersions(template).map((version) => addDoc(template, version, slot)),
    );
  }

  function remove(target: Template | string): void {
    const id = typeof target === 'string' ? target : target.id;
    const ids = docsByTemplate.get(id);
    if (!ids) return;
    docsByTemplate.delete(id);
    for (const docId of ids) {
      const doc = docs[docId];
      if (!doc) continue;
      for (const term of doc.terms) {
        const list = postingDocs[term]!;
        const at = list.indexOf(docId);
        if (at >= 0) {
          list.splice(at, 1);
          postingWeights[term]!.splice(at, 1);
        }
      }
      shortcuts.get(doc.shortcut)?.delete(docId);
      docs[docId] = undefined;
      liveDocs -= 1;
    }
  }

  function ensureScratch(): void {
    if (termStamp.length < termText.length) {
      const grown = new Uint32Array(Math.max(256, termText.length * 2));
      grown.set(termStamp);
      termStamp = grown;
    }
    if (slotStamp.length < nextSlot) {
      const size = Math.max(64, nextSlot * 2);
      const stamps = new Uint32Array(size);
      stamps.set(slotStamp);
      slotStamp = stamps;
      slotScore = new Float64Array(size);
      slotDoc = new Int32Array(size);
    }
    if (tokenScore.length >= docs.length) return;
    const size = Math.max(64, docs.length * 2);
    tokenScore = new Float64Array(size);
    totalScore = new Float64Array(size);
    matchedTokens = new Uint8Array(size);
    wordCount = new Uint8Array(size);
    const seen = new Uint32Array(size);
    seen.set(seenStamp);
    seenStamp = seen;
  }

  /** Terms starting with `prefix` (shortest first), at most MAX_PREFIX_TERMS with documents. */
  function collectPrefix(prefix: string, into: Map<number, number>): void {
    let node: TrieNode | undefined = root;
    for (let i = 0; i < prefix.length && node; i++) node = getChild(node, prefix.charCodeAt(i));
    if (!node) return;
    let level: TrieNode[] = [node];
    let found = 0;
    while (level.length > 0 && found < MAX_PREFIX_TERMS) {
      const next: TrieNode[] = [];
      for (const current of level) {
        if (current.term >= 0 && postingDocs[current.term]!.length > 0) {
          const quality = current === node ? 1 : PREFIX_QUALITY * (0.6 + (0.4 * prefix.length) / termText[current.term]!.length);
          if ((into.get(current.term) ?? 0) < quality) into.set(current.term, quality);
          if (++found >= MAX_PREFIX_TERMS) break;
        }
        next.push(...current.children);
      }
      level = next;
    }
  }

  /** Terms within `maxDistance` edits (insert, delete, substitute, swap two neighbours) of `word`. */
  function collectTypos(word: string, maxDistance: number, into: Map<number, number>): void {
    const width = word.length + 1;
    const codes = new Int32Array(width);
    for (let i = 1; i < width; i++) codes[i] = word.charCodeAt(i - 1);
    const maxDepth = width + maxDistance;
    // One distance row per trie depth, reused along the walk (a child's row only needs its ancestors' rows).
    const rows = Array.from({ length: maxDepth + 2 }, () => new Int32Array(width));
    const path = new Int32Array(maxDepth + 2);
    for (let i = 0; i < width; i++) rows[0]![i] = i;
    const visit = (node: TrieNode, code: number, depth: number): void => {
      const row = rows[depth - 1]!;
      const current = rows[depth]!;
      const previousRow = depth >= 2 ? rows[depth - 2]! : undefined;
      const previousCode = depth >= 2 ? path[depth - 1]! : -1;
      path[depth] = code;
      current[0] = depth;
      let best = depth;
      for (let i = 1; i < width; i++) {
        const expected = codes[i]!;
        let value = row[i - 1]! + (expected === code ? 0 : 1);
        const up = row[i]! + 1;
        if (up < value) value = up;
        const left = current[i - 1]! + 1;
        if (left < value) value = left;
        if (previousRow !== undefined && i > 1 && expected === previousCode && codes[i - 1] === code) {
          const swap = previousRow[i - 2]! + 1;
          if (swap < value) value = swap;
        }
        current[i] = value;
        if (value < best) best = value;
      }
      const distance = current[width - 1]!;
      if (node.term >= 0 && distance > 0 && distance <= maxDistance && postingDocs[node.term]!.length > 0) {
        const quality = TYPO_QUALITY[distance] ?? 0;
        if ((into.get(node.term) ?? 0) < quality) into.set(node.term, quality);
      }
      if (best > maxDistance || depth >= maxDepth) return;
      const { keys, children } = node;
      for (let i = 0; i < keys.length; i++) visit(children[i]!, keys[i]!, depth + 1);
    };
    for (let i = 0; i < root.keys.length; i++) visit(root.children[i]!, root.keys[i]!, 1);
  }

  function getMaxTypos(length: number): number {
    if (length < 4) return 0;
    return length < 8 ? 1 : 2;
  }

  function search(query: string, options: SearchOptions = {}): TemplateHit[] {
    const limit = options.limit ?? 20;
    const now = options.now ?? Date.now();
    const lang = options.lang ? getPrimaryLanguage(options.lang) : undefined;
    const channel = options.channel;
    if (limit <= 0) return [];
    ensureScratch();
    stamp += 1;
    if (stamp === 0xffffffff) {
      seenStamp.fill(0);
      termStamp.fill(0);
      slotStamp.fill(0);
      stamp = 1;
    }
    const touched: number[] = [];

    const words = [...new Set(getQueryTerms(query))].slice(0, 16);
    // The last word is still being typed unless a space follows it: only it is also read as a prefix.
    const typing = !/\s$/u.test(query);
    const live = Math.max(1, liveDocs);
    let mostWords = 0;
    const wordMatches = words.map((word, index) => {
      const matches = new Map<number, number>();
      const exact = termIds.get(word);
      const known = exact !== undefined && postingDocs[exact]!.length > 0;
      if (known) matches.set(exact, 1);
      if (typing && index === words.length - 1) collectPrefix(word, matches);
      // A word the index knows is taken as meant; one it does not know is looked up with typos. (A typo that
      // makes another real word is then missed for that word, and the query's other words carry the match.)
      const typos = known ? 0 : getMaxTypos(word.length);
      if (typos > 0) collectTypos(word, typos, matches);
      let postings = 0;
      for (const term of matches.keys()) postings += postingDocs[term]!.length;
      return { matches, postings };
    });
    // Rare words first; a very common word ("for", "the") then only adds to documents a rarer word found, since
    // a document that has nothing but common words cannot rank above one that has the rare ones too.
    const order = wordMatches.map((_, index) => index).sort((a, b) => wordMatches[a]!.postings - wordMatches[b]!.postings);
    const common = live * COMMON_SHARE;
    for (const index of order) {
      const { matches, postings } = wordMatches[index]!;
      if (matches.size === 0) continue;
      const onlyFound = postings > common && touched.length > 0;
      const wordMark = index + 1;
      const tokenTouched: number[] = [];
      for (const [term, quality] of matches) {
        termStamp[term] = stamp;
        const list = postingDocs[term]!;
        const weights = postingWeights[term]!;
        const idf = Math.log(1 + (live - list.length + 0.5) / (list.length + 0.5));
        const factor = quality * Math.max(idf, 0.05);
        for (let i = 0; i < list.length; i++) {
          const docId = list[i]!;
          if (seenStamp[docId] !== stamp) {
            if (onlyFound) continue;
            seenStamp[docId] = stamp;
            totalScore[docId] = 0;
            matchedTokens[docId] = 0;
            wordCount[docId] = 0;
            touched.push(docId);
          }
          const value = factor * weights[i]!;
          if (matchedTokens[docId] !== wordMark) {
            matchedTokens[docId] = wordMark;
            tokenScore[docId] = value;
            tokenTouched.push(docId);
          } else if (value > tokenScore[docId]!) {
            tokenScore[docId] = value;
          }
        }
      }
      for (const docId of tokenTouched) {
        totalScore[docId] = totalScore[docId]! + tokenScore[docId]!;
        const count = wordCount[docId]! + 1;
        wordCount[docId] = count;
        if (count > mostWords) mostWords = count;
      }
    }

    const folded = foldText(query.trim());
    const shortcutDocs = folded ? shortcuts.get(folded) : undefined;
    if (shortcutDocs) {
      for (const docId of shortcutDocs) {
        if (seenStamp[docId] === stamp) continue;
        seenStamp[docId] = stamp;
        totalScore[docId] = 0;
        wordCount[docId] = 0;
        touched.push(docId);
      }
    }
    if (words.length === 0 && !shortcutDocs) return folded ? [] : listAll(options, now);

    // Documents that matched fewer than half the words of a longer query cannot reach the top; skip them early.
    const enough = words.length > 2 ? Math.ceil(mostWords / 2) : 0;
    const slots: number[] = [];
    for (const docId of touched) {
      const doc = docs[docId]!;
      const matched = wordCount[docId]!;
      const isShortcut = doc.shortcut !== '' && doc.shortcut === folded;
      if (matched < enough && !isShortcut) continue;
      const coverage = words.length === 0 ? 1 : matched / words.length;
      let score = totalScore[docId]! * coverage * coverage;
      const titleTerms = doc.titleTerms;
      if (titleTerms.length > 0) {
        let inTitle = 0;
        for (const term of titleTerms) if (termStamp[term] === stamp) inTitle += 1;
        const titleCoverage = inTitle / titleTerms.length;
        score *= 1 + titleCoverage * coverage + (titleCoverage === 1 && coverage === 1 ? 1 : 0);
      }
      if (isShortcut) score = (score + 10) * 3;
      else if (doc.shortcut && folded.length >= 2 && doc.shortcut.startsWith(folded)) score *= 1.5;
      if (score <= 0) continue;
      score *= 1 + 0.15 * getFrecency(doc.template, now);
      if (lang !== undefined && doc.language === lang) score *= 1.25;
      score *= getChannelFactor(doc.template, channel);
      const slot = doc.slot;
      if (slotStamp[slot] !== stamp) {
        slotStamp[slot] = stamp;
        slotScore[slot] = score;
        slotDoc[slot] = docId;
        slots.push(slot);
      } else if (score > slotScore[slot]!) {
        slotScore[slot] = score;
        slotDoc[slot] = docId;
      }
    }
    return getTop(
      slots.map((slot) => ({ doc: docs[slotDoc[slot]!]!, score: slotScore[slot]! })),
      limit,
    ).map(({ doc, score }) => ({ template: doc.template, version: doc.version, score }));
  }

  /** Every template (no query): by frecency, the customer's language and the channel. */
  function listAll(options: SearchOptions, now: number): TemplateHit[] {
    const lang = options.lang ? getPrimaryLanguage(options.lang) : undefined;
    const entries: { doc: Doc; score: number }[] = [];
    for (const ids of docsByTemplate.values()) {
      const first = docs[ids[0]!]!;
      const version = getTemplateVersion(first.template, options.lang);
      const inLanguage = lang !== undefined && getPrimaryLanguage(version.language) === lang;
      const score = (1 + getFrecency(first.template, now)) * (inLanguage ? 1.25 : 1) * getChannelFactor(first.template, options.channel);
      entries.push({ doc: { ...first, version }, score });
    }
    // Equal scores keep the order the templates were given in (the built-in ones first, as the background lists them).
    return entries
      .sort((a, b) => b.score - a.score)
      .slice(0, options.limit ?? 20)
      .map(({ doc, score }) => ({ template: doc.template, version: doc.version, score }));
  }

  for (const template of templates) add(template);

  return {
    search,
    add,
    update: add,
    remove,
    get size() {
      return docsByTemplate.size;
    },
  };
}

function isBetter(a: { doc: Doc; score: number }, b: { doc: Doc; score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.doc.template.id < b.doc.template.id);
}

/** The `limit` best entries, best first, without sorting them all (a result list is short, candidates many). */
function getTop<T extends { doc: Doc; score: number }>(entries: T[], limit: number): T[] {
  const top: T[] = [];
  for (const entry of entries) {
    if (top.length === limit && !isBetter(entry, top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && isBetter(entry, top[at - 1]!)) at -= 1;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

function getChannelFactor(template: Template, channel: TemplateChannel | undefined): number {
  return channel === undefined || template.channels.includes(channel) ? 1 : 0.6;
}
