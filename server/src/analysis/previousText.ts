// How this analysis's text lines up with the previous analysis's, by characters (unchangedText.ts), and results
// kept by a paragraph's place: a paragraph lying wholly in the unchanged start of the text is the previous analysis's
// paragraph at the same offset, one in the unchanged end the previous one as many characters away as the edit added.
// Found by number, where a cache by text slices and hashes every paragraph's text on every edit.
import { intSlabs } from './actors/intSlab';
import { keptAcrossAnalyses, KeptLatest, paragraphCachesEnabled } from './paragraphCache';
import { unchangedEnds } from './unchangedText';

export interface TextAlignment {
  /** The text analyzed before this one (with the caches on), or undefined. */
  previous: string | undefined;
  /** text[0, prefix) is the previous text's [0, prefix). */
  prefix: number;
  /** text[suffixFrom, text.length) is the previous text's [suffixFrom - shift, …). */
  suffixFrom: number;
  /** How many characters longer the text is than the previous one. */
  shift: number;
}

let last: string | undefined;
// The alignment of the text being analyzed (asked by several steps of one analysis).
let current: { text: string; alignment: TextAlignment } | undefined;
keptAcrossAnalyses(
  () => {
    last = undefined;
    current = undefined;
  },
  () => {
    const saved = { last, current };
    return () => ({ last, current } = saved);
  },
);

/** The alignment of `text` with the text analyzed before it; the first call for a text makes it the one the next aligns with. */
export function textAlignmentOf(text: string): TextAlignment {
  if (current !== undefined && current.text === text) return current.alignment;
  const previous = paragraphCachesEnabled() ? last : undefined;
  let alignment: TextAlignment = { previous: undefined, prefix: 0, suffixFrom: text.length, shift: 0 };
  if (previous !== undefined) {
    const { prefix, suffix } = unchangedEnds(previous, text);
    alignment = { previous, prefix, suffixFrom: text.length - suffix, shift: text.length - previous.length };
  }
  current = { text, alignment };
  if (paragraphCachesEnabled()) last = text;
  return alignment;
}

/** A value kept for text[start, end) by the previous analysis, and how many characters further on it is now. */
export interface FoundAtPlace<T> {
  value: T;
  shift: number;
}

/** The places of one analysis: the previous analysis's values found, this one's kept. */
export interface Places<T> {
  /** The previous analysis's value for text[start, end) when that text is unchanged (at the same place or moved). */
  find(start: number, end: number): FoundAtPlace<T> | undefined;
  /** Keeps `value` for text[start, end) for the next analysis. */
  keep(start: number, end: number, value: T): void;
}

/**
 * Values kept by start offset, in the order kept (a later value for the same start replacing the earlier): each
 * entry's start and end side by side in one growing Int32Array, the values in an array, searched by halves. (A Map
 * with an object per entry, made again for every step on every edit, was a few hundred kilobytes an edit that the
 * collector copied and promoted: the values are kept until the next analysis; so were growing arrays of numbers.)
 */
class PlacedValues<T> {
  /** Entry i's start at 2i, its end at 2i + 1; `count` entries used (the array grows by doubling; made at the first entry). */
  private places: Int32Array = NO_PLACES;
  private count = 0;
  private values: T[] = [];
  /** Whether the starts increase: keep() in text order, as every step keeps them, or not (sorted when first asked). */
  private inOrder = true;

  /** `expected`: about how many entries will be kept (the previous analysis's count, say). */
  constructor(private readonly expected: number) {}

  /** How many entries are kept. */
  get size(): number {
    return this.count;
  }

  keep(start: number, end: number, value: T): void {
    const last = this.count - 1;
    const places = this.places;
    if (last >= 0 && start <= places[2 * last]) {
      if (start === places[2 * last]) {
        places[2 * last + 1] = end;
        this.values[last] = value;
        return;
      }
      this.inOrder = false;
    }
    this.add(start, end, value);
  }

  private add(start: number, end: number, value: T): void {
    if (2 * (this.count + 1) > this.places.length) {
      const grown = placeInts(this.places.length === 0 ? 2 * (this.expected + 16) : 2 * this.places.length);
      grown.set(this.places);
      this.places = grown;
    }
    this.places[2 * this.count] = start;
    this.places[2 * this.count + 1] = end;
    this.values.push(value);
    this.count++;
  }

  /** The value kept for text[start, end), or undefined. */
  find(start: number, end: number): T | undefined {
    if (!this.inOrder) this.sort();
    const { places, count } = this;
    // (the first entry starting at or after `start`)
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (places[2 * middle] < start) low = middle + 1;
      else high = middle;
    }
    return low < count && places[2 * low] === start && places[2 * low + 1] === end ? this.values[low] : undefined;
  }

  /** Puts the entries in order of start, the one kept last for a start replacing the others. */
  private sort(): void {
    const order: number[] = [];
    for (let index = 0; index < this.count; index++) order.push(index);
    const places = this.places;
    // (by start, then latest first: the first of equal starts is the one to keep)
    order.sort((a, b) => places[2 * a] - places[2 * b] || b - a);
    const sorted = new PlacedValues<T>(this.count);
    for (const index of order) {
      if (sorted.count > 0 && sorted.places[2 * (sorted.count - 1)] === places[2 * index]) continue;
      sorted.add(places[2 * index], places[2 * index + 1], this.values[index]);
    }
    ({ places: this.places, count: this.count, values: this.values } = sorted);
    this.inOrder = true;
  }
}

const NO_PLACES: Int32Array = new Int32Array(0);
/** PlacedValues' arrays, cut from slabs of their own (a typed array of its own per step and analysis cost in short texts). */
const placeInts = intSlabs(16 * 1024);

/** Values of the paragraphs of the last analysis by their place (start offset), for the next one. */
export class KeptByPlace<T> {
  private readonly kept = new KeptLatest<{ text: string; byStart: PlacedValues<T> }>();

  begin(text: string): Places<T> {
    const alignment = textAlignmentOf(text);
    const latest = this.kept.value;
    const previous = latest !== undefined && alignment.previous !== undefined && latest.text === alignment.previous ? latest.byStart : undefined;
    // (room for as many entries as the previous analysis kept: an edit changes a few)
    const byStart = new PlacedValues<T>(latest === undefined ? 0 : latest.byStart.size);
    if (paragraphCachesEnabled()) this.kept.value = { text, byStart };
    return {
      find(start, end) {
        if (previous === undefined) return undefined;
        const shift = end <= alignment.prefix ? 0 : start >= alignment.suffixFrom ? alignment.shift : undefined;
        if (shift === undefined) return undefined;
        const value = previous.find(start - shift, end - shift);
        return value !== undefined ? { value, shift } : undefined;
      },
      keep(start, end, value) {
        if (paragraphCachesEnabled()) byStart.keep(start, end, value);
      },
    };
  }
}
