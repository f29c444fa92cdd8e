// numericOrder.ts orderedByKeys, which the quote layer and the nominal phrases (actors/nominals.ts) sort spans with
// instead of a comparator: the same order as the stable sort by the key, equal keys in the order given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byStart } from '../../server/src/analysis/spanOrder';
import { KeptOrder, MAX_ORDER_KEY, orderedByKeys } from '../../server/src/analysis/quotes/numericOrder';

describe('orderedByKeys', () => {
  it('orders spans as the stable sort by start does, equal starts in the order given', () => {
    // (made-up spans with many equal starts, in a fixed pseudo-random order)
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const spans = Array.from({ length: 3000 }, (_, index) => ({ start: Math.floor(random() * 400), end: 0, index }));
    const keys = new Float64Array(spans.map((span) => span.start));
    assert.deepEqual(orderedByKeys(spans, keys), [...spans].sort(byStart));
  });

  it('with a kept order, gives the stable sort whether the last order still holds or not', () => {
    const kept = new KeptOrder();
    const spansOf = (starts: number[]) => starts.map((start, index) => ({ start, end: 0, index }));
    const sorted = (spans: { start: number }[]) => [...spans].sort(byStart);
    const runs = [
      [5, 3, 3, 9, 1, 3],
      [6, 4, 4, 10, 2, 4], // every key moved by as much: the kept order holds
      [6, 4, 4, 10, 2, 4],
      [6, 4, 11, 10, 2, 4], // one key moved past others: sorted again
      [6, 4, 4, 10, 2, 4], // back, ties in the order given
      [6, 4, 4, 10, 2], // one item fewer
      [4, 4, 4, 4, 4], // all equal
    ];
    for (const starts of runs) {
      const spans = spansOf(starts);
      assert.deepEqual(orderedByKeys(spans, new Float64Array(starts), kept), sorted(spans), starts.join(' '));
    }
  });

  it('gives up (undefined) on a key it cannot order exactly', () => {
    const spans = [{ start: 1 }, { start: 0.5 }];
    assert.equal(orderedByKeys(spans, new Float64Array([1, 0.5])), undefined);
    assert.equal(orderedByKeys(spans, new Float64Array([1, MAX_ORDER_KEY])), undefined);
  });
});
