// The date layer on adversarial input: huge single lines, runs of digits, quotation marks, and text dense with
// dates. The bound is generous: it catches quadratic or exponential behaviour (minutes to hours at these sizes),
// not ordinary slowness of a loaded machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../server/src/analysis/dates';
import type { Block } from '../../server/src/analysis/types';

const GENEROUS_MS = 60_000;

function wholeParagraph(text: string): Block[] {
  return [{ kind: 'paragraph', start: 0, end: text.length }];
}

function timedDates(text: string) {
  const started = process.hrtime.bigint();
  const result = findDates(text, wholeParagraph(text), { referenceDate: '2025-11-27' });
  return { dates: result.dates, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

test('10 MB single lines and 100,000 quotation marks are read in bounded time', () => {
  const inputs = [
    'word '.repeat(2 * 1024 * 1024),
    '12 '.repeat(3_500_000),
    'a.'.repeat(5 * 1024 * 1024),
    '!'.repeat(10 * 1024 * 1024),
    '.'.repeat(10 * 1024 * 1024),
    '"'.repeat(100_000),
    '“'.repeat(100_000),
  ];
  for (const text of inputs) {
    const { dates, ms } = timedDates(text);
    assert.ok(ms < GENEROUS_MS, `took ${ms} ms on ${JSON.stringify(text.slice(0, 12))}…`);
    assert.deepEqual(dates, []);
  }
});

test('a long line dense with dates stays linear and every span matches the text', () => {
  const text = 'On Monday, May 5, 2019, in the third quarter, sales rose from 1998 levels; '.repeat(25_000);
  const { dates, ms } = timedDates(text);
  assert.ok(ms < GENEROUS_MS, `took ${ms} ms`);
  assert.ok(dates.length >= 3 * 25_000, `found ${dates.length}`);
  for (const date of dates) assert.equal(text.slice(date.start, date.end), date.text);
});

test('numbers that look like dates, densely packed, stay linear', () => {
  const text = '12 2025-11-27 11/28 1,000 3.5 Nov. 28, '.repeat(50_000);
  const { dates, ms } = timedDates(text);
  assert.ok(ms < GENEROUS_MS, `took ${ms} ms`);
  assert.ok(dates.some((date) => date.value === '2025-11-28'));
});
