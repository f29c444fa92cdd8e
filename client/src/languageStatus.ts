// The language status item of the active article (in the status bar's language section, where VS Code groups
// what each language's tools report): counts of actors, dates and quotes, or why the file was not analyzed;
// its link opens the News Annotations view. It shows only for documents the client sends to the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ActiveArticle, AnnotationStore } from './annotationStore';
import { FOCUS_VIEW_COMMAND } from './commandIds';
import type { ClientHost } from './languageClient';
import { articleStatus } from './statusText';

export function createLanguageStatusItem(store: AnnotationStore, host: ClientHost): vscode.Disposable {
  const selectorOf = (client: LanguageClient | undefined) => (client?.clientOptions.documentSelector ?? []) as vscode.DocumentSelector;
  const item = vscode.languages.createLanguageStatusItem('newsAnnotator.status', selectorOf(host.current));
  item.name = 'News Annotator';
  item.command = { title: 'Show Annotations', command: FOCUS_VIEW_COMMAND };
  const update = (article: ActiveArticle | undefined) => {
    const status = articleStatus(article?.analysis, article?.annotations ?? null);
    item.text = status.text;
    // The first line of the tooltip is the item's name; the rest is the detail shown next to the counts.
    item.detail = status.tooltip.split('\n').slice(1, -1).join(' · ');
    item.severity = article?.analysis?.skipped ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    item.busy = !!article && !article.analysis && !article.annotations;
  };
  update(store.activeArticle);
  return vscode.Disposable.from(
    item,
    store.onDidChangeActive(update),
    // The include globs (and so the selector) are fixed per client: a restarted client may have new ones.
    host.onDidStart((client) => (item.selector = selectorOf(client))),
  );
}
