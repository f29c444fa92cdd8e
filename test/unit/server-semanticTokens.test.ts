// Semantic tokens: the one-pass encoding equals one made token by token from the document's positions (quotes over
// several lines, CRLF line ends), and a delta applied to the previous encoding gives the new one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { encodeTokens, SEMANTIC_TOKENS_LEGEND, tokenSpans, tokensEdits } from '../../server/src/semanticTokens';

const ARTICLE = [
  'Porto, June 2, 2025 — Councillor Rita Lobo said on Tuesday that the bridge "will open',
  'in the autumn, as promised" to both banks.',
  '',
  '"It is late," said Tomas Reis, who runs a ferry. Lobo answered on Wednesday.',
].join('\n');

/** Each token's line, character and length from the document's own positions, in the relative encoding. */
function byPositions(text: string): number[] {
  const document = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
  const absolute: number[][] = [];
  for (const token of tokenSpans(analyze(text))) {
    const first = document.positionAt(token.start).line;
    const last = document.positionAt(token.end).line;
    for (let line = first; line <= last; line++) {
      const lineStart = document.offsetAt({ line, character: 0 });
      const lineEnd = document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
      const start = Math.max(token.start, lineStart);
      const end = Math.min(token.end, lineEnd);
      if (end > start) absolute.push([line, start - lineStart, end - start, SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf(token.type), token.modifiers]);
    }
  }
  return absolute.flatMap(([line, char, length, type, modifiers], index) => {
    const previous = absolute[index - 1];
    return [line - (previous?.[0] ?? 0), previous && previous[0] === line ? char - previous[1] : char, length, type, modifiers];
  });
}

test('the one-pass encoding equals the token-by-token one, with LF and CRLF line ends and a quote over two lines', () => {
  for (const text of [ARTICLE, ARTICLE.replace(/\n/g, '\r\n')]) {
    const data = encodeTokens(text, analyze(text));
    assert.ok(data.length > 5 * 5, 'some tokens');
    assert.deepEqual(data, byPositions(text));
  }
});

test('the edits between two encodings turn the first into the second', () => {
  const before = encodeTokens(ARTICLE, analyze(ARTICLE));
  const text = ARTICLE.replace('Tomas Reis', 'the ferryman Tomas Reis');
  const after = encodeTokens(text, analyze(text));
  const edits = tokensEdits(before, after);
  assert.equal(edits.length, 1);
  const [{ start, deleteCount, data }] = edits;
  assert.deepEqual([...before.slice(0, start), ...(data ?? []), ...before.slice(start + deleteCount)], after);
  assert.ok(deleteCount < before.length, 'only the changed stretch');
  assert.deepEqual(tokensEdits(after, after), []);
});
