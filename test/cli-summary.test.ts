// The summary a newcomer sees first (`news-annotate --format summary`), on hand-built annotations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSummary } from '../cli/summary';
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
        '    organization  Acme Corp  2 mentions',
        '    person        Jane Doe   1 mention   spokeswoman, Acme Corp',
        '    place         Paris      1 mention',
        '  Dates (1)',
        '    Monday  2024-05-13  date  from the reference date',
        '  Quotes (1)',
        '    line 1  direct  “We will win,”  — Jane Doe',
        '  Problems (1)',
        '    line 1  inferred-year  Monday → 2024-05-13: the year is not written',
        '',
      ].join('\n'),
    );
  });

  it('says none for empty sections, keeps long text on one clipped line and names unknown speakers', () => {
    const text = `“${'word '.repeat(30)}\nmore”`;
    const summary = formatSummary('long.txt', text, {
      referenceDate: { value: null, source: 'none' },
      blocks: [],
      actors: [],
      dates: [],
      quotes: [{ id: 'q1', start: 0, end: text.length, text, kind: 'direct', speaker: null }],
      problems: [],
    });
    assert.equal(
      summary,
      [
        'long.txt',
        '  Reference date: none (none found)',
        '  Actors: none',
        '  Dates: none',
        '  Quotes (1)',
        `    line 1  direct  “${'word '.repeat(11)}wor…  — speaker unknown`,
        '',
      ].join('\n'),
    );
  });
});
