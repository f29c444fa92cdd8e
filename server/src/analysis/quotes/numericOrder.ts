// A stable sort by one whole number per item, done on numbers in a typed array (no comparator called per
// comparison: the quote layer sorts its thousands of mentions and quotations on every edit).

const INDEX_BITS = 14;
const MAX_INDEX = 1 << INDEX_BITS;
/** Keys below this, times MAX_INDEX, stay exact integers in a double. */
export const MAX_ORDER_KEY = 2 ** (53 - INDEX_BITS);

/**
 * The order a call site's last sort gave (the items' indices, in order), tried first by the next call: after a
 * one-character edit the mentions and quotations of an article are nearly always in the same order as before (those
 * after the edit all moved by as much), and checking an order is one pass where sorting is many. The check is exact
 * (every item's key, with its index, greater than the one before: the one order a stable sort gives), so a stale
 * order costs only the sort it did not spare; nothing is kept but numbers.
 */
export class KeptOrder {
  /** The last order, and how many of its places hold one (the array is reused while it is long enough). */
  private order: Uint16Array | undefined;
  private count = -1;

  /** Whether the kept order sorts `keys` (composite keys, item index in the low bits: every key distinct). */
  sorts(keys: Float64Array): boolean {
    const order = this.order;
    const count = keys.length;
    if (order === undefined || this.count !== count) return false;
    let last = -1;
    for (let index = 0; index < count; index++) {
      const key = keys[order[index]];
      if (!(key > last)) return false;
      last = key;
    }
    return true;
  }

  /** Items in the kept order. */
  apply<T>(items: readonly T[]): T[] {
    const order = this.order!;
    const ordered = new Array<T>(this.count);
    for (let index = 0; index < this.count; index++) ordered[index] = items[order[index]];
    return ordered;
  }

  /** Keeps the order of sorted composite keys. */
  keep(sorted: Float64Array): void {
    const count = sorted.length;
    if (this.order === undefined || this.order.length < count) this.order = new Uint16Array(Math.max(16, count + (count >> 2)));
    for (let index = 0; index < count; index++) this.order[index] = sorted[index] % MAX_INDEX;
    this.count = count;
  }
}

/**
 * `items` ordered by `keys` (one whole number per item, 0 ≤ key < MAX_ORDER_KEY), equal keys in the order given, as
 * a stable sort by the key puts them; undefined when there are too many items or a key is out of range (the caller
 * sorts as before). `kept`: the call site's last order, tried before sorting (and the new one kept).
 */
export function orderedByKeys<T>(items: readonly T[], keys: Float64Array, kept?: KeptOrder): T[] | undefined {
  const count = items.length;
  if (count >= MAX_INDEX) return undefined;
  for (let index = 0; index < count; index++) {
    const key = keys[index];
    if (!(key >= 0 && key < MAX_ORDER_KEY && Number.isInteger(key))) return undefined;
    keys[index] = key * MAX_INDEX + index;
  }
  if (kept !== undefined && kept.sorts(keys)) return kept.apply(items);
  keys.sort();
  kept?.keep(keys);
  const ordered = new Array<T>(count);
  for (let index = 0; index < count; index++) ordered[index] = items[keys[index] % MAX_INDEX];
  return ordered;
}
