// The "Compare Articles" view (in the News view container) and its command: two articles compared by the server
// (newsAnnotator/compare), shown as a tree coloured by the theme (compareModel.ts); an item reveals its spans in
// both articles, A on the left and B on the right, keeping the focus in the tree so the keyboard walks on.
import * as vscode from 'vscode';
import { CompareRequest, type ComparisonResult } from '../../../server/src/protocol';
import type { TextSpan } from '../../../server/src/workspace/compareTypes';
import { COMPARE_VIEW_ID, INTERNAL_COMMANDS } from '../commandIds';
import type { ClientHost } from '../languageClient';
import { collapsibleItem, NodeTreeProvider } from '../tree/nodeTreeProvider';
import type { WorkspaceArticles } from '../workspaceArticles';
import { buildComparisonTree, type CompareNode, type CompareTone } from './compareModel';

const TONE_COLOURS: Record<CompareTone, string | undefined> = {
  same: 'gitDecoration.untrackedResourceForeground',
  changed: 'gitDecoration.modifiedResourceForeground',
  onlyA: 'gitDecoration.deletedResourceForeground',
  onlyB: 'gitDecoration.addedResourceForeground',
  conflict: 'list.warningForeground',
};

function select(editor: vscode.TextEditor, spans: readonly TextSpan[]): void {
  if (!spans.length) return;
  const document = editor.document;
  editor.selections = spans.map((span) => new vscode.Selection(document.positionAt(span.start), document.positionAt(span.end)));
  editor.revealRange(editor.selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function compareItem(node: CompareNode): vscode.TreeItem {
  const item = collapsibleItem(node);
  item.description = node.description;
  if (node.tooltip) item.tooltip = new vscode.MarkdownString(node.tooltip);
  const colour = node.tone && TONE_COLOURS[node.tone];
  item.iconPath = new vscode.ThemeIcon(node.icon, colour ? new vscode.ThemeColor(colour) : undefined);
  if (node.reveal) item.command = { command: INTERNAL_COMMANDS.revealComparison, title: 'Show in Both Articles', arguments: [node] };
  return item;
}

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

export class CompareView implements vscode.Disposable {
  private readonly provider = new NodeTreeProvider<CompareNode>(compareItem);
  private readonly view = vscode.window.createTreeView(COMPARE_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
  private readonly disposables: vscode.Disposable[] = [this.provider, this.view];
  /** The articles of the comparison shown. */
  private articles: { a: vscode.Uri; b: vscode.Uri } | undefined;
  result: ComparisonResult | undefined;

  constructor(
    private readonly host: ClientHost,
    private readonly workspaceArticles: WorkspaceArticles,
  ) {
    this.disposables.push(vscode.commands.registerCommand(INTERNAL_COMMANDS.revealComparison, (node: CompareNode) => this.reveal(node)));
  }

  get roots(): CompareNode[] {
    return this.provider.roots;
  }

  /** The command: two Explorer selections, else two articles picked from those the server knows. */
  async compareCommand(clicked?: vscode.Uri, selected?: vscode.Uri[]): Promise<ComparisonResult | undefined> {
    let pair = selected && selected.length === 2 ? selected : undefined;
    if (!pair) pair = await this.pickTwo(clicked);
    if (!pair) return undefined;
    return this.compare(pair[0], pair[1]);
  }

  async compare(a: vscode.Uri, b: vscode.Uri): Promise<ComparisonResult | undefined> {
    const client = this.host.current;
    if (!client?.isRunning()) {
      void vscode.window.showErrorMessage('News Annotator: the language server is not running; see the output.');
      return undefined;
    }
    let result: ComparisonResult;
    try {
      result = await client.sendRequest(CompareRequest, { a: a.toString(), b: b.toString() });
    } catch (error) {
      void vscode.window.showErrorMessage(`News Annotator: could not compare the articles: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    this.articles = { a, b };
    this.result = result;
    this.provider.set(buildComparisonTree(result, fileName(a), fileName(b)));
    this.view.message = undefined;
    this.view.description = `${fileName(a)} ↔ ${fileName(b)}`;
    await vscode.commands.executeCommand(`${COMPARE_VIEW_ID}.focus`);
    return result;
  }

  private async pickTwo(clicked?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    const known = new Map<string, vscode.Uri>();
    for (const article of await this.workspaceArticles.fetch()) known.set(article.uri, vscode.Uri.parse(article.uri));
    if (clicked) known.set(clicked.toString(), clicked);
    if (known.size < 2) {
      const chosen = await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Compare', title: 'Compare Articles: choose two articles', defaultUri: clicked });
      if (chosen && chosen.length !== 2) void vscode.window.showWarningMessage('News Annotator: choose exactly two articles to compare.');
      return chosen?.length === 2 ? chosen : undefined;
    }
    const items = [...known.values()].map((uri) => ({
      label: fileName(uri),
      description: vscode.workspace.asRelativePath(uri),
      uri,
      picked: uri.toString() === clicked?.toString(),
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: 'Compare Articles: pick two articles (A, then B)',
      placeHolder: 'Two versions of a story',
    });
    if (picked && picked.length !== 2) void vscode.window.showWarningMessage('News Annotator: pick exactly two articles to compare.');
    return picked?.length === 2 ? picked.map((item) => item.uri) : undefined;
  }

  /** Opens A on the left and B on the right with the node's spans selected, the focus left in the tree. */
  async reveal(node: CompareNode): Promise<void> {
    if (!this.articles || !node.reveal) return;
    const editorA = await this.show(this.articles.a, vscode.ViewColumn.One);
    const editorB = await this.show(this.articles.b, vscode.ViewColumn.Two);
    // Selected once both are open: opening B narrows A, which would leave A's span off screen.
    select(editorA, node.reveal.a);
    select(editorB, node.reveal.b);
  }

  private async show(uri: vscode.Uri, column: vscode.ViewColumn): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true, preview: false });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
