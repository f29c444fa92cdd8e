// Helpers of the tests that send random incremental edits: positions and edit points computed on the test's own
// mirror of the text, independently of the server's TextDocument.
import type { Position } from 'vscode-languageserver-protocol/node';

/** LSP line/character of an offset, lines ending at \r\n, \n or \r. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  const breaks = /\r\n|\n|\r/g;
  for (let match = breaks.exec(text); match && match.index + match[0].length <= offset; match = breaks.exec(text)) {
    line++;
    lineStart = match.index + match[0].length;
  }
  return { line, character: offset - lineStart };
}

/** Moves an offset off the middle of a CRLF pair or a surrogate pair. */
export function settle(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && text[offset - 1] === '\r' && text[offset] === '\n') return offset - 1;
  if (offset > 0 && /[\uD800-\uDBFF]/.test(text[offset - 1]) && /[\uDC00-\uDFFF]/.test(text[offset] ?? '')) return offset - 1;
  return offset;
}
