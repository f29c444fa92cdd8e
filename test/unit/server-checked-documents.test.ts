// The server's copy of each open document (checkedDocuments.ts): its line offsets are computed in the turn after it
// is created, not by the first keystroke's update (which, on a long article, held up that edit's job and the hover
// sent after it), and the documents behave exactly as TextDocument's own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkedTextDocuments } from '../../server/src/checkedDocuments';

const noLog = () => assert.fail('nothing to log');
const article = Array.from({ length: 400 }, (_, line) => `Line ${line}: the harbour board met on Tuesday.\r\n`).join('');

/** TextDocument's line offsets, computed or not yet (a private field of vscode-languageserver-textdocument). */
const lineOffsetsOf = (document: TextDocument) => (document as unknown as { _lineOffsets?: number[] })._lineOffsets;

test('a document created for an open has its line offsets read in the next turn, before any edit asks', async () => {
  const config = checkedTextDocuments(noLog);
  const document = config.create('file:///a.txt', 'news-article', 1, article);
  assert.equal(lineOffsetsOf(document), undefined, 'not while the open is being handled');
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(lineOffsetsOf(document)?.length, 401);
});

test('edits of such a document give the texts and positions of a plain TextDocument', async () => {
  const config = checkedTextDocuments(noLog);
  let checked = config.create('file:///b.txt', 'news-article', 1, article);
  let plain = TextDocument.create('file:///b.txt', 'news-article', 1, article);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const edits = [
    { range: { start: { line: 200, character: 5 }, end: { line: 200, character: 5 } }, text: 'x' },
    { range: { start: { line: 10, character: 0 }, end: { line: 12, character: 3 } }, text: 'two\nlines' },
    { range: { start: { line: 399, character: 10 }, end: { line: 399, character: 12 } }, text: '' },
  ];
  for (const [index, change] of edits.entries()) {
    checked = config.update(checked, [change], index + 2);
    plain = TextDocument.update(plain, [change], index + 2);
    assert.equal(checked.getText(), plain.getText());
    assert.equal(checked.lineCount, plain.lineCount);
    for (const offset of [0, 17, 5_000, 11_111, plain.getText().length - 3]) assert.deepEqual(checked.positionAt(offset), plain.positionAt(offset));
  }
});
