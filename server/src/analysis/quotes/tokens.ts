// A small tokenizer over a range of the text: words (with their offsets) and single punctuation marks. The
// possessive "’s" is its own token so that "Trump’s campaign" reads as two words after a name. Linear time.

import { keepsAbbreviationPeriod, numberFollowsAt } from '../abbreviations';
import { isChunkBreak } from '../tokens';

export type TokenKind = 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
}

// A word: letters/digits with inner apostrophes, hyphens and dots ("U.S.", "co-founder", "don’t"); a possessive
// ending is split off below. A dotted abbreviation keeps its final dot ("Sen.", "U.S.") when it is short.
// Read by wordEndAt() below, which answers what this expression would, from character codes (it ran per word):
//   /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/uy
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

/** How many UTF-16 units the letter, mark or digit at `index` takes (0 when there is none). */
function wordCharacterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    const letter = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a) ? 1 : 0;
  }
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(index)!;
  return WORD_CHARACTER.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/** The end of the word starting at `start` (WORD's match there), or `start` when none starts there. */
function wordEndAt(text: string, start: number): number {
  let index = start;
  for (let width = wordCharacterWidth(text, index); width > 0; width = wordCharacterWidth(text, index)) index += width;
  if (index === start) return start;
  for (;;) {
    const joiner = text.charCodeAt(index);
    if (joiner !== 0x2d && joiner !== 0x27 && joiner !== 0x2019 && joiner !== 0x2e) break;
    let width = wordCharacterWidth(text, index + 1);
    if (width === 0) break;
    index += 1;
    for (; width > 0; width = wordCharacterWidth(text, index)) index += width;
  }
  return text.charCodeAt(index) === 0x2e ? index + 1 : index;
}
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let position = start;
  while (position < end) {
    if (isChunkBreak(text.charCodeAt(position))) {
      position++;
      while (isChunkBreak(text.charCodeAt(position))) position++;
      continue;
    }
    const wordEnd = wordEndAt(text, position);
    if (wordEnd > position && wordEnd <= end) {
      let value = text.slice(position, wordEnd);
      // A final dot belongs to the word only for abbreviations; otherwise it ends the sentence.
      if (value.endsWith('.') && !keepsAbbreviationPeriod(value.slice(0, -1), numberFollowsAt(text, wordEnd))) value = value.slice(0, -1);
      if (value.length > 2 && endsWithPossessive(value)) {
        const stem = value.slice(0, -2);
        tokens.push(makeToken(position, stem, 'word'));
        tokens.push(makeToken(position + stem.length, value.slice(-2), 'word'));
      } else {
        tokens.push(makeToken(position, value, 'word'));
      }
      position += value.length;
      continue;
    }
    const code = text.codePointAt(position) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    tokens.push(makeToken(position, text.slice(position, position + width), 'punct'));
    position += width;
  }
  return tokens;
}

/** /['’]s$/i */
function endsWithPossessive(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  const apostrophe = value.charCodeAt(value.length - 2);
  return (last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

function makeToken(start: number, text: string, kind: TokenKind): Token {
  return { start, end: start + text.length, text, lower: text.toLowerCase(), kind };
}

/** True for a word starting with a capital letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === '’s' || token.lower === "'s");
}

/** Number of words in text[from, to) (looks at 400 characters at most: callers ask about short gaps). */
export function countWords(text: string, from: number, to: number): number {
  if (from >= to) return 0;
  return (text.slice(from, Math.min(to, from + 400)).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu) ?? []).length;
}
