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
