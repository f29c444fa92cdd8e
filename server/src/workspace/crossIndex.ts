// The lookups behind the cross-article checks, kept up to date article by article: direct quotes by hashes of
// their four-word windows (shared quotes) and people by the keys of their names (name variants). Adding or
// removing an article costs its own quotes and names, never a scan of every article, and says which other articles'
// results can have changed, so only those are checked again.
//
// Why four-word windows find every near-identical quote: two quotes of n ≥ 8 words may differ by at most ⌊n/8⌋ word
// edits (isSameQuote); cut an indexed quote into ⌊n/8⌋ + 1 runs and at least one run is untouched by the edits, so
// it appears word for word in the other quote; each run has at least four words. So each quote is indexed by the
// first window of each of its runs (a few hashes), and a lookup tries every window of the quote looked up.
// Shorter quotes must match exactly: they are indexed and looked up by the hash of all their words.
import type { Range } from 'vscode-languageserver';
import type { ActorType } from '../analysis/types';
import { isNameVariant, transliterationKey } from './nameVariants';
import { quoteWords, splitWords } from './sharedQuotes';
import { WordIds } from './wordIds';

/** The fields of a direct quote the index needs; `text` is kept for open documents only. */
export interface QuoteInput {
  id: string;
  text: string;
  range: Range;
}

export interface PersonInput {
  id: string;
  name: string;
  /** Where the article first writes the name, for diagnostics that point there. */
  firstMention?: Range;
}

export interface ArticleInput {
  uri: string;
  people: readonly PersonInput[];
  directQuotes: readonly QuoteInput[];
  /** Whether the quote texts are kept (open documents); an indexed file's are read from the file when shown. */
  keepTexts: boolean;
  /** The article's own date (its reference date), for quote provenance. */
  date?: string;
}

export interface IndexedQuote {
  uri: string;
  id: string;
  range: Range;
  words: Int32Array;
  text?: string;
}

/** One wording of a quote with every article quoting it: a wire story's quote recurs across copies and pages. */
interface QuoteGroup {
  words: Int32Array;
  byUri: Map<string, IndexedQuote[]>;
}

/** One spelling of a person's name with the articles using it (and how many of their actors). */
interface NameGroup {
  name: string;
  byUri: Map<string, number>;
  /** Each article's first mention written this way, when known. */
  firstMentions: Map<string, Range>;
}

interface Article {
  quoteGroups: Set<QuoteGroup>;
  names: Set<string>;
  date?: string;
}

export interface NameVariantFound {
  /** The other spelling. */
  spelling: string;
  /** The articles that spell it that way, sorted. */
  uris: string[];
  /** Where those articles first write it (the ones whose mention is known). */
  mentions: { uri: string; range: Range }[];
}

const WINDOW = 4;

/** Word-level edits allowed between near-identical quotes: none under eight words, then one per eight words. */
function allowedWordEdits(length: number): number {
  return Math.floor(length / 8);
}

/** A 32-bit hash of `WINDOW` word ids from `start` (collisions only cost a comparison). */
function windowHash(words: Int32Array, start: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < start + WINDOW; index++) hash = Math.imul(hash ^ words[index], 0x01000193);
  return hash;
}

/** A 32-bit hash of a whole short quote, kept apart from window hashes by its length. */
function wholeHash(words: Int32Array): number {
  let hash = Math.imul(0x9e3779b1, words.length + 1);
  for (let index = 0; index < words.length; index++) hash = Math.imul(hash ^ words[index], 0x01000193);
  return hash;
}

/** Damerau-Levenshtein (optimal string alignment) distance between two word-id sequences. */
function wordEditDistance(a: Int32Array, b: Int32Array): number {
  const columns = b.length + 1;
  let before = new Int32Array(columns);
  let previous = new Int32Array(columns);
  let current = new Int32Array(columns);
  for (let column = 0; column < columns; column++) previous[column] = column;
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) best = Math.min(best, before[column - 2] + 1);
      current[column] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** isSameQuote over word ids. */
export function sameWords(a: Int32Array, b: Int32Array): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const allowed = allowedWordEdits(Math.min(a.length, b.length));
  if (Math.abs(a.length - b.length) > allowed) return false;
  if (a.length === b.length && a.every((word, index) => word === b[index])) return true;
  if (allowed === 0) return false;
  return wordEditDistance(a, b) <= allowed;
}

/** The bucket keys of a person's name: first name, surname, romanized surname (isNameVariant shares one). */
const keyCache = new Map<string, string[]>();
function personKeys(name: string): string[] {
  let keys = keyCache.get(name);
  if (!keys) {
    if (keyCache.size >= 50_000) keyCache.clear();
    const parts = name.trim().split(/\s+/);
    keys = parts.length < 2 ? [] : [`first:${parts[0].toLowerCase()}`, `last:${parts[parts.length - 1].toLowerCase()}`, `romanized:${transliterationKey(parts[parts.length - 1])}`];
    keyCache.set(name, keys);
  }
  return keys;
}

/** isNameVariant, remembered per pair: the same names recur across a workspace's articles. */
const verdictCache = new Map<string, boolean>();
function isVariantCached(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let verdict = verdictCache.get(key);
  if (verdict === undefined) {
    if (verdictCache.size >= 20_000) verdictCache.clear();
    verdictCache.set(key, (verdict = isNameVariant(a, b)));
  }
  return verdict;
}

export class CrossArticleIndex {
  private readonly words = new WordIds();
  private readonly articles = new Map<string, Article>();
  /** Quote groups by their wording (word ids joined). */
  private readonly groups = new Map<string, QuoteGroup>();
  /** One group, or several when their hashes collide or their runs share a window (rare). */
  private readonly groupsByHash = new Map<number, QuoteGroup | QuoteGroup[]>();
  private readonly names = new Map<string, NameGroup>();
  private readonly namesByKey = new Map<string, Set<NameGroup>>();

  get size(): number {
    return this.articles.size;
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  /** The article's own date, when it has one. */
  dateOf(uri: string): string | undefined {
    return this.articles.get(uri)?.date;
  }

  /**
   * Puts an article in (replacing its previous version) and returns the other articles whose shared quotes or
   * name variants may differ because of it: those matching its previous or its new quotes and names.
   */
  set(input: ArticleInput): Set<string> {
    const affected = this.delete(input.uri);
    const article: Article = { quoteGroups: new Set(), names: new Set(), date: input.date };
    for (const quote of input.directQuotes) {
      // An open document's quotes are looked up again on every analysis; an indexed file's are seen once.
      const words = this.words.idsOf(input.keepTexts ? quoteWords(quote.text) : splitWords(quote.text));
      if (words.length < 2) continue;
      const group = this.groupOf(words);
      const entry: IndexedQuote = { uri: input.uri, id: quote.id, range: quote.range, words: group.words, ...(input.keepTexts ? { text: quote.text } : {}) };
      const list = group.byUri.get(input.uri);
      if (list) list.push(entry);
      else group.byUri.set(input.uri, [entry]);
      article.quoteGroups.add(group);
    }
    for (const person of input.people) {
      const group = this.nameGroupOf(person.name);
      group.byUri.set(input.uri, (group.byUri.get(input.uri) ?? 0) + 1);
      if (person.firstMention && !group.firstMentions.has(input.uri)) group.firstMentions.set(input.uri, person.firstMention);
      article.names.add(person.name);
    }
    this.articles.set(input.uri, article);
    this.collectAffected(article, affected);
    affected.delete(input.uri);
    return affected;
  }

  /** Takes an article out; returns the other articles that matched it. */
  delete(uri: string): Set<string> {
    const affected = new Set<string>();
    const article = this.articles.get(uri);
    if (!article) return affected;
    this.collectAffected(article, affected);
    for (const group of article.quoteGroups) {
      group.byUri.delete(uri);
      if (group.byUri.size) continue;
      this.groups.delete(group.words.join(','));
      for (const hash of indexHashesOf(group.words)) {
        const entry = this.groupsByHash.get(hash);
        const kept = Array.isArray(entry) ? entry.filter((each) => each !== group) : [];
        if (kept.length > 1) this.groupsByHash.set(hash, kept);
        else if (kept.length === 1) this.groupsByHash.set(hash, kept[0]);
        else this.groupsByHash.delete(hash);
      }
    }
    for (const name of article.names) {
      const group = this.names.get(name)!;
      group.byUri.delete(uri);
      group.firstMentions.delete(uri);
      if (group.byUri.size) continue;
      this.names.delete(name);
      for (const key of personKeys(name)) {
        const bucket = this.namesByKey.get(key)!;
        bucket.delete(group);
        if (!bucket.size) this.namesByKey.delete(key);
      }
    }
    this.articles.delete(uri);
    affected.delete(uri);
    return affected;
  }

  clear(): void {
    this.articles.clear();
    this.groups.clear();
    this.groupsByHash.clear();
    this.names.clear();
    this.namesByKey.clear();
  }

  /** The direct quotes of articles other than `uri` with the same words as `text`, or nearly. */
  sharedQuotes(uri: string, text: string): IndexedQuote[] {
    const found: IndexedQuote[] = [];
    for (const group of this.groupsLike(this.words.lookUp(quoteWords(text)))) {
      for (const [other, quotes] of group.byUri) if (other !== uri) found.push(...quotes);
    }
    return found;
  }

  /** The articles other than `uri` quoting the same words as `text`, or nearly, sorted. */
  sharedQuoteUris(uri: string, text: string): string[] {
    const uris = new Set<string>();
    for (const group of this.groupsLike(this.words.lookUp(quoteWords(text)))) for (const other of group.byUri.keys()) if (other !== uri) uris.add(other);
    return [...uris].sort();
  }

  /** The other spellings of a person's name in any article (its own article's other actors too). */
  nameVariants(uri: string, actor: { name: string; type: ActorType }): NameVariantFound[] {
    if (actor.type !== 'person') return [];
    return this.variantGroups(actor.name).map((group) => {
      const uris = [...group.byUri.keys()].sort();
      const mentions = uris.flatMap((other) => {
        const range = group.firstMentions.get(other);
        return range ? [{ uri: other, range }] : [];
      });
      return { spelling: group.name, uris, mentions };
    });
  }

  /** The articles of the groups matching an article's quotes and names. */
  private collectAffected(article: Article, affected: Set<string>): void {
    for (const group of article.quoteGroups) for (const match of this.groupsLike(group.words)) for (const uri of match.byUri.keys()) affected.add(uri);
    for (const name of article.names) for (const match of this.variantGroups(name)) for (const uri of match.byUri.keys()) affected.add(uri);
  }

  private groupOf(words: Int32Array): QuoteGroup {
    const key = words.join(',');
    let group = this.groups.get(key);
    if (!group) {
      group = { words, byUri: new Map() };
      this.groups.set(key, group);
      for (const hash of indexHashesOf(words)) {
        const entry = this.groupsByHash.get(hash);
        if (!entry) this.groupsByHash.set(hash, group);
        else if (Array.isArray(entry)) entry.push(group);
        else this.groupsByHash.set(hash, [entry, group]);
      }
    }
    return group;
  }

  private nameGroupOf(name: string): NameGroup {
    let group = this.names.get(name);
    if (!group) {
      group = { name, byUri: new Map(), firstMentions: new Map() };
      this.names.set(name, group);
      for (const key of personKeys(name)) {
        const bucket = this.namesByKey.get(key);
        if (bucket) bucket.add(group);
        else this.namesByKey.set(key, new Set([group]));
      }
    }
    return group;
  }

  /** The spellings that are variants of `name` (an identical spelling never is). */
  private variantGroups(name: string): NameGroup[] {
    const found = new Set<NameGroup>();
    for (const key of personKeys(name)) {
      for (const group of this.namesByKey.get(key) ?? []) if (isVariantCached(name, group.name)) found.add(group);
    }
    return [...found];
  }

  /** The quote groups with the same words as `words`, or nearly. */
  private groupsLike(words: Int32Array): QuoteGroup[] {
    if (words.length < 2) return [];
    const found = new Set<QuoteGroup>();
    for (const hash of lookupHashesOf(words)) {
      const entry = this.groupsByHash.get(hash);
      if (!entry) continue;
      for (const group of Array.isArray(entry) ? entry : [entry]) if (!found.has(group) && sameWords(words, group.words)) found.add(group);
    }
    return [...found];
  }
}

/** What a quote is indexed by: the first window of each of its ⌊n/8⌋ + 1 runs, or its whole hash when short. */
function indexHashesOf(words: Int32Array): number[] {
  if (words.length < 8) return [wholeHash(words)];
  const runs = allowedWordEdits(words.length) + 1;
  const runLength = Math.floor(words.length / runs);
  return [...new Set(Array.from({ length: runs }, (_, run) => windowHash(words, run * runLength)))];
}

/** What a quote is looked up by: every window of it (one holds an untouched run's start), or its whole hash. */
function lookupHashesOf(words: Int32Array): number[] {
  if (words.length < 8) return [wholeHash(words)];
  const hashes = new Set<number>();
  for (let start = 0; start + WINDOW <= words.length; start++) hashes.add(windowHash(words, start));
  return [...hashes];
}
