// How this analysis's text lines up with the previous analysis's, by characters (unchangedText.ts), and results
// kept by a paragraph's place: a paragraph lying wholly in the unchanged start of the text is the previous analysis's
// paragraph at the same offset, one in the unchanged end the previous one as many characters away as the edit added.
// Found by number, where a cache by text slices and hashes every paragraph's text on every edit.
import { keptAcrossAnalyses, KeptLatest, paragraphCachesEnabled } from './paragraphCache';
import { firstAtOrAfter } from './partitionPoint';
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
 * Values kept by start offset, in the order kept (a later value for the same start replacing the earlier): three
 * arrays, searched by halves. (A Map with an object per entry, made again for every step on every edit, was a few
 * hundred kilobytes an edit that the collector copied and promoted: the values are kept until the next analysis.)
 */
class PlacedValues<T> {
  private starts: number[] = [];
  private ends: number[] = [];
  private values: T[] = [];
  /** Whether the starts increase: keep() in text order, as every step keeps them, or not (sorted when first asked). */
  private inOrder = true;

  keep(start: number, end: number, value: T): void {
    const last = this.starts.length - 1;
    if (last >= 0 && start <= this.starts[last]) {
      if (start === this.starts[last]) {
        this.ends[last] = end;
        this.values[last] = value;
        return;
      }
      this.inOrder = false;
    }
    this.starts.push(start);
    this.ends.push(end);
    this.values.push(value);
  }

  /** The value kept for text[start, end), or undefined. */
  find(start: number, end: number): T | undefined {
    if (!this.inOrder) this.sort();
    const { starts } = this;
    const low = firstAtOrAfter(starts, start);
    return low < starts.length && starts[low] === start && this.ends[low] === end ? this.values[low] : undefined;
  }

  /** Puts the entries in order of start, the one kept last for a start replacing the others. */
  private sort(): void {
    const order: number[] = [];
    for (let index = 0; index < this.starts.length; index++) order.push(index);
    const { starts } = this;
    // (by start, then latest first: the first of equal starts is the one to keep)
    order.sort((a, b) => starts[a] - starts[b] || b - a);
    const sorted = new PlacedValues<T>();
    for (const index of order) {
      if (sorted.starts.length > 0 && sorted.starts[sorted.starts.length - 1] === starts[index]) continue;
      sorted.starts.push(starts[index]);
      sorted.ends.push(this.ends[index]);
      sorted.values.push(this.values[index]);
    }
    ({ starts: this.starts, ends: this.ends, values: this.values } = sorted);
    this.inOrder = true;
  }
}

/** Values of the paragraphs of the last analysis by their place (start offset), for the next one. */
export class KeptByPlace<T> {
  private readonly kept = new KeptLatest<{ text: string; byStart: PlacedValues<T> }>();

  begin(text: string): Places<T> {
    const alignment = textAlignmentOf(text);
    const latest = this.kept.value;
    const previous = latest !== undefined && alignment.previous !== undefined && latest.text === alignment.previous ? latest.byStart : undefined;
    const byStart = new PlacedValues<T>();
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
