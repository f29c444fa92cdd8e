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
import { isNameVariant, nameParts, transliterationKey } from './nameVariants';
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

/** A quote of another article found in the index (made when asked for: the index keeps only numbers). */
export interface IndexedQuote {
  uri: string;
  id: string;
  range: Range;
  text?: string;
}

/** Numbers per quote of a group: article number, quote id (interned), start line, start character, end line, end character. */
const QUOTE_FIELDS = 6;
/** Numbers per article using a spelling: article number, how many of its actors, first mention's range (-1 when unknown). */
const NAME_FIELDS = 6;
const UNKNOWN = -1;

/** One wording of a quote with every article quoting it: a wire story's quote recurs across copies and pages. */
interface QuoteGroup {
  words: Int32Array;
  /** QUOTE_FIELDS numbers per quote, an article's quotes next to each other, articles in the order they came. */
  quotes: number[];
}

/** One spelling of a person's name with the articles using it. */
interface NameGroup {
  name: string;
  /** NAME_FIELDS numbers per article, in the order they came. */
  uses: number[];
}

interface Article {
  number: number;
  uri: string;
  quoteGroups: QuoteGroup[];
  nameGroups: NameGroup[];
  date?: string;
  /** An open document's quote texts by quote id (an indexed file's are read from the file). */
  texts?: Map<string, string>;
  /** An open document's date and people but their ranges (peopleKey): the same again, its quotes are updated alone. */
  people?: string;
}

/**
 * What an open document's input holds of its date and people but their ranges: the date, each person's id, name and
 * whether a first mention is known, in order. Typing moves ranges and mostly changes none of the rest.
 */
function peopleKey(input: ArticleInput): string {
  let key = `${input.date ?? ''}\u0000`;
  for (const person of input.people) key += `${person.id}\u0001${person.name}\u0001${person.firstMention ? 1 : 0}\u0000`;
  return key;
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

/**
 * The bucket keys of a person's name, so that every spelling isNameVariant accepts shares one: the first name with
 * the romanized surname's initial (the same first name, the surname spelled another way), the surname with the
 * romanized first name's initial, both romanized. A bucket then holds near spellings only, never every "John".
 */
function personKeys(name: string): string[] {
  const parts = nameParts(name);
  if (parts.length < 2) return [];
  const [first, last] = [parts[0], parts[parts.length - 1]];
  const [firstKey, lastKey] = [transliterationKey(first), transliterationKey(last)];
  return [`first:${first.toLowerCase()}|${lastKey.charAt(0)}`, `last:${last.toLowerCase()}|${firstKey.charAt(0)}`, `romanized:${firstKey}|${lastKey}`];
}

/** Values kept one to an entry of a map: one, or several (a list) when they share the key. */
function addTo<K, V>(map: Map<K, V | V[]>, key: K, value: V): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, value);
  else if (Array.isArray(entry)) entry.push(value);
  else map.set(key, [entry, value]);
}

function removeFrom<K, V>(map: Map<K, V | V[]>, key: K, value: V): void {
  const entry = map.get(key);
  if (entry === value) map.delete(key);
  else if (Array.isArray(entry)) {
    const kept = entry.filter((each) => each !== value);
    map.set(key, kept.length === 1 ? kept[0] : kept);
  }
}

function valuesOf<V>(entry: V | V[] | undefined): readonly V[] {
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

function rangeNumbers(range: Range | undefined): number[] {
  return range ? [range.start.line, range.start.character, range.end.line, range.end.character] : [UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN];
}

/** Writes rangeNumbers(range) into `target` from `at`. */
function writeRange(target: number[], at: number, range: Range | undefined): void {
  const numbers = rangeNumbers(range);
  for (let field = 0; field < numbers.length; field++) target[at + field] = numbers[field];
}

function rangeAt(source: readonly number[], at: number): Range | undefined {
  if (source[at] === UNKNOWN) return undefined;
  return { start: { line: source[at], character: source[at + 1] }, end: { line: source[at + 2], character: source[at + 3] } };
}

/** The numbers of `source` without the records (of `fields` numbers) whose first number is `article`. */
function withoutArticle(source: number[], fields: number, article: number): number[] {
  let count = 0;
  for (let at = 0; at < source.length; at += fields) if (source[at] !== article) count++;
  const kept = new Array<number>(count * fields);
  let to = 0;
  for (let at = 0; at < source.length; at += fields) if (source[at] !== article) for (let field = 0; field < fields; field++) kept[to++] = source[at + field];
  return kept;
}

export class CrossArticleIndex {
  private readonly words = new WordIds();
  private readonly articles = new Map<string, Article>();
  /** Articles by number (a number freed by a deleted article is given to the next one). */
  private readonly byNumber: (Article | undefined)[] = [];
  private readonly freeNumbers: number[] = [];
  /** Quote ids interned ("q1", "q2" … recur in every article). */
  private readonly quoteIds = new Map<string, number>();
  private readonly quoteIdList: string[] = [];
  /** Quote groups by the hashes they are indexed by (two groups share one when hashes collide or runs share a window). */
  private readonly groupsByHash = new Map<number, QuoteGroup | QuoteGroup[]>();
  private readonly names = new Map<string, NameGroup>();
  private readonly namesByKey = new Map<string, NameGroup | NameGroup[]>();
  /**
   * variantGroups()' answers while no spelling is added or taken out (their uses may change): looking each of a long
   * article's names up again cost the server's thread tens of milliseconds per keystroke.
   */
  private readonly variants = new Map<string, readonly NameGroup[]>();
  /**
   * The lookups' answers since the index last changed: an open document is checked again after every keystroke
   * with the same quotes and names, and looking each of a long article's hundreds of quotes up again (its words
   * split, interned and hashed) cost the server's thread milliseconds per edit. Emptied by every change.
   */
  private readonly answers = new Map<string, unknown>();
  /** Counts the changes: a lookup's answer is the same as long as it is the same (see generation). */
  private changes = 0;

  get size(): number {
    return this.articles.size;
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  /** A number that changes whenever the index does: results computed from it hold while it stays the same. */
  get generation(): number {
    return this.changes;
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
    const people = input.keepTexts ? peopleKey(input) : undefined;
    const previous = this.articles.get(input.uri);
    if (previous !== undefined && people !== undefined && previous.people === people && previous.texts !== undefined) return this.updated(previous, input);
    // (the spellings the previous version used and this one uses too stay in the index, with their place among the
    // spellings: an open article is put in again after every keystroke with the same people, and taking its
    // spellings out and in again each time made every name's variants be looked for anew, on the server's thread)
    const emptied: NameGroup[] = [];
    const affected = this.deleteKeeping(input.uri, emptied);
    this.answers.clear();
    this.changes++;
    const number = this.freeNumbers.pop() ?? this.byNumber.length;
    const article: Article = { number, uri: input.uri, quoteGroups: [], nameGroups: [], ...(input.date ? { date: input.date } : {}) };
    const quoteGroups = new Set<QuoteGroup>();
    for (const quote of input.directQuotes) {
      // An open document's quotes are looked up again on every analysis; an indexed file's are seen once.
      const words = this.words.idsOf(input.keepTexts ? quoteWords(quote.text) : splitWords(quote.text));
      if (words.length < 2) continue;
      const group = this.groupOf(words);
      // Arrays are replaced, not pushed to: a pushed array keeps room to grow, often twice what it holds.
      group.quotes = group.quotes.concat(number, this.quoteIdOf(quote.id), rangeNumbers(quote.range));
      quoteGroups.add(group);
      if (input.keepTexts) (article.texts ??= new Map()).set(quote.id, quote.text);
    }
    article.quoteGroups = [...quoteGroups];
    if (people !== undefined) article.people = people;
    this.addPeople(article, input.people);
    this.articles.set(input.uri, article);
    this.byNumber[number] = article;
    for (const group of emptied) if (group.uses.length === 0) this.dropNameGroup(group);
    this.collectAffected(article, affected);
    affected.delete(input.uri);
    return affected;
  }

  /**
   * set() of an open article whose date and people are those it holds but for their ranges (peopleKey): the quotes
   * whose text is the same keep their place in the index with their new ranges, the others are taken out and put in
   * as set() puts them, and the first mentions' ranges are written where they are. Returns the other articles
   * matching the article before or after (they show its ranges).
   */
  private updated(article: Article, input: ArticleInput): Set<string> {
    this.answers.clear();
    this.changes++;
    const texts = article.texts!;
    const inputs = new Map<string, QuoteInput>();
    for (const quote of input.directQuotes) inputs.set(quote.id, quote);
    // (a quote whose text is held, with the same text: the same place in the index, at its new range)
    const same = (id: string) => texts.get(id) !== undefined && texts.get(id) === inputs.get(id)?.text;
    let quotesChanged = texts.size !== inputs.size;
    for (const id of texts.keys()) if (!same(id)) quotesChanged = true;
    const affected = new Set<string>();
    if (quotesChanged) this.collectAffected(article, affected);
    const groupOfQuote = new Map<string, QuoteGroup>();
    for (const group of article.quoteGroups) {
      const quotes: number[] = [];
      for (let at = 0; at < group.quotes.length; at += QUOTE_FIELDS) {
        if (group.quotes[at] !== article.number) {
          for (let field = 0; field < QUOTE_FIELDS; field++) quotes.push(group.quotes[at + field]);
          continue;
        }
        const id = this.quoteIdList[group.quotes[at + 1]];
        if (!same(id)) continue;
        quotes.push(article.number, group.quotes[at + 1], ...rangeNumbers(inputs.get(id)!.range));
        groupOfQuote.set(id, group);
      }
      group.quotes = quotes;
      if (quotes.length === 0) for (const hash of indexHashesOf(group.words)) removeFrom(this.groupsByHash, hash, group);
    }
    if (quotesChanged) {
      // The quotes new or changed, as set() puts them in; the groups in the order of the quotes, as set() lists them.
      const quoteGroups = new Set<QuoteGroup>();
      const kept = new Map<string, string>();
      for (const quote of input.directQuotes) {
        let group = groupOfQuote.get(quote.id);
        if (group === undefined) {
          const words = this.words.idsOf(quoteWords(quote.text));
          if (words.length < 2) continue;
          group = this.groupOf(words);
          group.quotes = group.quotes.concat(article.number, this.quoteIdOf(quote.id), rangeNumbers(quote.range));
        }
        quoteGroups.add(group);
        kept.set(quote.id, quote.text);
      }
      article.quoteGroups = [...quoteGroups];
      article.texts = kept;
    }
    // (each spelling's first known mention, as addPeople() takes it: the first person of that name with one)
    const firstMentions = new Map<string, Range>();
    for (const person of input.people) if (person.firstMention && !firstMentions.has(person.name)) firstMentions.set(person.name, person.firstMention);
    for (const group of article.nameGroups) {
      for (let at = 0; at < group.uses.length; at += NAME_FIELDS) if (group.uses[at] === article.number) writeRange(group.uses, at + 2, firstMentions.get(group.name));
    }
    this.collectAffected(article, affected);
    affected.delete(article.uri);
    return affected;
  }

  /** Takes an article out; returns the other articles that matched it. */
  delete(uri: string): Set<string> {
    const emptied: NameGroup[] = [];
    const affected = this.deleteKeeping(uri, emptied);
    for (const group of emptied) this.dropNameGroup(group);
    return affected;
  }

  /** delete(), the spellings no article uses any more left in the index and added to `emptied`. */
  private deleteKeeping(uri: string, emptied: NameGroup[]): Set<string> {
    const affected = new Set<string>();
    const article = this.articles.get(uri);
    if (!article) return affected;
    this.answers.clear();
    this.changes++;
    this.collectAffected(article, affected);
    for (const group of article.quoteGroups) {
      group.quotes = withoutArticle(group.quotes, QUOTE_FIELDS, article.number);
      if (group.quotes.length) continue;
      for (const hash of indexHashesOf(group.words)) removeFrom(this.groupsByHash, hash, group);
    }
    this.removePeople(article, emptied);
    this.articles.delete(uri);
    this.byNumber[article.number] = undefined;
    this.freeNumbers.push(article.number);
    affected.delete(uri);
    return affected;
  }

  clear(): void {
    this.answers.clear();
    this.changes++;
    this.articles.clear();
    this.byNumber.length = 0;
    this.freeNumbers.length = 0;
    this.groupsByHash.clear();
    this.names.clear();
    this.namesByKey.clear();
    this.variants.clear();
  }

  /**
   * Replaces the people of an article in the index (its quotes stay): the not-actors list changed, and an indexed
   * file's quotes need not be read again. Returns the other articles whose name variants may differ.
   */
  setPeople(uri: string, people: readonly PersonInput[]): Set<string> {
    const affected = new Set<string>();
    const article = this.articles.get(uri);
    if (!article) return affected;
    this.answers.clear();
    this.changes++;
    this.collectAffectedByNames(article, affected);
    const emptied: NameGroup[] = [];
    this.removePeople(article, emptied);
    this.addPeople(article, people);
    for (const group of emptied) if (group.uses.length === 0) this.dropNameGroup(group);
    this.collectAffectedByNames(article, affected);
    affected.delete(uri);
    return affected;
  }

  /** The direct quotes of articles other than `uri` with the same words as `text`, or nearly (not to be changed: kept). */
  sharedQuotes(uri: string, text: string): readonly IndexedQuote[] {
    return this.remembered(`q\0${uri}\0${text}`, () => this.lookUpSharedQuotes(uri, text));
  }

  private lookUpSharedQuotes(uri: string, text: string): IndexedQuote[] {
    const found: IndexedQuote[] = [];
    for (const group of this.groupsLike(this.words.lookUp(quoteWords(text)))) {
      for (let at = 0; at < group.quotes.length; at += QUOTE_FIELDS) {
        const other = this.byNumber[group.quotes[at]]!;
        if (other.uri === uri) continue;
        const id = this.quoteIdList[group.quotes[at + 1]];
        const quoteText = other.texts?.get(id);
        found.push({ uri: other.uri, id, range: rangeAt(group.quotes, at + 2)!, ...(quoteText !== undefined ? { text: quoteText } : {}) });
      }
    }
    return found;
  }

  /** The articles other than `uri` quoting the same words as `text`, or nearly, sorted. */
  sharedQuoteUris(uri: string, text: string): string[] {
    const uris = new Set<string>();
    for (const group of this.groupsLike(this.words.lookUp(quoteWords(text)))) for (const other of this.quotingUris(group)) if (other !== uri) uris.add(other);
    return [...uris].sort();
  }

  /** The other spellings of a person's name in any article (its own article's other actors too; not to be changed: kept). */
  nameVariants(uri: string, actor: { name: string; type: ActorType }): readonly NameVariantFound[] {
    if (actor.type !== 'person') return [];
    return this.remembered(`n\0${actor.name}`, () => this.lookUpNameVariants(actor.name));
  }

  /** The answers most kept between two changes (an open article's quotes and names, many times over). */
  private static readonly MOST_ANSWERS = 50_000;

  /** The answer under `key` since the last change, computed once. */
  private remembered<T>(key: string, compute: () => T): T {
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const answer = compute();
    if (this.answers.size >= CrossArticleIndex.MOST_ANSWERS) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }

  private lookUpNameVariants(name: string): NameVariantFound[] {
    return this.variantGroups(name).map((group) => {
      const uses: { uri: string; range?: Range }[] = [];
      for (let at = 0; at < group.uses.length; at += NAME_FIELDS) uses.push({ uri: this.byNumber[group.uses[at]]!.uri, range: rangeAt(group.uses, at + 2) });
      uses.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      return { spelling: group.name, uris: uses.map((use) => use.uri), mentions: uses.flatMap((use) => (use.range ? [{ uri: use.uri, range: use.range }] : [])) };
    });
  }

  private quotingUris(group: QuoteGroup): string[] {
    const uris: string[] = [];
    for (let at = 0; at < group.quotes.length; at += QUOTE_FIELDS) uris.push(this.byNumber[group.quotes[at]]!.uri);
    return uris;
  }

  /** The articles of the groups matching an article's quotes and names. */
  private collectAffected(article: Article, affected: Set<string>): void {
    for (const group of article.quoteGroups) for (const match of this.groupsLike(group.words)) for (const uri of this.quotingUris(match)) affected.add(uri);
    this.collectAffectedByNames(article, affected);
  }

  private collectAffectedByNames(article: Article, affected: Set<string>): void {
    for (const name of article.nameGroups) {
      for (const match of this.variantGroups(name.name)) for (let at = 0; at < match.uses.length; at += NAME_FIELDS) affected.add(this.byNumber[match.uses[at]]!.uri);
    }
  }

  /** Puts an article's people in (it has none yet). */
  private addPeople(article: Article, people: readonly PersonInput[]): void {
    const nameGroups = new Set<NameGroup>();
    for (const person of people) {
      const group = this.nameGroupOf(person.name);
      const last = group.uses.length - NAME_FIELDS;
      if (nameGroups.has(group)) {
        // This article's use is the group's last one (its people are added together).
        group.uses[last + 1]++;
        if (group.uses[last + 2] === UNKNOWN && person.firstMention) group.uses.splice(last + 2, 4, ...rangeNumbers(person.firstMention));
      } else {
        group.uses = group.uses.concat(article.number, 1, rangeNumbers(person.firstMention));
        nameGroups.add(group);
      }
    }
    article.nameGroups = [...nameGroups];
  }

  /** Takes an article's people out; the spellings no article uses any more are added to `emptied` (dropNameGroup). */
  private removePeople(article: Article, emptied: NameGroup[]): void {
    for (const group of article.nameGroups) {
      group.uses = withoutArticle(group.uses, NAME_FIELDS, article.number);
      if (group.uses.length === 0) emptied.push(group);
    }
    article.nameGroups = [];
  }

  /** Takes a spelling no article uses out of the index. */
  private dropNameGroup(group: NameGroup): void {
    this.names.delete(group.name);
    for (const key of personKeys(group.name)) removeFrom(this.namesByKey, key, group);
    this.variants.clear();
  }

  private quoteIdOf(id: string): number {
    let number = this.quoteIds.get(id);
    if (number === undefined) {
      number = this.quoteIdList.push(id) - 1;
      this.quoteIds.set(id, number);
    }
    return number;
  }

  /** The group of exactly these words, made when new (an identical group has the same first indexed hash). */
  private groupOf(words: Int32Array): QuoteGroup {
    const hashes = indexHashesOf(words);
    for (const group of valuesOf(this.groupsByHash.get(hashes[0]))) if (sameSequence(group.words, words)) return group;
    const group: QuoteGroup = { words, quotes: [] };
    for (const hash of hashes) addTo(this.groupsByHash, hash, group);
    return group;
  }

  private nameGroupOf(name: string): NameGroup {
    let group = this.names.get(name);
    if (!group) {
      group = { name, uses: [] };
      this.names.set(name, group);
      for (const key of personKeys(name)) addTo(this.namesByKey, key, group);
      this.variants.clear();
    }
    return group;
  }

  /** The spellings that are variants of `name` (an identical spelling never is). */
  private variantGroups(name: string): readonly NameGroup[] {
    let found = this.variants.get(name);
    if (found === undefined) {
      const groups = new Set<NameGroup>();
      for (const key of personKeys(name)) for (const group of valuesOf(this.namesByKey.get(key))) if (!groups.has(group) && isNameVariant(name, group.name)) groups.add(group);
      found = [...groups];
      if (this.variants.size >= CrossArticleIndex.MOST_ANSWERS) this.variants.clear();
      this.variants.set(name, found);
    }
    return found;
  }

  /** The quote groups with the same words as `words`, or nearly. */
  private groupsLike(words: Int32Array): QuoteGroup[] {
    if (words.length < 2) return [];
    const found = new Set<QuoteGroup>();
    for (const hash of lookupHashesOf(words)) for (const group of valuesOf(this.groupsByHash.get(hash))) if (!found.has(group) && sameWords(words, group.words)) found.add(group);
    return [...found];
  }
}

function sameSequence(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
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
