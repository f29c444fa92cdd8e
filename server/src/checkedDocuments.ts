// How the server keeps its copy of each open document: like TextDocuments' default, except that a didChange that
// cannot be right is rejected and logged instead of applied. A version that is not newer than the one held (the
// client sent changes out of order) is ignored: the server already holds a newer text. A change whose range lies
// outside the text (a line past the end, a negative position, an end before its start) means the two copies
// differ: the server resynchronizes from the file on disk when there is one (LSP has no request to ask the
// client for its text), else keeps its last good text until the client sends a full one.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/** Whether `range` can apply to `document` (a character past a line's end is allowed: LSP clamps it). */
export function rangeFits(document: TextDocument, range: Range): boolean {
  const { start, end } = range;
  const valid = (position: Range['start']) =>
    Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0 && position.character >= 0 && position.line < document.lineCount;
  return valid(start) && valid(end) && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

/** The text of a file: URI on disk, or undefined (another scheme, missing, unreadable, over `maxBytes`). */
export function readFromDisk(uri: string, maxBytes = 8 * 1024 * 1024): string | undefined {
  try {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    if (fs.statSync(file).size > maxBytes) return undefined;
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export function checkedTextDocuments(logError: (message: string) => void, reread: (uri: string) => string | undefined = readFromDisk): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      const document = TextDocument.create(uri, languageId, version, content);
      // Its line offsets read once the open is handled, while the worker analyzes: TextDocument computes them the
      // first time a position is asked, which was the first keystroke's update (`rangeFits` below), and on a 400 KB
      // article that first scan took 5-10 ms of this thread, before the edit's job and the hover that followed it.
      setTimeout(() => document.lineCount, 0);
      return document;
    },
    update(document, changes: TextDocumentContentChangeEvent[], version) {
      if (!(version > document.version)) {
        logError(`News Annotator: ignored a change of ${document.uri}: version ${version} arrived after version ${document.version}.`);
        return document;
      }
      let current = document;
      for (const change of changes) {
        if ('range' in change && !rangeFits(current, change.range)) {
          const text = reread(document.uri);
          const { start, end } = change.range;
          logError(
            `News Annotator: rejected a change of ${document.uri} (version ${version}): its range ${start.line}:${start.character}-${end.line}:${end.character} ` +
              `lies outside the document (${current.lineCount} lines); ${text !== undefined ? 'resynchronized from the file on disk' : 'kept the last text until the client sends a full one'}.`,
          );
          return text !== undefined ? TextDocument.create(document.uri, document.languageId, version, text) : document;
        }
        current = TextDocument.update(current, [change], version);
      }
      return current;
    },
  };
}
