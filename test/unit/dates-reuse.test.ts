// The date layer taken over from the previous analysis (dates/datesReuse.ts): only when every located date reads as
// before and stands in the same sentence as the date before it exactly when it did, and with the same options. Each
// analysis after an edit must equal a fresh one, with every layer taken over compared with a fresh one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { datesTakenOver } from '../../server/src/analysis/dates/datesReuse';
import { checkReuse, checkTakenOver, fresh } from './incrementalFixture';

// A made-up article: a clock time takes the day its sentence named ("on Tuesday … at 6 p.m."), and "yesterday" beside
// a written day that is not the day before the article's date is a problem read from the words between them.
const ARTICLE = [
  '---',
  'date: 2025-03-06',
  '---',
  'Ferry service resumes after storm',
  '',
  'The ferry left the harbour on Tuesday and docked at 6 p.m., the port said.',
  '',
  'The storm hit the coast yesterday, March 3, and passengers waited for hours on the quay. The inquiry opens next month, officials said.',
].join('\n');

/** Each edit, and whether the date layer is taken over. */
const EDITS: [string, (text: string) => string, boolean][] = [
  ['a letter typed in a paragraph after the dates', (text) => text.replace('on the quay', 'on the quays'), true],
  ['a word typed before the dates of their paragraph', (text) => text.replace('left the harbour', 'left the old harbour'), true],
  ['a letter typed in the headline', (text) => text.replace('after storm', 'after a storm'), true],
  // (the dates read as before, but the clock time no longer shares the day's sentence)
  ['the sentence split between the day and the clock time', (text) => text.replace('on Tuesday and docked', 'on Tuesday. It docked'), false],
  ['the sentence joined again', (text) => text.replace('on Tuesday. It docked', 'on Tuesday and docked'), false],
  ['a weekday changed', (text) => text.replace('on Tuesday', 'on Thursday'), false],
  ['a date added', (text) => text.replace('The inquiry opens', 'On Monday the inquiry opens'), false],
  // (the dates as they were: the words between "yesterday" and the day beside it are read again)
  ['the words between two names of one day changed', (text) => text.replace('yesterday, March 3', 'yesterday and on March 3'), true],
];

/** The values of the dates, by their text. */
function valuesOf(annotations: ReturnType<typeof analyze>): string[] {
  return annotations.dates.map((date) => `${date.text}=${date.value}`);
}

describe('date layer kept across edits', () => {
  checkReuse();

  it('gives each edited version what a fresh analysis gives, taking the layer over where it can', () => {
    const { versions, expected } = checkTakenOver(ARTICLE, EDITS, datesTakenOver, analyze, fresh);
    // What the edits not taken over changed, and the problem the last one took away.
    assert.ok(valuesOf(expected[2]).includes('6 p.m.=2025-03-04T18'));
    assert.ok(valuesOf(expected[3]).includes('6 p.m.=2025-03-06T18'));
    assert.ok(valuesOf(expected[5]).includes('Thursday=2025-03-06'));
    assert.equal(expected[6].dates.length, expected[5].dates.length + 1);
    assert.ok(expected[6].problems.some((problem) => problem.code === 'relative-date-mismatch'));
    assert.ok(!expected[7].problems.some((problem) => problem.code === 'relative-date-mismatch'));
    // The dates after a word typed before them in their paragraph are at their new places.
    const moved = expected[1].dates.find((date) => date.text === 'Tuesday')!;
    assert.equal(versions[1].slice(moved.start, moved.end), 'Tuesday');
  });

  it('takes over a year inferred from the dates, and reads them again when the last one goes', () => {
    const text = 'The plant closed on March 3, and its owners promised to reopen it in April 2019.';
    const edits: [string, (text: string) => string, boolean][] = [
      ['a word typed before the dates', (text) => text.replace('The plant', 'The old plant'), true],
      // (the dates before it read as before: the year they took came from the one gone)
      ['the last date gone', (text) => text.replace(' in April 2019.', '.'), false],
    ];
    const { versions, expected } = checkTakenOver(text, edits, datesTakenOver, analyze, fresh);
    const inferred = expected[0].problems.find((problem) => problem.code === 'inferred-year')!;
    assert.equal(versions[0].slice(inferred.start, inferred.end), 'March 3');
    assert.deepEqual(valuesOf(expected[0]), ['March 3=2019-03-03', 'April 2019=2019-04']);
    assert.deepEqual(valuesOf(expected[1]), ['March 3=XXXX-03-03']);
  });

  it('reads the dates again when the reference date the caller gives changes', () => {
    const text = 'The council met on Tuesday and will vote next month.';
    analyze(text, { referenceDate: '2025-03-06' });
    const before = datesTakenOver();
    const again = analyze(text, { referenceDate: '2025-03-06' });
    assert.equal(datesTakenOver() - before, 1, 'the same text and date');
    assert.deepEqual(valuesOf(again), ['Tuesday=2025-03-04', 'next month=2025-04']);
    const later = analyze(text, { referenceDate: '2025-06-12' });
    assert.equal(datesTakenOver() - before, 1, 'another date');
    assert.deepEqual(valuesOf(later), ['Tuesday=2025-06-10', 'next month=2025-07']);
  });
});
