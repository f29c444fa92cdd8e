// The "News Annotations" view in the Explorer: shows annotationTreeModel's nodes for the active article and
// follows the AnnotationStore (active editor changes, analysis reports).
import * as vscode from 'vscode';
import type { ActiveArticle, AnnotationStore } from '../annotationStore';
import { INTERNAL_COMMANDS, VIEW_ID } from '../commandIds';
import { buildAnnotationTree, type AnnotationNode } from './annotationTreeModel';

class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: AnnotationNode[] = [];
  private document: vscode.TextDocument | undefined;

  show(article: ActiveArticle | undefined): void {
    this.document = article?.document;
    this.roots = article?.annotations ? buildAnnotationTree(article.annotations, article.document.getText()) : [];
    this.changed.fire();
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    return node ? node.children : this.roots;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    const state = node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.span && this.document) {
      item.command = {
        command: INTERNAL_COMMANDS.revealSpan,
        title: 'Show in Editor',
        arguments: [this.document.uri, node.span.start, node.span.end],
      };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function viewMessage(article: ActiveArticle | undefined): string | undefined {
  if (!article) return undefined; // the welcome content speaks then
  if (article.analysis?.skipped) return `Not analyzed: ${article.analysis.skipped}`;
  if (!article.annotations) return 'Not analyzed yet. Run "Analyze Article" if analysis is set to run manually.';
  return undefined;
}

export function createAnnotationsView(store: AnnotationStore): vscode.Disposable {
  const provider = new AnnotationsTreeProvider();
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = (article: ActiveArticle | undefined) => {
    provider.show(article);
    view.message = viewMessage(article);
  };
  update(store.activeArticle);
  return vscode.Disposable.from(provider, view, store.onDidChangeActive(update));
}

/** Opens the document, selects [start, end) and scrolls it into view. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
