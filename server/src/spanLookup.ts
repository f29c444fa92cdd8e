// Finds the span under an offset by binary search, for hovers and other positional requests on large articles.
// Built once per analysis. Spans may nest or overlap; the answer is the one a scan in the given order would give:
// the first span that contains the offset, else the first that ends exactly at it (the cursor just after a word).

interface Sorted<T> {
  span: T;
  /** Position in the original order, which decides between several candidates. */
  order: number;
}

export class SpanLookup<T extends { start: number; end: number }> {
  private readonly sorted: Sorted<T>[];
  /** The largest end among sorted[0..i]: no span before i reaches further, which bounds the backward scan. */
  private readonly reach: number[];

  constructor(spans: readonly T[]) {
    this.sorted = spans.map((span, order) => ({ span, order })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    let reach = -Infinity;
    this.reach = this.sorted.map(({ span }) => (reach = Math.max(reach, span.end)));
  }

  at(offset: number): T | undefined {
    // The last span starting at or before the offset; every candidate is at or before it.
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sorted[middle].span.start <= offset) low = middle + 1;
      else high = middle;
    }
    let containing: Sorted<T> | undefined;
    let touching: Sorted<T> | undefined;
    for (let index = low - 1; index >= 0 && this.reach[index] >= offset; index--) {
      const candidate = this.sorted[index];
      const { start, end } = candidate.span;
      if (start <= offset && offset < end) {
        if (!containing || candidate.order < containing.order) containing = candidate;
      } else if (offset === end && start < end) {
        if (!touching || candidate.order < touching.order) touching = candidate;
      }
    }
    return (containing ?? touching)?.span;
  }
}
