// The client's view of the workspace's articles (the server's index plus the open documents), fetched with
// WorkspaceArticlesRequest when a view needs them and refetched when the server says they changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceArticlesRequest, WorkspaceChangedNotification, type ArticleSummary } from '../../server/src/protocol';
import type { ClientHost } from './languageClient';

/** The server reports a change after every analysis; views refetch at most this often while the user types. */
const CHANGE_DEBOUNCE_MS = 300;

export class WorkspaceArticles implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The workspace's articles changed (a scan batch, an analysis, the not-actors file). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly host: ClientHost) {
    this.disposables.push(host.onDidStart((client) => this.attach(client)));
    if (host.current?.isRunning()) this.attach(host.current);
  }

  private attach(client: LanguageClient): void {
    this.disposables.push(client.onNotification(WorkspaceChangedNotification, () => this.changedSoon()));
    this.changedSoon();
  }

  /** Fires onDidChange now (after a scan, whose caller waits for the views). */
  fireChanged(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.fire();
  }

  private changedSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fireChanged(), CHANGE_DEBOUNCE_MS);
  }

  /** The articles the server knows now, all or only `uris` (empty when it is not running). */
  async fetch(uris?: string[]): Promise<ArticleSummary[]> {
    const client = this.host.current;
    if (!client?.isRunning()) return [];
    try {
      return await client.sendRequest(WorkspaceArticlesRequest, uris ? { uris } : {});
    } catch (error) {
      this.host.outputChannel.appendLine(`News Annotator: the workspace's articles are unavailable: ${String(error)}`);
      return [];
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
