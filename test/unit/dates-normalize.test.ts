// TIMEX3 normalization conventions (TimeML guidelines, TempEval-3 practice) on fixture sentences of our own:
// tense of the governing clause, financial anaphora, halves and weeks by other names, spoken years, times
// anchored to the day their sentence names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../server/src/analysis/dates';
import type { Block, DateAnnotation } from '../../server/src/analysis/types';

function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) blocks.push({ kind: 'paragraph', start: match.index, end: match.index + match[0].length });
  return blocks;
}

function dates(text: string, referenceDate: string): DateAnnotation[] {
  return findDates(text, paragraphs(text), { referenceDate }).dates;
}

function valueOf(text: string, referenceDate: string, expression: string): string {
  const found = dates(text, referenceDate);
  const date = found.find((candidate) => candidate.text === expression);
  assert.ok(date, `no date "${expression}" among ${JSON.stringify(found.map((candidate) => candidate.text))}`);
  return date.value;
}

test('a verb in "-eed" is not a past tense: "will succeed … March 3" lies ahead', () => {
  assert.equal(valueOf('The deputy will succeed the chairman on March 3.', '2025-11-20', 'March 3'), '2026-03-03');
  assert.equal(valueOf('The unions agreed to the terms on March 3.', '2025-11-20', 'March 3'), '2025-03-03');
});

test('"is to" + verb is a firm arrangement, so the weekday comes next', () => {
  // 2025-11-19 is a Wednesday
  assert.equal(valueOf('The court is to rule on the appeal Thursday.', '2025-11-19', 'Thursday'), '2025-11-20');
  assert.equal(valueOf('The sale is scheduled to close Monday.', '2025-11-20', 'Monday'), '2025-11-24');
});

test('a passive "is heard" takes the tense of its auxiliary, not of the participle', () => {
  assert.equal(valueOf('The appeal is heard in May before three judges.', '2026-03-29', 'May'), '2026-05');
  assert.equal(valueOf('The appeal was heard in May before three judges.', '2026-03-29', 'May'), '2025-05');
});

test('"-ed" words describing a noun are not verbs', () => {
  assert.equal(valueOf('Dividends will be paid on an unspecified date in January.', '2025-10-26', 'January'), '2026-01');
});

test('the verb of the date\'s own clause decides, not an infinitive before "but"', () => {
  assert.equal(valueOf('The union filed an appeal to block the ruling, but in March a federal judge in Miami dismissed it.', '2026-04-03', 'March'), '2026-03');
});

test('a month with no tense cue half a year off is taken as past', () => {
  assert.equal(valueOf('A peak of 42 points in June and a low of 29 in March for the index.', '2025-10-30', 'March'), '2025-03');
  // a month just ahead is still the coming one
  assert.equal(valueOf('A peak of 42 points in June and a low of 29 in December for the index.', '2025-10-30', 'December'), '2025-12');
});

test('"the quarter" is the quarter under discussion, and "a year ago" compares with it', () => {
  const found = dates('The retailer reported on Tuesday. Sales in the quarter reached $4 million, up from $3 million a year ago.', '2025-11-06');
  assert.equal(found.find((date) => date.text === 'the quarter')?.value, '2025-Q3');
  assert.equal(found.find((date) => date.text === 'a year ago')?.value, '2024-Q3');
});

test('the current fiscal year is a year', () => {
  assert.equal(valueOf('Sales in the current fiscal year will rise.', '2025-11-20', 'the current fiscal year'), '2025');
});

test('halves by another name: "the last half of", "the first two quarters of"', () => {
  const text = 'Earnings will suffer in the last half of 2025 and in the first two quarters of 2026.';
  assert.equal(valueOf(text, '2025-06-10', 'the last half of 2025'), '2025-H2');
  assert.equal(valueOf(text, '2025-06-10', 'the first two quarters of 2026'), '2026-H1');
  assert.equal(valueOf('Output grew in the latter half of last year.', '2025-06-10', 'the latter half of last year'), '2024-H2');
});

test('"the week of March 6" is the ISO week of that day', () => {
  const found = dates('A hearing is expected the week of March 6.', '2026-02-20');
  const week = found.find((date) => date.text === 'the week of March 6');
  assert.ok(week, JSON.stringify(found.map((date) => date.text)));
  assert.equal(week.value, '2026-W10');
  assert.equal(week.granularity, 'week');
});

test('a year spoken in words completes the month or season before it', () => {
  const text = 'Prices peaked in the winter of nineteen ninety-four and again in January nineteen ninety-seven.';
  assert.equal(valueOf(text, '1998-02-23', 'the winter of nineteen ninety-four'), '1994-WI');
  assert.equal(valueOf(text, '1998-02-23', 'January nineteen ninety-seven'), '1997-01');
});

test('a clock time takes the day its sentence named before it, else the article\'s day', () => {
  // 2025-11-20 is a Thursday; the Tuesday before it is the 18th
  assert.equal(valueOf('The probe landed Tuesday in the desert at 18:00 UTC.', '2025-11-20', '18:00 UTC'), '2025-11-18T18:00Z');
  assert.equal(valueOf('The probe landed Tuesday. Crews left the site at 18:00 UTC.', '2025-11-20', '18:00 UTC'), '2025-11-20T18:00Z');
});
