// Where each word is written in a text, read once: a word here is a run of ASCII letters, digits and "_" (the
// characters \b tells apart in a regular expression without the i flag) opening with a letter, whole (no such
// character before or after it). For a step that looked for many words in one text with a scan of the whole text
// each: a lookup instead, and the work grows with the text once, not with the text times the words looked for.
// (Numbers only: each word's start, by a hash of its letters in lower case, in buckets of one array, in text order.)
// After an edit both indexes are the previous analysis's, the places past the edit moved and only the words around
// the edit read again: a long article's speakers looked the whole text over on every keystroke.
import { cacheChecksOn, KeptLatest, paragraphCachesEnabled } from '../paragraphCache';
import { textAlignmentOf, type TextAlignment } from '../previousText';

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

/**
 * Places in a text (a start each, in text order) with a hash each, bucketed by the hash's low bits: the places of one
 * hash are found without a scan, in text order. Made from the places in text order, which it keeps, so that the
 * index of an edited text can be made from this one (spliced()).
 */
class PlacesByHash {
  /** The start of each place, by bucket, in text order within a bucket. */
  readonly starts: Int32Array;
  /** Each place's hash, beside its start. */
  readonly hashes: Int32Array;
  /** Where each bucket's places begin in `starts` (one more entry: the end). */
  readonly buckets: Int32Array;
  readonly mask: number;

  constructor(
    /** The places in text order and their hashes (`count` of them). */
    readonly orderStarts: Int32Array,
    readonly orderHashes: Int32Array,
    readonly count: number,
    /** The same places by bucket, when made already (spliced()). */
    bucketed?: { starts: Int32Array; hashes: Int32Array; buckets: Int32Array; mask: number },
  ) {
    if (bucketed !== undefined) {
      this.starts = bucketed.starts;
      this.hashes = bucketed.hashes;
      this.buckets = bucketed.buckets;
      this.mask = bucketed.mask;
      return;
    }
    // (a counting sort by bucket: stable, so each bucket keeps its places in text order)
    let size = 1024;
    while (size < count) size <<= 1;
    this.mask = size - 1;
    const buckets = new Int32Array(size + 1);
    for (let index = 0; index < count; index++) buckets[(orderHashes[index] & this.mask) + 1]++;
    for (let bucket = 0; bucket < size; bucket++) buckets[bucket + 1] += buckets[bucket];
    const next = buckets.slice(0, size);
    this.starts = new Int32Array(count);
    this.hashes = new Int32Array(count);
    for (let index = 0; index < count; index++) {
      const at = next[orderHashes[index] & this.mask]++;
      this.starts[at] = orderStarts[index];
      this.hashes[at] = orderHashes[index];
    }
    this.buckets = buckets;
  }

  /**
   * The places of an edited text: this index's places before `keptBefore` (a position the edit left alone, as every
   * place before it and what it reads), those `scan` finds in the edited text's [keptBefore, movedFrom), and this
   * index's places from `movedFrom - shift` on, moved by `shift` (`movedFrom`, in the edited text, is also left alone
   * with everything after it).
   */
  spliced(keptBefore: number, movedFrom: number, shift: number, scan: (list: PlaceList, from: number, to: number) => void): PlacesByHash {
    const kept = firstFrom(this.orderStarts, this.count, keptBefore);
    const moved = firstFrom(this.orderStarts, this.count, movedFrom - shift);
    const list = new PlaceList(Math.max(1024, this.count + 64));
    list.starts.set(this.orderStarts.subarray(0, kept));
    list.hashes.set(this.orderHashes.subarray(0, kept));
    list.count = kept;
    scan(list, keptBefore, movedFrom);
    const added = list.count - kept;
    const tail = this.count - moved;
    list.reserve(tail);
    for (let index = 0; index < tail; index++) list.starts[list.count + index] = this.orderStarts[moved + index] + shift;
    list.hashes.set(this.orderHashes.subarray(moved, this.count), list.count);
    list.count += tail;
    // (as many buckets as a fresh index would have, or twice as many: else sorted afresh at its own size)
    const size = this.mask + 1;
    if (list.count > size || (size > 1024 && list.count <= size >> 2)) return list.index();
    return new PlacesByHash(list.starts, list.hashes, list.count, this.merged(keptBefore, movedFrom - shift, shift, list, kept, added, kept, moved));
  }

  /**
   * The bucketed arrays of spliced()'s places, made from this index's instead of sorted again (a counting sort of every
   * place of a long article, each edit, scattered its writes over the whole index): the same arrays with the places
   * between `keptBefore` and `removedTo` (this index's [kept, moved) in text order) taken out, those scanned
   * (list[from, from + added)) put in where their buckets hold their place in text order, and the places from
   * `removedTo` on moved by `shift`; copied a stretch at a time between those few changes. The same arrays as a counting
   * sort of the places in text order at this index's size.
   */
  private merged(
    keptBefore: number,
    removedTo: number,
    shift: number,
    list: PlaceList,
    from: number,
    added: number,
    kept: number,
    moved: number,
  ): { starts: Int32Array; hashes: Int32Array; buckets: Int32Array; mask: number } {
    const { mask, starts: oldStarts, hashes: oldHashes, buckets: oldBuckets } = this;
    const size = mask + 1;
    // The changes, each at a place of the old arrays (its bucket beside it): a place taken out (REMOVED), or one of the
    // list put in before it. (A bucket's places are in text order: those kept, those taken out, then those moved.)
    const changes: { at: number; bucket: number; entry: number }[] = [];
    for (let index = kept; index < moved; index++) {
      const bucket = this.orderHashes[index] & mask;
      let at = oldBuckets[bucket];
      while (oldStarts[at] !== this.orderStarts[index]) at++;
      changes.push({ at, bucket, entry: REMOVED });
    }
    for (let entry = from; entry < from + added; entry++) {
      const bucket = list.hashes[entry] & mask;
      let at = oldBuckets[bucket];
      const end = oldBuckets[bucket + 1];
      while (at < end && oldStarts[at] < removedTo) at++;
      changes.push({ at, bucket, entry });
    }
    changes.sort((a, b) => a.at - b.at || a.bucket - b.bucket || a.entry - b.entry);
    const starts = new Int32Array(list.count);
    const hashes = new Int32Array(list.count);
    let out = 0;
    let copiedTo = 0;
    const copy = (to: number) => {
      hashes.set(oldHashes.subarray(copiedTo, to), out);
      // (`shift` added to the places from `removedTo` on without a branch: in bucket order the places before and after
      // the edit alternate at random, and a branch mispredicted half the time was most of this copy)
      for (let at = copiedTo; at < to; at++, out++) {
        const start = oldStarts[at];
        starts[out] = start + (((removedTo - 1 - start) >> 31) & shift);
      }
      copiedTo = to;
    };
    for (const { at, entry } of changes) {
      copy(at);
      if (entry === REMOVED) copiedTo = at + 1;
      else {
        starts[out] = list.starts[entry];
        hashes[out++] = list.hashes[entry];
      }
    }
    copy(this.count);
    // Each bucket begins as many places later as the changes in the buckets before it add: the old offsets copied
    // as they are up to the first change's bucket, and past the last one when the changes add as many as they take.
    const buckets = new Int32Array(size + 1);
    let offset = 0;
    let bucket = 0;
    for (const change of changes) {
      const through = change.bucket + 1;
      if (offset === 0) buckets.set(oldBuckets.subarray(bucket, through), bucket);
      else for (; bucket < through; bucket++) buckets[bucket] = oldBuckets[bucket] + offset;
      bucket = Math.max(bucket, through);
      offset += change.entry === REMOVED ? -1 : 1;
    }
    if (offset === 0) buckets.set(oldBuckets.subarray(bucket), bucket);
    else for (; bucket <= size; bucket++) buckets[bucket] = oldBuckets[bucket] + offset;
    return { starts, hashes, buckets, mask };
  }

  /** Whether both hold the same places, and this one's buckets those of its places (tests). */
  sameAs(other: PlacesByHash): boolean {
    if (this.count !== other.count) return false;
    for (let index = 0; index < this.count; index++) {
      if (this.orderStarts[index] !== other.orderStarts[index] || this.orderHashes[index] !== other.orderHashes[index]) return false;
    }
    return this.bucketsSorted();
  }

  /** Whether the buckets hold the places in text order, each in its bucket (tests: spliced()'s merge). */
  private bucketsSorted(): boolean {
    const size = this.mask + 1;
    if (this.buckets.length !== size + 1 || this.buckets[size] !== this.count) return false;
    const next = new Int32Array(size);
    for (let index = 0; index < this.count; index++) {
      const bucket = this.orderHashes[index] & this.mask;
      const at = this.buckets[bucket] + next[bucket]++;
      if (at >= this.buckets[bucket + 1] || this.starts[at] !== this.orderStarts[index] || this.hashes[at] !== this.orderHashes[index]) return false;
    }
    return true;
  }
}

/** Places in text order with their hashes, growing (a scan's output). */
class PlaceList {
  starts: Int32Array<ArrayBuffer>;
  hashes: Int32Array<ArrayBuffer>;
  count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
  }

  push(start: number, hash: number): void {
    if (this.count === this.starts.length) this.reserve(1);
    this.starts[this.count] = start;
    this.hashes[this.count] = hash;
    this.count++;
  }

  /** Room for `more` places after the `count` ones. */
  reserve(more: number): void {
    if (this.count + more <= this.starts.length) return;
    let length = this.starts.length * 2;
    while (length < this.count + more) length *= 2;
    this.starts = grown(this.starts, length);
    this.hashes = grown(this.hashes, length);
  }

  index(): PlacesByHash {
    return new PlacesByHash(this.starts, this.hashes, this.count);
  }
}

/** PlacesByHash.merged(): a change that takes a place out. */
const REMOVED = -1;

/** The first of `count` ascending numbers that is at least `value` (`count` when none is). */
function firstFrom(numbers: Int32Array, count: number, value: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (numbers[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index of `text` kept in `kept` for the next analysis: `kept`'s own when it is of this text, made from it by
 * `derived` when this text is an edit of its text (textAlignmentOf), else `fresh`. In test mode the index made from
 * the previous one is compared with a fresh one.
 */
function keptIndexOf<T extends { readonly text: string; sameAs(other: T): boolean }>(
  kept: KeptLatest<T>,
  text: string,
  fresh: (text: string) => T,
  derived: (previous: T, text: string, alignment: TextAlignment) => T | undefined,
): T {
  if (!paragraphCachesEnabled()) return fresh(text);
  const latest = kept.value;
  if (latest !== undefined && latest.text === text) return latest;
  let index: T | undefined;
  if (latest !== undefined) {
    const alignment = textAlignmentOf(text);
    if (alignment.previous === latest.text) index = derived(latest, text, alignment);
    if (index !== undefined && cacheChecksOn() && !index.sameAs(fresh(text))) throw new Error('a text index made from the previous one differs from a fresh one');
  }
  index ??= fresh(text);
  kept.value = index;
  return index;
}

/** Adds the words of text[from, to) to `list` (`from` and `to` at no word's inside). */
function scanWords(text: string, list: PlaceList, from: number, to: number): void {
  let start = -1;
  let hash = 0;
  for (let index = from; index <= to; index++) {
    const code = index < to ? text.charCodeAt(index) : 0x2e;
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
    if (first >= 0x61 && first <= 0x7a) list.push(start, hash);
    start = -1;
  }
}

/**
 * The most characters in a row of text[from, to) that are ASCII letters, apostrophes, hyphens or ASCII white space,
 * or not ASCII (inWordStretch).
 */
function longestStretchIn(text: string, from: number, to: number): number {
  let stretch = 0;
  let longest = 0;
  for (let index = from; index < to; index++) {
    if (inWordStretch(text.charCodeAt(index))) {
      if (++stretch > longest) longest = stretch;
    } else stretch = 0;
  }
  return longest;
}

/**
 * How long a stretch (inWordStretch) makes a text one WordPlaces does not answer for (hasLongWordStretch): the
 * longest the apposition search of namesWithRole() scans before it leaves the text to its whole expression.
 */
export const LONG_WORD_STRETCH = 1000;

/** The places of the words of one text, by word. */
export class WordPlaces {
  private static readonly kept = new KeptLatest<WordPlaces>();

  /** The index of `text`: the previous analysis's, moved past an edit, when it was of the text before this one. */
  static of(text: string): WordPlaces {
    return keptIndexOf(
      WordPlaces.kept,
      text,
      (fresh) => WordPlaces.build(fresh),
      (previous, edited, alignment) => previous.edited(edited, alignment),
    );
  }

  /**
   * Whether of(text) costs little: the index kept is of `text`, or of the text before it, which it is made from
   * (else it reads the whole text).
   */
  static keptFor(text: string): boolean {
    const latest = WordPlaces.kept.value;
    return paragraphCachesEnabled() && latest !== undefined && !latest.hasLongWordStretch && (latest.text === text || textAlignmentOf(text).previous === latest.text);
  }

  /** The index of `text`, read whole. */
  static build(text: string): WordPlaces {
    const list = new PlaceList(Math.min(1024, (text.length >> 1) + 1));
    scanWords(text, list, 0, text.length);
    return new WordPlaces(text, list.index(), longestStretchIn(text, 0, text.length) >= LONG_WORD_STRETCH);
  }

  private constructor(
    readonly text: string,
    private readonly places: PlacesByHash,
    /**
     * Whether the text holds LONG_WORD_STRETCH characters in a row that are ASCII letters, apostrophes, hyphens or
     * ASCII white space, or not ASCII (namesWithRole() reads no index of such a text).
     */
    readonly hasLongWordStretch: boolean,
  ) {}

  /** The index of `text`, an edit of this index's text (`alignment`), from this one; undefined to read it whole. */
  private edited(text: string, alignment: TextAlignment): WordPlaces | undefined {
    if (this.hasLongWordStretch) return undefined;
    const { prefix, suffixFrom, shift } = alignment;
    // The words wholly before the first word character next to the edit, and wholly after the last one, are the
    // previous text's: no word runs over the characters that bound them.
    let from = prefix;
    while (from > 0 && isWordCharacter(text.charCodeAt(from - 1))) from--;
    let to = Math.max(suffixFrom, from);
    while (to < text.length && isWordCharacter(text.charCodeAt(to))) to++;
    const places = this.places.spliced(from, to, shift, (list, scanFrom, scanTo) => scanWords(text, list, scanFrom, scanTo));
    // A stretch of the edited text not in the previous one runs over the edited characters: read from the first
    // character of the stretch before them to the last of the stretch after them (the previous text had none as long).
    let before = prefix;
    while (before > 0 && prefix - before < LONG_WORD_STRETCH && inWordStretch(text.charCodeAt(before - 1))) before--;
    let after = Math.max(suffixFrom, prefix);
    while (after < text.length && after - suffixFrom < LONG_WORD_STRETCH && inWordStretch(text.charCodeAt(after))) after++;
    return new WordPlaces(text, places, longestStretchIn(text, before, after) >= LONG_WORD_STRETCH);
  }

  /** Whether both index the same places (tests). */
  sameAs(other: WordPlaces): boolean {
    return this.hasLongWordStretch === other.hasLongWordStretch && this.places.sameAs(other.places);
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
    const { starts, hashes, buckets, mask } = this.places;
    const bucket = hash & mask;
    const text = this.text;
    const after = lower.length;
    for (let at = buckets[bucket]; at < buckets[bucket + 1]; at++) {
      if (hashes[at] !== hash) continue;
      const start = starts[at];
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

/** An array of `length` holding `array`'s numbers. */
function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(length);
  longer.set(array);
  return longer;
}

/** For sorting numbers in ascending order. */
function ascending(a: number, b: number): number {
  return a - b;
}

/** How many characters from a capital CapitalPlaces indexes it by (the shortest string it looks for). */
const CAPITAL_KEY = 3;

/** The hash of text[start, start + CAPITAL_KEY) (shorter at the end of the text). */
function capitalKeyHash(text: string, start: number): number {
  let hash = FNV_OFFSET;
  const end = Math.min(text.length, start + CAPITAL_KEY);
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

/** Adds the ASCII capitals of text[from, to) to `list`, each by the hash of the CAPITAL_KEY characters from it. */
function scanCapitals(text: string, list: PlaceList, from: number, to: number): void {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) list.push(index, capitalKeyHash(text, index));
  }
}

/**
 * Where a string opening with an ASCII capital is written, for text.lastIndexOf() asked many times of one text:
 * each capital A-Z by (a hash of) the three characters from it, so a look back visits the places opening with the
 * same three characters, not every character of the text before.
 */
export class CapitalPlaces {
  private static readonly kept = new KeptLatest<CapitalPlaces>();

  /** The index of `text`: the previous analysis's, moved past an edit, when it was of the text before this one. */
  static of(text: string): CapitalPlaces {
    return keptIndexOf(
      CapitalPlaces.kept,
      text,
      (fresh) => CapitalPlaces.build(fresh),
      (previous, edited, alignment) => previous.edited(edited, alignment),
    );
  }

  /** The index of `text`, read whole. */
  static build(text: string): CapitalPlaces {
    const list = new PlaceList(1024);
    scanCapitals(text, list, 0, text.length);
    return new CapitalPlaces(text, list.index());
  }

  private constructor(
    readonly text: string,
    private readonly places: PlacesByHash,
  ) {}

  /** The index of `text`, an edit of this index's text (`alignment`), from this one. */
  private edited(text: string, alignment: TextAlignment): CapitalPlaces {
    const { prefix, suffixFrom, shift } = alignment;
    // A capital's key reads the characters after it: those up to CAPITAL_KEY - 1 before the edit read into it.
    const from = Math.max(0, prefix - (CAPITAL_KEY - 1));
    const places = this.places.spliced(from, Math.max(suffixFrom, from), shift, (list, scanFrom, scanTo) => scanCapitals(text, list, scanFrom, scanTo));
    return new CapitalPlaces(text, places);
  }

  /** Whether both index the same places (tests). */
  sameAs(other: CapitalPlaces): boolean {
    return this.places.sameAs(other.places);
  }

  /** Whether lastIndexOf() answers for `string`: three characters or more, opening with an ASCII capital. */
  static answers(string: string): boolean {
    const code = string.charCodeAt(0);
    return string.length >= CAPITAL_KEY && code >= 0x41 && code <= 0x5a;
  }

  /** text.lastIndexOf(string, from) for a string CapitalPlaces.answers(). */
  lastIndexOf(string: string, from: number): number {
    const hash = capitalKeyHash(string, 0);
    const { starts, hashes, buckets, mask } = this.places;
    const first = buckets[hash & mask];
    const limit = Math.max(0, from);
    // (the last place at or before `limit` in the bucket: a binary search, then back over the places to one `string`
    // is written at; the bucket's places of other keys are passed over there too)
    let low = first;
    let high = buckets[(hash & mask) + 1];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle] <= limit) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= first; index--) if (hashes[index] === hash && this.text.startsWith(string, starts[index])) return starts[index];
    return -1;
  }
}
