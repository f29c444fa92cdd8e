// The document's tokens, made once per analysis and read by every layer: the actor layer tags them, the quote
// layer reads its attribution windows and sentences out of them (quotes/*.ts). Only prose blocks are tokenized;
// each block starts a line and a sentence. A paragraph's tokens are kept in a paragraph cache, so an edit
// tokenizes the paragraphs it touched only.
import { partitionPoint } from './partitionPoint';
import { ParagraphCache } from './paragraphCache';
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
}
const paragraphTokens = new ParagraphCache<BlockTokens>(4000, 64 * 1024 * 1024, (key, entry) => key.length * 2 + entry.tokens.length * TOKEN_BYTES);

/**
 * tokenize(text, start, end), from the paragraph cache when the same paragraph text was tokenized before. The
 * tokens are never changed after tokenize() (the layers only read them), so a paragraph found at the same place
 * gets the cached tokens themselves; one that moved gets copies at its new offsets.
 */
function blockTokens(text: string, start: number, end: number): Token[] {
  const key = text.slice(start, end);
  const cached = paragraphTokens.get(key);
  if (cached === undefined) {
    // Read in the whole text (a flat string, quicker to read than the slice); tokenize() looks at nothing past `end`.
    const tokens = tokenize(text, start, end);
    paragraphTokens.set(key, { start, tokens });
    return tokens;
  }
  if (cached.start === start) return cached.tokens;
  const shift = start - cached.start;
  // (fields written out in tokenize()'s order, not spread: one hidden class for every token)
  return cached.tokens.map((token) => ({
    start: token.start + shift,
    end: token.end + shift,
    text: token.text,
    norm: token.norm,
    lineStart: token.lineStart,
    sentenceStart: token.sentenceStart,
    lower: token.lower,
    kind: token.kind,
    word: token.word,
  }));
}

export class DocumentTokens {
  constructor(
    /** The prose blocks' tokens in text order (never changed once made). */
    readonly all: Token[],
  ) {}

  /** The index of the first token starting at or after `position` (all.length when none does). */
  firstFrom(position: number): number {
    return partitionPoint(this.all.length, (index) => this.all[index].start < position);
  }

  /** The tokens lying wholly inside text[from, to), in order (a token cut by either end is left out). */
  within(from: number, to: number): Token[] {
    const tokens: Token[] = [];
    for (let index = this.firstFrom(from); index < this.all.length; index++) {
      const token = this.all[index];
      if (token.end > to) break;
      tokens.push(token);
    }
    return tokens;
  }
}

/** The tokens of the prose blocks (tokenize() marks each block's first token as starting a line and a sentence). */
export function documentTokens(text: string, blocks: readonly Block[]): DocumentTokens {
  const tokens: Token[] = [];
  for (const block of proseBlocks(blocks)) for (const token of blockTokens(text, block.start, block.end)) tokens.push(token);
  return new DocumentTokens(tokens);
}
