// Finds the span under an offset by binary search, for hovers and other positional requests on large articles.
// Built once per analysis, off the request path but on the server's thread, so built cheaply: an index array
// sorted by start (not at all when the spans already come in order, as dates and quotes do), no copies of the
// spans. Spans may nest or overlap; the answer is the one a scan in the given order would give: the first span
// that contains the offset, else the first that ends exactly at it (the cursor just after a word).
import { partitionPoint } from './analysis/partitionPoint';

export class SpanLookup<T extends { start: number; end: number }> {
  /** Indexes into `spans` in order of start (ties in the given order). */
  private readonly sorted: Uint32Array;
  /** The largest end among sorted[0..i]: no span before i reaches further, which bounds the backward scan. */
  private readonly reach: Float64Array;

  /**
   * `previousOrder`: another lookup's `order` (the previous analysis's mentions), taken as it is when it is the order
   * of these spans too, as after an edit that moved spans but changed none: checked in one pass instead of sorting.
   */
  constructor(
    private readonly spans: readonly T[],
    previousOrder?: Uint32Array,
  ) {
    const count = spans.length;
    const reused = previousOrder && previousOrder.length === count && SpanLookup.ordersSpans(previousOrder, spans) ? previousOrder : undefined;
    const sorted = reused ?? new Uint32Array(count);
    let inOrder = true;
    for (let index = 0; index < count && !reused; index++) {
      sorted[index] = index;
      if (index > 0 && spans[index].start < spans[index - 1].start) inOrder = false;
    }
    if (!inOrder) {
      // Sorted as numbers start × 2^21 + index, without a comparator (a call per comparison took most of the time
      // for the mentions of a 400 KB article); exact while start × 2^21 + index stays under 2^53.
      if (count < 1 << 21 && spans.every((span) => span.start >= 0 && span.start < 2 ** 31)) {
        const keys = new Float64Array(count);
        for (let index = 0; index < count; index++) keys[index] = spans[index].start * 2 ** 21 + index;
        keys.sort();
        for (let index = 0; index < count; index++) sorted[index] = keys[index] % 2 ** 21;
      } else sorted.sort((a, b) => spans[a].start - spans[b].start || a - b);
    }
    const reach = new Float64Array(count);
    let furthest = -Infinity;
    for (let index = 0; index < count; index++) reach[index] = furthest = Math.max(furthest, spans[sorted[index]].end);
    this.sorted = sorted;
    this.reach = reach;
  }

  /** The indexes of the spans in order of start, ties in the given order (shared, not to be changed). */
  get order(): Uint32Array {
    return this.sorted;
  }

  /**
   * Whether `order` lists every index of `spans` once, by start, ties in the given order (the one order the
   * constructor sorts them into): each index in range and each pair strictly after the one before, so no index twice.
   */
  private static ordersSpans(order: Uint32Array, spans: readonly { start: number }[]): boolean {
    for (let at = 0; at < order.length; at++) {
      const index = order[at];
      if (index >= spans.length) return false;
      if (at === 0) continue;
      const before = order[at - 1];
      const start = spans[index].start;
      const startBefore = spans[before].start;
      if (!(start > startBefore || (start === startBefore && index > before))) return false;
    }
    return true;
  }

  /** The index (in the spans given) of the span under `offset`, or -1. */
  indexAt(offset: number): number {
    const { spans, sorted, reach } = this;
    // The last span starting at or before the offset; every candidate is at or before it.
    const low = partitionPoint(sorted.length, (index) => spans[sorted[index]].start <= offset);
    let containing = -1;
    let touching = -1;
    for (let index = low - 1; index >= 0 && reach[index] >= offset; index--) {
      const order = sorted[index];
      const { start, end } = spans[order];
      if (start <= offset && offset < end) {
        if (containing < 0 || order < containing) containing = order;
      } else if (offset === end && start < end) {
        if (touching < 0 || order < touching) touching = order;
      }
    }
    return containing >= 0 ? containing : touching;
  }

  at(offset: number): T | undefined {
    const index = this.indexAt(offset);
    return index < 0 ? undefined : this.spans[index];
  }
}
