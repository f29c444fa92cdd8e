// What the client knows about analyzed documents: the last AnalysisDoneNotification per document and the
// annotations of the active article, fetched with AnnotationsRequest. The tree view, the status bar and the
// test API all read from here, so one request serves them all.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Annotations } from '../../server/src/analysis/types';
import { AnalysisDoneNotification, AnnotationsRequest, type AnalysisDoneParams } from '../../server/src/protocol';
import { ARTICLE_ACTIVE_CONTEXT } from './commandIds';
import type { ClientHost } from './languageClient';

export interface ActiveArticle {
  document: vscode.TextDocument;
  /** The last analysis report for the document, if the server sent one. */
  analysis?: AnalysisDoneParams;
  annotations: Annotations | null;
}

export class AnnotationStore implements vscode.Disposable {
  private readonly reports = new Map<string, AnalysisDoneParams>();
  private readonly analysisDone = new vscode.EventEmitter<AnalysisDoneParams>();
  private readonly activeChanged = new vscode.EventEmitter<ActiveArticle | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.analysisDone, this.activeChanged];
  private active: ActiveArticle | undefined;
  /** Bumped on every refresh so a slow answer for an older editor is dropped. */
  private generation = 0;

  /** Every analysis report, for any document. */
  readonly onAnalysisDone = this.analysisDone.event;
  /** The active article or its annotations changed (undefined: no article is active). */
  readonly onDidChangeActive = this.activeChanged.event;

  constructor(private readonly host: ClientHost) {
    this.disposables.push(
      host.onDidStart((client) => this.attach(client)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => this.reports.delete(document.uri.toString())),
    );
    if (host.current?.isRunning()) this.attach(host.current);
  }

  private attach(client: LanguageClient): void {
    this.disposables.push(
      client.onNotification(AnalysisDoneNotification, (params) => {
        this.reports.set(params.uri, params);
        this.analysisDone.fire(params);
        if (params.uri === vscode.window.activeTextEditor?.document.uri.toString()) void this.refresh();
      }),
    );
    void this.refresh();
  }

  get activeArticle(): ActiveArticle | undefined {
    return this.active;
  }

  lastReport(uri: vscode.Uri | string): AnalysisDoneParams | undefined {
    return this.reports.get(uri.toString());
  }

  /** The document's annotations as the server has them now (null: not analyzed, or no server). */
  async getAnnotations(uri: vscode.Uri | string): Promise<Annotations | null> {
    const client = this.host.current;
    if (!client?.isRunning()) return null;
    return client.sendRequest(AnnotationsRequest, { uri: uri.toString() });
  }

  /**
   * Resolves with the first analysis report for the document at or after `minVersion` (already received
   * ones count), so callers wait on the event instead of guessing a delay.
   */
  waitForAnalysis(uri: vscode.Uri | string, minVersion = 0): Promise<AnalysisDoneParams> {
    const key = uri.toString();
    const known = this.reports.get(key);
    if (known && known.version >= minVersion) return Promise.resolve(known);
    return new Promise((resolve) => {
      const listener = this.analysisDone.event((params) => {
        if (params.uri === key && params.version >= minVersion) {
          listener.dispose();
          resolve(params);
        }
      });
    });
  }

  /** Re-reads the annotations of the active editor's document, if the client sends it to the server. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.host.current;
    const isArticle = document !== undefined && client !== undefined && this.isSentToServer(document, client);
    void vscode.commands.executeCommand('setContext', ARTICLE_ACTIVE_CONTEXT, isArticle);
    if (!isArticle) {
      // Focus moving to a panel or the tree view itself leaves no active editor: keep showing the last article.
      if (document !== undefined || (this.active && this.active.document.isClosed)) this.setActive(undefined);
      return;
    }
    let annotations: Annotations | null = null;
    try {
      annotations = client.isRunning() ? await client.sendRequest(AnnotationsRequest, { uri: document.uri.toString() }) : null;
    } catch (error) {
      this.host.outputChannel.appendLine(`News Annotator: annotations of ${document.uri.toString()} unavailable: ${String(error)}`);
    }
    if (generation !== this.generation) return;
    this.setActive({ document, analysis: this.reports.get(document.uri.toString()), annotations });
  }

  private isSentToServer(document: vscode.TextDocument, client: LanguageClient): boolean {
    const selector = client.clientOptions.documentSelector;
    return selector !== undefined && vscode.languages.match(selector as vscode.DocumentSelector, document) > 0;
  }

  private setActive(article: ActiveArticle | undefined): void {
    this.active = article;
    this.activeChanged.fire(article);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
