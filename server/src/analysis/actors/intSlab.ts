// Integer arrays for one document's tallies, cut from shared slabs. A typed array of its own over 64 bytes has its
// memory allocated outside the JavaScript heap, which costs more than most documents' use of it (a profile of fresh
// analyses put a new Int32Array per document among the tally's largest costs); a view of a slab is an ordinary small
// object. A slab stays alive while any array cut from it does.

/** Integers per slab (256 KB). */
const SLAB_INTS = 64 * 1024;
let slab = new Int32Array(0);
let used = 0;

/** `length` zeroed integers: a view of a slab, or an array of its own when long (over a quarter of a slab). */
export function slabInts(length: number): Int32Array {
  if (length > SLAB_INTS / 4) return new Int32Array(length);
  if (used + length > slab.length) {
    slab = new Int32Array(SLAB_INTS);
    used = 0;
  }
  used += length;
  return slab.subarray(used - length, used);
}
