// The summary a newcomer sees first (`news-annotate --format summary`), on hand-built annotations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSummary, SUMMARY_WIDTH, wrap } from '../cli/summary';
import { readFixture } from './unit/export-fixtures';

describe('summary format', () => {
  it('lists actors by mention count with roles, dates with values and anchoring, quotes with speakers', () => {
    const { text, annotations } = readFixture('worked-example');
    annotations.actors[0].role = 'spokeswoman';
    annotations.actors[0].affiliation = 'Acme Corp';
    annotations.actors[1].mentions.push({ start: 32, end: 36, text: 'Acme', form: 'partial' });
    annotations.problems.push({ code: 'inferred-year', start: 54, end: 60, message: 'Monday → 2024-05-13: the year is not written' });
    assert.equal(
      formatSummary('worked-example.txt', text, annotations),
      [
        'worked-example.txt',
        '  Reference date: 2024-05-10 (dateline)',
        '  Actors (3)',
        '    line 1  organization  2 mentions  Acme Corp',
        '    line 1  person        1 mention   Jane Doe — spokeswoman, Acme Corp',
        '    line 1  place         1 mention   Paris',
        '  Dates (1)',
        '    line 1  Monday  2024-05-13  date  from the reference date',
        '  Quotes (1)',
        '    line 1  direct  Jane Doe  “We will win,”',
        '  Problems (1)',
        '    line 1  inferred-year  Monday → 2024-05-13: the year is not written',
        '',
      ].join('\n'),
    );
  });

  it('says none for empty sections, wraps long text instead of cutting it and names unknown speakers', () => {
    const text = `“${'word '.repeat(30)}\nmore”`;
    const summary = formatSummary('long.txt', text, {
      referenceDate: { value: null, source: 'none' },
      blocks: [],
      actors: [],
      dates: [],
      quotes: [{ id: 'q1', start: 0, end: text.length, text, kind: 'direct', speaker: null }],
      problems: [],
    });
    const lines = summary.split('\n');
    assert.deepEqual(lines.slice(0, 5), ['long.txt', '  Reference date: none (none found)', '  Actors: none', '  Dates: none', '  Quotes (1)']);
    assert.ok(lines[5].startsWith(`    line 1  direct  speaker unknown  “word word`), lines[5]);
    const column = lines[5].indexOf('“');
    const quoteLines = lines.slice(5).filter(Boolean);
    assert.ok(quoteLines.length > 1, 'wrapped');
    assert.ok(
      quoteLines.every((line) => line.length <= SUMMARY_WIDTH),
      summary,
    );
    assert.ok(
      quoteLines.slice(1).every((line) => line.slice(0, column).trim() === ''),
      'continuations start under the quote',
    );
    assert.equal(quoteLines.map((line) => line.slice(column)).join(' '), `“${'word '.repeat(30)}more”`, 'every word is there');
  });

  it('wraps at spaces and keeps a word longer than the width whole', () => {
    assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
    assert.deepEqual(wrap('tiny extraordinarily tiny', 5), ['tiny', 'extraordinarily', 'tiny']);
  });
});
