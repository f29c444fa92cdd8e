// Plain-text files matched by `newsAnnotator.include` are switched to the News Article language when they open,
// so the `[news-article]` configurationDefaults (word wrap on, no word suggestions, …) apply to them; VS Code
// has no way to give settings to a glob, only to a language. ClientHost calls apply() before it starts a
// language client, whose document selector then takes no plain text (documentSelector.ts): an article reaches
// the server once, as news-article, never first as plain text and then again.
import * as vscode from 'vscode';
import { SETTINGS_PREFIX } from '../../server/src/settings';
import { LANGUAGE_ID } from './commandIds';
import { includeFilters, PLAIN_TEXT } from './documentSelector';

/** `newsAnnotator.openPlainTextAsArticle` (window-scoped: the document selector is one for the window). */
export function plainTextAsArticle(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_PREFIX).get<boolean>('openPlainTextAsArticle') ?? true;
}

export class PlainTextArticles implements vscode.Disposable {
  private globs: readonly string[] = [];
  private enabled = false;
  /** Documents this class switched to news-article, so a change of the globs or the setting can switch them back. */
  private readonly switched = new Set<string>();
  /** Documents whose language this class is changing right now (their close and reopen events are its own). */
  private readonly changing = new Set<string>();
  /** Switched documents closed in this turn: VS Code reports a language change as a close and an open at once. */
  private readonly justClosed = new Set<string>();
  /** Documents the user set back to Plain Text: left so until they are closed. */
  private readonly keptPlain = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly log: (line: string) => void) {
    this.disposables = [vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)), vscode.workspace.onDidCloseTextDocument((document) => this.closed(document))];
  }

  /** Takes the globs and the setting of the client about to start and brings every open document in line. */
  async apply(globs: readonly string[], enabled: boolean): Promise<void> {
    this.globs = globs;
    this.enabled = enabled;
    await Promise.all(vscode.workspace.textDocuments.map((document) => this.update(document)));
  }

  private wanted(document: vscode.TextDocument): boolean {
    return this.enabled && vscode.languages.match(includeFilters(this.globs), document) > 0;
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    const uri = document.uri.toString();
    if (document.languageId === PLAIN_TEXT && !this.keptPlain.has(uri) && this.wanted(document)) {
      if (await this.setLanguage(document, LANGUAGE_ID)) this.switched.add(uri);
    } else if (document.languageId === LANGUAGE_ID && this.switched.has(uri) && !this.wanted(document)) {
      if (await this.setLanguage(document, PLAIN_TEXT)) this.switched.delete(uri);
    }
  }

  private async setLanguage(document: vscode.TextDocument, languageId: string): Promise<boolean> {
    const uri = document.uri.toString();
    this.changing.add(uri);
    try {
      await vscode.languages.setTextDocumentLanguage(document, languageId);
      return true;
    } catch (error) {
      // The document was closed meanwhile, typically.
      this.log(`News Annotator: could not set the language of ${uri} to ${languageId}: ${String(error)}`);
      return false;
    } finally {
      this.changing.delete(uri);
    }
  }

  private opened(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (this.changing.has(uri)) return;
    if (document.languageId === PLAIN_TEXT && this.justClosed.has(uri)) {
      // The user chose Plain Text for an article this class had switched: respect it.
      this.switched.delete(uri);
      this.keptPlain.add(uri);
      return;
    }
    void this.update(document);
  }

  private closed(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (this.changing.has(uri)) return;
    if (document.languageId === LANGUAGE_ID && this.switched.has(uri)) this.justClosed.add(uri);
    // After this turn: a language change has reopened the document by then, a real close has not.
    setTimeout(() => {
      this.justClosed.delete(uri);
      if (vscode.workspace.textDocuments.some((open) => open.uri.toString() === uri)) return;
      this.switched.delete(uri);
      this.keptPlain.delete(uri);
    }, 0);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
