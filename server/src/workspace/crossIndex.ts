// The lookups behind the cross-article checks, kept up to date article by article: direct quotes by hashes of
// their four-word windows (shared quotes) and people by the keys of their names (name variants). Adding or
// removing an article costs its own quotes and names, never a scan of every article, and says which other articles'
// results can have changed, so only those are checked again.
//
// Why four-word windows find every near-identical quote: two quotes of n ≥ 8 words may differ by at most ⌊n/8⌋ word
// edits (isSameQuote); cut one of them into ⌊n/8⌋ + 1 runs and at least one run is untouched by the edits, so it
// appears word for word in the other quote; each run has at least four words. Shorter quotes must match exactly.
import type { Range } from 'vscode-languageserver';
import type { ActorType } from '../analysis/types';
import { isNameVariant, transliterationKey } from './nameVariants';
import { quoteWords } from './sharedQuotes';
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
}

export interface ArticleInput {
  uri: string;
  people: readonly PersonInput[];
  directQuotes: readonly QuoteInput[];
  /** Whether the quote texts are kept (open documents); an indexed file's are read from the file when shown. */
  keepTexts: boolean;
}

export interface IndexedQuote {
  uri: string;
  id: string;
  range: Range;
  words: Int32Array;
  text?: string;
}

interface IndexedPerson {
  uri: string;
  id: string;
  name: string;
}

interface Article {
  quotes: number[];
  people: IndexedPerson[];
}

export interface NameVariantFound {
  /** The other spelling. */
  spelling: string;
  /** The articles that spell it that way, sorted. */
  uris: string[];
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
    if (verdictCache.size >= 200_000) verdictCache.clear();
    verdictCache.set(key, (verdict = isNameVariant(a, b)));
  }
  return verdict;
}

export class CrossArticleIndex {
  private readonly words = new WordIds();
  private readonly articles = new Map<string, Article>();
  /** Every indexed quote by number; removed ones leave a hole. */
  private readonly quotes: (IndexedQuote | undefined)[] = [];
  private readonly freeQuotes: number[] = [];
  private readonly quotesByHash = new Map<number, number[]>();
  private readonly peopleByKey = new Map<string, IndexedPerson[]>();

  get size(): number {
    return this.articles.size;
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.articles.keys();
  }

  /**
   * Puts an article in (replacing its previous version) and returns the other articles whose shared quotes or
   * name variants may differ because of it: those matching its previous or its new quotes and names.
   */
  set(input: ArticleInput): Set<string> {
    const affected = this.delete(input.uri);
    const article: Article = { quotes: [], people: [] };
    for (const quote of input.directQuotes) {
      const words = this.words.idsOf(quoteWords(quote.text));
      if (words.length < 2) continue;
      const entry: IndexedQuote = { uri: input.uri, id: quote.id, range: quote.range, words, ...(input.keepTexts ? { text: quote.text } : {}) };
      const number = this.freeQuotes.pop() ?? this.quotes.length;
      this.quotes[number] = entry;
      article.quotes.push(number);
      for (const hash of this.hashesOf(words)) {
        const list = this.quotesByHash.get(hash);
        if (list) list.push(number);
        else this.quotesByHash.set(hash, [number]);
      }
    }
    for (const person of input.people) {
      const entry: IndexedPerson = { uri: input.uri, id: person.id, name: person.name };
      article.people.push(entry);
      for (const key of personKeys(person.name)) {
        const bucket = this.peopleByKey.get(key);
        if (bucket) bucket.push(entry);
        else this.peopleByKey.set(key, [entry]);
      }
    }
    this.articles.set(input.uri, article);
    for (const number of article.quotes) for (const match of this.quotesLike(this.quotes[number]!.words)) affected.add(match.uri);
    for (const person of article.people) for (const variant of this.variantEntries(person.name, input.uri, person.id)) affected.add(variant.uri);
    affected.delete(input.uri);
    return affected;
  }

  /** Takes an article out; returns the other articles that matched it. */
  delete(uri: string): Set<string> {
    const affected = new Set<string>();
    const article = this.articles.get(uri);
    if (!article) return affected;
    for (const number of article.quotes) {
      const entry = this.quotes[number]!;
      for (const match of this.quotesLike(entry.words)) affected.add(match.uri);
      for (const hash of this.hashesOf(entry.words)) {
        const list = this.quotesByHash.get(hash);
        if (!list) continue;
        const at = list.indexOf(number);
        if (at >= 0) list.splice(at, 1);
        if (!list.length) this.quotesByHash.delete(hash);
      }
      this.quotes[number] = undefined;
      this.freeQuotes.push(number);
    }
    for (const person of article.people) {
      for (const variant of this.variantEntries(person.name, uri, person.id)) affected.add(variant.uri);
      for (const key of personKeys(person.name)) {
        const bucket = this.peopleByKey.get(key);
        if (!bucket) continue;
        const kept = bucket.filter((entry) => entry !== person);
        if (kept.length) this.peopleByKey.set(key, kept);
        else this.peopleByKey.delete(key);
      }
    }
    this.articles.delete(uri);
    affected.delete(uri);
    return affected;
  }

  clear(): void {
    this.articles.clear();
    this.quotes.length = 0;
    this.freeQuotes.length = 0;
    this.quotesByHash.clear();
    this.peopleByKey.clear();
  }

  /** The direct quotes of articles other than `uri` with the same words as `text`, or nearly. */
  sharedQuotes(uri: string, text: string): IndexedQuote[] {
    return this.quotesLike(this.words.lookUp(quoteWords(text))).filter((quote) => quote.uri !== uri);
  }

  /** The other spellings of a person's name in any article (its own article's other actors too). */
  nameVariants(uri: string, actor: { id: string; name: string; type: ActorType }): NameVariantFound[] {
    if (actor.type !== 'person') return [];
    const bySpelling = new Map<string, Set<string>>();
    for (const entry of this.variantEntries(actor.name, uri, actor.id)) {
      const uris = bySpelling.get(entry.name) ?? new Set<string>();
      uris.add(entry.uri);
      bySpelling.set(entry.name, uris);
    }
    return [...bySpelling.entries()].map(([spelling, uris]) => ({ spelling, uris: [...uris].sort() }));
  }

  private variantEntries(name: string, uri: string, id: string): IndexedPerson[] {
    const found = new Set<IndexedPerson>();
    for (const key of personKeys(name)) {
      for (const entry of this.peopleByKey.get(key) ?? []) {
        if ((entry.uri !== uri || entry.id !== id) && isVariantCached(name, entry.name)) found.add(entry);
      }
    }
    return [...found];
  }

  /** Window hashes for a long quote, its whole hash for a short one. */
  private hashesOf(words: Int32Array): number[] {
    if (words.length < 8) return [wholeHash(words)];
    const hashes = new Set<number>();
    for (let start = 0; start + WINDOW <= words.length; start++) hashes.add(windowHash(words, start));
    return [...hashes];
  }

  /** The indexed quotes with the same words as `words`, or nearly (any article). */
  private quotesLike(words: Int32Array): IndexedQuote[] {
    let probes: number[];
    if (words.length < 8) probes = [wholeHash(words)];
    else {
      // The first window of each of the ⌊n/8⌋ + 1 runs: one of the runs is in any near-identical quote.
      const runs = allowedWordEdits(words.length) + 1;
      const runLength = Math.floor(words.length / runs);
      probes = [];
      for (let run = 0; run < runs; run++) {
        probes.push(windowHash(words, run * runLength));
      }
    }
    const seen = new Set<number>();
    const found: IndexedQuote[] = [];
    for (const hash of probes) {
      for (const number of this.quotesByHash.get(hash) ?? []) {
        if (seen.has(number)) continue;
        seen.add(number);
        const quote = this.quotes[number]!;
        if (sameWords(words, quote.words)) found.push(quote);
      }
    }
    return found;
  }
}
