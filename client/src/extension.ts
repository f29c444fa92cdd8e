// The extension's entry point: starts the language client, the "News Annotations" view, the status-bar item
// and the commands, and returns the API used by the editor tests.
import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { createApi, type NewsAnnotatorApi } from './api';
import { CLIENT_COMMANDS, INTERNAL_COMMANDS, type ClientCommandName } from './commandIds';
import { exportAnnotations, type ExportArguments } from './exportAnnotations';
import { ClientHost } from './languageClient';
import { createStatusBarItem } from './statusBar';
import { createAnnotationsView, revealSpan } from './tree/annotationsTree';

let host: ClientHost | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  const output = vscode.window.createOutputChannel('News Annotator');
  const clientHost = new ClientHost(context, output);
  host = clientHost;
  const store = new AnnotationStore(clientHost);
  // One handler per client command (see commandIds.ts); "Analyze Article" is the server's command.
  const handlers: Record<ClientCommandName, (...args: never[]) => unknown> = {
    exportAnnotations: (args?: ExportArguments) => exportAnnotations(clientHost, args),
    refreshAnnotations: () => store.refresh(),
    showOutput: () => output.show(true),
  };

  context.subscriptions.push(
    output,
    store,
    ...Object.entries(handlers).map(([name, handler]) => vscode.commands.registerCommand(CLIENT_COMMANDS[name as ClientCommandName], handler)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.revealSpan, revealSpan),
    createAnnotationsView(store),
    createStatusBarItem(store),
  );
  await clientHost.restart();
  return createApi(store, clientHost);
}

export async function deactivate(): Promise<void> {
  await host?.dispose();
  host = undefined;
}
