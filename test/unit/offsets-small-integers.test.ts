// An edit's analysis moves the previous analysis's results in place (quotes/inPlace.ts) by how far the edit moved
// them. A distance of -0 (unary minus of 0, for a sentence the edit did not move) once turned every moved range's
// offsets into boxed doubles in V8: the same values, the same output, but every function that had been compiled
// reading offsets as small integers was thrown away and compiled again at the first edits of a document (measured
// with --trace-deopt: "not a Smi" and "code dependencies" deoptimizations at the first keystrokes). V8 can say
// whether a number is a small integer only with --allow-natives-syntax, so the analyses run in a child process.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const ARTICLE = [
  'Harbour Board Splits Over Ferry Plan',
  'Tomas Wendel, the board chair, said on Tuesday that the ferry would keep its summer timetable. Greta Holm said the fares were too high.',
  '“The boats are old,” said Wendel. “We need two new ones,” he added.',
  'Holm told the local radio that the board had ignored the islanders. She said the vote was rushed.',
  '"Nobody asked us," Holm said, adding that a petition had three hundred names.',
  'The ferry company said it would answer the board in writing. Wendel said the talks would go on.',
].join('\n\n');

/** Offsets in an article's analyses that are not V8 small integers, after each of a few edits (in a child process). */
function boxedOffsetsAfterEdits(): string[] {
  const analyzeModule = path.join(__dirname, '..', '..', 'server', 'src', 'analysis', 'analyze.js');
  const script = `
    const { analyze } = require(${JSON.stringify(analyzeModule)});
    const article = ${JSON.stringify(ARTICLE)};
    const boxed = [];
    const visit = (value, where) => {
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, where + '[' + index + ']'));
      else if (value && typeof value === 'object') for (const key of Object.keys(value)) visit(value[key], where + '.' + key);
      else if (typeof value === 'number' && !%IsSmi(value)) boxed.push(where + ' = ' + value);
    };
    const middle = article.indexOf('the board had');
    const edits = [
      article.slice(0, middle) + 'x' + article.slice(middle),
      article,
      article.slice(0, middle) + 'xy' + article.slice(middle),
      article.slice(0, middle) + article.slice(middle + 1),
    ];
    analyze(article);
    edits.forEach((text, edit) => visit(analyze(text), 'edit ' + edit));
    process.stdout.write(JSON.stringify(boxed));`;
  return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' })) as string[];
}

test('offsets stay small integers after edits that move the previous readings in place', () => {
  const boxed = boxedOffsetsAfterEdits();
  assert.deepEqual(boxed.slice(0, 5), [], `${boxed.length} offsets are boxed doubles`);
});

// The same for the calendar's days: a weekday counted from a division of Date.UTC's milliseconds was a boxed double,
// and a holiday's day computed from it made the day field of every day record a double (V8's --trace-migration over
// the development texts: "day:s->d").
test("the calendar's weekdays and computed days are small integers", () => {
  const calendarModule = path.join(__dirname, '..', '..', 'server', 'src', 'analysis', 'dates', 'calendar.js');
  const script = `
    const { weekdayOf, nthWeekdayOfMonth } = require(${JSON.stringify(calendarModule)});
    const values = [weekdayOf({ year: 2024, month: 11, day: 5 }), nthWeekdayOfMonth(2024, 11, 4, 4).day, nthWeekdayOfMonth(1962, 5, 1, -1).day];
    process.stdout.write(JSON.stringify(values.map((value) => [value, %IsSmi(value)])));`;
  const values = JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' })) as [number, boolean][];
  assert.deepEqual(values, [
    [2, true],
    [28, true],
    [28, true],
  ]);
});
