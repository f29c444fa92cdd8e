// The document's tokens as columns: offsets and flags in typed arrays, each token's word record (tokens.ts Word) in
// one array of references. No object per token: a 400 KB article's 65,000 tokens are a few arrays the garbage
// collector does not walk, instead of 65,000 objects it does, and tokens moved by an edit are numbers added to, not
// objects made again. Every layer reads tokens through a TokenList and an index; a stretch of the document
// (a paragraph, a sentence, a quotation's window) is a view sharing the document's columns.
import type { TokenKind, Word } from './tokens';

/** A token's flag: a line break or the start of the text comes before it (no other token on the line before it). */
export const LINE_START = 1;
/** A token's flag: it begins a sentence. */
export const SENTENCE_START = 2;

export class TokenList {
  constructor(
    /** Each token's start offset in the text, from `first` on. */
    readonly starts: Int32Array,
    /** Each token's end offset. */
    readonly ends: Int32Array,
    /** Each token's LINE_START and SENTENCE_START bits. */
    readonly flagBits: Uint8Array,
    /** Each token's word record (shared by every token writing the same text). */
    readonly words: readonly Word[],
    /** Where token 0 of this list is in the columns (a view of a longer list shares its columns). */
    readonly first: number,
    /** How many tokens the list holds. */
    readonly length: number,
  ) {}

  start(index: number): number {
    return this.starts[this.first + index];
  }

  end(index: number): number {
    return this.ends[this.first + index];
  }

  word(index: number): Word {
    return this.words[this.first + index];
  }

  /** The word of the token at `index`, or undefined when there is no token there (index < 0 or ≥ length). */
  wordAt(index: number): Word | undefined {
    return index >= 0 && index < this.length ? this.words[this.first + index] : undefined;
  }

  /** text.slice(start, end) */
  text(index: number): string {
    return this.words[this.first + index].text;
  }

  /** The token with typographic variants folded: curly quotes and apostrophes → ASCII, dashes → "-". */
  norm(index: number): string {
    return this.words[this.first + index].norm;
  }

  /** text.toLowerCase() (typographic marks kept: "’s" stays "’s"). */
  lower(index: number): string {
    return this.words[this.first + index].lower;
  }

  /** 'word' when the token holds a letter, a combining mark or a digit; 'punct' otherwise. */
  kind(index: number): TokenKind {
    return this.words[this.first + index].kind;
  }

  /** The LINE_START and SENTENCE_START bits. */
  flags(index: number): number {
    return this.flagBits[this.first + index];
  }

  /** True when a line break or the start of the text comes before this token. */
  lineStart(index: number): boolean {
    return (this.flagBits[this.first + index] & LINE_START) !== 0;
  }

  /** True when this token begins a sentence. */
  sentenceStart(index: number): boolean {
    return (this.flagBits[this.first + index] & SENTENCE_START) !== 0;
  }

  /** Tokens [from, to) of this list as a list of their own (a view: the columns are shared, nothing is copied). */
  slice(from: number, to: number = this.length): TokenList {
    const start = Math.max(0, Math.min(from, this.length));
    const end = Math.max(start, Math.min(to, this.length));
    return new TokenList(this.starts, this.ends, this.flagBits, this.words, this.first + start, end - start);
  }

  /** The index of the first token starting at or after `position` (length when none does). */
  firstFrom(position: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[this.first + middle] < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The index after the tokens from `first` on that end at or before `to` (`first` when none does). */
  endWithin(first: number, to: number): number {
    let end = first;
    while (end < this.length && this.ends[this.first + end] <= to) end++;
    return end;
  }

  /** The tokens lying wholly inside text[from, to), in order (a token cut by either end is left out), as a view. */
  within(from: number, to: number): TokenList {
    const first = this.firstFrom(from);
    return this.slice(first, this.endWithin(first, to));
  }
}

/** Builds a TokenList token by token, into columns grown as needed and cut to their size at the end. */
export class TokenListBuilder {
  private starts: Int32Array;
  private ends: Int32Array;
  private flagBits: Uint8Array;
  private words: (Word | undefined)[] = [];
  private count = 0;

  constructor(capacity = 16) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flagBits = new Uint8Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  push(start: number, end: number, word: Word, flags: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flagBits[this.count] = flags;
    this.words[this.count++] = word;
  }

  /** The tokens pushed since the start or the last reset(), in columns of their own. */
  finish(): TokenList {
    const count = this.count;
    const words = this.words.slice(0, count) as Word[];
    this.words.fill(undefined, 0, count); // (a builder kept for reuse holds no word past the list it made)
    return new TokenList(this.starts.slice(0, count), this.ends.slice(0, count), this.flagBits.slice(0, count), words, 0, count);
  }

  /** Starts again with no token (the columns keep their room). */
  reset(): void {
    this.count = 0;
  }

  private grow(): void {
    const size = Math.max(16, this.starts.length * 2);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
    const flagBits = new Uint8Array(size);
    flagBits.set(this.flagBits);
    this.flagBits = flagBits;
  }
}

export const EMPTY_TOKENS = new TokenList(new Int32Array(0), new Int32Array(0), new Uint8Array(0), [], 0, 0);
