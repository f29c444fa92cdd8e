// The document's tokens, made once per analysis and read by every layer: the actor layer tags them, the quote
// layer reads its attribution windows and sentences out of them (quotes/*.ts). Only prose blocks are tokenized;
// each block starts a line and a sentence. A paragraph's tokens are kept in a paragraph cache, so an edit
// tokenizes the paragraphs it touched only.
import { firstStartingFrom } from './partitionPoint';
import { ParagraphCache, paragraphCachesEnabled } from './paragraphCache';
import { KeptByPlace } from './previousText';
import { proseBlocks } from './structure';
import { tokenize, type Token } from './tokens';
import type { Block } from './types';

// Tokens of recently seen paragraphs, with the paragraph's start when they were made (tokenize() of the paragraph
// alone, so they depend on its text only). A few thousand paragraphs, about 64 MB at most (a token costs roughly
// 100 bytes, its strings included).
const TOKEN_BYTES = 100;
interface BlockTokens {
  start: number;
  tokens: Token[];
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

/**
 * The tokens of an entry's paragraph standing at `start`. The tokens are never changed after tokenize() (the layers
 * only read them), so a paragraph found at the same place gets the cached tokens themselves; one that moved gets
 * copies at its new offsets.
 */
function tokensAt(entry: BlockTokens, start: number): { tokens: Token[]; local: Map<string, unknown> } {
  if (entry.start === start) return entry;
  return { tokens: movedTokens(entry.tokens, start - entry.start), local: entry.local };
}

/** Copies of `tokens` `shift` characters further on. */
function movedTokens(tokens: readonly Token[], shift: number): Token[] {
  const moved = new Array<Token>(tokens.length);
  for (let index = 0; index < tokens.length; index++) moved[index] = tokens[index].moved(shift);
  return moved;
}

/** A paragraph's cache entry and its tokens at the paragraph's place in one analysis. */
interface PlacedTokens {
  entry: BlockTokens;
  tokens: Token[];
}

// The previous analysis's paragraphs by place: a paragraph the edit left alone is found by its offset
// (previousText.ts), not by slicing and hashing its text, with its tokens as they were there: the very same tokens
// before the edit, copies moved by the edit's length after it. (Keeping the entry alone, a paragraph whose text
// appears earlier in the article, whose entry holds the tokens at that earlier place, was copied on every edit: in
// the benchmark's article, made of the seed articles repeated, 64,000 of 65,000 tokens.)
const entriesByPlace = new KeptByPlace<PlacedTokens>();

/** One prose block's tokens in DocumentTokens.all: [first, end). */
export interface Paragraph {
  first: number;
  end: number;
  /** Results of steps that read these tokens alone, relative to the paragraph (paragraphLocal.ts). */
  local: Map<string, unknown>;
}

export class DocumentTokens {
  constructor(
    /** The prose blocks' tokens in text order (never changed once made). */
    readonly all: Token[],
    /** Where each prose block's tokens are in `all` (each block's first token starts a line and a sentence). */
    readonly paragraphs: readonly Paragraph[] = [],
  ) {}

  /** The index of the first token starting at or after `position` (all.length when none does). */
  firstFrom(position: number): number {
    return firstStartingFrom(this.all, position);
  }

  /** The tokens lying wholly inside text[from, to), in order (a token cut by either end is left out). */
  within(from: number, to: number): Token[] {
    // (one slice made at its size, not an array grown token by token)
    const first = this.firstFrom(from);
    return this.all.slice(first, this.endWithin(first, to));
  }

  /** The index after the tokens from `first` on that end at or before `to` (`first` when none does). */
  endWithin(first: number, to: number): number {
    let end = first;
    while (end < this.all.length && this.all[end].end <= to) end++;
    return end;
  }
}

/** The tokens of the prose blocks (tokenize() marks each block's first token as starting a line and a sentence). */
export function documentTokens(text: string, blocks: readonly Block[]): DocumentTokens {
  const reads: { tokens: Token[]; local: Map<string, unknown> }[] = [];
  const places = entriesByPlace.begin(text);
  let count = 0;
  for (const block of proseBlocks(blocks)) {
    const found = places.find(block.start, block.end);
    let placed: PlacedTokens;
    if (found === undefined) {
      const entry = blockEntry(text, block.start, block.end);
      placed = { entry, tokens: tokensAt(entry, block.start).tokens };
    } else if (found.shift === 0) placed = found.value;
    else placed = { entry: found.value.entry, tokens: movedTokens(found.value.tokens, found.shift) };
    places.keep(block.start, block.end, placed);
    reads.push({ tokens: placed.tokens, local: placed.entry.local });
    count += placed.tokens.length;
  }
  // Made at its size (an array grown token by token copied itself over and over: a third of the tokens' bytes).
  const tokens = new Array<Token>(count);
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const read of reads) {
    const first = at;
    for (let index = 0; index < read.tokens.length; index++) tokens[at++] = read.tokens[index];
    paragraphs.push({ first, end: at, local: read.local });
  }
  return new DocumentTokens(tokens, paragraphs);
}
