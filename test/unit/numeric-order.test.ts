// numericOrder.ts orderedByKeys, which the quote layer and the nominal phrases (actors/nominals.ts) sort spans with
// instead of a comparator: the same order as the stable sort by the key, equal keys in the order given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byStart } from '../../server/src/analysis/spanOrder';
import { MAX_ORDER_KEY, orderedByKeys } from '../../server/src/analysis/quotes/numericOrder';

describe('orderedByKeys', () => {
  it('orders spans as the stable sort by start does, equal starts in the order given', () => {
    // (made-up spans with many equal starts, in a fixed pseudo-random order)
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const spans = Array.from({ length: 3000 }, (_, index) => ({ start: Math.floor(random() * 400), end: 0, index }));
    const keys = new Float64Array(spans.map((span) => span.start));
    assert.deepEqual(orderedByKeys(spans, keys), [...spans].sort(byStart));
  });

  it('gives up (undefined) on a key it cannot order exactly', () => {
    const spans = [{ start: 1 }, { start: 0.5 }];
    assert.equal(orderedByKeys(spans, new Float64Array([1, 0.5])), undefined);
    assert.equal(orderedByKeys(spans, new Float64Array([1, MAX_ORDER_KEY])), undefined);
  });
});
