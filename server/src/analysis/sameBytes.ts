// Two stretches of bytes compared natively (memcmp), for per-token flags of two versions of a document that are
// mostly the same: a loop in JavaScript over the 65,000 tokens of a long article, on every edit, cost a few tenths
// of a millisecond each time.

/**
 * Whether a[aFrom, aFrom + length) and b[bFrom, bFrom + length) hold the same bytes: true for no bytes (length 0 or
 * less), false when either stretch runs past its array's ends (as a loop comparing with undefined there would find).
 */
export function sameBytes(a: Readonly<Uint8Array>, aFrom: number, b: Readonly<Uint8Array>, bFrom: number, length: number): boolean {
  if (length <= 0) return true;
  if (aFrom < 0 || bFrom < 0 || aFrom + length > a.length || bFrom + length > b.length) return false;
  return Buffer.compare(a.subarray(aFrom, aFrom + length), b.subarray(bFrom, bFrom + length)) === 0;
}
