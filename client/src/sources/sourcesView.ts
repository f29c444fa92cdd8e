// The "Sources" view (in the News view container): who is quoted in the active article, or (toggled) in every
// article the server knows, from newsAnnotator/sources (sourcesModel.ts); a quote reveals itself on click.
import * as vscode from 'vscode';
import { SourcesRequest, type WorkspaceSources } from '../../../server/src/protocol';
import type { AnnotationStore } from '../annotationStore';
import { INTERNAL_COMMANDS, SOURCES_VIEW_ID, SOURCES_WORKSPACE_CONTEXT } from '../commandIds';
import type { ClientHost } from '../languageClient';
import { collapsibleItem, NodeTreeProvider } from '../tree/nodeTreeProvider';
import type { WorkspaceArticles } from '../workspaceArticles';
import { buildSourcesTree, sourcesSummary, type SourceNode } from './sourcesModel';

export type SourcesScope = 'article' | 'workspace';

function sourceItem(node: SourceNode): vscode.TreeItem {
  const item = collapsibleItem(node);
  item.description = node.description;
  item.tooltip = node.tooltip;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  if (node.location) item.command = { command: INTERNAL_COMMANDS.revealSource, title: 'Show Quote', arguments: [node] };
  return item;
}

export class SourcesView implements vscode.Disposable {
  private readonly provider = new NodeTreeProvider<SourceNode>(sourceItem);
  private readonly view = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
  private readonly disposables: vscode.Disposable[];
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after the tree was rebuilt (tests wait on it). */
  readonly onDidUpdate = this.updated.event;
  scope: SourcesScope = 'article';
  result: WorkspaceSources | undefined;
  private generation = 0;

  constructor(
    private readonly host: ClientHost,
    private readonly store: AnnotationStore,
    articles: WorkspaceArticles,
  ) {
    this.disposables = [
      this.provider,
      this.view,
      this.updated,
      store.onDidChangeActive(() => void this.update()),
      articles.onDidChange(() => void this.update()),
      vscode.commands.registerCommand(INTERNAL_COMMANDS.revealSource, (node: SourceNode) => this.reveal(node)),
    ];
    void vscode.commands.executeCommand('setContext', SOURCES_WORKSPACE_CONTEXT, false);
    void this.update();
  }

  get roots(): SourceNode[] {
    return this.provider.roots;
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const client = this.host.current;
    const active = this.store.activeArticle?.document.uri.toString();
    let result: WorkspaceSources | undefined;
    if (client?.isRunning() && (this.scope === 'workspace' || active)) {
      try {
        result = await client.sendRequest(SourcesRequest, this.scope === 'workspace' ? {} : { uris: [active!] });
      } catch (error) {
        this.host.outputChannel.appendLine(`News Annotator: the sources are unavailable: ${String(error)}`);
      }
    }
    if (generation !== this.generation) return;
    this.result = result;
    this.provider.set(result ? buildSourcesTree(result, this.scope === 'workspace') : []);
    this.view.description = result ? `${this.scope === 'workspace' ? 'workspace · ' : ''}${sourcesSummary(result)}` : undefined;
    this.view.message = result ? undefined : this.scope === 'workspace' ? 'No articles yet: open one, or run "Scan Workspace".' : 'Open an article to see who it quotes.';
    this.updated.fire();
  }

  async setScope(scope: SourcesScope): Promise<void> {
    this.scope = scope;
    await vscode.commands.executeCommand('setContext', SOURCES_WORKSPACE_CONTEXT, scope === 'workspace');
    await this.update();
  }

  private async reveal(node: SourceNode): Promise<void> {
    if (!node.location) return;
    const { uri, range } = node.location;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preserveFocus: true, preview: true });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
