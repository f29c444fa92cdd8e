// Context features of each token for the name tagger. Shared by the training script and the analyzer, so the
// model sees the same features in both. Static features depend only on the text; the tagger adds the
// previous tags itself while decoding.
import { sameBytes } from '../sameBytes';
import { hasLetter, startsWithUppercase } from '../characters';
import type { DocumentTokens } from '../documentTokens';
import {
  currentWord,
  existingWord,
  newDocumentStamp,
  NORM_HAS_DIGIT,
  NORM_HAS_LETTER,
  NORM_HAS_LETTER_PAIR,
  NORM_HAS_LOWERCASE,
  NORM_STARTS_UPPERCASE,
  wordTableGeneration,
  type Word,
} from '../tokens';
import type { TokenList } from '../tokenList';
import { gazetteerTags as keptGazetteerTags } from './gazetteerTagsReuse';
import { capitalizedChunks as keptChunks } from './chunksReuse';
import { viewsArray } from './spareViews';
import { cacheChecksOn, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf } from '../previousTokens';
import { firstAtOrAfter } from '../partitionPoint';
import { INSTITUTION_HEADS, type Gazetteer } from './gazetteer';
import { slabInts } from './intSlab';
import type { ViewSums } from './jointTagger';
import { documentRegister, type Register } from './register';
import { LABELS } from './labels';
import { wordClusters } from './wordClusters';

// Features are 32-bit FNV-1a hashes of "template=value|value" computed without building the strings: analysis
// of a long article makes millions of them, and strings cost hashing twice and garbage collection.
const FNV_PRIME = 0x01000193;
const SEPARATOR = 0x7c; // "|"

function mix(hash: number, text: string): number {
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

/** mix() over text[from, to) without slicing it. */
function mixRange(hash: number, text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

/** The hash of a feature template's name, to continue with its values. */
export function template(name: string): number {
  return mix(0x811c9dc5, `${name}=`);
}

/** The feature "template=a" (or "template=a|b|c"), as a 32-bit integer. */
export function feature(templateHash: number, a: string, b?: string, c?: string): number {
  let hash = mix(templateHash, a);
  if (b !== undefined) hash = mix(Math.imul(hash ^ SEPARATOR, FNV_PRIME), b);
  if (c !== undefined) hash = mix(Math.imul(hash ^ SEPARATOR, FNV_PRIME), c);
  return hash | 0;
}

/** The hash of "template=a|", to finish with featureFrom(prefix, b) when a is fixed and b varies. */
export function featurePrefix(templateHash: number, a: string): number {
  return Math.imul(mix(templateHash, a) ^ SEPARATOR, FNV_PRIME);
}

/** feature(template, a, b) from featurePrefix(template, a). */
export function featureFrom(prefix: number, b: string): number {
  return mix(prefix, b) | 0;
}

const T = {
  bias: template('b'),
  word: template('w'),
  lower: template('l'),
  shape: template('s'),
  prefix: template('p'),
  suffix: template('x'),
  headline: template('hl'),
  headlineShape: template('hl|s'),
  unknownCase: template('unk-case'),
  sentenceStart: template('st'),
  sentenceStartShape: template('st|s'),
  seenLower: template('seen-lower'),
  sentenceStartSeenCapital: template('st|seen-cap'),
  lowerBefore: template('l-1'),
  lowerAfter: template('l+1'),
  lowerBefore2: template('l-2'),
  lowerAfter2: template('l+2'),
  shapeBefore: template('s-1'),
  shapeAfter: template('s+1'),
  bigramBefore: template('l-1|l'),
  bigramAfter: template('l|l+1'),
  shapeTrigram: template('s-1|s|s+1'),
  chunkPosition: template('c'),
  chunkLast: template('cl'),
  chunkLastPosition: template('cl|c'),
  chunkFirst: template('cf'),
  chunkLength: template('clen'),
  numericLine: template('numline'),
  numericLineShape: template('numline|s'),
  numericLineContext: template('numline|s-1|s+1'),
  gazetteer: template('g'),
  gazetteerShape: template('g|s'),
  gazetteerBefore: template('g-1'),
  gazetteerAfter: template('g+1'),
  firstPass: template('p1'),
  firstPassShape: template('p1|s'),
  firstPassBefore: template('p1-1'),
  firstPassAfter: template('p1+1'),
  firstPassPair: template('p1|p1+1'),
  elsewhere: template('d'),
  elsewhereOwn: template('d|p1'),
  elsewhereShare: template('d|share'),
  chunkHint: template('ch'),
  clusterCoarse: template('k1'),
  clusterFine: template('k2'),
  clusterShape: template('k2|s'),
  clusterBefore: template('k2-1'),
  clusterAfter: template('k2+1'),
  clusterBeforeCoarse: template('k1-1'),
  clusterAfterCoarse: template('k1+1'),
  contextBefore: template('agg-1'),
  contextAfter: template('agg+1'),
  registerGazetteer: template('reg|g'),
  registerWord: template('reg|l'),
};

/** At most this many words on each side are read from a name's other occurrences (context aggregation). */
const MAX_AGGREGATED = 6;

/**
 * Context aggregation (Ratinov & Roth 2009): for each capitalized word, the words just before and after its other
 * occurrences in the document ("shares of Acme" elsewhere tells that "Acme" alone in a headline is a company).
 */
/** The words around a name's other occurrences (aggregatedContexts), one object per name and document. */
export interface AggregatedContext {
  before: string[];
  after: string[];
}

function aggregatedContexts(views: readonly TokenView[]): (index: number) => AggregatedContext | undefined {
  // The occurrences of the names are listed when a name first asks (after an edit the tagger scores only the tokens
  // around it, often plain words only, and a long article's names were listed on every edit for nothing).
  let occurrences: Map<string, number[]> | undefined;
  const cache = new Map<string, AggregatedContext>();
  return (index) => {
    const view = views[index];
    if (view.plain) return undefined;
    const key = view.lower.startsWith('~') ? view.lower.slice(1) : view.lower;
    occurrences ??= nameOccurrences(views);
    const list = occurrences.get(key);
    if (!list || list.length < 2) return undefined;
    let found = cache.get(key);
    if (!found) {
      // (at most MAX_AGGREGATED distinct words each, in order of first sight: small arrays, no sets copied out)
      const before: string[] = [];
      const after: string[] = [];
      for (const at of list) {
        // (a name written a thousand times in a long article: its list read only until both sides are full)
        if (before.length === MAX_AGGREGATED && after.length === MAX_AGGREGATED) break;
        // Only words outside the name itself: the neighbours that are not capitalized words.
        const previous = views[at - 1];
        const next = views[at + 1];
        if (previous && previous.plain && before.length < MAX_AGGREGATED && !before.includes(previous.lower)) before.push(previous.lower);
        if (next && next.plain && after.length < MAX_AGGREGATED && !after.includes(next.lower)) after.push(next.lower);
      }
      cache.set(key, (found = { before, after }));
    }
    return found;
  };
}

/**
 * The indices of each capitalized word's occurrences (its tallyWord), for context aggregation. (The tokens documentFeatures
 * noted as headline or not plain are read, when it noted them: a plain view is none of these.)
 */
function nameOccurrences(views: readonly TokenView[]): Map<string, number[]> {
  const occurrences = new Map<string, number[]>();
  const named = namedTokensOf(views);
  const visited = named === undefined ? views.length : named.length;
  for (let at = 0; at < visited; at++) {
    const index = named === undefined ? at : named[at];
    const view = views[index];
    if (view.plain) continue;
    const key = view.lower.startsWith('~') ? view.lower.slice(1) : view.lower;
    if (!hasLetter(key)) continue;
    const list = occurrences.get(key);
    if (list) list.push(index);
    else occurrences.set(key, [index]);
  }
  return occurrences;
}

const CHUNK_LENGTH_HASHES = [0, 1, 2, 3, 4, 5].map((length) => feature(T.chunkLength, String(length)));
const CHUNK_HINT_FIRST = feature(T.chunkHint, 'first');
const CHUNK_HINT_HEAD = feature(T.chunkHint, 'head');

const shapes = new Map<string, string>();

/** wordShape, remembered: the same words come back all through an article. */
function cachedShape(word: string): string {
  let shape = shapes.get(word);
  if (shape === undefined) {
    shape = wordShape(word);
    if (shapes.size < 100_000) shapes.set(word, shape);
  }
  return shape;
}

/** "Vladimir" → "Xx", "U.S." → "X.X.", "G20" → "Xd", "1996-08-30" → "d-d-d": character classes, runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

function isCapitalized(word: string): boolean {
  return startsWithUppercase(word);
}

/**
 * Lines whose words are all capitalized (CoNLL's all-caps headlines, news Title Case headlines) say nothing with
 * their capitals; the tagger then reads each word in the casing the rest of the document gives it.
 */
export function headlineLines(tokens: TokenList): Uint8Array {
  return flagLines(tokens, isHeadline);
}

/** Whether tokens [from, to), a line, read as a headline (headlineLines). */
function isHeadline(tokens: TokenList, from: number, to: number): boolean {
  // (counted in place, without copying the line's tokens: this reads every token of every document)
  let words = 0;
  let longWords = 0;
  let allCaps = true;
  let longCapitalized = true;
  // Title Case leaves only articles, conjunctions and short prepositions small: a sentence whose few long words
  // are names ("Acme was up 2 on the New York Stock Exchange") is no headline.
  let titleSmallWordsOnly = true;
  // (the character tests read from the words' records; a line stops being read once it cannot be a headline:
  // the three conditions only ever turn false)
  for (let index = from; index < to; index++) {
    const word = tokens.word(index);
    const flags = word.normFlags;
    if ((flags & NORM_HAS_LETTER_PAIR) === 0) continue;
    words++;
    if (allCaps && (flags & NORM_HAS_LOWERCASE) !== 0) allCaps = false;
    const capitalized = (flags & NORM_STARTS_UPPERCASE) !== 0;
    if (titleSmallWordsOnly && !capitalized && (flags & NORM_HAS_DIGIT) === 0 && !TITLE_CASE_SMALL_WORDS.has(word.norm)) titleSmallWordsOnly = false;
    if (word.norm.length > 3) {
      longWords++;
      if (longCapitalized && !capitalized) longCapitalized = false;
    }
    if (!allCaps && !(longCapitalized && titleSmallWordsOnly)) return false;
  }
  if (words < 2) return false;
  return allCaps || (longWords >= 3 && longCapitalized && titleSmallWordsOnly);
}

// Words that Title Case headlines leave in small letters.
const TITLE_CASE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'v',
  'from',
  'with',
  'into',
  'over',
]);

/**
 * Flags every token of each line (tokens from one `lineStart` to the next) for which `test(tokens, first, end)` holds.
 * (`test` a module-level function: no closure made per call.)
 */
function flagLines(tokens: TokenList, test: (tokens: TokenList, from: number, to: number) => boolean): Uint8Array {
  const count = tokens.length;
  // (a byte per token, 1 on a flagged line: an array of booleans per token was a large object made and promoted on
  // every edit)
  const flags = new Uint8Array(count);
  let lineFirst = 0;
  for (let index = 1; index <= count; index++) {
    if (index < count && !tokens.lineStart(index)) continue;
    if (test(tokens, lineFirst, index)) flags.fill(1, lineFirst, index);
    lineFirst = index;
  }
  return flags;
}

/** What readView and the features read of a document's casing: the form a lower-case word has in its running text. */
export interface CasingLookup {
  get(lower: string): string | undefined;
}

let latestCasingStamp = 0;
/** How many casings were taken over from the previous version so far (for the tests). */
let casingsTakenOverCount = 0;

/** How many documents' casings DocumentCasing took over from their previous version so far. */
export function casingsTakenOver(): number {
  return casingsTakenOverCount;
}
/** The number of the latest DocumentCasing made (a casing taken over from the previous one keeps its stamp). */
let latestCasingVersion = 0;

/** What a document's casing may be taken over from: the previous version's, and how the two versions' tokens line up. */
export interface CasingBefore {
  casing: CasingLookup;
  tokens: TokenList;
  headline: Readonly<Uint8Array>;
  /** Tokens [0, prefix) and [from, length) are the previous version's [0, prefix) and [from + tokenShift, …) (previousTokens.ts). */
  prefix: number;
  from: number;
  tokenShift: number;
}

/**
 * The casing a word has in the running text of the document, where its capital letters mean something. Kept on the
 * words' records (Word.casingStamp, casingForm), not in a map per document (a map of every lower-case word was among
 * the analyzer's largest allocations); read there while this is the latest document's casing and the word table was
 * not emptied since, else from a map made then of the tokens (the edit path compares two versions' features).
 */
class DocumentCasing implements CasingLookup {
  private stamp = 0;
  private version = 0;
  private generation = 0;
  private fallback: Map<string, string> | undefined;
  private lastLower: string | undefined = undefined;
  private lastForm: string | undefined = undefined;

  constructor(
    private readonly tokens: TokenList,
    private readonly headline: Readonly<Uint8Array>,
    before?: CasingBefore,
  ) {
    if (before !== undefined && this.takenOver(before)) return;
    this.count();
  }

  /**
   * The casing of an edited document from the previous version's, changed by the tokens the edit replaced: when that
   * casing is still the one on the word records, the headlines outside the edit are where they were (the tokens there
   * are the same, sentence starts included: previousTokens.ts), and every word those tokens write is written one way
   * only in both versions (so no tie between forms, which goes to the form written first, can change). A letter typed
   * in a word of running text then changes two counts instead of a pass over every token. False, with nothing
   * changed, when it cannot be.
   */
  private takenOver(before: CasingBefore): boolean {
    const previous = before.casing;
    const generation = wordTableGeneration();
    if (!(previous instanceof DocumentCasing) || previous.version !== latestCasingVersion || previous.generation !== generation) return false;
    const { prefix, from, tokenShift } = before;
    if (!sameHeadlineFlags(before.headline, this.headline, prefix, from, tokenShift)) return false;
    const stamp = previous.stamp;
    // The changes, checked before any is made: per record, its one form and how its count moves.
    const changes = new Map<Word, { form: string; by: number }>();
    for (let index = prefix; index < from + tokenShift; index++) {
      const word = before.tokens.word(index);
      if (!wordCountsForCasing(before.tokens, before.headline, index, word)) continue;
      const record = word.normLowerWord;
      if (record === undefined || record.generation !== generation || record.casingStamp !== stamp || record.casingForms !== undefined || record.casingForm !== word.norm)
        return false;
      const change = changes.get(record);
      if (change === undefined) changes.set(record, { form: word.norm, by: -1 });
      else change.by--;
    }
    for (let index = prefix; index < from; index++) {
      const word = this.tokens.word(index);
      if (!wordCountsForCasing(this.tokens, this.headline, index, word)) continue;
      let record = word.normLowerWord;
      if (record === undefined || record.generation !== generation) word.normLowerWord = record = currentWord(record, word.normLower);
      if (record.casingStamp === stamp && (record.casingForms !== undefined || record.casingForm !== word.norm)) return false;
      const change = changes.get(record);
      if (change === undefined) changes.set(record, { form: word.norm, by: 1 });
      else if (change.form !== word.norm) return false;
      else change.by++;
    }
    if (wordTableGeneration() !== generation) return false;
    for (const [record, { form, by }] of changes) {
      const count = (record.casingStamp === stamp ? record.casingCount : 0) + by;
      if (count <= 0) {
        // (written nowhere in running text any more: no casing, as a fresh pass would not have met the word)
        record.casingStamp = 0;
        continue;
      }
      record.casingStamp = stamp;
      record.casingForm = form;
      record.casingCount = count;
      record.casingForms = undefined;
    }
    this.stamp = stamp;
    this.generation = generation;
    this.version = ++latestCasingVersion;
    casingsTakenOverCount++;
    return true;
  }

  private count(): void {
    const { tokens, headline } = this;
    // The first form of each lower-case word and how many times it occurs (Word.casingCount); the other forms are
    // counted only for the words written more than one way, on their records too (Word.casingForms: a map by record
    // was looked up at each such occurrence, a third of this step on a page of many stories). The records are all of one generation of the word
    // table (see withTallyRecords): were the table emptied on the way, the pass is made again, under a new stamp. (One
    // pass that brings the records up to date, reads the forms and counts them: a second pass over every token to
    // count the forms of the words written several ways cost a third of this step.)
    let several: Word[] | undefined;
    for (;;) {
      const generation = wordTableGeneration();
      const stamp = (this.stamp = ++latestCasingStamp);
      several = undefined;
      for (let index = 0; index < tokens.length; index++) {
        const word = tokens.word(index);
        if (!wordCountsForCasing(tokens, headline, index, word)) continue;
        let record = word.normLowerWord;
        if (record === undefined || record.generation !== generation) word.normLowerWord = record = currentWord(record, word.normLower);
        const form = word.norm;
        if (record.casingStamp !== stamp) {
          record.casingStamp = stamp;
          record.casingForm = form;
          record.casingCount = 1;
          record.casingForms = undefined;
        } else if (record.casingForm === form) record.casingCount++;
        else {
          const forms = record.casingForms;
          if (forms === undefined) {
            record.casingForms = { forms: [record.casingForm!, form], counts: [0, 1] };
            (several ??= []).push(record);
          } else {
            const at = forms.forms.indexOf(form);
            if (at < 0) {
              forms.forms.push(form);
              forms.counts.push(1);
            } else forms.counts[at]++;
          }
        }
      }
      if (wordTableGeneration() === generation) break;
    }
    this.generation = wordTableGeneration();
    this.version = ++latestCasingVersion;
    if (several === undefined) return;
    for (const record of several) {
      // (the first form's count is the record's; between equally frequent forms, the first written: mostFrequent())
      // (the lists stay on the record, which tells takenOver() that the word is written more than one way)
      const { forms, counts } = record.casingForms!;
      counts[0] = record.casingCount;
      let best = 0;
      for (let at = 1; at < forms.length; at++) if (counts[at] > counts[best]) best = at;
      record.casingForm = forms[best];
    }
  }

  get(lower: string): string | undefined {
    if (this.version === latestCasingVersion && this.generation === wordTableGeneration()) {
      // (a capitalized word at a sentence's start is asked twice in a row: the second answer without a lookup)
      if (lower === this.lastLower) return this.lastForm;
      const record = existingWord(lower);
      this.lastLower = lower;
      return (this.lastForm = record !== undefined && record.casingStamp === this.stamp ? record.casingForm : undefined);
    }
    return (this.fallback ??= casingMap(this.tokens, this.headline)).get(lower);
  }
}

/** Whether token `index` shows its word's casing: in running text, not opening a sentence, with a letter. */
function countsForCasing(tokens: TokenList, headline: Readonly<Uint8Array>, index: number): boolean {
  return wordCountsForCasing(tokens, headline, index, tokens.word(index));
}

/** countsForCasing() when the caller holds the token's word. */
function wordCountsForCasing(tokens: TokenList, headline: Readonly<Uint8Array>, index: number, word: Word): boolean {
  return !headline[index] && (word.normFlags & NORM_HAS_LETTER) !== 0 && !tokens.sentenceStart(index);
}

/** How many times each written form occurs in running text, among the tokens `counted`. */
function formCounts(tokens: TokenList, headline: Readonly<Uint8Array>, counted: (index: number) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < tokens.length; index++) {
    if (!countsForCasing(tokens, headline, index) || !counted(index)) continue;
    const form = tokens.norm(index);
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}

/** The most frequent form; between equally frequent ones, the first written. */
function mostFrequent(forms: readonly string[], counts: ReadonlyMap<string, number>): string {
  let best = forms[0];
  for (let at = 1; at < forms.length; at++) if (counts.get(forms[at])! > counts.get(best)!) best = forms[at];
  return best;
}

/** DocumentCasing's answers as a map, made of the tokens. */
function casingMap(tokens: TokenList, headline: Readonly<Uint8Array>): Map<string, string> {
  const casing = new Map<string, string>();
  let formsOf: Map<string, string[]> | undefined;
  for (let index = 0; index < tokens.length; index++) {
    if (!countsForCasing(tokens, headline, index)) continue;
    const word = tokens.word(index);
    const form = word.norm;
    const lower = word.normLower;
    const first = casing.get(lower);
    if (first === undefined) casing.set(lower, form);
    else if (first !== form) {
      const forms = (formsOf ??= new Map()).get(lower);
      if (forms === undefined) formsOf.set(lower, [first, form]);
      else if (!forms.includes(form)) forms.push(form);
    }
  }
  if (formsOf === undefined) return casing;
  const counts = formCounts(tokens, headline, (index) => formsOf.has(tokens.word(index).normLower));
  for (const [lower, forms] of formsOf) casing.set(lower, mostFrequent(forms, counts));
  return casing;
}

/** The casing a word has in the running text of the document, where its capital letters mean something. */
export function documentCasing(tokens: TokenList, headline: Readonly<Uint8Array>, before?: CasingBefore): CasingLookup {
  const casing = new DocumentCasing(tokens, headline, before);
  if (before !== undefined && cacheChecksOn()) checkedCasing(casing, tokens, headline, before);
  return casing;
}

/** Test mode: `casing`'s answers for every word of the document (and of the tokens the edit replaced) are a fresh count's. */
function checkedCasing(casing: CasingLookup, tokens: TokenList, headline: Readonly<Uint8Array>, before: CasingBefore): void {
  const fresh = casingMap(tokens, headline);
  const lowers: string[] = [];
  for (let index = 0; index < tokens.length; index++) lowers.push(tokens.word(index).normLower);
  for (let index = before.prefix; index < before.from + before.tokenShift; index++) lowers.push(before.tokens.word(index).normLower);
  for (const lower of lowers) if (casing.get(lower) !== fresh.get(lower)) throw new Error(`the casing of "${lower}" taken over differs from a fresh count's`);
}

export interface TokenView {
  /** The word as the tagger reads it (recased in headlines). */
  form: string;
  lower: string;
  shape: string;
  /** No capital letter, no digit: after a token outside any name, such a token is outside too (not scored). */
  plain: boolean;
  /** The word clusters of its lower-case word (wordClusters.ts ClusterLookup: coarse * 65536 + fine, -1 for none). */
  cluster: number;
  /** The features this view gives its neighbours (see neighbourHashes), made when first asked. */
  neighbourHashes?: readonly number[];
  /** The tagger's sums of weights of the features this view gives (jointTagger.ts ViewSums), made when first needed. */
  sums?: ViewSums;
  /** The record of tallyWord(view) (FirstPassTally), made when first needed (tokens.ts currentWord). */
  tallyRecord?: Word;
}

// What a word gives the tokens around it ("l-1=said", "s+1=Xx"), the same wherever it stands: hashed once per
// view (a view is shared by every token writing the word outside headlines) instead of once per token and pass.
const AS_BEFORE = 0;
const AS_AFTER = 1;
const AS_BEFORE2 = 2;
const AS_AFTER2 = 3;
const SHAPE_AS_BEFORE = 4;
const SHAPE_AS_AFTER = 5;

function neighbourHashes(view: TokenView): readonly number[] {
  let hashes = view.neighbourHashes;
  if (hashes === undefined) {
    // (a plain array of small integers: lighter than a typed array, kept for every distinct word)
    hashes = view.neighbourHashes = [
      feature(T.lowerBefore, view.lower),
      feature(T.lowerAfter, view.lower),
      feature(T.lowerBefore2, view.lower),
      feature(T.lowerAfter2, view.lower),
      feature(T.shapeBefore, view.shape),
      feature(T.shapeAfter, view.shape),
    ];
  }
  return hashes;
}

// The same features at the edges of the document.
const EDGE = {
  lowerBefore: feature(T.lowerBefore, '<s>'),
  lowerAfter: feature(T.lowerAfter, '</s>'),
  lowerBefore2: feature(T.lowerBefore2, '<s>'),
  lowerAfter2: feature(T.lowerAfter2, '</s>'),
  shapeBefore: feature(T.shapeBefore, '<s>'),
  shapeAfter: feature(T.shapeAfter, '</s>'),
};

// Lower-case words that may join the capitalized words of one name ("Bank of England", "Procter & Gamble").
const NAME_JOINERS = new Set(['of', '&', 'and', 'for', 'de', 'der', 'la', 'du', 'von', 'van', 'del', 'di', 'dello', 'della']);

/** A run of capitalized words (with joiners). */
export interface Chunk {
  first: number;
  last: number;
  /** A word of the run names a kind of organization ("Institute", "Inc"). */
  hasHead: boolean;
}

/**
 * The runs of capitalized words (with joiners) of a document's tokens: the runs in order, and per token the number of
 * its run + 1 (0 for a token in none: a joiner, an uncapitalized word). Numbers, not a run object per token: an
 * edit keeps the runs for the next one, and an array of a pointer per token was half a megabyte to keep and scan.
 */
export class CapitalizedRuns {
  constructor(
    readonly runOf: Int32Array,
    readonly runs: Chunk[],
  ) {}

  /** The run of capitalized token `index`, else undefined. */
  runAt(index: number): Chunk | undefined {
    const run = this.runOf[index];
    return run > 0 ? this.runs[run - 1] : undefined;
  }
}

/** For each capitalized token, the run of capitalized words (with joiners) it belongs to. */
function capitalizedChunks(views: readonly TokenView[]): CapitalizedRuns {
  const chunks = new CapitalizedRuns(slabInts(views.length), []);
  chunksWithin(views, chunks, 0, views.length);
  return chunks;
}

/** Whether token `index` is capitalized in its view (/^~?\p{Lu}/u); false past either end. */
export function capitalView(views: readonly TokenView[], index: number): boolean {
  const view = views[index];
  return view !== undefined && startsWithUppercase(view.form, view.form.charCodeAt(0) === 0x7e ? 1 : 0);
}

/** Whether token `index` is a lower-case word that may join two capitalized words of one name. */
export function joinerView(views: readonly TokenView[], index: number): boolean {
  const view = views[index];
  return view !== undefined && NAME_JOINERS.has(view.lower);
}

/**
 * Adds the runs starting in [from, to) to `chunks` (after its runs before `from`), scanning from `from` as the scan
 * of the whole document does when no run reaches `from` (chunksReuse.ts picks such places).
 */
export function chunksWithin(views: readonly TokenView[], chunks: CapitalizedRuns, from: number, to: number): void {
  const { runOf, runs } = chunks;
  let index = from;
  while (index < to) {
    if (!capitalView(views, index)) {
      index++;
      continue;
    }
    const first = index;
    let last = index;
    let cursor = index + 1;
    for (;;) {
      if (capitalView(views, cursor)) last = cursor++;
      else if (joinerView(views, cursor) && capitalView(views, cursor + 1)) cursor++;
      else break;
    }
    let hasHead = false;
    for (let inside = first; inside <= last && !hasHead; inside++) hasHead = INSTITUTION_HEADS.has(tallyWord(views[inside]));
    const number = runs.push({ first, last, hasHead });
    for (let inside = first; inside <= last; inside++) if (capitalView(views, inside)) runOf[inside] = number;
    index = last + 1;
  }
}

/** Tokens of lines that are mostly numbers: results tables, scores, market figures. */
export function numericLines(tokens: TokenList): Uint8Array {
  return flagLines(tokens, isNumericLine);
}

/** Whether tokens [from, to), a line, are mostly numbers (numericLines). */
function isNumericLine(tokens: TokenList, from: number, to: number): boolean {
  let numbers = 0;
  for (let index = from; index < to; index++) if ((tokens.word(index).normFlags & NORM_HAS_DIGIT) !== 0) numbers++;
  return numbers >= 2 && numbers * 3 >= to - from;
}

export interface DocumentFeatures {
  views: TokenView[];
  /** Static features of a token (hashed), computed when asked: most tokens of an article never need them. */
  featuresAt(index: number): number[];
  /** The same features written into `out` (at least MAX_FEATURES long); returns how many. */
  writeFeatures(index: number, out: Int32Array): number;
  /**
   * The features of writeFeatures() that depend on the token's view alone (its word, affixes, shape, cluster), the
   * same for every token with the same view object; and the others. Together they are writeFeatures()'s.
   */
  writeWordFeatures(index: number, out: Int32Array): number;
  writeContextFeatures(index: number, out: Int32Array): number;
  /**
   * writeContextFeatures() is writeOwnContextFeatures() and the features the tokens either side give (the word, the
   * shape and the word cluster of the token just before, and of the one just after): those are the same for every
   * token with the same view object, written by writeNeighbourFeatures(index, side) for token `index` standing
   * before (NEIGHBOUR_BEFORE) or after (NEIGHBOUR_AFTER) the token scored; an index past either end writes what the
   * edge gives.
   */
  writeOwnContextFeatures(index: number, out: Int32Array): number;
  writeNeighbourFeatures(index: number, side: NeighbourSide, out: Int32Array): number;
  /**
   * Nor does writeOwnContextFeatures() write the features of the words around the other occurrences of a token's
   * name (context aggregation): aggregatedContext(index) is that context, one object for every token of the name in
   * the document (undefined for none), and writeAggregatedFeatures(context) writes its features.
   */
  aggregatedContext(index: number): AggregatedContext | undefined;
  writeAggregatedFeatures(context: AggregatedContext, out: Int32Array): number;
  /**
   * Nor does it write the features of the token's own gazetteer list and of the document's register (OWN_LISTS):
   * writeOwnListFeatures(index) writes them, a function of the token's view, its list ownLists(index) (the same
   * array for every token of a word in no phrase) and `register`.
   */
  ownLists(index: number): readonly string[];
  /** Also writes the features of the token's run of capitalized words when it is a run of one token (CHUNK_SINGLE). */
  writeOwnListFeatures(index: number, out: Int32Array): number;
  /**
   * The token's run of capitalized words (one object for all its tokens), and for a longer run the features that are
   * the same for each of its tokens (CHUNK_WHOLE), not written by writeOwnContextFeatures().
   */
  chunkOf(index: number): Chunk | undefined;
  writeChunkFeatures(index: number, out: Int32Array): number;
  register: Register;
  /** headlineLines(tokens), computed once for the other steps too. */
  headline: Uint8Array;
}

/** /[\p{Lu}\p{N}]/u.test(word), answered without the regular expression for ASCII words (most of them). */
function hasCapitalOrDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return /[\p{Lu}\p{N}]/u.test(word);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return true;
  }
  return false;
}

// Which of a token's static features to write: the word's, the context's that the next two sides do not write
// (OWN_CONTEXT), what the tokens just before and after give (NEIGHBOURS_GIVE), the words around the name's other
// occurrences (AGGREGATED).
const WORD_FEATURES = 1;
const OWN_CONTEXT = 2;
const NEIGHBOURS_GIVE = 4;
const AGGREGATED = 8;
/**
 * Of the context's features, those of the token's own gazetteer lists and the register: a function of its view, its
 * list (one array per distinct list: Gazetteer.tagLists) and the document's register, which the
 * tagger sums once per view while these stay the same (jointTagger.ts). Part of writeFeatures(), not of
 * writeOwnContextFeatures().
 */
const OWN_LISTS = 16;
/**
 * The features of a token's run of capitalized words (capitalizedChunks) that are the same for every token of the
 * run: for a run of one token all of them, a function of its view and list like OWN_LISTS (CHUNK_SINGLE); for a
 * longer run those not of the token's place in it (CHUNK_WHOLE), which the tagger sums once per run. Neither is
 * part of writeOwnContextFeatures().
 */
const CHUNK_SINGLE = 32;
const CHUNK_WHOLE = 64;
const CONTEXT_FEATURES = OWN_CONTEXT | NEIGHBOURS_GIVE | AGGREGATED | OWN_LISTS | CHUNK_SINGLE | CHUNK_WHOLE;

/** Where a token stands from the token scored: writeNeighbourFeatures(). */
export type NeighbourSide = typeof NEIGHBOUR_BEFORE | typeof NEIGHBOUR_AFTER;
export const NEIGHBOUR_BEFORE = 0;
export const NEIGHBOUR_AFTER = 1;

/** More features than one token can have (static or document features). */
export const MAX_FEATURES = 256;

/** Where featuresAt() functions write before copying out (one for all documents: a typed array costs to make). */
const SCRATCH = new Int32Array(MAX_FEATURES);

/** The features of a name's aggregated context, written at out[count…]; returns the new count. */
function writeAggregated(aggregated: AggregatedContext, out: Int32Array, count: number): number {
  // (indexed loops: this runs for every scored token, and array iterators were garbage)
  for (let at = 0; at < aggregated.before.length; at++) out[count++] = feature(T.contextBefore, aggregated.before[at]);
  for (let at = 0; at < aggregated.after.length; at++) out[count++] = feature(T.contextAfter, aggregated.after[at]);
  return count;
}

/** How the tagger reads a written word (recased when it stands in a headline). */
function readView(written: string, inHeadline: boolean, casing: CasingLookup, clusterOf: (lower: string) => number): TokenView {
  // Names compared in NFC: "José" typed with a combining accent reads as the precomposed one.
  const norm = isAscii(written) ? written : written.normalize('NFC');
  const lower = norm.toLowerCase();
  const form = inHeadline ? headlineForm(norm, lower, casing) : norm;
  const plain = !form.startsWith('~') && !hasCapitalOrDigit(form);
  // neighbourHashes and sums are there from the start (filled later): one hidden class for every view.
  const bare = lower.startsWith('~') ? lower.slice(1) : lower;
  return {
    form,
    lower,
    shape: cachedShape(form.startsWith('~') ? form.slice(1) : form),
    plain,
    cluster: clusterOf(bare),
    neighbourHashes: undefined,
    sums: undefined,
    tallyRecord: undefined,
  };
}

/** The form a headline's word `norm` (lower-cased `lower`) reads in: as the document writes it elsewhere, else recased. */
function headlineForm(norm: string, lower: string, casing: CasingLookup): string {
  return hasLetter(norm) ? (casing.get(lower) ?? (norm.length > 1 && !norm.includes('.') ? `~${lower}` : norm)) : norm;
}

/**
 * The views of headlines' words, by form and written word (a view is a function of both): a headline's word reads in
 * the casing its document gives it, so its view is not kept in the word's record; kept here instead, the views of an
 * edited article's headlines are the same objects edit after edit (not a thousand new views, with their sums, kept
 * until the next edit). Emptied when large.
 */
const HEADLINE_VIEWS = new Map<string, TokenView>();
const MAX_HEADLINE_VIEWS = 50_000;

/** readView(written, true, casing, clusterOf), one object per form and written word. */
function headlineView(written: string, casing: CasingLookup, clusterOf: (lower: string) => number): TokenView {
  const norm = isAscii(written) ? written : written.normalize('NFC');
  const key = `${headlineForm(norm, norm.toLowerCase(), casing)}\u0000${written}`;
  let view = HEADLINE_VIEWS.get(key);
  if (view === undefined) {
    if (HEADLINE_VIEWS.size >= MAX_HEADLINE_VIEWS) HEADLINE_VIEWS.clear();
    HEADLINE_VIEWS.set(key, (view = readView(written, true, casing, clusterOf)));
  }
  return view;
}

function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 0x80) return false;
  return true;
}

/** How the tagger reads a word outside headlines: its view and word cluster. */
export interface TaggerReading {
  view: TokenView;
  cluster: number;
}

// The view of a word outside headlines is kept in the word's record (tokens.ts Word), shared by every token and
// document that writes the word (views are never changed).
function cachedReading(word: Word, clusterOf: (lower: string) => number): TaggerReading {
  let reading = word.tagger;
  if (reading === undefined) {
    const view = readView(word.norm, false, EMPTY_CASING, clusterOf);
    reading = word.tagger = { view, cluster: view.cluster };
  }
  return reading;
}

const EMPTY_CASING: CasingLookup = new Map<string, string>();

// Cluster ids as feature values ("17"), made once.
const CLUSTER_NAMES: string[] = [];

function clusterName(id: number): string {
  return (CLUSTER_NAMES[id] ??= String(id));
}

/**
 * What documentFeatures() writes its features from, and how. A class rather than functions written inside
 * documentFeatures(): such closures are new for every document, and their optimized code lives only as long as one
 * of them does, so after each full collection V8 compiled them again, edit after edit (issue 15,
 * bench/probes/recompile-probe.ts). These methods are made once.
 */
class FeatureWriter {
  constructor(
    readonly tokens: TokenList,
    readonly views: readonly TokenView[],
    readonly headline: Readonly<Uint8Array>,
    readonly casing: CasingLookup,
    /** Per token, the number of its gazetteer list in `gazetteerLists` (Gazetteer.tagTokens, tagLists). */
    readonly gazetteerTags: Readonly<Int32Array>,
    readonly gazetteerLists: readonly (readonly string[])[],
    readonly chunks: CapitalizedRuns,
    readonly lineNumbers: Readonly<Uint8Array>,
    readonly contexts: (index: number) => AggregatedContext | undefined,
    readonly register: Register,
  ) {}

  /** The fine cluster of token `index`'s word ('edge' past either end). */
  fine(index: number): string {
    const views = this.views;
    return index < 0 || index >= views.length ? 'edge' : views[index].cluster < 0 ? 'none' : clusterName(views[index].cluster & 0xffff);
  }

  /** The coarse cluster of token `index`'s word. */
  coarse(index: number): string {
    const views = this.views;
    return index < 0 || index >= views.length ? 'edge' : views[index].cluster < 0 ? 'none' : clusterName(views[index].cluster >>> 16);
  }

  /**
   * Token `index`'s features of `parts` written into `out`; returns how many. (Into a caller's buffer: a fresh array
   * per token and pass was most of the garbage collection.)
   */
  write(index: number, out: Int32Array, parts: number): number {
    const { tokens, views, headline, casing, chunks, gazetteerTags, gazetteerLists, lineNumbers, contexts } = this;
    const { form, lower, shape } = views[index];
    const ofWord = (parts & WORD_FEATURES) !== 0;
    const ofContext = (parts & OWN_CONTEXT) !== 0;
    let count = 0;
    if (ofWord) {
      out[count++] = T.bias | 0;
      out[count++] = feature(T.word, form);
      out[count++] = feature(T.lower, lower);
      out[count++] = feature(T.shape, shape);
      const bareStart = lower.startsWith('~') ? 1 : 0;
      const bareLength = lower.length - bareStart;
      // "p=a", "p=ab", "p=abc": each prefix hash continues the previous one.
      let prefixHash = T.prefix;
      for (let length = 1; length <= 3; length++) {
        if (bareLength <= length) break;
        prefixHash = Math.imul(prefixHash ^ lower.charCodeAt(bareStart + length - 1), FNV_PRIME);
        out[count++] = prefixHash | 0;
      }
      for (let length = 1; length <= 4; length++) if (bareLength > length) out[count++] = mixRange(T.suffix, lower, lower.length - length, lower.length) | 0;
    }
    const previous = views[index - 1];
    const next = views[index + 1];
    const shapeBefore = previous?.shape ?? '<s>';
    const shapeAfter = next?.shape ?? '</s>';
    if (ofContext) {
      const sentenceStart = tokens.sentenceStart(index);
      if (headline[index]) {
        out[count++] = T.headline | 0;
        out[count++] = feature(T.headlineShape, shape);
      }
      if (form.startsWith('~')) out[count++] = T.unknownCase | 0;
      if (sentenceStart) {
        out[count++] = T.sentenceStart | 0;
        out[count++] = feature(T.sentenceStartShape, shape);
      }
      if (isCapitalized(form)) {
        if (casing.get(lower) === lower) out[count++] = T.seenLower | 0;
        if (sentenceStart && casing.get(lower) === form) out[count++] = T.sentenceStartSeenCapital | 0;
      }
      const lowerBefore = previous?.lower ?? '<s>';
      const lowerAfter = next?.lower ?? '</s>';
      if ((parts & NEIGHBOURS_GIVE) !== 0) {
        count = this.writeGiven(index - 1, NEIGHBOUR_BEFORE, out, count);
        count = this.writeGiven(index + 1, NEIGHBOUR_AFTER, out, count);
      }
      const before2 = views[index - 2];
      const after2 = views[index + 2];
      out[count++] = before2 ? neighbourHashes(before2)[AS_BEFORE2] : EDGE.lowerBefore2;
      out[count++] = after2 ? neighbourHashes(after2)[AS_AFTER2] : EDGE.lowerAfter2;
      out[count++] = feature(T.bigramBefore, lowerBefore, lower);
      out[count++] = feature(T.bigramAfter, lower, lowerAfter);
      out[count++] = feature(T.shapeTrigram, shapeBefore, shape, shapeAfter);
    }
    const chunk = chunks.runAt(index);
    if (chunk) {
      // A run of one token: all its features (CHUNK_SINGLE); of a longer run, those of the token's place in it
      // (OWN_CONTEXT) and those of the whole run (CHUNK_WHOLE).
      const single = chunk.first === chunk.last;
      const ofWhole = (parts & (single ? CHUNK_SINGLE : CHUNK_WHOLE)) !== 0;
      const ofPlace = single ? ofWhole : ofContext;
      if (ofWhole || ofPlace) {
        const position = single ? 'U' : index === chunk.first ? 'B' : index === chunk.last ? 'L' : 'I';
        const last = views[chunk.last].lower;
        if (ofPlace) out[count++] = feature(T.chunkPosition, position);
        if (ofWhole) out[count++] = feature(T.chunkLast, last);
        if (ofPlace) out[count++] = feature(T.chunkLastPosition, last, position);
        if (ofWhole) {
          out[count++] = feature(T.chunkFirst, views[chunk.first].lower);
          out[count++] = CHUNK_LENGTH_HASHES[Math.min(chunk.last - chunk.first + 1, 5)];
          // What the run's words say about its type: a given name first, a kind of organization, a known place.
          const firstTags = gazetteerLists[gazetteerTags[chunk.first]];
          if (firstTags.includes('first')) out[count++] = CHUNK_HINT_FIRST;
          if (chunk.hasHead) out[count++] = CHUNK_HINT_HEAD;
          for (let at = 0; at < firstTags.length; at++) if (firstTags[at].endsWith('-B')) out[count++] = feature(T.chunkHint, firstTags[at]);
        }
      }
    }
    // What words used like this one and its neighbours in unlabelled text are.
    if (ofWord) {
      const ownFine = this.fine(index);
      // Conjoined with the capital: a capitalized "Musk" is a name although the word's cluster is of common nouns.
      const capital = isCapitalized(form) ? 'C' : 'l';
      out[count++] = feature(T.clusterCoarse, this.coarse(index), capital);
      out[count++] = feature(T.clusterFine, ownFine, capital);
      out[count++] = feature(T.clusterShape, ownFine, shape);
    }
    const ofLists = (parts & OWN_LISTS) !== 0;
    if (!ofContext && !ofLists) return count;
    if (ofLists && !ofContext) return this.writeOwnLists(index, out, count, gazetteerLists[gazetteerTags[index]], true, true);
    if ((parts & AGGREGATED) !== 0) {
      const aggregated = contexts(index);
      if (aggregated) count = writeAggregated(aggregated, out, count);
    }
    if (lineNumbers[index]) {
      out[count++] = T.numericLine | 0;
      out[count++] = feature(T.numericLineShape, shape);
      out[count++] = feature(T.numericLineContext, shapeBefore, shapeAfter);
    }
    const ownTags = gazetteerLists[gazetteerTags[index]];
    if (ofLists) count = this.writeOwnLists(index, out, count, ownTags, true, false);
    if (index > 0) {
      const tagsBefore = gazetteerLists[gazetteerTags[index - 1]];
      for (let at = 0; at < tagsBefore.length; at++) out[count++] = feature(T.gazetteerBefore, tagsBefore[at]);
    }
    if (index + 1 < gazetteerTags.length) {
      const tagsAfter = gazetteerLists[gazetteerTags[index + 1]];
      for (let at = 0; at < tagsAfter.length; at++) out[count++] = feature(T.gazetteerAfter, tagsAfter[at]);
    }
    return ofLists ? this.writeOwnLists(index, out, count, ownTags, false, true) : count;
  }
  /** The OWN_LISTS features of token `index`: its lists' (`lists`), then the register's (`registers`). */
  writeOwnLists(index: number, out: Int32Array, count: number, ownTags: readonly string[], lists: boolean, registers: boolean): number {
    const register = this.register;
    const { form, lower, shape } = this.views[index];
    if (lists) {
      for (let at = 0; at < ownTags.length; at++) {
        const tag = ownTags[at];
        out[count++] = feature(T.gazetteer, tag);
        out[count++] = feature(T.gazetteerShape, tag, shape);
      }
    }
    if (registers) {
      // The register (sports news or not) with what the word is: a town's name is its team's on the sports pages.
      for (let at = 0; at < ownTags.length; at++) out[count++] = feature(T.registerGazetteer, ownTags[at], register);
      if (isCapitalized(form)) out[count++] = feature(T.registerWord, lower, register);
    }
    return count;
  }

  /**
   * What token `index` (or the edge, past either end) gives the token after it (`side` NEIGHBOUR_BEFORE) or before
   * it (NEIGHBOUR_AFTER): its word, shape and cluster, fine and coarse. A function of the token's view (its cluster
   * is its view's word's).
   */
  writeGiven(index: number, side: NeighbourSide, out: Int32Array, count: number): number {
    const view = this.views[index];
    const hashes = view === undefined ? undefined : neighbourHashes(view);
    if (side === NEIGHBOUR_BEFORE) {
      out[count++] = hashes ? hashes[AS_BEFORE] : EDGE.lowerBefore;
      out[count++] = hashes ? hashes[SHAPE_AS_BEFORE] : EDGE.shapeBefore;
      out[count++] = feature(T.clusterBefore, this.fine(index));
      out[count++] = feature(T.clusterBeforeCoarse, this.coarse(index));
    } else {
      out[count++] = hashes ? hashes[AS_AFTER] : EDGE.lowerAfter;
      out[count++] = hashes ? hashes[SHAPE_AS_AFTER] : EDGE.shapeAfter;
      out[count++] = feature(T.clusterAfter, this.fine(index));
      out[count++] = feature(T.clusterAfterCoarse, this.coarse(index));
    }
    return count;
  }
}

/**
 * The tokens of the document documentFeatures() read last that stand in a headline or whose view is not plain, in
 * order, when `views` and `headline` are that document's (else undefined): the only tokens whose document-level
 * features (casing, context aggregation) an edit elsewhere can change (taggerReuse.ts dirtyTokens). Read before the
 * next document's features are: one buffer for every document.
 */
export function namedOrHeadlineTokens(views: readonly TokenView[], headline: Readonly<Uint8Array>): Int32Array | undefined {
  return namedOf !== undefined && namedOf.views === views && namedOf.headline === headline ? namedBuffer.subarray(0, namedOf.count) : undefined;
}
let namedBuffer = new Int32Array(0);
let namedOf: { views: readonly TokenView[]; headline: Readonly<Uint8Array>; count: number } | undefined;

/**
 * namedOrHeadlineTokens() of the document whose views are `views`, whatever its headlines: every token that may stand
 * in a name (a view that is not plain) is one of them (secondPassFeatures.ts reads the runs of such tokens).
 */
export function namedTokensOf(views: readonly TokenView[]): Int32Array | undefined {
  return namedOf !== undefined && namedOf.views === views ? namedBuffer.subarray(0, namedOf.count) : undefined;
}

/**
 * The views of the document analyzed last (documentFeatures), with its headline flags and its named tokens
 * (namedOrHeadlineTokens), for the next one.
 */
const keptViews = new KeptLatest<{ document: DocumentTokens; views: readonly TokenView[]; headline: Readonly<Uint8Array>; named: Int32Array; casing: CasingLookup }>();

/**
 * The views kept of the document `document` is aligned with (previousTokens.ts), when there are: not when the array
 * to be filled is theirs (spareViews.ts hands on only the arrays of documents no step reads, never the latest's).
 */
function keptViewsFor(
  document: DocumentTokens,
  views: readonly TokenView[],
): { document: DocumentTokens; views: readonly TokenView[]; headline: Readonly<Uint8Array>; named: Int32Array; casing: CasingLookup } | undefined {
  const kept = keptViews.value;
  if (kept === undefined || kept.views === views || !paragraphCachesEnabled() || alignmentOf(document).previous !== kept.document) return undefined;
  return kept;
}

/** Whether the tokens before `prefix` and from `from` on (the earlier ones `tokenShift` further) stand in headlines alike. */
function sameHeadlineFlags(before: Readonly<Uint8Array>, headline: Readonly<Uint8Array>, prefix: number, from: number, tokenShift: number): boolean {
  return sameBytes(before, 0, headline, 0, prefix) && sameBytes(before, from + tokenShift, headline, from, headline.length - from);
}

/**
 * Static features of every token of one document. `register`: documentRegister(tokens); `lines`: headlineLines and
 * numericLines of the tokens; when the caller has them. `document`: the tokens' DocumentTokens, for what an edit can
 * carry over from the previous analysis.
 */
export function documentFeatures(
  tokens: TokenList,
  names: Gazetteer,
  register: Register = documentRegister(tokens),
  lines: { headline: Uint8Array; numeric: Uint8Array } = { headline: headlineLines(tokens), numeric: numericLines(tokens) },
  document?: DocumentTokens,
): DocumentFeatures {
  const headline = lines.headline;
  // (outside headlines a token's view depends on its written form alone: read once per distinct word; the array made
  // at its length, not grown a push at a time: pushes took twice as long on a long article)
  const count = tokens.length;
  // (an analysis with the document's tokens, whose tagging keeps the views: a spare array of a document dropped since,
  // when it fits: spareViews.ts)
  const views = document ? viewsArray(count) : new Array<TokenView>(count);
  const kept = document && keptViewsFor(document, views);
  const alignment = kept ? alignmentOf(document!) : undefined;
  // (after an edit, the casing is the previous version's changed by the edited tokens, where it can be: DocumentCasing)
  const casing = documentCasing(tokens, headline, kept && { casing: kept.casing, tokens: kept.document.tokens, headline: kept.headline, ...alignment! });
  // (after an edit, the lists of the tokens away from it are the previous analysis's: gazetteerTagsReuse.ts)
  const gazetteerTags = document ? keptGazetteerTags(document, names) : names.tagTokens(tokens);
  const clusterOf = wordClusters();
  // (and the tokens standing in a headline or whose view is not plain, noted on the way: namedOrHeadlineTokens)
  namedOf = undefined;
  if (namedBuffer.length < count) namedBuffer = new Int32Array(Math.max(count, 2 * namedBuffer.length));
  const named = namedBuffer;
  let namedCount = 0;
  // After an edit, a token the same as before has the view it had when it stands in running text in both versions
  // (a word's view outside headlines is its record's: read here without the record) and, when no token before or
  // after the edit changed between running text and headline, the same place among the named ones: the views and
  // the named tokens there are the earlier ones, copied, and only the tokens between and the headlines' are read.
  const before = kept && sameHeadlineFlags(kept.headline, headline, alignment!.prefix, alignment!.from, alignment!.tokenShift) ? kept : undefined;
  // (without them: every token read, as the tokens between are)
  const { prefix, from, tokenShift } = before ? alignment! : { prefix: 0, from: count, tokenShift: 0 };
  // (and where the views begin to differ from the earlier ones, for the runs of capitalized words: chunksReuse.ts)
  let sameBefore = prefix;
  let sameFrom = from;
  if (before !== undefined) {
    // (a headline's words read the casing, which the edit may have changed: read again)
    for (let index = 0; index < prefix; index++) {
      views[index] = headline[index] ? headlineView(tokens.word(index).norm, casing, clusterOf) : before.views[index];
      if (views[index] !== before.views[index] && index < sameBefore) sameBefore = index;
    }
    namedCount = firstAtOrAfter(before.named, prefix);
    named.set(before.named.subarray(0, namedCount));
  }
  for (let index = prefix; index < from; index++) {
    const word = tokens.word(index);
    const view = headline[index] ? headlineView(word.norm, casing, clusterOf) : cachedReading(word, clusterOf).view;
    views[index] = view;
    if (headline[index] !== 0 || !view.plain) named[namedCount++] = index;
  }
  if (before !== undefined) {
    for (let index = from; index < count; index++) {
      views[index] = headline[index] ? headlineView(tokens.word(index).norm, casing, clusterOf) : before.views[index + tokenShift];
      if (views[index] !== before.views[index + tokenShift]) sameFrom = index + 1;
    }
    for (let at = firstAtOrAfter(before.named, from + tokenShift); at < before.named.length; at++) named[namedCount++] = before.named[at] - tokenShift;
  }
  namedOf = { views, headline, count: namedCount };
  if (document && paragraphCachesEnabled()) keptViews.value = { document, views, headline, named: named.slice(0, namedCount), casing };
  // (after an edit, the runs away from it are the previous analysis's: chunksReuse.ts)
  const chunks = document ? keptChunks(document, views, before && { views: before.views, before: sameBefore, from: sameFrom }) : capitalizedChunks(views);
  const contexts = aggregatedContexts(views);
  const gazetteerLists = names.tagLists;
  const writer = new FeatureWriter(tokens, views, headline, casing, gazetteerTags, gazetteerLists, chunks, lines.numeric, contexts, register);
  // (the callbacks below are new for every document, but only one call long: the work is the writer's)
  const writeAggregatedFeatures = (context: AggregatedContext, out: Int32Array) => writeAggregated(context, out, 0);
  const writeFeatures = (index: number, out: Int32Array) => writer.write(index, out, WORD_FEATURES | CONTEXT_FEATURES);
  const writeWordFeatures = (index: number, out: Int32Array) => writer.write(index, out, WORD_FEATURES);
  const writeContextFeatures = (index: number, out: Int32Array) => writer.write(index, out, CONTEXT_FEATURES);
  const writeOwnContextFeatures = (index: number, out: Int32Array) => writer.write(index, out, OWN_CONTEXT);
  const writeOwnListFeatures = (index: number, out: Int32Array) => writer.write(index, out, OWN_LISTS | CHUNK_SINGLE);
  const writeChunkFeatures = (index: number, out: Int32Array) => writer.write(index, out, CHUNK_WHOLE);
  const chunkOf = (index: number): Chunk | undefined => chunks.runAt(index);
  const ownLists = (index: number): readonly string[] => gazetteerLists[gazetteerTags[index]];
  const writeNeighbourFeatures = (index: number, side: NeighbourSide, out: Int32Array) => writer.writeGiven(index, side, out, 0);
  const featuresAt = (index: number): number[] => Array.from(SCRATCH.subarray(0, writeFeatures(index, SCRATCH)));
  return {
    views,
    featuresAt,
    writeFeatures,
    writeWordFeatures,
    writeContextFeatures,
    writeOwnContextFeatures,
    writeNeighbourFeatures,
    aggregatedContext: contexts,
    writeAggregatedFeatures,
    ownLists,
    writeOwnListFeatures,
    chunkOf,
    writeChunkFeatures,
    register,
    headline,
  };
}

/**
 * The first pass's tags of a document's tokens: per token, its label's index in LABELS (a byte per token, not a
 * string: the second pass's features read them, and the tagging keeps them for the next edit).
 */
export type FirstPassTags = Readonly<Uint8Array>;

/**
 * Document features for the second tagging pass: how the first pass tagged the other occurrences of the same
 * word in the document ("Airbus" tagged an organization in one sentence is likely one in the headline too).
 */
export function documentTagFeatures(views: readonly TokenView[], firstPass: FirstPassTags): (index: number) => number[] {
  const writeFeatures = documentTagFeatureWriter(views, firstPass);
  return (index) => Array.from(SCRATCH.subarray(0, writeFeatures(index, SCRATCH)));
}

/** The word a token's view tallies under in FirstPassTally. */
export function tallyWord(view: TokenView): string {
  return view.lower.startsWith('~') ? view.lower.slice(1) : view.lower;
}

// The type of each label ("B-PER" → "PER"), made once: a slice per token was garbage.
const LABEL_TYPES = new Map<string, string>();

/** A label's entity type ("B-PER" → "PER", "O" → "O"), one string per type. */
export function typeOfLabel(label: string): string {
  if (label === 'O') return 'O';
  let type = LABEL_TYPES.get(label);
  if (type === undefined) LABEL_TYPES.set(label, (type = label.slice(2)));
  return type;
}

/** The first-pass types of a word's occurrences, in order of first appearance, and how many of each. */
export interface TallyEntry {
  types: string[];
  counts: number[];
}

/**
 * Per word (a view's lower-case form without the recasing mark), the first-pass types of its occurrences. Most words
 * have one type in a document: its count and type are one small integer per word (an object and two arrays per word
 * were among the analyzer's largest allocations); the few with more keep a TallyEntry. Each word has a slot (a
 * number), each token keeping its word's. A fresh tally numbers the words through their records
 * (Word.documentStamp): no map per document. A tally after an edit (firstPassTallyReuse.ts) is made from the one
 * before: the same slots (TallyWords, shared along a document's versions), the counts copied but for the words the
 * edit touched.
 */
export class FirstPassTally {
  /** Each token's word's slot. */
  private readonly tokenSlots: Int32Array;
  /** Per slot, count * TYPE_SLOTS + the type's index (TALLY_TYPES) while the word has one type, -1 once it has more, 0 for none. */
  private readonly packed: Int32Array;
  private readonly several: Map<number, TallyEntry>;
  /** The slots this tally numbers: [0, slots). */
  readonly slots: number;
  /** The slots with a count (the document's distinct words). */
  readonly liveSlots: number;
  /** Per slot, the first token of its word (a fresh tally's), from which its words are read when first asked for. */
  private readonly firstTokens: Int32Array | undefined;
  private words: TallyWords | undefined;
  /** The word table's generation the views' tallyRecords are of (withTallyRecords), for a later reader of them; -1 when not made. */
  readonly recordsGeneration: number;

  constructor(
    private readonly views: readonly TokenView[],
    parts: TallyParts,
  ) {
    this.tokenSlots = parts.tokenSlots;
    this.packed = parts.packed;
    this.several = parts.several;
    this.slots = parts.slots;
    this.liveSlots = parts.liveSlots;
    this.firstTokens = parts.firstTokens;
    this.words = parts.words;
    this.recordsGeneration = parts.recordsGeneration;
  }

  /** The word's types and counts (a fresh entry for a word of one type), or undefined when not in the document. */
  get(word: string): TallyEntry | undefined {
    const slot = this.tallyWords().slotOf.get(word);
    if (slot === undefined || slot >= this.slots) return undefined;
    const packed = this.packed[slot];
    if (packed === 0) return undefined;
    return packed > 0 ? { types: [TALLY_TYPES[packed % TYPE_SLOTS]], counts: [Math.floor(packed / TYPE_SLOTS)] } : this.several.get(slot);
  }

  /** The slots' words, made on first use (a fresh tally's; a later version of the document takes them over). */
  tallyWords(): TallyWords {
    if (this.words === undefined) {
      const words = new TallyWords();
      for (let slot = 0; slot < this.slots; slot++) words.slotFor(tallyWord(this.views[this.firstTokens![slot]]));
      this.words = words;
    }
    return this.words;
  }

  /** The slot (number) of token `index`'s word: two tokens have the same tallyWord exactly when they have the same slot. */
  slotAt(index: number): number {
    return this.tokenSlots[index];
  }

  /** Each token's slot (slotAt()), for a tally made from this one (not to be changed). */
  tokenSlotRow(): Int32Array {
    return this.tokenSlots;
  }

  /** Per slot, its packed count (see `packed`), for a tally made from this one. */
  packedCounts(): Int32Array {
    return this.packed;
  }

  /** The entries of the words of several types, by slot, for a tally made from this one (not to be changed). */
  severalEntries(): ReadonlyMap<number, TallyEntry> {
    return this.several;
  }

  /** Per slot, 1 for the slot of one of `words` (words not in the document have none). */
  slotsOf(words: Iterable<string>): Uint8Array {
    const slots = this.tallyWords().slotOf;
    const marked = new Uint8Array(this.slots);
    for (const word of words) {
      const slot = slots.get(word);
      if (slot !== undefined && slot < this.slots) marked[slot] = 1;
    }
    return marked;
  }

  /** Sets `marks` to 0 at each token whose word's slot is marked in `slots` (slotsOf()). */
  unmarkWords(marks: Uint8Array, slots: Uint8Array): void {
    const tokenSlots = this.tokenSlots;
    for (let index = 0; index < tokenSlots.length; index++) if (marks[index] === 1 && slots[tokenSlots[index]] === 1) marks[index] = 0;
  }

  /** elsewhereTypes() of the word of token `index`, without an entry for a word of one type. */
  elsewhere(index: number, own: string, into: Elsewhere): Elsewhere {
    const slot = this.tokenSlots[index];
    const packed = this.packed[slot];
    if (packed < 0) return elsewhereTypes(this.several.get(slot)!, own, into);
    const type = TALLY_TYPES[packed % TYPE_SLOTS];
    const others = type === own ? Math.floor(packed / TYPE_SLOTS) - 1 : Math.floor(packed / TYPE_SLOTS);
    const best = type !== 'O' && others > 0 ? type : '';
    into.best = best;
    into.share = (best === '' ? 0 : others) * 2 >= others ? 'most' : 'some';
    into.others = others;
    return into;
  }
}

/** What a FirstPassTally is made of. */
export interface TallyParts {
  tokenSlots: Int32Array;
  packed: Int32Array;
  several: Map<number, TallyEntry>;
  slots: number;
  liveSlots: number;
  firstTokens: Int32Array | undefined;
  words: TallyWords | undefined;
  recordsGeneration: number;
}

/**
 * The words of a document's tally slots, both ways: made once from a fresh tally and shared by the tallies of the
 * document's later versions, each adding the words it meets first (a word keeps its slot; a tally reads only the
 * slots below its own `slots`).
 */
export class TallyWords {
  readonly slotOf = new Map<string, number>();
  readonly wordOf: string[] = [];

  /** The word's slot, a new one (the next number) for a word not met before. */
  slotFor(word: string): number {
    let slot = this.slotOf.get(word);
    if (slot === undefined) {
      slot = this.wordOf.push(word) - 1;
      this.slotOf.set(word, slot);
    }
    return slot;
  }
}

/**
 * Counts one more occurrence of type `typeIndex` (TALLY_TYPES) at `slot`: packed (FirstPassTally.packed) while the
 * word has one type, else in its entry in `several`, the types in order of first appearance.
 */
export function countInTally(packed: Int32Array, several: Map<number, TallyEntry>, slot: number, typeIndex: number): void {
  const current = packed[slot];
  if (current === 0) {
    packed[slot] = TYPE_SLOTS + typeIndex;
    return;
  }
  if (current > 0 && current % TYPE_SLOTS === typeIndex) {
    packed[slot] = current + TYPE_SLOTS;
    return;
  }
  countInSeveral(several, slot, current, TALLY_TYPES[typeIndex]);
  packed[slot] = -1;
}

/**
 * One more occurrence of `type` for the word at `slot` that has (or now gets) several types: in its entry in `several`,
 * made from `packed` (count * TYPE_SLOTS + the index of its one type so far) when it has none yet. The types keep the
 * order of their first appearance.
 */
export function countInSeveral(several: Map<number, TallyEntry>, slot: number, packed: number, type: string): void {
  let entry = several.get(slot);
  if (entry === undefined) several.set(slot, (entry = { types: [TALLY_TYPES[packed % TYPE_SLOTS]], counts: [Math.floor(packed / TYPE_SLOTS)] }));
  const index = entry.types.indexOf(type);
  if (index < 0) {
    entry.types.push(type);
    entry.counts.push(1);
  } else entry.counts[index]++;
}

/**
 * Gives views[from, to) their current tallyRecord, all of one generation of the word table: the numbering through
 * records needs one record per word (were the table emptied on the way, a word met before and after would have two).
 */
export function withTallyRecords(views: readonly TokenView[], from: number, to: number): void {
  for (;;) {
    const generation = wordTableGeneration();
    for (let index = from; index < to; index++) {
      const view = views[index];
      // (the word is made only for a record of an earlier generation: tallyWord() slices a recased view's)
      const kept = view.tallyRecord;
      if (kept === undefined || kept.generation !== generation) view.tallyRecord = currentWord(kept, tallyWord(view));
    }
    if (wordTableGeneration() === generation) return;
  }
}

/** The types a tally has met, each given an index below TYPE_SLOTS on first sight. */
export const TALLY_TYPES: string[] = [];
export const TYPE_SLOTS = 16;

export function tallyTypeIndex(type: string): number {
  let index = TALLY_TYPES.indexOf(type);
  if (index < 0) {
    if (TALLY_TYPES.length === TYPE_SLOTS) throw new Error(`more than ${TYPE_SLOTS} first-pass types`);
    index = TALLY_TYPES.push(type) - 1;
  }
  return index;
}

/** The first-pass type index (TALLY_TYPES) of each label (LABELS), found once. */
export const LABEL_TALLY_TYPES: readonly number[] = LABELS.map((label) => tallyTypeIndex(typeOfLabel(label)));

/** A tally counted afresh over the document's tokens. */
function countedTally(views: readonly TokenView[], firstPass: FirstPassTags): FirstPassTally {
  const count = views.length;
  // (one slab for the three rows: each token's slot, then per slot its packed count and its first token)
  const rows = slabInts(3 * count);
  const tokenSlots = rows.subarray(0, count);
  const packed = rows.subarray(count, 2 * count);
  const firstTokens = rows.subarray(2 * count);
  const several = new Map<number, TallyEntry>();
  withTallyRecords(views, 0, count);
  const recordsGeneration = wordTableGeneration();
  const stamp = newDocumentStamp();
  let slots = 0;
  for (let index = 0; index < count; index++) {
    const record = views[index].tallyRecord!;
    let slot = record.documentSlot;
    if (record.documentStamp !== stamp) {
      record.documentStamp = stamp;
      record.documentSlot = slot = slots++;
      firstTokens[slot] = index;
    }
    tokenSlots[index] = slot;
    countInTally(packed, several, slot, LABEL_TALLY_TYPES[firstPass[index]]);
  }
  return new FirstPassTally(views, {
    tokenSlots,
    packed: packed.subarray(0, slots),
    several,
    slots,
    liveSlots: slots,
    firstTokens: firstTokens.subarray(0, slots),
    words: undefined,
    recordsGeneration,
  });
}

/** How the first pass typed each word of the document (documentTagFeatureWriter's document-level part). */
export function firstPassTally(views: readonly TokenView[], firstPass: FirstPassTags): FirstPassTally {
  return countedTally(views, firstPass);
}

/** What a word's other occurrences say to the second pass (elsewhereTypes). */
export interface Elsewhere {
  /** The type (not O) the first pass gave most of them, or '' for none. */
  best: string;
  /** Whether that is most of them ('most') or not ('some'). */
  share: string;
  /** How many there are. */
  others: number;
}

/** What a word's other occurrences say to a token of it typed `own`, written into `into` (no object per token). */
export function elsewhereTypes(entry: TallyEntry, own: string, into: Elsewhere): Elsewhere {
  const { types, counts } = entry;
  let best = '';
  let bestCount = 0;
  let others = 0;
  for (let at = 0; at < types.length; at++) {
    const type = types[at];
    const elsewhere = type === own ? counts[at] - 1 : counts[at];
    others += elsewhere;
    if (type !== 'O' && elsewhere > bestCount) [best, bestCount] = [type, elsewhere];
  }
  into.best = best;
  into.share = bestCount * 2 >= others ? 'most' : 'some';
  into.others = others;
  return into;
}

// The second pass's features of the first pass's tags, per tag (LABEL_EDGE: past either end of the document), hashed
// once: documentTagFeatureWriter writes them for every token the second pass scores.
const LABEL_EDGE = LABELS.length;
const FIRST_PASS_HASHES = LABELS.map((label) => feature(T.firstPass, label));
const FIRST_PASS_SHAPE_PREFIXES = LABELS.map((label) => featurePrefix(T.firstPassShape, label));
const FIRST_PASS_BEFORE_HASHES = [...LABELS, '<s>'].map((label) => feature(T.firstPassBefore, label));
const FIRST_PASS_AFTER_HASHES = [...LABELS, '</s>'].map((label) => feature(T.firstPassAfter, label));
const FIRST_PASS_PAIR_HASHES = LABELS.map((own) => [...LABELS, '</s>'].map((after) => feature(T.firstPassPair, own, after)));

/** documentTagFeatures(), written into a caller's buffer (see DocumentFeatures.writeFeatures). */
export function documentTagFeatureWriter(
  views: readonly TokenView[],
  firstPass: FirstPassTags,
  typesByWord: FirstPassTally = firstPassTally(views, firstPass),
): (index: number, out: Int32Array) => number {
  const elsewhere: Elsewhere = { best: '', share: '', others: 0 };
  const tokenCount = firstPass.length;
  return (index, out) => {
    const view = views[index];
    const own = firstPass[index];
    const after = index + 1 < tokenCount ? firstPass[index + 1] : LABEL_EDGE;
    let count = 0;
    out[count++] = FIRST_PASS_HASHES[own];
    out[count++] = featureFrom(FIRST_PASS_SHAPE_PREFIXES[own], view.shape);
    out[count++] = FIRST_PASS_BEFORE_HASHES[index > 0 ? firstPass[index - 1] : LABEL_EDGE];
    out[count++] = FIRST_PASS_AFTER_HASHES[after];
    out[count++] = FIRST_PASS_PAIR_HASHES[own][after];
    if (!hasLetter(view.lower)) return count;
    const ownType = typeOfLabel(LABELS[own]);
    typesByWord.elsewhere(index, ownType, elsewhere);
    if (elsewhere.best) {
      out[count++] = feature(T.elsewhere, elsewhere.best);
      out[count++] = feature(T.elsewhereOwn, elsewhere.best, ownType);
      out[count++] = feature(T.elsewhereShare, elsewhere.best, elsewhere.share);
    } else if (elsewhere.others > 0) out[count++] = feature(T.elsewhere, 'O');
    return count;
  };
}
