// sameBytes: two stretches of per-token flags compared natively, as the loops it replaces compared them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameBytes } from '../../server/src/analysis/sameBytes';

describe('sameBytes', () => {
  const a = Uint8Array.from([1, 2, 3, 4, 5, 6]);
  const b = Uint8Array.from([9, 1, 2, 3, 4, 0, 6]);

  it('tells equal stretches at different places from stretches that differ in one byte', () => {
    assert.equal(sameBytes(a, 0, b, 1, 4), true);
    assert.equal(sameBytes(a, 0, b, 1, 5), false);
    assert.equal(sameBytes(a, 5, b, 6, 1), true);
    assert.equal(sameBytes(a, 1, b, 1, 3), false);
  });

  it('finds no bytes the same, and a stretch past either end different', () => {
    assert.equal(sameBytes(a, 3, b, 0, 0), true);
    assert.equal(sameBytes(a, 7, b, 0, -1), true);
    assert.equal(sameBytes(a, 4, b, 5, 3), false);
    assert.equal(sameBytes(a, -1, b, 0, 2), false);
  });
});
