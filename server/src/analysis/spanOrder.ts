// The orders spans are sorted in, written once at module level. A comparator written inline is a new closure on
// every call, and V8 keeps a closure's optimized code only while some closure using it is alive: after each full
// garbage collection every inline comparator was compiled again (bench/probes/recompile-probe.ts).

interface Starting {
  start: number;
}

interface Ending {
  end: number;
}

interface Spanning {
  start: number;
  end: number;
}

/** By end. */
export function byEnd(a: Ending, b: Ending): number {
  return a.end - b.end;
}

/** By start. */
export function byStart(a: Starting, b: Starting): number {
  return a.start - b.start;
}

/** By start, then the shorter first. */
export function byStartThenEnd(a: Spanning, b: Spanning): number {
  return a.start - b.start || a.end - b.end;
}

/** By start, then the longer first (an enclosing span before the spans it holds). */
export function byStartLongestFirst(a: Spanning, b: Spanning): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * `items` sorted in place by `order`, as `items.sort(order)` leaves them: a list already in order (most lists of a
 * few spans) is left as it is, without the work array V8's sort allocates (its sort is stable, so it would leave
 * such a list unchanged too).
 */
export function sortedInPlace<T>(items: T[], order: (a: T, b: T) => number): T[] {
  for (let index = 1; index < items.length; index++) if (order(items[index - 1], items[index]) > 0) return items.sort(order);
  return items;
}
