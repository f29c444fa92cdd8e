// The open documents: opening, editing and saving schedule analyses (under the `run` setting), closing drops
// everything known about a document, and the client's visible editors decide which analyses run first.
import { TextDocumentSyncKind } from 'vscode-languageserver';
import { VisibleDocumentsNotification } from '../protocol';
import { ignoreClosedConnection, type DocumentEvent } from './context';
import type { Feature } from './feature';

export const documentEvents: Feature = {
  name: 'document events',
  capabilities: () => ({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } } }),
  register(context) {
    const { connection, documents, queue, runner } = context;
    const justOpened = new Set<string>();
    documents.onDidOpen(({ document }) => justOpened.add(document.uri));
    documents.onDidChangeContent(({ document }) => {
      // TextDocuments reports an open as a content change too; the first one after an open is the open itself.
      const event: DocumentEvent = justOpened.delete(document.uri) ? 'open' : 'change';
      void context.onDocumentEvent({ uri: document.uri, event });
    });
    documents.onDidSave(({ document }) => {
      void context.onDocumentEvent({ uri: document.uri, event: 'save' });
      void context.corrections.articleSaved(document);
    });
    documents.onDidClose(({ document }) => {
      justOpened.delete(document.uri);
      queue.forget(document.uri);
      runner.drop(document.uri);
      context.client.settings?.forget(document.uri);
      context.openAnalyses.delete(document.uri);
      context.cross.closed(document.uri);
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(ignoreClosedConnection);
      // The index holds the file as it was on disk when scanned; the editor may have saved it since.
      if (context.index.has(document.uri)) void context.index.indexFile(document.uri);
    });
    connection.onNotification(VisibleDocumentsNotification, ({ uris }) => runner.setVisible(Array.isArray(uris) ? uris.filter((uri) => typeof uri === 'string') : []));
  },
};
