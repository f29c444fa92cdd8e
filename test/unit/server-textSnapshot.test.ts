// TextSnapshot must answer every position as vscode-languageserver-textdocument's TextDocument of the same text
// does, whether its line starts were read from the whole text or carried over from the previous snapshot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextSnapshot } from '../../server/src/textSnapshot';

/** Every offset and every position (lines one past the end, characters past a line's end and negative ones too). */
function assertSameAnswers(snapshot: TextSnapshot, text: string): void {
  const reference = TextDocument.create('file:///a.txt', 'news-article', 1, text);
  assert.equal(snapshot.getText(), text);
  assert.equal(snapshot.lineCount, reference.lineCount, 'line count');
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(snapshot.positionAt(offset), reference.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= reference.lineCount; line++) {
    for (let character = -1; character <= 12; character++) {
      const position = { line, character };
      assert.equal(snapshot.offsetAt(position), reference.offsetAt(position), `offsetAt(${line}:${character})`);
    }
  }
  const range = { start: { line: 0, character: 2 }, end: { line: Math.max(0, reference.lineCount - 1), character: 3 } };
  assert.equal(snapshot.getText(range), reference.getText(range));
}

const PIECES = ['\r\n', '\n', '\r', 'a', 'Putin ', '😀', '“', ' ', '\r\n\r\n', ''];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), insert: textOf });

test('a snapshot answers positions as TextDocument does', () => {
  fc.assert(fc.property(textOf, (text) => assertSameAnswers(TextSnapshot.of('file:///a.txt', 'news-article', 1, text), text)));
});

test('a snapshot made from the previous one after edits answers as a fresh TextDocument (line breaks split, joined, added, removed)', () => {
  fc.assert(
    fc.property(textOf, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let text = start;
      let snapshot = TextSnapshot.of('file:///a.txt', 'news-article', 1, text);
      for (const { at, remove, insert } of edits) {
        // Edits anywhere, the middle of a CRLF pair included: a carriage return may lose or gain its line feed.
        const from = Math.floor(at * text.length);
        text = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + remove));
        snapshot = TextSnapshot.of('file:///a.txt', 'news-article', snapshot.version + 1, text, snapshot);
        assertSameAnswers(snapshot, text);
      }
    }),
    { numRuns: 300 },
  );
});

test('an unchanged text keeps the previous line starts as they are', () => {
  const text = 'one\ntwo\r\nthree';
  const first = TextSnapshot.of('file:///a.txt', 'news-article', 1, text);
  const second = TextSnapshot.of('file:///a.txt', 'news-article', 2, text, first);
  assert.equal(second.version, 2);
  assertSameAnswers(second, text);
});
