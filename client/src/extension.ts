// The extension's entry point: starts the language client, the "News Annotations" view, the status-bar item
// and the commands, and returns the API used by the editor tests.
import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { createApi, type NewsAnnotatorApi } from './api';
import { COMMANDS, INTERNAL_COMMANDS, type CommandName } from './commandIds';
import { exportAnnotations, type ExportArguments } from './exportAnnotations';
import { ClientHost } from './languageClient';
import { createStatusBarItem } from './statusBar';
import { createAnnotationsView, revealSpan } from './tree/annotationsTree';

let host: ClientHost | undefined;

function activeDocumentUri(): vscode.Uri | undefined {
  return vscode.window.activeTextEditor?.document.uri;
}

/** Registers the analyze command unless the server advertised it (then the client library already did). */
function registerAnalyzeFallback(host: ClientHost, analyze: () => Promise<void>): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const update = () => {
    registration?.dispose();
    registration = host.serverHandlesAnalyze() ? undefined : vscode.commands.registerCommand(COMMANDS.analyze, analyze);
  };
  update();
  const listener = host.onDidStart(update);
  return { dispose: () => { listener.dispose(); registration?.dispose(); } };
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  const output = vscode.window.createOutputChannel('News Annotator');
  host = new ClientHost(context, output);
  const store = new AnnotationStore(host);
  const clientHost = host;

  const analyze = async () => {
    const uri = activeDocumentUri();
    if (!uri) {
      void vscode.window.showInformationMessage('Open a news article to analyze it.');
      return;
    }
    await clientHost.analyze(uri);
  };
  // Typed by command name, so every command of commandIds.ts has exactly one handler here.
  const handlers: Record<CommandName, (...args: never[]) => unknown> = {
    analyze,
    exportAnnotations: (args?: ExportArguments) => exportAnnotations(clientHost, args),
    refreshAnnotations: () => store.refresh(),
    showOutput: () => output.show(true),
  };

  context.subscriptions.push(
    output,
    store,
    ...Object.entries(handlers)
      .filter(([name]) => name !== 'analyze') // registered once the server's capabilities are known
      .map(([name, handler]) => vscode.commands.registerCommand(COMMANDS[name as CommandName], handler)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.revealSpan, revealSpan),
    createAnnotationsView(store),
    createStatusBarItem(store),
  );
  await host.start();
  context.subscriptions.push(registerAnalyzeFallback(host, handlers.analyze as () => Promise<void>));
  return createApi(store);
}

export async function deactivate(): Promise<void> {
  await host?.dispose();
  host = undefined;
}
