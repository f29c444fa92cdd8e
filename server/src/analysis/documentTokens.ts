// The document's tokens, made once per analysis and read by every layer: the actor layer tags them, the quote
// layer reads its attribution windows and sentences out of them (quotes/*.ts). Only prose blocks are tokenized;
// each block starts a line and a sentence. A paragraph's tokens are kept in a paragraph cache, so an edit
// tokenizes the paragraphs it touched only.
import { ParagraphCache, paragraphCachesEnabled } from './paragraphCache';
import { KeptByPlace } from './previousText';
import { proseBlocks } from './structure';
import { TokenList } from './tokenList';
import { tokenize, type Word } from './tokens';
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

/** The tokens of the prose blocks (tokenize() marks each block's first token as starting a line and a sentence). */
export function documentTokens(text: string, blocks: readonly Block[]): DocumentTokens {
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
  // by an edit, costs the same: numbers copied, a shift added, no token made).
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const flagBits = new Uint8Array(count);
  const words = new Array<Word>(count);
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (let index = 0; index < entries.length; index++) {
    const own = entries[index].tokens;
    const shift = shifts[index];
    const first = at;
    // (a paragraph's list holds columns of its own, made by tokenize(): copied whole, then shifted)
    if (own.first !== 0 || own.starts.length !== own.length) throw new Error('a paragraph entry holds a view, not its own columns');
    starts.set(own.starts, at);
    ends.set(own.ends, at);
    flagBits.set(own.flagBits, at);
    const ownWords = own.words;
    for (let token = 0; token < own.length; token++) words[at + token] = ownWords[token];
    if (shift !== 0)
      for (let token = at; token < at + own.length; token++) {
        starts[token] += shift;
        ends[token] += shift;
      }
    at += own.length;
    paragraphs.push({ first, end: at, local: entries[index].local });
  }
  return new DocumentTokens(new TokenList(starts, ends, flagBits, words, 0, count), paragraphs);
}
