// A stable sort by one whole number per item, done on numbers in a typed array (no comparator called per
// comparison: the quote layer sorts its thousands of mentions and quotations on every edit).

const INDEX_BITS = 14;
const MAX_INDEX = 1 << INDEX_BITS;
/** Keys below this, times MAX_INDEX, stay exact integers in a double. */
export const MAX_ORDER_KEY = 2 ** (53 - INDEX_BITS);

/**
 * `items` ordered by `keys` (one whole number per item, 0 ≤ key < MAX_ORDER_KEY), equal keys in the order given, as
 * a stable sort by the key puts them; undefined when there are too many items or a key is out of range (the caller
 * sorts as before).
 */
export function orderedByKeys<T>(items: readonly T[], keys: Float64Array): T[] | undefined {
  const count = items.length;
  if (count >= MAX_INDEX) return undefined;
  for (let index = 0; index < count; index++) {
    const key = keys[index];
    if (!(key >= 0 && key < MAX_ORDER_KEY && Number.isInteger(key))) return undefined;
    keys[index] = key * MAX_INDEX + index;
  }
  keys.sort();
  const ordered = new Array<T>(count);
  for (let index = 0; index < count; index++) ordered[index] = items[keys[index] % MAX_INDEX];
  return ordered;
}
