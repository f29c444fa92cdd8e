// Date sanity problems: a made-up article (test/fixtures/dates/date-sanity.news, dated 2025-11-29 in its front
// matter) with a wrong weekday, a stale "yesterday" and an event told in the past dated after the article.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { weekdayLike } from '../../server/src/analysis/dates/sanity';
import { quickFixes } from '../../server/src/codeActions';
import { toDiagnostics } from '../../server/src/diagnostics';
import { readSettings } from '../../server/src/settings';

const FILE = path.resolve(__dirname, '../../../test/fixtures/dates/date-sanity.news');
const TEXT = fs.readFileSync(FILE, 'utf8');
const SANITY = ['weekday-mismatch', 'relative-date-mismatch', 'past-event-after-article-date'];

describe('date sanity problems', () => {
  const annotations = analyze(TEXT);
  const problems = annotations.problems.filter((problem) => SANITY.includes(problem.code));

  it('finds the wrong weekday, the stale "yesterday" and the future event told in the past, and nothing else', () => {
    assert.deepEqual(
      problems.map((problem) => [problem.code, TEXT.slice(problem.start, problem.end)]),
      [
        ['weekday-mismatch', 'Tuesday'],
        ['relative-date-mismatch', 'yesterday, Nov 27'],
        ['past-event-after-article-date', 'December 6, 2025'],
      ],
    );
    assert.match(problems[0].message, /2025-03-05 is a Wednesday/);
    assert.match(problems[1].message, /"yesterday" is Friday 2025-11-28 for an article dated 2025-11-29/);
    assert.match(problems[2].message, /after the article's date 2025-11-29/);
  });

  it('leaves consistent dates alone', () => {
    const fine = analyze(
      '---\ndate: 2025-11-29\n---\nThe board met on Wednesday, March 5, 2025. The chair said yesterday, Nov 28, that crews repainted the pier on November 20, 2025. The ferries will run on December 6, 2025.\n',
    );
    assert.deepEqual(
      fine.problems.filter((problem) => SANITY.includes(problem.code)),
      [],
    );
  });

  it('does not judge a past event against an article date that was only inferred', () => {
    const inferred = analyze('Crews repainted the pier on December 6, 2025, after the storm of November 20, 2025.\n');
    assert.equal(inferred.referenceDate.source === 'front-matter', false);
    assert.deepEqual(
      inferred.problems.filter((problem) => problem.code === 'past-event-after-article-date'),
      [],
    );
  });

  it('are Warnings by default, with their own severity setting', () => {
    const document = TextDocument.create('file:///sanity.news', 'news-article', 1, TEXT);
    const byCode = (settings: ReturnType<typeof readSettings>) => toDiagnostics(document, annotations, settings).filter((diagnostic) => SANITY.includes(String(diagnostic.code)));
    assert.deepEqual(
      byCode(readSettings({})).map((diagnostic) => diagnostic.severity),
      [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning],
    );
    assert.deepEqual(byCode(readSettings({ severity: { dateSanity: 'off' } })), []);
    assert.equal(byCode(readSettings({ severity: { dateSanity: 'error', problem: 'off' } }))[0].severity, DiagnosticSeverity.Error);
  });

  it("offers the date's own weekday as the quick fix of a wrong weekday, and no fix for the others", () => {
    const document = TextDocument.create('file:///sanity.news', 'news-article', 1, TEXT);
    const diagnostics = toDiagnostics(document, annotations, readSettings({})).filter((diagnostic) => SANITY.includes(String(diagnostic.code)));
    const actions = quickFixes(document, annotations, diagnostics);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Change the weekday to Wednesday');
    const [edit] = actions[0].edit!.changes![document.uri];
    assert.equal(document.getText(edit.range), 'Tuesday');
    assert.equal(edit.newText, 'Wednesday');
  });
});

describe('weekdayLike', () => {
  it('writes the weekday as the text wrote the wrong one', () => {
    assert.equal(weekdayLike('Tuesday', 3), 'Wednesday');
    assert.equal(weekdayLike('Tue.', 3), 'Wed.');
    assert.equal(weekdayLike('Tues', 4), 'Thu');
    assert.equal(weekdayLike('TUESDAY', 0), 'SUNDAY');
    assert.equal(weekdayLike('friday', 1), 'monday');
  });
});
