import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { textChange } from '../../server/src/annotationsDelta';
import { movedDiagnostics } from '../../server/src/workspace/movedDiagnostics';

const URI = 'file:///moved.news';

/**
 * A diagnostic over [start, end) of `before`, carried to `after`, and the range made fresh on `after` for the text the
 * diagnostic covers (its range's offsets on `before`, moved by the edit).
 */
function carried(before: string, after: string, start: number, end: number): { moved: Diagnostic; fresh: Diagnostic } {
  const from = TextDocument.create(URI, 'news-article', 1, before);
  const to = TextDocument.create(URI, 'news-article', 2, after);
  const diagnostic: Diagnostic = { range: { start: from.positionAt(start), end: from.positionAt(end) }, message: 'a quote' };
  const change = textChange(before, after);
  const moved = movedDiagnostics([diagnostic], from, to, change);
  assert.ok(moved, 'the range does not touch the edited stretch');
  const place = (offset: number) => (offset <= change.prefix ? offset : offset + change.shift);
  const range = { start: to.positionAt(place(from.offsetAt(diagnostic.range.start))), end: to.positionAt(place(from.offsetAt(diagnostic.range.end))) };
  return { moved: moved[0], fresh: { ...diagnostic, range } };
}

test('a range before an edit stays; one after it moves by the edit', () => {
  const before = 'Mayor Ada Quist spoke.\nShe left at noon.';
  const after = before.replace('spoke', 'spoke briefly');
  const early = carried(before, after, 6, 15);
  assert.deepEqual(early.moved, early.fresh);
  const late = carried(before, after, before.indexOf('noon'), before.indexOf('noon') + 4);
  assert.deepEqual(late.moved, late.fresh);
  assert.equal(late.moved.range.end.character, 'She left at noon'.length);
});

test('a range ending after a lone carriage return ends where that line ends once a line feed is typed after it', () => {
  // Before, the range ends where the second line starts; once "\r\n" is one line break, the same offset lies between
  // its two characters, which a position cannot name: it is the end of the first line.
  const before = 'Ada said "yes."\rBob left.';
  const end = before.indexOf('\r') + 1;
  const after = before.slice(0, end) + '\n' + before.slice(end);
  const { moved, fresh } = carried(before, after, 0, end);
  assert.deepEqual(fresh.range.end, { line: 0, character: end - 1 });
  assert.deepEqual(moved.range, fresh.range);
});
