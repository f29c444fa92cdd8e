// The status-bar item of the active article: counts of actors, dates and quotes; opens the tree view.
import * as vscode from 'vscode';
import type { ActiveArticle, AnnotationStore } from './annotationStore';
import { FOCUS_VIEW_COMMAND } from './commandIds';
import { articleStatus } from './statusText';

export function createStatusBarItem(store: AnnotationStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Annotator';
  item.command = FOCUS_VIEW_COMMAND;
  const update = (article: ActiveArticle | undefined) => {
    if (!article) {
      item.hide();
      return;
    }
    const status = articleStatus(article.analysis, article.annotations);
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.show();
  };
  update(store.activeArticle);
  return vscode.Disposable.from(item, store.onDidChangeActive(update));
}
