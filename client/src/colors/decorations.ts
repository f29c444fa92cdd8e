// Colours that do not depend on the theme's choices: each kind of annotation is painted with its own contributed
// theme colour (annotationColors.ts), as spell checkers and blame annotators do with decorations, because the
// semantic token types fall back to TextMate scopes that most themes paint alike. The spans come from the
// annotations the client already fetches (AnnotationStore); every visible editor of an article is painted.
import * as vscode from 'vscode';
import type { Annotations } from '../../../server/src/analysis/types';
import type { AnnotationStore } from '../annotationStore';
import { ANNOTATION_COLORS, type ColorKind } from './annotationColors';
import { decorationSpans } from './decorationModel';

function decorationType(kind: ColorKind, id: string): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(id);
  // The speaker keeps its type's colour; bold with a coloured underline on top marks who speaks.
  if (kind === 'speaker')
    return vscode.window.createTextEditorDecorationType({ fontWeight: 'bold', borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: color });
  return vscode.window.createTextEditorDecorationType({ color });
}

export class AnnotationDecorations implements vscode.Disposable {
  // Created in legend order, quote before the others: a later type paints over an earlier one where they meet.
  private readonly types = new Map<ColorKind, vscode.TextEditorDecorationType>(
    [...ANNOTATION_COLORS].sort((a, b) => Number(b.kind === 'quote') - Number(a.kind === 'quote')).map((color) => [color.kind, decorationType(color.kind, color.id)]),
  );
  /** The last annotations fetched per document, to paint an editor that becomes visible again. */
  private readonly known = new Map<string, Annotations>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: AnnotationStore) {
    this.disposables = [
      store.onDidChangeActive((article) => {
        if (!article) return;
        if (article.annotations) this.known.set(article.document.uri.toString(), article.annotations);
        else this.known.delete(article.document.uri.toString());
        this.paint(article.document.uri.toString());
      }),
      // Editors side by side: an article that is visible but not active is painted when its analysis finishes.
      store.onAnalysisDone(({ uri }) => {
        if (uri !== vscode.window.activeTextEditor?.document.uri.toString() && this.visible(uri).length) void this.fetchAndPaint(uri);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) {
          const uri = editor.document.uri.toString();
          if (this.known.has(uri)) this.paint(uri);
          else if (store.lastReport(uri)) void this.fetchAndPaint(uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.known.delete(document.uri.toString())),
    ];
    const active = store.activeArticle;
    if (active?.annotations) {
      this.known.set(active.document.uri.toString(), active.annotations);
      this.paint(active.document.uri.toString());
    }
  }

  private visible(uri: string): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === uri);
  }

  private async fetchAndPaint(uri: string): Promise<void> {
    const annotations = await this.store.getAnnotations(uri).catch(() => null);
    if (annotations) this.known.set(uri, annotations);
    else this.known.delete(uri);
    this.paint(uri);
  }

  private paint(uri: string): void {
    const annotations = this.known.get(uri);
    const spans = annotations ? decorationSpans(annotations) : undefined;
    for (const editor of this.visible(uri)) {
      const document = editor.document;
      for (const [kind, type] of this.types) {
        const ranges = (spans?.[kind] ?? []).map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
        editor.setDecorations(type, ranges);
      }
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    for (const type of this.types.values()) type.dispose();
  }
}
