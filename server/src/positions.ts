// Between analyzer offsets (UTF-16 code units, end exclusive) and LSP positions (line and UTF-16 character),
// always through the TextDocument so both count the same units.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export function rangeOf(document: TextDocument, span: { start: number; end: number }): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** Whether two ranges start and end at the same line and character. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The offset of a position that lies inside the document, or undefined for a line past the end or a character
 * past the end of its line (TextDocument.offsetAt would silently clamp those).
 */
export function offsetInside(document: TextDocument, position: Position): number | undefined {
  if (position.line < 0 || position.character < 0 || position.line >= document.lineCount) return undefined;
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line, character: Number.MAX_SAFE_INTEGER });
  if (position.character > lineEnd - lineStart) return undefined;
  return lineStart + position.character;
}

/** Whether the cursor at `offset` touches the span: inside it, or just after its last character. */
export function touches(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
