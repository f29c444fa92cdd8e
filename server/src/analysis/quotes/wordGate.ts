// A cheap test run before a sentence is tokenized: does the sentence hold one of a few trigger words at all?
// Reported speech needs a speech verb, an evidence verb, "according" or a colon; most sentences of news have
// none, and tokenizing them only to find that out was the quote layer's largest allocation.
//
// The scan reads maximal runs of letters from the character codes and hashes each run lower-cased, without
// building a string (only a run holding a non-ASCII letter is sliced and lower-cased). It answers "maybe" for
// every sentence whose tokens could hold a trigger (a word token equal to a trigger is such a run: the tokenizer
// starts words where a run starts and ends them where it ends, or splits off a possessive or a final dot after
// it); a hash collision only costs an unneeded tokenization.

const ANY_CASE = 1;
const LOWER_CASE_START = 2;

function hashOf(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
  return hash;
}

function isAsciiLetter(code: number): boolean {
  const letter = code | 0x20;
  return letter >= 0x61 && letter <= 0x7a;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

export interface WordGate {
  /** False only when text[start, end) holds no trigger word (and no colon, when colons count). */
  mayMatch(text: string, start: number, end: number): boolean;
}

/**
 * `anyCase`: trigger words in any capitalization; `lowerCaseStart`: trigger words that count only when they do
 * not start with a capital (a capitalized one is a name or a heading); `colon`: a colon anywhere also triggers.
 */
export function wordGate(anyCase: Iterable<string>, lowerCaseStart: Iterable<string>, colon: boolean): WordGate {
  const triggers = new Map<number, number>();
  const add = (word: string, kind: number) => {
    const hash = hashOf(word.toLowerCase());
    triggers.set(hash, (triggers.get(hash) ?? 0) | kind);
  };
  for (const word of anyCase) add(word, ANY_CASE);
  for (const word of lowerCaseStart) add(word, LOWER_CASE_START);
  const matchesRun = (text: string, runStart: number, runEnd: number, hash: number, hasNonAscii: boolean): boolean => {
    if (hasNonAscii) hash = hashOf(text.slice(runStart, runEnd).toLowerCase());
    const kinds = triggers.get(hash);
    if (kinds === undefined) return false;
    if (kinds & ANY_CASE) return true;
    const first = text.charCodeAt(runStart);
    return !(first >= 0x41 && first <= 0x5a); // an ASCII capital starts it; anything else might be lower case
  };
  return {
    mayMatch(text: string, start: number, end: number): boolean {
      let runStart = -1;
      let hash = 0;
      let hasNonAscii = false;
      for (let index = start; index < end; index++) {
        const code = text.charCodeAt(index);
        let inWord: boolean;
        let width = 1;
        if (code < 0x80) inWord = isAsciiLetter(code);
        else {
          // Another letter joins the run, which is then lower-cased as a string.
          const point = text.codePointAt(index)!;
          width = point > 0xffff ? 2 : 1;
          inWord = NON_ASCII_LETTER.test(String.fromCodePoint(point));
          if (inWord) hasNonAscii = true;
        }
        if (inWord) {
          index += width - 1;
          if (runStart < 0) {
            runStart = index;
            hash = 0;
          }
          hash = (Math.imul(hash, 31) + (code | 0x20)) | 0;
          continue;
        }
        if (runStart >= 0) {
          if (matchesRun(text, runStart, index, hash, hasNonAscii)) return true;
          runStart = -1;
          hasNonAscii = false;
        }
        if (colon && code === 0x3a) return true;
      }
      return runStart >= 0 && matchesRun(text, runStart, end, hash, hasNonAscii);
    },
  };
}
