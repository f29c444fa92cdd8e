// The span lookup behind hovers answers as the linear scan it replaced: the first span containing the offset in the
// given order, else the first one ending exactly at it; on arbitrary (nested, overlapping, empty) spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { SpanLookup } from '../../server/src/spanLookup';

type Span = { start: number; end: number; id: number };

function linearPick(spans: readonly Span[], offset: number): Span | undefined {
  let touching: Span | undefined;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end) return span;
    if (offset === span.end && span.start < span.end && !touching) touching = span;
  }
  return touching;
}

const spansArbitrary = fc.array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 40 }).map((pairs) => pairs.map(([start, length], id) => ({ start, end: start + length, id })));

test('finds the same span as a scan in order, at every offset', () => {
  fc.assert(
    fc.property(spansArbitrary, (spans) => {
      const lookup = new SpanLookup(spans);
      for (let offset = 0; offset <= 232; offset++) assert.equal(lookup.at(offset), linearPick(spans, offset), `offset ${offset}`);
    }),
  );
});

test('a cursor just after a span finds it, unless another span starts there', () => {
  const putin = { start: 10, end: 15, id: 0 };
  const next = { start: 16, end: 20, id: 1 };
  const lookup = new SpanLookup([putin, next]);
  assert.equal(lookup.at(15), putin);
  assert.equal(lookup.at(16), next);
  assert.equal(lookup.at(9), undefined);
  assert.equal(new SpanLookup<Span>([]).at(3), undefined);
});

test("another lookup's order is taken only when it is these spans' order: the answers are a fresh lookup's", () => {
  fc.assert(
    fc.property(spansArbitrary, spansArbitrary, fc.nat(230), fc.integer({ min: -5, max: 5 }), (spans, others, edit, shift) => {
      // The same spans moved as an edit moves them (those from `edit` on by `shift`), and unrelated ones.
      const moved = spans.map((span) => (span.start >= edit ? { ...span, start: span.start + shift, end: span.end + shift } : span));
      const previousOrder = new SpanLookup(spans).order;
      for (const candidate of [moved, others, spans.slice(1)]) {
        const fresh = new SpanLookup(candidate);
        const hinted = new SpanLookup(candidate, previousOrder);
        assert.deepEqual([...hinted.order], [...fresh.order]);
        for (let offset = 0; offset <= 240; offset++) assert.equal(hinted.at(offset), fresh.at(offset), `offset ${offset}`);
      }
    }),
  );
});

test('the order of spans moved by an edit is taken as it is', () => {
  const spans = [
    { start: 30, end: 35, id: 0 },
    { start: 10, end: 15, id: 1 },
    { start: 10, end: 12, id: 2 },
  ];
  const previousOrder = new SpanLookup(spans).order;
  const moved = spans.map((span) => (span.start >= 20 ? { ...span, start: span.start + 1, end: span.end + 1 } : span));
  assert.equal(new SpanLookup(moved, previousOrder).order, previousOrder);
  // An order that no longer sorts them (a span moved before another) is not.
  const reordered = [{ ...spans[0], start: 5, end: 8 }, spans[1], spans[2]];
  assert.notEqual(new SpanLookup(reordered, previousOrder).order, previousOrder);
  assert.deepEqual([...new SpanLookup(reordered, previousOrder).order], [0, 1, 2]);
  // Nor one that leaves two spans now starting at the same place in the wrong order (ties go in the given order).
  const tied = [
    { start: 10, end: 12, id: 0 },
    { start: 8, end: 9, id: 1 },
  ];
  const tiedOrder = new SpanLookup(tied).order;
  assert.deepEqual([...new SpanLookup([{ ...tied[0], start: 8 }, tied[1]], tiedOrder).order], [0, 1]);
});
