// The "News Timeline" view: the dates of the active article, or of every article of the workspace, in time order
// (timelineModel); each entry reveals its sentence.
import * as vscode from 'vscode';
import type { AnnotationStore } from '../annotationStore';
import { TIMELINE_VIEW_ID, TIMELINE_WORKSPACE_CONTEXT } from '../commandIds';
import { treeItemOf } from '../tree/annotationsTree';
import type { AnnotationNode } from '../tree/annotationTreeModel';
import { NodeTreeProvider } from '../tree/nodeTreeProvider';
import type { WorkspaceArticles } from '../workspaceArticles';
import { buildTimeline } from './timelineModel';

export type TimelineScope = 'article' | 'workspace';

/** An entry's item: the annotation tree's, with the whole explanation as its tooltip. */
function timelineItem(node: AnnotationNode): vscode.TreeItem {
  const item = treeItemOf(node);
  item.tooltip = new vscode.MarkdownString().appendText(node.tooltip ?? '');
  return item;
}

export class TimelineView implements vscode.Disposable {
  private readonly provider = new NodeTreeProvider<AnnotationNode>(timelineItem);
  private readonly view = vscode.window.createTreeView(TIMELINE_VIEW_ID, { treeDataProvider: this.provider });
  private readonly disposables: vscode.Disposable[];
  scope: TimelineScope = 'article';
  private generation = 0;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after the entries were rebuilt (for tests, which wait on it instead of sleeping). */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly articles: WorkspaceArticles,
  ) {
    this.disposables = [this.provider, this.view, this.updated, store.onDidChangeActive(() => void this.update()), articles.onDidChange(() => void this.update())];
    void vscode.commands.executeCommand('setContext', TIMELINE_WORKSPACE_CONTEXT, false);
    void this.update();
  }

  get entries(): AnnotationNode[] {
    return this.provider.roots;
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const active = this.store.activeArticle?.document.uri.toString();
    // The active article's timeline asks for that article only: the workspace's may be thousands.
    const shown = this.scope === 'workspace' ? await this.articles.fetch() : active ? await this.articles.fetch([active]) : [];
    if (generation !== this.generation) return;
    this.provider.set(buildTimeline(shown, this.scope === 'workspace'));
    this.view.description = this.scope === 'workspace' ? 'workspace' : undefined;
    this.view.message = this.provider.roots.length
      ? undefined
      : this.scope === 'workspace'
        ? 'No dated articles yet: open one, or run "Scan Workspace".'
        : 'The active article has no calendar dates (or no article is active).';
    this.updated.fire();
  }

  async setScope(scope: TimelineScope): Promise<void> {
    this.scope = scope;
    await vscode.commands.executeCommand('setContext', TIMELINE_WORKSPACE_CONTEXT, scope === 'workspace');
    await this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
