// Where each word is written in a text, read once: a word here is a run of ASCII letters, digits and "_" (the
// characters \b tells apart in a regular expression without the i flag) opening with a letter, whole (no such
// character before or after it). For a step that looked for many words in one text with a scan of the whole text
// each: a lookup instead, and the work grows with the text once, not with the text times the words looked for.
// (Numbers only: each word's start, by a hash of its letters in lower case, in buckets of one array, in text order.)

/** A character of \w: an ASCII letter or digit, or "_". */
export function isWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** True when `word` is one WordPlaces indexes: ASCII letters, digits and "_", opening with a letter. */
export function isIndexedWord(word: string): boolean {
  return /^[A-Za-z]\w*$/.test(word);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The next step of a word's hash (FNV-1a over its characters, ASCII capitals lowered). */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code >= 0x41 && code <= 0x5a ? code + 32 : code), FNV_PRIME);
}

/** Whether a character may stand in a stretch of words (longestWordStretch): a letter, an apostrophe, a hyphen, white space. */
function inWordStretch(code: number): boolean {
  if (code >= 0x80) return true;
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || code === 0x27 || code === 0x2d || code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** The places of the words of one text, by word. */
export class WordPlaces {
  /** The start of each word, by bucket (the hash's low bits), in text order within a bucket. */
  private readonly starts: Int32Array;
  /** Each word's hash, beside its start. */
  private readonly hashes: Int32Array;
  /** Where each bucket's words begin in `starts` (one more entry: the end). */
  private readonly buckets: Int32Array;
  private readonly mask: number;
  /**
   * The most characters in a row that are ASCII letters, apostrophes, hyphens or ASCII white space, or not ASCII
   * (read in the same pass: namesWithRole() needs it).
   */
  readonly longestWordStretch: number;

  constructor(private readonly text: string) {
    const length = text.length;
    let count = 0;
    let wordStarts = new Int32Array(Math.min(1024, (length >> 1) + 1));
    let wordHashes = new Int32Array(wordStarts.length);
    let start = -1;
    let hash = 0;
    let stretch = 0;
    let longest = 0;
    for (let index = 0; index <= length; index++) {
      const code = index < length ? text.charCodeAt(index) : 0x2e;
      if (inWordStretch(code)) {
        if (++stretch > longest) longest = stretch;
      } else stretch = 0;
      if (isWordCharacter(code)) {
        if (start < 0) {
          start = index;
          hash = FNV_OFFSET;
        }
        hash = hashStep(hash, code);
        continue;
      }
      if (start < 0) continue;
      const first = text.charCodeAt(start) | 0x20;
      if (first >= 0x61 && first <= 0x7a) {
        if (count === wordStarts.length) {
          wordStarts = grown(wordStarts);
          wordHashes = grown(wordHashes);
        }
        wordStarts[count] = start;
        wordHashes[count] = hash;
        count++;
      }
      start = -1;
    }
    this.longestWordStretch = longest;
    // (a counting sort by bucket: stable, so each bucket keeps its words in text order)
    let size = 1024;
    while (size < count) size <<= 1;
    this.mask = size - 1;
    const buckets = new Int32Array(size + 1);
    for (let index = 0; index < count; index++) buckets[(wordHashes[index] & this.mask) + 1]++;
    for (let bucket = 0; bucket < size; bucket++) buckets[bucket + 1] += buckets[bucket];
    const next = buckets.slice(0, size);
    this.starts = new Int32Array(count);
    this.hashes = new Int32Array(count);
    for (let index = 0; index < count; index++) {
      const at = next[wordHashes[index] & this.mask]++;
      this.starts[at] = wordStarts[index];
      this.hashes[at] = wordHashes[index];
    }
    this.buckets = buckets;
  }

  /**
   * Where one of `spellings` (indexed words: isIndexedWord) stands whole, case as written, in text order. The
   * spellings differ in case at most (one lookup), else each is looked up and the places put in order.
   */
  placesOf(spellings: readonly string[]): number[] {
    const places: number[] = [];
    if (spellings.length === 0) return places;
    const lower = spellings[0].toLowerCase();
    for (const spelling of spellings) {
      if (spelling.toLowerCase() === lower) continue;
      // (spellings of different words: each on its own)
      for (const other of spellings) places.push(...this.placesOf([other]));
      return places.sort(ascending);
    }
    let hash = FNV_OFFSET;
    for (let index = 0; index < lower.length; index++) hash = hashStep(hash, lower.charCodeAt(index));
    const bucket = hash & this.mask;
    const text = this.text;
    const after = lower.length;
    for (let at = this.buckets[bucket]; at < this.buckets[bucket + 1]; at++) {
      if (this.hashes[at] !== hash) continue;
      const start = this.starts[at];
      if (start + after < text.length && isWordCharacter(text.charCodeAt(start + after))) continue;
      for (const spelling of spellings) {
        if (!text.startsWith(spelling, start)) continue;
        places.push(start);
        break;
      }
    }
    return places;
  }
}

/** An array twice as long holding `array`'s numbers. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(array.length * 2);
  longer.set(array);
  return longer;
}

/** For sorting numbers in ascending order. */
function ascending(a: number, b: number): number {
  return a - b;
}

/** How many characters from a capital CapitalPlaces indexes it by (the shortest string it looks for). */
const CAPITAL_KEY = 3;

/**
 * Where a string opening with an ASCII capital is written, for text.lastIndexOf() asked many times of one text:
 * each capital A-Z by the three characters from it, so a look back visits the places opening with the same three
 * characters, not every character of the text before.
 */
export class CapitalPlaces {
  private readonly byKey = new Map<string, number[]>();

  constructor(private readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < 0x41 || code > 0x5a) continue;
      const key = text.slice(index, index + CAPITAL_KEY);
      const places = this.byKey.get(key);
      if (places === undefined) this.byKey.set(key, [index]);
      else places.push(index);
    }
  }

  /** Whether lastIndexOf() answers for `string`: three characters or more, opening with an ASCII capital. */
  static answers(string: string): boolean {
    const code = string.charCodeAt(0);
    return string.length >= CAPITAL_KEY && code >= 0x41 && code <= 0x5a;
  }

  /** text.lastIndexOf(string, from) for a string CapitalPlaces.answers(). */
  lastIndexOf(string: string, from: number): number {
    const places = this.byKey.get(string.slice(0, CAPITAL_KEY));
    if (places === undefined) return -1;
    const limit = Math.max(0, from);
    // (the last place at or before `limit`: a binary search, then back over the places to one `string` is written at)
    let low = 0;
    let high = places.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (places[middle] <= limit) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= 0; index--) if (this.text.startsWith(string, places[index])) return places[index];
    return -1;
  }
}
