import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDate, valueInWords } from '../../server/src/analysis/dates/describe';
import type { DateAnnotation } from '../../server/src/analysis/types';

const base: DateAnnotation = { id: 'd1', start: 0, end: 11, text: 'November 27', value: '2025-11-27', kind: 'date', granularity: 'day', anchoring: 'inferred-year' };

test('describeDate gives the value in words, the granularity and the anchoring', () => {
  assert.equal(describeDate(base), 'Thursday 27 November 2025 — day, year inferred');
  assert.equal(describeDate({ ...base, value: '2026-Q3', granularity: 'quarter', anchoring: 'absolute' }), 'third quarter of 2026 — quarter, written in full');
  assert.equal(
    describeDate({ ...base, value: '2025-12', granularity: 'month', mod: 'START', anchoring: 'reference-date' }),
    "early December 2025 — month, counted from the article's date",
  );
  assert.equal(describeDate({ ...base, value: 'P3Y', kind: 'duration', granularity: 'duration' }), '3 years — duration, not a date');
});

test('valueInWords covers the TIMEX3 value shapes', () => {
  assert.equal(valueInWords('199X'), 'the 1990s');
  assert.equal(valueInWords('19'), 'the 20th century');
  assert.equal(valueInWords('2025-W48'), 'week 48 of 2025');
  assert.equal(valueInWords('2025-SP'), 'spring 2025');
  assert.equal(valueInWords('PRESENT_REF'), 'the present');
  assert.equal(valueInWords('XXXX-11-27'), '27 November, year unknown');
  assert.equal(valueInWords('2024-03-13T22:00'), 'Wednesday 13 March 2024, 22:00');
  assert.equal(valueInWords('XXXX-WXX-1', 'set'), 'every Monday');
});
