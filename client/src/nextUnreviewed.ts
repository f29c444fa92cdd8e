// "Next Unreviewed Annotation": selects the next mention, date or quote after the cursor that nobody has accepted
// yet (wrapping around), so an annotator can work through an article with the "Accept" code action.
import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import { nextUnreviewed, reviewCounts } from './review';

export async function revealNextUnreviewed(store: AnnotationStore): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const article = store.activeArticle;
  if (!editor || !article?.annotations || article.document !== editor.document) {
    void vscode.window.showInformationMessage('News Annotator: open an analyzed article first.');
    return false;
  }
  const next = nextUnreviewed(article.annotations, editor.document.offsetAt(editor.selection.active));
  if (!next) {
    const { total } = reviewCounts(article.annotations);
    void vscode.window.showInformationMessage(`News Annotator: all ${total} annotations of this article are reviewed.`);
    return false;
  }
  const range = new vscode.Range(editor.document.positionAt(next.start), editor.document.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
