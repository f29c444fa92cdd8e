// The extension's entry point: starts the language client, the "News Annotations" and "News Timeline" views (in
// the "News" view container), the language status item, the colour decorations and the commands, and returns the API used by the editor tests.
import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { AnnotationDecorations } from './colors/decorations';
import { createApi, type NewsAnnotatorApi } from './api';
import { CLIENT_COMMANDS, INTERNAL_COMMANDS, type ClientCommandName } from './commandIds';
import { exportAnnotations, type ExportArguments } from './exportAnnotations';
import { exportWorkspaceAnnotations, type WorkspaceExportArguments } from './exportWorkspaceAnnotations';
import { ClientHost } from './languageClient';
import { createLanguageStatusItem } from './languageStatus';
import { markNotActor, restoreActor } from './markNotActor';
import { revealNextUnreviewed } from './nextUnreviewed';
import { scanWorkspace } from './scanWorkspace';
import { CompareView } from './compare/compareView';
import { SourcesView } from './sources/sourcesView';
import { TimelineView } from './timeline/timelineView';
import { reportVisibleDocuments } from './visibleDocuments';
import { AnnotationsView, revealNode, revealSpan } from './tree/annotationsTree';
import { copyTreeItemText, exportTreeItem, filterTreeByType, revealTreeItem, toggleTimelineScope, toggleTreeGrouping } from './treeCommands';
import { WorkspaceArticles } from './workspaceArticles';

let host: ClientHost | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  const output = vscode.window.createOutputChannel('News Annotator');
  const clientHost = new ClientHost(context, output);
  host = clientHost;
  const store = new AnnotationStore(clientHost);
  const articles = new WorkspaceArticles(clientHost);
  const annotationsView = new AnnotationsView(store, articles);
  const timeline = new TimelineView(store, articles);
  const compareView = new CompareView(clientHost, articles);
  const sourcesView = new SourcesView(clientHost, store, articles);
  // One handler per client command (see commandIds.ts); "Analyze Article" is the server's command.
  const handlers: Record<ClientCommandName, (...args: never[]) => unknown> = {
    exportAnnotations: (args?: ExportArguments) => exportAnnotations(clientHost, args),
    exportWorkspaceAnnotations: (args?: WorkspaceExportArguments) => exportWorkspaceAnnotations(clientHost, args),
    refreshAnnotations: () => store.refresh(),
    showOutput: () => output.show(true),
    scanWorkspace: () => scanWorkspace(clientHost, () => articles.fireChanged()),
    toggleTreeGrouping: () => toggleTreeGrouping(annotationsView),
    filterTreeByType: (kinds?: string[]) => filterTreeByType(annotationsView, kinds),
    toggleTimelineScope: () => toggleTimelineScope(timeline),
    markNotActor: (...args: Parameters<typeof markNotActor>) => markNotActor(...args),
    restoreActor: (name?: string, documentUri?: string) => restoreActor(name, documentUri),
    revealTreeItem,
    copyTreeItemText,
    exportTreeItem: (node?: Parameters<typeof exportTreeItem>[1]) => exportTreeItem(clientHost, node),
    compareArticles: (clicked?: vscode.Uri, selected?: vscode.Uri[]) => compareView.compareCommand(clicked, selected),
    toggleSourcesScope: () => sourcesView.setScope(sourcesView.scope === 'article' ? 'workspace' : 'article'),
    nextUnreviewedAnnotation: () => revealNextUnreviewed(store),
  };

  context.subscriptions.push(
    output,
    store,
    articles,
    annotationsView,
    timeline,
    compareView,
    sourcesView,
    ...Object.entries(handlers).map(([name, handler]) => vscode.commands.registerCommand(CLIENT_COMMANDS[name as ClientCommandName], handler)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.revealSpan, revealSpan),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.revealNode, revealNode),
    createLanguageStatusItem(store, clientHost),
    new AnnotationDecorations(store),
    reportVisibleDocuments(clientHost),
  );
  await clientHost.restart();
  return createApi(store, clientHost, { annotations: annotationsView, timeline, compare: compareView, sources: sourcesView });
}

export async function deactivate(): Promise<void> {
  await host?.dispose();
  host = undefined;
}
