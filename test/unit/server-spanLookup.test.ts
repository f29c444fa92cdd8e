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
