// A tokenizer for English news that keeps UTF-16 offsets into the original text. It reads both normal prose
// ("Putin’s", "U.S.-based", curly quotes) and pre-tokenized corpus text ("Putin 's", "( Sweden )") into the
// same tokens, so a model trained on the one works on the other.

// A token is read through the document's TokenList (tokenList.ts): its offsets and flags in typed arrays, and the
// record of its written form below, shared by every token that writes the same text.

/**
 * One record per distinct written form: what every layer computes from a word alone is computed once per word, not
 * once per token, and kept here (the text, its folded and lower-case forms and kind; the gazetteer's lookup key and
 * the tagger's reading, filled by those layers on first use). Every field depends on the text alone.
 */
export interface Word {
  readonly text: string;
  readonly norm: string;
  readonly lower: string;
  /** norm.toLowerCase(): the same string as `lower` when the text has no typographic variant to fold. */
  readonly normLower: string;
  readonly kind: TokenKind;
  /** What the character tests of characters.ts answer for `norm` (NORM_HAS_LETTER…), read once per word. */
  readonly normFlags: number;
  /** nameKey(norm) (actors/gazetteer.ts). */
  nameKey?: string;
  /** How the tagger reads the word outside headlines (actors/features.ts). */
  tagger?: TaggerReading;
  /** What the gazetteer says of the word alone (actors/gazetteer.ts). */
  gazetteer?: GazetteerWord;
  /** The date rules' trigger bits of the word (dates/triggers.ts). */
  dateTriggers?: number;
  /** What the word tells of a date's tense (dates/tense.ts). */
  tenseFacts?: WordFacts;
  /** What the register's tally counts of the word (actors/register.ts). */
  registerBits?: number;
  /**
   * When the text is a whole chunk (a run between spaces) that tokenize() splits: its tokens, as [start, end) pairs
   * laid out flat (no number after the chunk). Filled by tokenize() on first use.
   */
  pieces?: number[];
  /**
   * Scratch for numbering the distinct words of one document in one loop, with no map (FirstPassTally): the loop's
   * stamp and the word's number in it. Valid only inside that loop: another document's loop takes a new stamp.
   */
  documentStamp: number;
  documentSlot: number;
  /** The word table's generation when made: a record kept past an emptying of the table is no longer wordOf(text). */
  generation: number;
  /** The record of normLower (this one when it is the text), made when first needed (see currentWord). */
  normLowerWord: Word | undefined;
  /**
   * The casing of the word (as a lower-case form) in the running text of the document whose documentCasing() took
   * this stamp (actors/features.ts DocumentCasing): kept per document on the record, read while no later document's
   * casing was made.
   */
  casingStamp: number;
  casingForm: string | undefined;
  /** How many times casingForm (the first form met) occurs in that document's running text, counted with it. */
  casingCount: number;
  /**
   * The word's forms in that running text when it has several (in the order first written, each with its count;
   * the first one's count is casingCount's), undefined when one form: on the record, not in a map by record, since
   * a page of many stories writes hundreds of words more than one way ("the" and "The", "party" and "Party").
   */
  casingForms: SeveralForms | undefined;
}

/** The forms of a word written more than one way in running text, in the order first written, and how many of each. */
export interface SeveralForms {
  forms: string[];
  counts: number[];
}

function makeWord(text: string): Word {
  // Every field from the start, in one order (none added later): all records share one hidden class, so the code
  // reading them stays monomorphic whichever layer filled which field first.
  const norm = foldTypography(text);
  const lower = text.toLowerCase();
  return {
    text,
    norm,
    lower,
    normLower: norm === text ? lower : norm.toLowerCase(),
    kind: kindOf(text),
    normFlags: characterFlags(norm),
    nameKey: undefined,
    tagger: undefined,
    gazetteer: undefined,
    dateTriggers: undefined,
    tenseFacts: undefined,
    registerBits: undefined,
    pieces: undefined,
    documentStamp: 0,
    documentSlot: 0,
    generation: table.generation,
    normLowerWord: undefined,
    casingStamp: 0,
    casingForm: undefined,
    casingCount: 0,
    casingForms: undefined,
  };
}

// Word.normFlags: what the character tests run on every token answer for the word's norm.
/** hasLetter(norm) */
export const NORM_HAS_LETTER = 1;
/** hasLowercase(norm) */
export const NORM_HAS_LOWERCASE = 2;
/** hasLetterPair(norm) */
export const NORM_HAS_LETTER_PAIR = 4;
/** hasDigit(norm) */
export const NORM_HAS_DIGIT = 8;
/** startsWithUppercase(norm) */
export const NORM_STARTS_UPPERCASE = 16;

function characterFlags(norm: string): number {
  return (
    (hasLetter(norm) ? NORM_HAS_LETTER : 0) |
    (hasLowercase(norm) ? NORM_HAS_LOWERCASE : 0) |
    (hasLetterPair(norm) ? NORM_HAS_LETTER_PAIR : 0) |
    (hasDigit(norm) ? NORM_HAS_DIGIT : 0) |
    (startsWithUppercase(norm) ? NORM_STARTS_UPPERCASE : 0)
  );
}

/**
 * The written forms seen lately, found from the characters of the text without slicing them out: an open-addressing
 * table of FNV-1a hashes, each slot checked against its word's characters. A token of a word seen before costs no
 * string. Emptied when large (a word made again after that is an equal record).
 */
class WordTable {
  private words: (Word | undefined)[] = new Array<Word | undefined>(1 << 14);
  /**
   * Each slot's word's text (words[slot].text) in a column of its own: a lookup compares the characters reached from
   * here, not through the word's record (one memory read less on the way, each likely a cache miss on a long text).
   */
  private texts: (string | undefined)[] = new Array<string | undefined>(1 << 14);
  private hashes = new Int32Array(1 << 14);
  private size = 0;
  /** How many times the table was emptied. */
  generation = 0;

  /** The record of text[from, to). */
  at(text: string, from: number, to: number): Word {
    let hash = FNV_OFFSET;
    for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
    return this.hashed(text, from, to, hash);
  }

  /** The record of `text` when the table has one (none is made). */
  find(text: string): Word | undefined {
    let hash = FNV_OFFSET;
    for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
    const mask = this.words.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && this.texts[slot] === text) return word;
    }
  }

  /** at(), with the FNV-1a hash of text[from, to) already computed. */
  hashed(text: string, from: number, to: number, hash: number): Word {
    const mask = this.words.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) {
        const made = makeWord(text.slice(from, to));
        this.add(made, hash, slot);
        return made;
      }
      if (this.hashes[slot] === hash && sameText(this.texts[slot]!, text, from, to)) return word;
    }
  }

  private add(word: Word, hash: number, slot: number): void {
    if (this.size >= MAX_WORDS) {
      word.generation = ++this.generation;
      this.words = new Array<Word | undefined>(1 << 14);
      this.texts = new Array<string | undefined>(1 << 14);
      this.hashes = new Int32Array(1 << 14);
      this.size = 0;
      this.insert(word, hash);
      return;
    }
    this.words[slot] = word;
    this.texts[slot] = word.text;
    this.hashes[slot] = hash;
    this.size++;
    if (this.size * 2 > this.words.length) this.grow();
  }

  private insert(word: Word, hash: number): void {
    const mask = this.words.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.texts[slot] = word.text;
    this.hashes[slot] = hash;
    this.size++;
  }

  private grow(): void {
    const words = this.words;
    const hashes = this.hashes;
    this.words = new Array<Word | undefined>(words.length * 2);
    this.texts = new Array<string | undefined>(words.length * 2);
    this.hashes = new Int32Array(words.length * 2);
    this.size = 0;
    for (let slot = 0; slot < words.length; slot++) if (words[slot] !== undefined) this.insert(words[slot]!, hashes[slot]);
  }
}

/** word === text.slice(from, to), without the slice. */
function sameText(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== text.charCodeAt(from + index)) return false;
  return true;
}

const MAX_WORDS = 200_000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV_PRIME's inverse modulo 2^32: Math.imul(Math.imul(h ^ c, FNV_PRIME), FNV_PRIME_INVERSE) ^ c === h for an int32 h. */
const FNV_PRIME_INVERSE = 0x359c449b;
const table = new WordTable();

/** The record of the written form `text`. */
export function wordOf(text: string): Word {
  return table.at(text, 0, text.length);
}

/** How many times the word table was emptied (records made before are no longer wordOf() of their text). */
export function wordTableGeneration(): number {
  return table.generation;
}

/** The record of `text` when there is one, without making one. */
export function existingWord(text: string): Word | undefined {
  return table.find(text);
}

/** `kept` when it is still the record of its text (wordOf(kept.text)), else the record that is. */
export function currentWord(kept: Word | undefined, text: string): Word {
  return kept !== undefined && kept.generation === table.generation ? kept : wordOf(text);
}

export type TokenKind = 'word' | 'punct';

let lastDocumentStamp = 0;

/** A stamp no loop numbering words with Word.documentStamp has taken yet. */
export function newDocumentStamp(): number {
  return ++lastDocumentStamp;
}

import { LINE_START, SENTENCE_START, type TokenList, TokenListBuilder } from './tokenList';
import type { TaggerReading } from './actors/features';
import type { GazetteerWord } from './actors/gazetteer';
import type { WordFacts } from './dates/tense';
import { keepsAbbreviationPeriod, numberFollowsAt } from './abbreviations';
import { hasDigit, hasLetter, hasLetterPair, hasLowercase, isSpaceCode, startsWithUppercase } from './characters';

// Symbols and emoji are split off a word too ("🇷🇺Putin"); matched per code point, so surrogate pairs stay whole.
const OPENERS = /^(?:["'“”‘’«»„‟‹›`(\[{<*•·|]|[\p{So}\p{Sk}\p{Extended_Pictographic}\uFE0F\u200D])/u;
const CLOSERS = /(?:["'“”‘’«»‟‹›`)\]}>*,;:!?…•·|]|[\p{So}\p{Sk}\p{Extended_Pictographic}\uFE0F\u200D])$/u;
const DASH_RUN = /^(?:--+|[–—―])/;

export function foldTypography(value: string): string {
  if (isAscii(value)) return value;
  return value
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[–—―‐‑‒]/g, '-')
    .replace(/…/g, '...');
}

/** !/[^\x00-\x7f]/.test(value), without the regular expression (it runs on every token). */
function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** /^[A-Za-z]+$/.test(chunk.slice(0, to)) */
function isAsciiWord(chunk: string, to = chunk.length): boolean {
  if (to === 0) return false;
  for (let index = 0; index < to; index++) {
    const code = chunk.charCodeAt(index) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** /^[A-Za-z]+$/.test(text.slice(from, to)) */
function isAsciiLetters(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** /^[.!?…]+$/.test(chunk) */
function isStopRun(chunk: string): boolean {
  if (chunk.length === 0) return false;
  for (let index = 0; index < chunk.length; index++) {
    const code = chunk.charCodeAt(index);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) return false;
  }
  return true;
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

/** /^[\p{L}\p{M}\p{N}]$/u.test(value[index]): a letter, a combining mark or a digit (a surrogate pair read whole). */
function isWordCharacterAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  if (code < 0x80) {
    const letter = code | 0x20;
    return (letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return isWordCharacterAt(value, index - 1); // the low half of a pair
  return WORD_CHARACTER.test(String.fromCodePoint(value.codePointAt(index)!));
}

/**
 * A word starts and ends with a letter, a mark or a digit ("Smith", "co-founder", "Times/CBS"), or ends with an
 * abbreviation's period ("U.S.", "Mr."), or is a clitic split off a word ("'s", "'90s", "n't"). Anything else is
 * punctuation, numbers with a symbol included ("$20", "22%", "@mayor"): a symbol ends a name or a description.
 */
function kindOf(value: string): TokenKind {
  for (let index = 0; index < value.length; index++) if (isWordCharacterAt(value, index)) return 'word';
  return 'punct';
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && /\p{Lu}/u.test(char);
}

/** A word ending in "." keeps its period when it is an abbreviation: "U.S.", "Mr.", "J.", "Corp." (see abbreviations.ts). */
function keepsPeriod(word: string, numberFollows: boolean): boolean {
  return keepsAbbreviationPeriod(word.slice(0, -1), numberFollows);
}

/** /^[$£€¥]\d/.test(rest) */
function isCurrencyBeforeDigit(rest: string): boolean {
  const sign = rest.charCodeAt(0);
  const digit = rest.charCodeAt(1);
  return (sign === 0x24 || sign === 0xa3 || sign === 0x20ac || sign === 0xa5) && digit >= 0x30 && digit <= 0x39;
}

/** Splits one whitespace-free chunk into [start, end) pieces relative to the chunk. */
// Chunks longer than this (URLs, runs of symbols, text without spaces) are cut into runs of letters and digits and
// single other characters: the peeling below re-reads the chunk for every character it removes.
const LONG_CHUNK = 100;

/** `numberFollows`: a number comes after the chunk ("No. 10"), for the abbreviations that are also words. */
function splitChunk(chunk: string, numberFollows = false): [number, number][] {
  if (chunk.length > LONG_CHUNK && !isStopRun(chunk)) {
    return [...chunk.matchAll(/[\p{L}\p{N}]+|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/gu)].map((match): [number, number] => [match.index!, match.index! + match[0].length]);
  }
  if (isAsciiWord(chunk)) return [[0, chunk.length]]; // most words: nothing to split
  if (isStopRun(chunk)) return [[0, chunk.length]];
  // A word and one closing mark ("said,", "Smith.", "(Reuters)" aside): what the peeling below gives, directly.
  const last = chunk.length - 1;
  if (last > 0 && isAsciiWord(chunk, last)) {
    const mark = chunk.charCodeAt(last);
    if (mark === 0x2c || mark === 0x3b || mark === 0x3a || mark === 0x21 || mark === 0x3f || mark === 0x29 || mark === 0x22)
      return [
        [0, last],
        [last, chunk.length],
      ];
    if (mark === 0x2e)
      return keepsPeriod(chunk, numberFollows)
        ? [[0, chunk.length]]
        : [
            [0, last],
            [last, chunk.length],
          ];
  }
  const pieces: [number, number][] = [];
  let start = 0;
  let end = chunk.length;
  const tail: [number, number][] = [];
  // Peel opening punctuation and dashes.
  for (;;) {
    if (start >= end) break;
    const rest = chunk.slice(start, end);
    const dash = DASH_RUN.exec(rest);
    if (dash) {
      pieces.push([start, start + dash[0].length]);
      start += dash[0].length;
      continue;
    }
    // A currency sign before a number is a token of its own ("$3.99" → "$", "3.99"), as in the tagger's training text.
    if (isCurrencyBeforeDigit(rest)) {
      pieces.push([start, start + 1]);
      start += 1;
      continue;
    }
    // An apostrophe that starts a contraction or possessive ("'s", "'90s") stays with the word.
    if (/^['’](?:s|S|d|ll|re|ve|m|t|\d\ds?)$/.test(rest)) break;
    const opener = OPENERS.exec(rest);
    if (opener) {
      pieces.push([start, start + opener[0].length]);
      start += opener[0].length;
      continue;
    }
    break;
  }
  // Peel closing punctuation, dashes and possessives.
  for (;;) {
    if (start >= end) break;
    const rest = chunk.slice(start, end);
    const dash = /(?:--+|[–—―])$/.exec(rest);
    if (dash && dash.index > 0) {
      tail.unshift([start + dash.index, end]);
      end = start + dash.index;
      continue;
    }
    if (/\.\.\.$/.test(rest) && rest.length > 3) {
      tail.unshift([end - 3, end]);
      end -= 3;
      continue;
    }
    const closer = CLOSERS.exec(rest);
    if (closer && closer.index > 0) {
      tail.unshift([start + closer.index, end]);
      end = start + closer.index;
      continue;
    }
    if (rest.endsWith('.') && rest.length > 1 && !keepsPeriod(rest, numberFollows && end === chunk.length)) {
      tail.unshift([end - 1, end]);
      end -= 1;
      continue;
    }
    const possessive = /['’][sS]$/.exec(rest);
    if (possessive && possessive.index > 0 && isLetter(rest[possessive.index - 1])) {
      tail.unshift([start + possessive.index, end]);
      end = start + possessive.index;
      continue;
    }
    const contraction = /n['’]t$/i.exec(rest);
    if (contraction && contraction.index > 0) {
      tail.unshift([start + contraction.index, end]);
      end = start + contraction.index;
      continue;
    }
    break;
  }
  if (start < end) {
    for (const [from, to] of splitSlashes(chunk, start, end)) for (const [a, b] of splitHyphens(chunk.slice(from, to))) pieces.push([from + a, from + b]);
  }
  return [...pieces, ...tail];
}

/**
 * "Google/Facebook", "and/or" → word, "/", word: a slash between two letters separates words, as in the tagger's
 * training text. Between digits it stays ("24/7", "11/27/2025").
 */
function splitSlashes(chunk: string, from: number, to: number): [number, number][] {
  let slash = chunk.indexOf('/', from + 1);
  if (slash < 0 || slash >= to - 1) return [[from, to]];
  const pieces: [number, number][] = [];
  let pieceStart = from;
  for (; slash >= 0 && slash < to - 1; slash = chunk.indexOf('/', slash + 1)) {
    if (slash <= pieceStart || !isLetter(chunk[slash - 1]) || !isLetter(chunk[slash + 1])) continue;
    pieces.push([pieceStart, slash], [slash, slash + 1]);
    pieceStart = slash + 1;
  }
  pieces.push([pieceStart, to]);
  return pieces;
}

/**
 * "U.S.-based", "anti-Russia", "Moscow-led" → name, "-", word: a hyphen joining a capitalized name to a lowercase
 * word separates them, so the name is a mention of its own. "Bosnia-Herzegovina", "Rolls-Royce", "long-term" stay whole.
 */
function splitHyphens(word: string): [number, number][] {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((part) => part === '')) return [[0, word.length]];
  const capitalized = parts.map((part) => isUpper(part[0]));
  const lowercase = parts.map((part) => /^\p{Ll}/u.test(part));
  if (!capitalized.some(Boolean) || !lowercase.some(Boolean)) return [[0, word.length]];
  const pieces: [number, number][] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    if (index > 0) {
      pieces.push([offset, offset + 1]);
      offset += 1;
    }
    pieces.push([offset, offset + part.length]);
    offset += part.length;
  });
  return pieces;
}

/** True when text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** True when the chunk holds a dash that separates words: "--" or an en, em or horizontal-bar dash. */
function hasDash(chunk: string): boolean {
  return chunk.includes('--') || chunk.includes('–') || chunk.includes('—') || chunk.includes('―');
}

/** /^[.!?]+$/ without the regular expression (it runs on every token). */
function isSentenceEnd(norm: string): boolean {
  if (norm.length === 0) return false;
  for (let index = 0; index < norm.length; index++) {
    const code = norm.charCodeAt(index);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) return false;
  }
  return true;
}

/** /^["'()\[\]]$/: quotes and brackets keep a sentence start for the word after them. */
function isQuoteOrBracket(norm: string): boolean {
  if (norm.length !== 1) return false;
  const code = norm.charCodeAt(0);
  return code === 0x22 || code === 0x27 || code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d;
}

/**
 * What separates tokens: what /[\s\u200b]/ matches (white space, line terminators, BOM, the zero-width space) and
 * what else Python's str.split() splits on (U+001C–U+001F, U+0085), so that no token holds what a reader of the
 * exports (CoNLL columns) takes for a space.
 */
export function isChunkBreak(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code >= 0x1c;
  return code === 0x85 || code === 0x200b || isSpaceCode(code);
}

/** The tokens of one whitespace-free chunk as [start, end) pairs laid out flat, relative to the chunk. */
function chunkPieces(chunk: string, numberFollows: boolean): number[] {
  const flat: number[] = [];
  if (!hasDash(chunk)) {
    for (const [a, b] of splitChunk(chunk, numberFollows)) flat.push(a, b);
    return flat;
  }
  // Dashes inside a chunk ("rights—and") separate words.
  const dashPattern = /--+|[–—―]/g;
  let pieceStart = 0;
  for (let dash = dashPattern.exec(chunk); dash; dash = dashPattern.exec(chunk)) {
    if (dash.index > pieceStart) for (const [a, b] of splitChunk(chunk.slice(pieceStart, dash.index))) flat.push(pieceStart + a, pieceStart + b);
    flat.push(dash.index, dash.index + dash[0].length);
    pieceStart = dash.index + dash[0].length;
  }
  if (pieceStart < chunk.length) for (const [a, b] of splitChunk(chunk.slice(pieceStart))) flat.push(pieceStart + a, pieceStart + b);
  return flat;
}

/** Tokenizes text[from, to); `offset` is added to every token's start and end (the text's place in a longer one). */
export function tokenize(text: string, from = 0, to = text.length, offset = 0): TokenList {
  // Tokens are gathered in columns kept for every call and copied out at their number: columns grown token by
  // token copied themselves over and over (tokenize() calls nothing that tokenizes).
  const gathered = GATHERED;
  gathered.reset();
  tokenizeOnto(gathered, text, from, to, offset);
  return gathered.finish();
}

/**
 * The tokens of text[from, to) pushed onto those `gathered` holds already (tokenize() without the reset and the copy
 * out): the first token starts a line and a sentence, as tokenize()'s first.
 */
export function tokenizeOnto(gathered: TokenListBuilder, text: string, from = 0, to = text.length, offset = 0): void {
  let lineStart = true;
  let lastEnd = from;
  let sentenceStart = true;
  const push = (start: number, end: number) => pushWord(start, end, table.at(text, start, end));
  const pushWord = (start: number, end: number, word: Word) => {
    const norm = word.norm;
    gathered.push(start + offset, end + offset, word, (lineStart ? LINE_START : 0) | (sentenceStart ? SENTENCE_START : 0));
    lineStart = false;
    if (isSentenceEnd(norm)) sentenceStart = true;
    else if (!isQuoteOrBracket(norm)) sentenceStart = false;
  };
  // Chunks are the runs of text between white space, read from the character codes (a regular expression's
  // match per chunk allocated more than the tokens).
  let chunkStart = from;
  for (;;) {
    while (chunkStart < to && isChunkBreak(text.charCodeAt(chunkStart))) chunkStart++;
    if (chunkStart >= to) break;
    // The chunk's hash and whether it is a plain ASCII word or number, read on the way (see WordTable).
    let chunkEnd = chunkStart;
    let hash = FNV_OFFSET;
    let plain = true;
    while (chunkEnd < to) {
      const code = text.charCodeAt(chunkEnd);
      if (isChunkBreak(code)) break;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (plain) {
        const letter = code | 0x20;
        plain = (letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39);
      }
      chunkEnd++;
    }
    if (hasLineBreak(text, lastEnd, chunkStart)) {
      lineStart = true;
      sentenceStart = true;
    }
    lastEnd = chunkEnd;
    const chunkAt = chunkStart;
    chunkStart = chunkEnd;
    if (chunkEnd - chunkAt === 1 || plain) {
      // Most chunks: a plain word or number, or one mark (what splitChunk() gives, without its arrays or a string).
      pushWord(chunkAt, chunkEnd, table.hashed(text, chunkAt, chunkEnd, hash));
      continue;
    }
    const last = chunkEnd - chunkAt - 1;
    if (last > 0 && last < LONG_CHUNK && isAsciiLetters(text, chunkAt, chunkAt + last)) {
      // A word and one closing mark ("said,", "Smith."): splitChunk()'s first answer, without its arrays.
      const mark = text.charCodeAt(chunkAt + last);
      const closes = mark === 0x2c || mark === 0x3b || mark === 0x3a || mark === 0x21 || mark === 0x3f || mark === 0x29 || mark === 0x22;
      if (closes || (mark === 0x2e && !keepsPeriod(text.slice(chunkAt, chunkEnd), numberFollowsAt(text, chunkEnd, to)))) {
        // (the word's hash from the chunk's, its last step undone (FNV_PRIME_INVERSE), and the mark's: neither hashed again)
        pushWord(chunkAt, chunkAt + last, table.hashed(text, chunkAt, chunkAt + last, Math.imul(hash, FNV_PRIME_INVERSE) ^ mark));
        pushWord(chunkAt + last, chunkEnd, table.hashed(text, chunkAt + last, chunkEnd, Math.imul(FNV_OFFSET ^ mark, FNV_PRIME)));
        continue;
      }
      if (mark === 0x2e) {
        pushWord(chunkAt, chunkEnd, table.hashed(text, chunkAt, chunkEnd, hash));
        continue;
      }
    }
    // Any other chunk is split as every chunk written the same way: once per distinct chunk, kept in the chunk's
    // record (splitting peels with regular expressions and slices, about 1.3 KB of garbage a chunk).
    const chunk = table.hashed(text, chunkAt, chunkEnd, hash);
    const numberFollows = text.charCodeAt(chunkEnd - 1) === 0x2e && numberFollowsAt(text, chunkEnd, to);
    const pieces = numberFollows ? chunkPieces(chunk.text, true) : (chunk.pieces ??= chunkPieces(chunk.text, false));
    for (let at = 0; at < pieces.length; at += 2) push(chunkAt + pieces[at], chunkAt + pieces[at + 1]);
  }
}

const GATHERED = new TokenListBuilder(1024);
