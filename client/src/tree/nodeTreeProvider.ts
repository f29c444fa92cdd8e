// The tree data provider of every News view: the views build plain nodes that carry their children (the models
// are vscode-free and unit-tested), and each view says only how one node looks.
import * as vscode from 'vscode';

interface TreeNode<N> {
  children: N[];
  /** Shown open at first. */
  expanded?: boolean;
}

export class NodeTreeProvider<N extends TreeNode<N>> implements vscode.TreeDataProvider<N>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  roots: N[] = [];

  constructor(private readonly itemOf: (node: N) => vscode.TreeItem) {}

  set(roots: N[]): void {
    this.roots = roots;
    this.changed.fire();
  }

  getChildren(node?: N): N[] {
    return node ? node.children : this.roots;
  }

  getTreeItem(node: N): vscode.TreeItem {
    return this.itemOf(node);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** A node's item with its label and id, collapsible when it has children (open when the node asks). */
export function collapsibleItem(node: TreeNode<unknown> & { label: string; id?: string }): vscode.TreeItem {
  const state =
    node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  return item;
}
