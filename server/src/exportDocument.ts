// The export request: one open document's annotations in a format, through the shared exporters.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { exportDocuments } from './export/index';
import type { ExportedFile } from './protocol';

/** "file:///news/Putin%20speech.txt" → "Putin speech". */
export function baseName(uri: string): string {
  const lastSegment = uri.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
  let decoded = lastSegment;
  try {
    decoded = decodeURIComponent(lastSegment);
  } catch {
    // A malformed escape: keep the segment as written.
  }
  return decoded.replace(/\.[^.]*$/, '') || 'document';
}

export function exportDocument(format: string, document: TextDocument, annotations: Annotations): ExportedFile[] {
  return exportDocuments(format, [{ name: baseName(document.uri), source: document.uri, text: document.getText(), annotations }]);
}
