import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetInside, rangeOf } from '../../server/src/positions';

const document = TextDocument.create('file:///a.txt', 'news-article', 1, 'Ab 😀 Putin\r\nsecond line\nthird');

test('ranges count UTF-16 code units: an emoji is two characters', () => {
  const start = document.getText().indexOf('Putin');
  assert.deepEqual(rangeOf(document, { start, end: start + 5 }), { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } });
  const second = document.getText().indexOf('second');
  assert.deepEqual(rangeOf(document, { start: second, end: second + 6 }).start, { line: 1, character: 0 });
});

test('offsetInside accepts positions in the text, including a line end, and rejects the rest', () => {
  assert.equal(offsetInside(document, { line: 0, character: 6 }), 6);
  assert.equal(offsetInside(document, { line: 0, character: 11 }), 11);
  assert.equal(offsetInside(document, { line: 0, character: 12 }), undefined, 'past the end of the line (before CRLF)');
  assert.equal(offsetInside(document, { line: 2, character: 5 }), document.getText().length);
  assert.equal(offsetInside(document, { line: 3, character: 0 }), undefined);
  assert.equal(offsetInside(document, { line: -1, character: 0 }), undefined);
});
