// Tells the server which documents the editor shows (the active one first), so that when many are open at once
// (a restored session, a folder opened) the ones the user looks at are analyzed first.
import * as vscode from 'vscode';
import { VisibleDocumentsNotification } from '../../server/src/protocol';
import type { ClientHost } from './languageClient';

function visibleUris(): string[] {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const visible = vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString());
  return [...new Set([...(active ? [active] : []), ...visible])];
}

export function reportVisibleDocuments(host: ClientHost): vscode.Disposable {
  const report = () => void host.current?.sendNotification(VisibleDocumentsNotification, { uris: visibleUris() }).catch(() => undefined);
  return vscode.Disposable.from(host.onDidStart(report), vscode.window.onDidChangeVisibleTextEditors(report), vscode.window.onDidChangeActiveTextEditor(report));
}
