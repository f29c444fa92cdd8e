// The date evaluation's value comparison: equivalent TIMEX3 spellings compare equal, granularity still counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalValue } from '../../eval/dates';

const same = (a: string, b: string) => canonicalValue(a) === canonicalValue(b);

test('decades and centuries compare equal with or without their open digits', () => {
  assert.ok(same('199X', '199'));
  assert.ok(same('19XX', '19'));
  assert.ok(!same('199X', '198'));
  assert.ok(!same('199', '1990'));
});

test('trailing unspecified fields, week padding and whole hours are spellings, not differences', () => {
  assert.ok(same('1998-10-XX', '1998-10'));
  assert.ok(same('2000-W7', '2000-W07'));
  assert.ok(same('2025-11-27T17', '2025-11-27T17:00'));
});

test("a finer value than the gold's is still wrong", () => {
  assert.ok(!same('2026-01-01', '2026'));
  assert.ok(!same('2025-11-27TNI', '2025-11-27'));
  assert.ok(!same('1988-Q3', '1988'));
});
