// Character tests that run on every token: answered from the character codes for ASCII words (nearly all of
// them), with the Unicode regular expression only for a word holding other characters. Each function answers
// exactly what the regular expression in its comment answers.

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const LETTER_PAIR = /\p{L}{2,}/u;
const STARTS_UPPERCASE = /^\p{Lu}/u;

/** /\p{L}/u.test(word) */
export function hasLetter(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return LETTER.test(word);
    if (isAsciiUpper(code) || isAsciiLower(code)) return true;
  }
  return false;
}

/** /\p{Ll}/u.test(word) */
export function hasLowercase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return LOWERCASE.test(word);
    if (isAsciiLower(code)) return true;
  }
  return false;
}

/** /\p{L}{2,}/u.test(word): two letters in a row. */
export function hasLetterPair(word: string): boolean {
  let previousLetter = false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return LETTER_PAIR.test(word);
    const letter = isAsciiUpper(code) || isAsciiLower(code);
    if (letter && previousLetter) return true;
    previousLetter = letter;
  }
  return false;
}

/** /^\p{Lu}/u.test(word.slice(from)) */
export function startsWithUppercase(word: string, from = 0): boolean {
  const code = word.charCodeAt(from);
  if (code < 0x80) return isAsciiUpper(code);
  return from < word.length && STARTS_UPPERCASE.test(from === 0 ? word : word.slice(from));
}

/** /\d/.test(word): an ASCII digit. */
export function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

const LOWERCASE_WORD = /^\p{Ll}+$/u;

/** /^\p{Ll}+$/u.test(word): lower-case letters only. */
export function isLowercaseWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return LOWERCASE_WORD.test(word);
    if (!isAsciiLower(code)) return false;
  }
  return true;
}

/** value.toLowerCase() === value for an ASCII value without capitals, answered without the copy. */
export function isPlainAsciiLower(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0x80 || isAsciiUpper(code)) return false;
  }
  return true;
}

/** What /\s/u matches (white space and line terminators, BOM included), from the code; false past the end (NaN). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
