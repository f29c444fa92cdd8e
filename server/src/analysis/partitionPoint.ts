// One binary search for every sorted list the analyzer looks things up in (tokens, mentions, quoted ranges,
// sentences), so each lookup states only what "before the position" means for its items.

/**
 * The index of the first item for which `before(index)` is false, where `before` holds for a prefix of
 * [0, length) and fails for the rest (length when it holds for all). O(log length).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The two searches most lookups make, written without a callback: a callback written at the call site is a new
// closure per call, whose optimized code is dropped with it at each full collection and compiled again while typing
// (bench/probes/recompile-probe.ts).

/** The index of the first item starting at or after `position` in items sorted by start (items.length when none). */
export function firstStartingFrom(items: readonly { readonly start: number }[], position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle].start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first item ending after `position` in items sorted by end (items.length when none). */
export function firstEndingAfter(items: readonly { readonly end: number }[], position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle].end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first number at or after `value` in ascending numbers (numbers.length when none). */
export function firstAtOrAfter(numbers: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (numbers[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
