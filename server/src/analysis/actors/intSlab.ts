// Integer arrays cut from shared slabs. A typed array of its own over 64 bytes has its memory allocated outside the
// JavaScript heap, which costs more than most uses of it here (a profile of fresh analyses put a new Int32Array per
// document among the tally's largest costs); a view of a slab is an ordinary small object. A slab stays alive while
// any array cut from it does, so arrays kept for long (the tagger's per-view sums) take slabs of their own, apart
// from those of one document's tallies.

/**
 * An allocator of zeroed integer arrays cut from slabs of `slabLength` integers; an array longer than a quarter of a
 * slab is one of its own.
 */
export function intSlabs(slabLength: number): (length: number) => Int32Array {
  let slab = new Int32Array(0);
  let used = 0;
  return (length) => {
    if (length > slabLength / 4) return new Int32Array(length);
    if (used + length > slab.length) {
      slab = new Int32Array(slabLength);
      used = 0;
    }
    used += length;
    return slab.subarray(used - length, used);
  };
}

/** One document's tallies (256 KB slabs). */
export const slabInts = intSlabs(64 * 1024);
