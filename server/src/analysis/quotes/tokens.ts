// A small tokenizer over a range of the text: words (with their offsets) and single punctuation marks. The
// possessive "’s" is its own token so that "Trump’s campaign" reads as two words after a name. Linear time.

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
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/uy;
const ABBREVIATION_WITH_DOT = /^(?:[\p{Lu}](?:\.[\p{L}])*\.|(?:mr|mrs|ms|dr|st|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|jr|sr|inc|corp|co|ltd|no|vs|mt|ft|ave|blvd|dept|univ|jan|feb|mar|apr|aug|sep|sept|oct|nov|dec|u\.s|u\.n|u\.k|e\.g|i\.e|a\.m|p\.m)\.)$/iu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let position = start;
  while (position < end) {
    if (isSpace(text.charCodeAt(position))) {
      position++;
      while (isSpace(text.charCodeAt(position))) position++;
      continue;
    }
    // test() with the sticky flag leaves lastIndex at the word's end: no match array per word.
    WORD.lastIndex = position;
    if (WORD.test(text) && WORD.lastIndex <= end) {
      let value = text.slice(position, WORD.lastIndex);
      // A final dot belongs to the word only for abbreviations; otherwise it ends the sentence.
      if (value.endsWith('.') && !ABBREVIATION_WITH_DOT.test(value)) value = value.slice(0, -1);
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

/** What /\s/u matches (white space and line terminators), without the regular expression; false past the end (NaN). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
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
