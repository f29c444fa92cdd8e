// The document's tokens, made once per analysis and read by every layer: the actor layer tags them, the quote
// layer reads its attribution windows and sentences out of them (quotes/*.ts). Only prose blocks are tokenized;
// each block starts a line and a sentence. A paragraph's tokens are kept in a paragraph cache, so an edit
// tokenizes the paragraphs it touched only.
import { KeptLatest, ParagraphCache, paragraphCachesEnabled } from './paragraphCache';
import { KeptByPlace } from './previousText';
import { noteCopiedEnds } from './previousTokens';
import { proseBlocks } from './structure';
import { TokenList, TokenListBuilder } from './tokenList';
import { tokenize, tokenizeOnto, type Word } from './tokens';
import type { Block } from './types';

// Tokens of recently seen paragraphs, with the paragraph's start when they were made (tokenize() of the paragraph
// alone, so they depend on its text only). A few thousand paragraphs, about 64 MB at most (a token's columns take
// 17 bytes, its word record shared; the paragraph's text is the key).
const TOKEN_BYTES = 17;
interface BlockTokens {
  start: number;
  tokens: TokenList;
  /** What steps computed from these tokens alone (paragraphLocal.ts), kept as long as the tokens are. */
  local: Map<string, unknown>;
}
const UNKEPT: Map<string, unknown> = new Map();
const paragraphTokens = new ParagraphCache<BlockTokens>(4000, 64 * 1024 * 1024, (key, entry) => key.length * 2 + entry.tokens.length * TOKEN_BYTES);

/** The paragraph cache's entry for text[start, end): found there, or made (tokenize() of the paragraph) and kept. */
function blockEntry(text: string, start: number, end: number): BlockTokens {
  const key = text.slice(start, end);
  const cached = paragraphTokens.get(key);
  if (cached !== undefined) return cached;
  // Read in the whole text (a flat string, quicker to read than the slice); tokenize() looks at nothing past `end`.
  // (caches off, nothing is kept: the paragraphs share one map that perParagraph never writes)
  const entry = { start, tokens: tokenize(text, start, end), local: paragraphCachesEnabled() ? new Map<string, unknown>() : UNKEPT };
  paragraphTokens.set(key, entry);
  return entry;
}

// The previous analysis's paragraphs by place: a paragraph the edit left alone is found by its offset
// (previousText.ts), not by slicing and hashing its text.
const entriesByPlace = new KeptByPlace<BlockTokens>();

/** One prose block's tokens in DocumentTokens.tokens: [first, end). */
export interface Paragraph {
  first: number;
  end: number;
  /** Results of steps that read these tokens alone, relative to the paragraph (paragraphLocal.ts). */
  local: Map<string, unknown>;
}

export class DocumentTokens {
  constructor(
    /** The prose blocks' tokens in text order (never changed once made). */
    readonly tokens: TokenList,
    /** Where each prose block's tokens are in `tokens` (each block's first token starts a line and a sentence). */
    readonly paragraphs: readonly Paragraph[] = [],
  ) {}

  /** The tokens of a paragraph (a view of `tokens`). */
  paragraphTokens(paragraph: Paragraph): TokenList {
    return this.tokens.slice(paragraph.first, paragraph.end);
  }

  /** The index of the first token starting at or after `position` (tokens.length when none does). */
  firstFrom(position: number): number {
    return this.tokens.firstFrom(position);
  }

  /** The tokens lying wholly inside text[from, to), in order (a token cut by either end is left out), as a view of `tokens`. */
  tokensWithin(from: number, to: number): TokenList {
    return this.tokens.within(from, to);
  }

  /** The index after the tokens from `first` on that end at or before `to` (`first` when none does). */
  endWithin(first: number, to: number): number {
    return this.tokens.endWithin(first, to);
  }
}

/** The last document made, with its paragraphs' entries and shifts: the next one copies its unchanged ends whole. */
interface MadeDocument {
  document: DocumentTokens;
  entries: BlockTokens[];
  shifts: number[];
}
const lastMade = new KeptLatest<MadeDocument>();

/** The tokens of the prose blocks (tokenize() marks each block's first token as starting a line and a sentence). */
export function documentTokens(text: string, blocks: readonly Block[]): DocumentTokens {
  if (!paragraphCachesEnabled()) return freshDocumentTokens(text, blocks);
  const entries: BlockTokens[] = [];
  const shifts: number[] = [];
  const places = entriesByPlace.begin(text);
  let count = 0;
  for (const block of proseBlocks(blocks)) {
    const found = places.find(block.start, block.end);
    const entry = found === undefined ? blockEntry(text, block.start, block.end) : found.value;
    places.keep(block.start, block.end, entry);
    entries.push(entry);
    shifts.push(block.start - entry.start);
    count += entry.tokens.length;
  }
  // The document's columns, each paragraph's copied in at its place (a paragraph found where it was made, or moved
  // by an edit, costs the same: numbers copied, a shift added, no token made). After an edit, the paragraphs before
  // it and after it are the last document's, in one piece each: copied from its columns at once.
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const flagBits = new Uint8Array(count);
  const words = new Array<Word>(count);
  const paragraphs: Paragraph[] = [];
  const last = paragraphCachesEnabled() ? lastMade.value : undefined;
  const { before, after, moved } = last === undefined ? { before: 0, after: 0, moved: 0 } : unchangedParagraphEnds(last, entries, shifts);
  let at = 0;
  let suffixFrom = count;
  if (last !== undefined && before > 0) {
    at = last.document.paragraphs[before - 1].end;
    copyColumns(last.document.tokens, 0, at, starts, ends, flagBits, words, 0, 0);
    for (let index = 0; index < before; index++) paragraphs.push(last.document.paragraphs[index]);
  }
  for (let index = before; index < entries.length - after; index++) {
    const own = entries[index].tokens;
    const first = at;
    // (a paragraph's list holds columns of its own, made by tokenize(): copied whole, then shifted)
    if (own.first !== 0 || own.starts.length !== own.length) throw new Error('a paragraph entry holds a view, not its own columns');
    copyColumns(own, 0, own.length, starts, ends, flagBits, words, at, shifts[index]);
    at += own.length;
    paragraphs.push({ first, end: at, local: entries[index].local });
  }
  if (last !== undefined && after > 0) {
    const oldParagraphs = last.document.paragraphs;
    const oldFirst = oldParagraphs[oldParagraphs.length - after].first;
    const oldCount = last.document.tokens.length;
    copyColumns(last.document.tokens, oldFirst, oldCount, starts, ends, flagBits, words, at, moved);
    suffixFrom = at;
    const tokenShift = at - oldFirst;
    for (let index = oldParagraphs.length - after; index < oldParagraphs.length; index++) {
      const paragraph = oldParagraphs[index];
      paragraphs.push(tokenShift === 0 ? paragraph : { first: paragraph.first + tokenShift, end: paragraph.end + tokenShift, local: paragraph.local });
    }
    at += oldCount - oldFirst;
  }
  if (at !== count) throw new Error('the document tokens were not all copied');
  const document = new DocumentTokens(new TokenList(starts, ends, flagBits, words, 0, count), paragraphs);
  if (last !== undefined) {
    // (the unchanged ends, copied whole: tokens [0, prefix) at the same places, those from suffixFrom on `moved` further)
    const prefix = before > 0 ? last.document.paragraphs[before - 1].end : 0;
    noteCopiedEnds(document, last.document, prefix, suffixFrom, last.document.tokens.length - count, 0 - moved);
  }
  if (paragraphCachesEnabled()) lastMade.value = { document, entries, shifts };
  return document;
}

/**
 * documentTokens() with the caches off (a text analyzed once: nothing is found or kept by place, and each paragraph's
 * tokens would be its own columns only to be copied into the document's): the blocks tokenized one after another
 * into one set of columns, copied out once. The same tokens: a block's tokens depend on its text alone, and each
 * block's first token starts a line and a sentence, as tokenize()'s.
 */
function freshDocumentTokens(text: string, blocks: readonly Block[]): DocumentTokens {
  const gathered = DOCUMENT_GATHERED;
  gathered.reset();
  const paragraphs: Paragraph[] = [];
  for (const block of proseBlocks(blocks)) {
    const first = gathered.length;
    tokenizeOnto(gathered, text, block.start, block.end);
    paragraphs.push({ first, end: gathered.length, local: UNKEPT });
  }
  return new DocumentTokens(gathered.finish(), paragraphs);
}

/** freshDocumentTokens()'s columns, kept for every document (it calls nothing that makes document tokens). */
const DOCUMENT_GATHERED = new TokenListBuilder(1024);

/**
 * How many of the paragraphs at either end are the last document's: the same entries, those before the edit at the
 * same places (`before`), those after it all moved by as many characters (`after`, `moved`).
 */
function unchangedParagraphEnds(last: MadeDocument, entries: readonly BlockTokens[], shifts: readonly number[]): { before: number; after: number; moved: number } {
  const shorter = Math.min(entries.length, last.entries.length);
  let before = 0;
  while (before < shorter && entries[before] === last.entries[before] && shifts[before] === last.shifts[before]) before++;
  let after = 0;
  let moved = 0;
  const oldLength = last.entries.length;
  if (before < shorter) moved = shifts[entries.length - 1] - last.shifts[oldLength - 1];
  while (
    before + after < shorter &&
    entries[entries.length - 1 - after] === last.entries[oldLength - 1 - after] &&
    shifts[entries.length - 1 - after] - last.shifts[oldLength - 1 - after] === moved
  )
    after++;
  return { before, after, moved };
}

/** Tokens [from, to) of `source` copied into the columns at `at`, their offsets `shift` characters further on. */
function copyColumns(source: TokenList, from: number, to: number, starts: Int32Array, ends: Int32Array, flagBits: Uint8Array, words: Word[], at: number, shift: number): void {
  starts.set(source.starts.subarray(from, to), at);
  ends.set(source.ends.subarray(from, to), at);
  flagBits.set(source.flagBits.subarray(from, to), at);
  const sourceWords = source.words;
  for (let token = from, into = at; token < to; token++, into++) words[into] = sourceWords[token];
  if (shift !== 0)
    for (let token = at, end = at + to - from; token < end; token++) {
      starts[token] += shift;
      ends[token] += shift;
    }
}
