// How the quote layer reads the document's tokens (documentTokens.ts): the same tokens, with one reading rule of
// its own. The document tokenizer splits a hyphenated word whose parts differ in case ("Boston-based",
// "then-Mayor") so that the name in it is a mention of its own, and splits "n't" off its verb; the quote layer
// reads such a compound as one word, as a speaker phrase or a clause takes it ("a Boston-based engineer said",
// "don't"), and an amount as one word ("$300", whose sign the tokenizer splits off). Nothing is tokenized again:
// the pieces are joined.
import { startsWithUppercase } from '../characters';
import type { DocumentTokens } from '../documentTokens';
import { TokenList, TokenListBuilder } from '../tokenList';
import { wordOf, type Word } from '../tokens';

/** True for a word starting with a capital letter. */
export function isCapitalized(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && startsWithUppercase(word.text);
}

export function isPossessive(word: Word | undefined): boolean {
  return word !== undefined && (word.lower === '’s' || word.lower === "'s");
}

function isNegation(word: Word): boolean {
  return word.lower === "n't" || word.lower === 'n’t';
}

/** A hyphen written between two words with no space: "Boston-based". */
function joinsAt(tokens: TokenList, index: number): boolean {
  if (index === 0 || index + 1 >= tokens.length || tokens.text(index) !== '-') return false;
  if (tokens.end(index - 1) !== tokens.start(index) || tokens.start(index + 1) !== tokens.end(index)) return false;
  const before = tokens.word(index - 1);
  if (before.kind !== 'word' || tokens.kind(index + 1) !== 'word') return false;
  const last = before.text.charCodeAt(before.text.length - 1);
  return last !== 0x2e; // "U.S.-based" stays "U.S.", "-", "based"
}

/** A currency sign written right before a number ("$300"), which the tokenizer splits off: one word here. */
function isAmountAt(tokens: TokenList, index: number): boolean {
  const sign = tokens.text(index - 1);
  if (tokens.end(index - 1) !== tokens.start(index) || sign.length !== 1 || !CURRENCY_SIGNS.includes(sign)) return false;
  const digit = tokens.text(index).charCodeAt(0);
  return digit >= 0x30 && digit <= 0x39;
}
const CURRENCY_SIGNS = '$£€¥';

/**
 * The words of text[from, to) as the quote layer reads them (see above): a view of the document's tokens when
 * nothing is joined there (most stretches), else a list of its own.
 */
export function wordsWithin(document: DocumentTokens, from: number, to: number): TokenList {
  const tokens = document.tokensWithin(from, to);
  let compound = false;
  for (let index = 1; index < tokens.length && !compound; index++)
    compound = joinsAt(tokens, index) || (isNegation(tokens.word(index)) && tokens.end(index - 1) === tokens.start(index)) || isAmountAt(tokens, index);
  return compound ? joinedWords(tokens) : tokens;
}

/** The builder of joined words, kept for reuse: its columns grow once, each list made is copied out of them. */
const joined = new TokenListBuilder(256);

/**
 * `tokens` with the compounds joined: a joined word takes the record of its text, the start and flags of its first
 * piece and the end of its last.
 */
function joinedWords(tokens: TokenList): TokenList {
  const words = joined;
  words.reset();
  // The last word read, pushed once the next token is known not to join it; `original`: its index in `tokens`
  // while it is a token as it is there (-1 once joined).
  let word: Word | undefined;
  let start = 0;
  let end = 0;
  let flags = 0;
  let original = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens.word(index);
    if (word !== undefined && joinsAt(tokens, index)) {
      word = wordOf(word.text + token.text + tokens.text(index + 1));
      end = tokens.end(index + 1);
      original = -1;
      index++;
    } else if (word !== undefined && isNegation(token) && end === tokens.start(index) && word.kind === 'word') {
      word = wordOf(word.text + token.text);
      end = tokens.end(index);
      original = -1;
    } else if (word !== undefined && original === index - 1 && isAmountAt(tokens, index)) {
      word = wordOf(word.text + token.text);
      end = tokens.end(index);
      original = -1;
    } else {
      if (word !== undefined) words.push(start, end, word, flags);
      word = token;
      start = tokens.start(index);
      end = tokens.end(index);
      flags = tokens.flags(index);
      original = index;
    }
  }
  if (word !== undefined) words.push(start, end, word, flags);
  return words.finish();
}

/**
 * Tokens [from, to) of `tokens` in columns of their own: a list kept past the analysis (a speaker phrase's words)
 * holds its few tokens, not the document's columns.
 */
export function ownTokens(tokens: TokenList, from: number, to: number): TokenList {
  return shiftedCopy(tokens, tokens.first + from, to - from, 0);
}

/** The same tokens `by` characters further on, in columns of their own. */
export function movedTokens(tokens: TokenList, by: number): TokenList {
  return shiftedCopy(tokens, tokens.first, tokens.length, by);
}

/** Whether `tokens` is a list with columns of its own, all of them its tokens (ownTokens, movedTokens). */
export function hasOwnColumns(tokens: TokenList): boolean {
  return tokens.first === 0 && tokens.starts.length === tokens.length && tokens.ends.length === tokens.length;
}

/**
 * Moves a list with columns of its own (hasOwnColumns) `by` characters further on in place, once (`moved`: what was
 * moved so far, by its columns). Only for a list nothing but a cache of the previous analysis holds.
 */
export function moveTokensInPlace(tokens: TokenList, by: number, moved: Set<object>): void {
  if (moved.has(tokens.starts)) return;
  moved.add(tokens.starts);
  const { starts, ends } = tokens;
  for (let index = 0; index < starts.length; index++) {
    starts[index] += by;
    ends[index] += by;
  }
}

/** `count` tokens of the columns of `tokens` from column index `first` on, `by` characters further on, copied. */
function shiftedCopy(tokens: TokenList, first: number, count: number, by: number): TokenList {
  // (filled in a loop: for a few tokens, quicker than the typed arrays' slice())
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const flagBits = new Uint8Array(count);
  const words = new Array<Word>(count);
  for (let index = 0, at = first; index < count; index++, at++) {
    starts[index] = tokens.starts[at] + by;
    ends[index] = tokens.ends[at] + by;
    flagBits[index] = tokens.flagBits[at];
    words[index] = tokens.words[at];
  }
  return new TokenList(starts, ends, flagBits, words, 0, count);
}

/** Number of words in text[from, to) (looks at 400 characters at most: callers ask about short gaps). */
export function countWords(text: string, from: number, to: number): number {
  if (from >= to) return 0;
  return (text.slice(from, Math.min(to, from + 400)).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu) ?? []).length;
}
