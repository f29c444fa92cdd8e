// Where a piece of text sits in a fixture, as an LSP position, computed independently of the server's
// TextDocument (JavaScript string indices are UTF-16 code units, like LSP characters).
import type { Position } from 'vscode-languageserver-protocol';

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The position of the `occurrence`-th (0-based) `needle` in `text`, plus `delta` code units. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 0): Position {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`fixture has no occurrence ${occurrence} of "${needle}"`);
  }
  return positionAt(text, index + delta);
}
