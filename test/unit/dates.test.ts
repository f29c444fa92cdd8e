import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { findDates } from '../../server/src/analysis/dates';
import type { Block, DateAnnotation } from '../../server/src/analysis/types';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');

function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) blocks.push({ kind: 'paragraph', start: match.index, end: match.index + match[0].length });
  return blocks;
}

function dates(text: string, referenceDate?: string): DateAnnotation[] {
  return findDates(text, paragraphs(text), { referenceDate }).dates;
}

function find(found: DateAnnotation[], text: string): DateAnnotation {
  const date = found.find((candidate) => candidate.text === text);
  assert.ok(date, `no date "${text}" among ${JSON.stringify(found.map((candidate) => candidate.text))}`);
  return date;
}

test('seed articles without any reference date come out in 2025', () => {
  const uni = analyze(fs.readFileSync(path.join(SEEDS, 'cstoRearmament-uni.txt'), 'utf8'));
  assert.equal(uni.referenceDate.source, 'inferred');
  assert.match(uni.referenceDate.value ?? '', /^2025/);
  assert.equal(find(uni.dates, 'Nov 28').value, '2025-11-28');
  assert.equal(find(uni.dates, 'November 27').value, '2025-11-27');
  assert.equal(find(uni.dates, 'November 27').anchoring, 'inferred-year');
  assert.match(find(uni.dates, 'November 27').note ?? '', /inferred/);
  assert.equal(find(uni.dates, 'next year').value, '2026');
  assert.equal(find(uni.dates, 'January 1, 2026').value, '2026-01-01');
  assert.equal(find(uni.dates, 'January 1, 2026').anchoring, 'absolute');
  assert.ok(uni.dates.filter((date) => date.text === '2026').every((date) => date.value === '2026'));
  // The inferred year is told once, on the dateline's date; the other dates point there, none explains itself.
  const inferredProblems = uni.problems.filter((problem) => problem.code === 'inferred-year');
  assert.deepEqual(
    inferredProblems.map((problem) => problem.annotationId),
    [find(uni.dates, 'Nov 28').id],
  );
  assert.match(find(uni.dates, 'Nov 28').note ?? '', /2025 inferred from/);
  assert.doesNotMatch(find(uni.dates, 'Nov 28').note ?? '', /day from the dateline/);
  assert.match(find(uni.dates, 'next year').note ?? '', /the evidence is on “Nov 28”/);
  assert.doesNotMatch(find(uni.dates, 'next year').note ?? '', /'next year'/, 'not explained by itself');

  const digest = analyze(fs.readFileSync(path.join(SEEDS, 'cstoRearmament-izvestia-digest.txt'), 'utf8'));
  assert.equal(digest.referenceDate.value, '2025');
  assert.equal(find(digest.dates, 'November 27').value, '2025-11-27');
});

test('a reference date given by the caller wins over inference; front matter wins over it', () => {
  const text = 'The council met on November 27 and will meet again next year.';
  const given = findDates(text, paragraphs(text), { referenceDate: '2019-12-02' });
  assert.equal(given.referenceDate.source, 'option');
  assert.equal(find(given.dates, 'November 27').value, '2019-11-27');
  assert.equal(find(given.dates, 'next year').value, '2020');
  const front = findDates(text, paragraphs(text), { referenceDate: '2019-12-02', frontMatterDate: '2021-12-01' });
  assert.equal(front.referenceDate.source, 'front-matter');
  assert.equal(find(front.dates, 'November 27').value, '2021-11-27');
});

test('a date line with a full date at the top anchors the article', () => {
  const text = 'Harbour strike ends\nMarch 01, 2008\nDock workers returned on Monday after a week-long strike.';
  const result = analyze(text, { referenceDate: '2010-06-01' });
  assert.equal(result.referenceDate.source, 'dateline');
  assert.equal(result.referenceDate.value, '2008-03-01');
  assert.equal(find(result.dates, 'Monday').value, '2008-02-25');
});

test('a stated weekday picks the year of an undated month-day', () => {
  // 27 November is a Thursday in 2025 (and in 2014, 2031): the evidence around decides among them.
  const text = 'The ministers gathered on Thursday, November 27, and said talks would resume in 2026.';
  const result = findDates(text, paragraphs(text), {});
  assert.equal(result.referenceDate.value, '2025');
  assert.equal(find(result.dates, 'Thursday, November 27').value, '2025-11-27');
});

test('weekday names resolve to the past or the future by tense', () => {
  // 2024-03-13 is a Wednesday
  const found = dates('The minister said on Tuesday that the cabinet will meet on Friday. He spoke Monday.', '2024-03-13');
  assert.equal(find(found, 'Tuesday').value, '2024-03-12');
  assert.equal(find(found, 'Friday').value, '2024-03-15');
  assert.equal(find(found, 'Monday').value, '2024-03-11');
  const relative = dates('Officials arrived last Friday and leave next Monday.', '2024-03-13');
  assert.equal(find(relative, 'last Friday').value, '2024-03-08');
  assert.equal(find(relative, 'next Monday').value, '2024-03-18');
});

test('values keep the granularity of the expression', () => {
  const found = dates(
    'Sales fell last week, rose in the third quarter and peaked in the 1990s. Early December was cold; this spring was wet. ' +
      'The plan was drafted two days ago and revised yesterday, a year after the 2019 elections, and talks continue now.',
    '2025-11-27',
  );
  const value = (text: string) => find(found, text).value;
  assert.equal(value('last week'), '2025-W47');
  assert.equal(value('the third quarter'), '2025-Q3');
  assert.equal(value('the 1990s'), '199X');
  assert.equal(value('Early December'), '2024-12');
  assert.equal(find(found, 'Early December').mod, 'START');
  assert.equal(value('this spring'), '2025-SP');
  assert.equal(value('two days ago'), '2025-11-25');
  assert.equal(value('yesterday'), '2025-11-26');
  assert.equal(value('2019'), '2019');
  assert.equal(value('now'), 'PRESENT_REF');
  assert.equal(find(found, 'two days ago').granularity, 'day');
  assert.equal(find(found, 'the 1990s').granularity, 'decade');
});

test('relative expressions with no anchor anywhere stay open instead of guessing a year', () => {
  const found = dates('The talks ended on November 27. Negotiators are currently drafting a text.');
  assert.equal(find(found, 'November 27').value, 'XXXX-11-27');
  assert.equal(find(found, 'November 27').anchoring, 'unanchored');
  assert.equal(find(found, 'currently').value, 'PRESENT_REF');
});

test('durations and recurrences are carried but are not dates', () => {
  const found = dates('The war lasted three years. Inspectors visit every week and report monthly.', '2025-11-27');
  assert.equal(find(found, 'three years').kind, 'duration');
  assert.equal(find(found, 'three years').value, 'P3Y');
  assert.equal(find(found, 'every week').kind, 'set');
  assert.equal(find(found, 'monthly').kind, 'set');
  assert.ok(!found.some((date) => date.kind === 'date'));
});

test('"may" and "march" as verbs are not months', () => {
  const found = dates('Officials may delay the vote. Protesters will march on the capital. May I ask? Prices rose in May.', '2025-11-27');
  assert.deepEqual(
    found.map((date) => date.text),
    ['May'],
  );
  assert.equal(found[0].start, 'Officials may delay the vote. Protesters will march on the capital. May I ask? Prices rose in '.length);
  assert.equal(found[0].value, '2025-05');
});

test('offsets are UTF-16 code units after an emoji, and CRLF line ends do not shift them', () => {
  const emoji = '🎉🎉 Celebrations began on January 5, 2024 in the capital.';
  const found = dates(emoji);
  assert.equal(found.length, 1);
  assert.equal(emoji.slice(found[0].start, found[0].end), 'January 5, 2024');
  assert.equal(found[0].start, 27); // two emoji of two code units each, then 23 characters

  const crlf = 'Markets closed early yesterday.\r\nTrading resumes on Monday, Feb. 3.\r\n';
  const result = analyze(crlf, { referenceDate: '2025-01-30' });
  for (const date of result.dates) assert.equal(crlf.slice(date.start, date.end), date.text);
  assert.equal(find(result.dates, 'early yesterday').value, '2025-01-29');
  assert.equal(find(result.dates, 'early yesterday').mod, 'START');
  assert.equal(find(result.dates, 'Monday, Feb. 3').value, '2025-02-03');
});

test('times of day attach to their day', () => {
  const found = dates('The blast happened at 10 p.m. Wednesday and rescuers arrived Thursday morning.', '2024-03-15');
  assert.equal(find(found, '10 p.m. Wednesday').value, '2024-03-13T22'); // minutes not written, not given
  assert.equal(find(found, '10 p.m. Wednesday').kind, 'time');
  assert.equal(find(found, 'Thursday morning').value, '2024-03-14TMO');
});

test('only prose blocks are analyzed', () => {
  const text = 'Photo: taken on January 3, 2024\nThe ceremony took place on January 5, 2024.';
  const blocks: Block[] = [
    { kind: 'credit', start: 0, end: 31 },
    { kind: 'paragraph', start: 32, end: text.length },
  ];
  const found = findDates(text, blocks, {}).dates;
  assert.deepEqual(
    found.map((date) => date.text),
    ['January 5, 2024'],
  );
});

test('financial anaphora: "the quarter" and "a year earlier" follow the quarter just named', () => {
  const found = dates('Profit rose in the third quarter to $5 million from $4 million a year earlier. During the quarter, sales grew.', '2025-11-05');
  assert.equal(find(found, 'the third quarter').value, '2025-Q3');
  assert.equal(find(found, 'a year earlier').value, '2024-Q3');
  assert.equal(find(found, 'the quarter').value, '2025-Q3');
});

test('a month-day is placed in the year where it exists and where its weekday falls', () => {
  assert.equal(find(dates('The contract was signed on February 29.', '2025-03-10'), 'February 29').value.slice(0, 4), '2024');
  assert.equal(find(dates('The vote is set for Tuesday 5 March.', '2025-11-27'), 'Tuesday 5 March').value, '2024-03-05');
});

test('stock prices and programme titles are not dates', () => {
  assert.deepEqual(
    dates('Acme Freight shares rose 3 3/8 to 57 1/4 by the close.', '1989-10-30').filter((date) => date.kind === 'date'),
    [],
  );
  assert.deepEqual(
    dates('Ames told listeners on WXR\'s "This Week" the deal was dead.', '1990-08-13').map((date) => date.text),
    [],
  );
});

test('"this past weekend" is the weekend just gone', () => {
  // 2025-11-27 is a Thursday in ISO week 48; the weekend before it is in week 47
  assert.equal(find(dates('Crowds gathered this past weekend.', '2025-11-27'), 'this past weekend').value, '2025-W47-WE');
});
