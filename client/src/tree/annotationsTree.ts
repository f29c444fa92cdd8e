// The "News Annotations" view in the Explorer: the active article's annotations (annotationTreeModel), or every
// actor of the workspace with its articles (workspaceTreeModel), switched by a title-bar toggle and filtered by
// annotation kind. Follows the AnnotationStore (active editor, analysis reports) and the workspace's articles.
import * as vscode from 'vscode';
import type { ActiveArticle, AnnotationStore } from '../annotationStore';
import { INTERNAL_COMMANDS, TREE_GROUPED_BY_ACTOR_CONTEXT, VIEW_ID } from '../commandIds';
import { reviewCounts } from '../review';
import type { WorkspaceArticles } from '../workspaceArticles';
import { ALL_KINDS, buildAnnotationTree, type AnnotationKindFilter, type AnnotationNode } from './annotationTreeModel';
import { collapsibleItem, NodeTreeProvider } from './nodeTreeProvider';
import { buildActorTree } from './workspaceTreeModel';

export type TreeGrouping = 'article' | 'actor';

/** The TreeItem of a node: icon, description, and a click that reveals its text. */
export function treeItemOf(node: AnnotationNode): vscode.TreeItem {
  const item = collapsibleItem(node);
  item.description = node.description;
  item.tooltip = node.tooltip;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.contextValue = node.contextValue;
  if (node.location || (node.span && node.documentUri)) {
    item.command = { command: INTERNAL_COMMANDS.revealNode, title: 'Show in Editor', arguments: [node] };
  }
  return item;
}

function withDocument(nodes: AnnotationNode[], uri: string): AnnotationNode[] {
  return nodes.map((node) => ({ ...node, documentUri: uri, children: withDocument(node.children, uri) }));
}

function viewMessage(article: ActiveArticle | undefined): string | undefined {
  if (!article) return undefined; // the welcome content speaks then
  if (article.analysis?.skipped) return `Not analyzed: ${article.analysis.skipped}`;
  if (!article.annotations) return 'Not analyzed yet. Run "Analyze Article" if analysis is set to run manually.';
  return undefined;
}

/** The view and its state, for the toggle and filter commands and the editor tests. */
export class AnnotationsView implements vscode.Disposable {
  private readonly provider = new NodeTreeProvider<AnnotationNode>(treeItemOf);
  private readonly view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
  private readonly disposables: vscode.Disposable[];
  grouping: TreeGrouping = 'article';
  kinds: AnnotationKindFilter = ALL_KINDS;
  /** Bumped per update so a slow workspace fetch does not overwrite a newer view. */
  private generation = 0;

  constructor(
    private readonly store: AnnotationStore,
    private readonly articles: WorkspaceArticles,
  ) {
    this.disposables = [
      this.provider,
      this.view,
      store.onDidChangeActive(() => void this.update()),
      articles.onDidChange(() => {
        if (this.grouping === 'actor') void this.update();
      }),
    ];
    void vscode.commands.executeCommand('setContext', TREE_GROUPED_BY_ACTOR_CONTEXT, false);
    void this.update();
  }

  /** The nodes shown now (for tests). */
  get roots(): AnnotationNode[] {
    return this.provider.roots;
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    if (this.grouping === 'actor') {
      const articles = await this.articles.fetch();
      if (generation !== this.generation) return;
      this.provider.set(buildActorTree(articles, this.kinds));
      this.view.message = articles.length ? undefined : 'No articles yet: open one, or run "Scan Workspace".';
      this.view.description = 'by actor, workspace';
      return;
    }
    const article = this.store.activeArticle;
    this.provider.set(article?.annotations ? withDocument(buildAnnotationTree(article.annotations, article.document.getText(), this.kinds), article.document.uri.toString()) : []);
    this.view.message = viewMessage(article);
    const review = article?.annotations ? reviewCounts(article.annotations) : undefined;
    const reviewed = review?.total ? `${review.reviewed}/${review.total} reviewed` : '';
    this.view.description = [this.kinds.size < ALL_KINDS.size ? 'filtered' : '', reviewed].filter(Boolean).join(' · ') || undefined;
  }

  async setGrouping(grouping: TreeGrouping): Promise<void> {
    this.grouping = grouping;
    await vscode.commands.executeCommand('setContext', TREE_GROUPED_BY_ACTOR_CONTEXT, grouping === 'actor');
    await this.update();
  }

  async setKinds(kinds: AnnotationKindFilter): Promise<void> {
    this.kinds = kinds;
    await this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** Opens the document, selects [start, end) and scrolls it into view. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Reveals what a node stands for: its location in any document, or its span in the active article. */
export async function revealNode(node: AnnotationNode | undefined): Promise<void> {
  if (node?.location) {
    const { uri, range } = node.location;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  } else if (node?.span && node.documentUri) {
    await revealSpan(vscode.Uri.parse(node.documentUri), node.span.start, node.span.end);
  }
}
