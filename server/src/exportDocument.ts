// The export request: one open document's annotations in a format, through the shared exporters.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from './analysis/types';
import { exportDocuments } from './export/index';
import type { ExportedFile } from './protocol';
import { baseName } from './export/uniqueNames';

export { baseName };

export function exportDocument(format: string, document: TextDocument, annotations: Annotations): ExportedFile[] {
  return exportDocuments(format, [{ name: baseName(document.uri), source: document.uri, text: document.getText(), annotations }]);
}
