import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partitionPoint } from '../../server/src/analysis/partitionPoint';

test('partitionPoint finds the first item not before the position, at every position of a sorted list', () => {
  const starts = [2, 5, 5, 9, 14];
  for (let position = 0; position <= 16; position++) {
    const expected = starts.findIndex((start) => start >= position);
    const found = partitionPoint(starts.length, (index) => starts[index] < position);
    assert.equal(found, expected === -1 ? starts.length : expected, `position ${position}`);
  }
});

test('partitionPoint answers 0 for an empty list and length when every item is before', () => {
  assert.equal(
    partitionPoint(0, () => true),
    0,
  );
  assert.equal(
    partitionPoint(3, () => true),
    3,
  );
  assert.equal(
    partitionPoint(3, () => false),
    0,
  );
});
