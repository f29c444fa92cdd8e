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
  const text = 'The lake froze over in the winter of nineteen eighty-six, then thawed early in January nineteen ninety-seven.';
  assert.equal(valueOf(text, '1998-02-23', 'the winter of nineteen eighty-six'), '1986-WI');
  assert.equal(valueOf(text, '1998-02-23', 'January nineteen ninety-seven'), '1997-01');
});

test("a clock time takes the day its sentence named before it, else the article's day", () => {
  // 2025-11-20 is a Thursday; the Tuesday before it is the 18th
  assert.equal(valueOf('The probe landed Tuesday in the desert at 18:00 UTC.', '2025-11-20', '18:00 UTC'), '2025-11-18T18:00Z');
  assert.equal(valueOf('The probe landed Tuesday. Crews left the site at 18:00 UTC.', '2025-11-20', '18:00 UTC'), '2025-11-20T18:00Z');
});

test('"the previous Friday" steps back a week from the Friday just spoken of', () => {
  // 2025-11-24 is a Monday: "Friday" is the 21st, the previous Friday the 14th
  const found = dates('Shares fell on Friday. The index ended 3% below the previous Friday.', '2025-11-24');
  assert.equal(found.find((date) => date.text === 'Friday')?.value, '2025-11-21');
  assert.equal(found.find((date) => date.text === 'the previous Friday')?.value, '2025-11-14');
});

test('"then-current" looks back from the time of writing', () => {
  assert.equal(valueOf('Holders may buy shares at half the then current price.', '2025-11-24', 'current'), 'PAST_REF');
  assert.equal(valueOf('Holders may buy shares at half the current price.', '2025-11-24', 'current'), 'PRESENT_REF');
});

test("inside a quotation the speaker's own verb tells the tense, not the reporting verb", () => {
  // 2025-11-19 is a Wednesday
  for (const text of [
    '“The father will leave for the island with his son Thursday,” the minister said.',
    "``The father will leave for the island with his son Thursday,'' the minister said.",
    '"The father will leave for the island with his son Thursday," the minister said.',
  ]) {
    assert.equal(valueOf(text, '2025-11-19', 'Thursday'), '2025-11-20', text);
  }
  // outside any quotation the reporting verb still governs
  assert.equal(valueOf('The minister said the father left for the island with his son Thursday.', '2025-11-19', 'Thursday'), '2025-11-13');
});

test("verbs beyond a comma that closes the date's clause count less than the clause's own", () => {
  // "due to finish by May" governs May; "welcomed" belongs to the main clause
  const text = 'The ministers, whose review is due to finish by May, welcomed the report.';
  assert.equal(valueOf(text, '2026-03-22', 'May'), '2026-05');
  // with no verb of its own the date still takes the main clause's tense
  assert.equal(valueOf('In May, the ministers welcomed the report.', '2026-03-22', 'May'), '2025-05');
});

test('"ahead of" a day or weekend looks forward', () => {
  // 2025-11-24 is a Monday
  assert.equal(valueOf('Traders squared positions ahead of the weekend.', '2025-11-24', 'the weekend'), '2025-W48-WE');
  assert.equal(valueOf('Traders squared positions over the weekend.', '2025-11-24', 'the weekend'), '2025-W47-WE');
});

test('a part of the day may come before its day: "mid-afternoon yesterday"', () => {
  const found = dates('Shares were up 2 pence at mid-afternoon yesterday.', '2025-11-20');
  const date = found.find((candidate) => candidate.text === 'mid-afternoon yesterday');
  assert.ok(date, JSON.stringify(found.map((candidate) => candidate.text)));
  assert.equal(date.value, '2025-11-19TAF');
  assert.equal(date.mod, 'MID');
});

test('"last year\'s quarter" is the quarter under discussion a year before', () => {
  const found = dates("Profit fell in the third quarter. Sales in last year's quarter were higher.", '2025-11-05');
  assert.equal(found.find((date) => date.text === "last year's quarter")?.value, '2024-Q3');
});

test('"the quarter a year ago" is the quarter under discussion, a year before', () => {
  const found = dates('Profit rose in the third quarter. For the quarter a year ago, the company lost money.', '2025-11-05');
  assert.equal(found.find((date) => date.text === 'the quarter a year ago')?.value, '2024-Q3');
});

test('"the latest quarter" has ended: a quarter still running, named before it, is not its antecedent', () => {
  const text = 'The storm will add a charge to fourth-quarter results. Earnings fell 9% in the latest quarter, from a year ago.';
  const found = dates(text, '2025-11-05');
  assert.equal(found.find((date) => date.text === 'the latest quarter')?.value, '2025-Q3');
  assert.equal(found.find((date) => date.text === 'a year ago')?.value, '2024-Q3');
  // a quarter already over stays the antecedent
  const after = dates('Profit rose in the second quarter. In the latest quarter, sales grew.', '2025-11-05');
  assert.equal(after.find((date) => date.text === 'the latest quarter')?.value, '2025-Q2');
});
