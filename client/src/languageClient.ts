// Starts the language server (dist/server.js over Node IPC) and restarts it when the include globs or
// `openPlainTextAsArticle` change, since the document selector is fixed when a client starts.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ANALYZE_COMMAND, CORRECT_COMMAND, type CorrectionArguments } from '../../server/src/protocol';
import { withPickedValue } from './correctionPickers';
import { SETTINGS_PREFIX } from '../../server/src/settings';
import { CrashBudget } from './crashBudget';
import { PlainTextArticles, plainTextAsArticle } from './plainTextArticles';
import { articleDocumentSelector, includedLanguages, type ArticleDocumentFilter } from './documentSelector';
import { unsafeExportName } from './exportPaths';

/** The include globs of the window and of every workspace folder (the setting is resource-scoped). */
export function includeGlobs(): string[] {
  const scopes: (vscode.WorkspaceFolder | undefined)[] = [undefined, ...(vscode.workspace.workspaceFolders ?? [])];
  return scopes.flatMap((scope) => vscode.workspace.getConfiguration(SETTINGS_PREFIX, scope).get<string[]>('include') ?? []);
}

/**
 * Restarts a server that died, a bounded number of times (CrashBudget), saying so each time; then gives up with
 * a message that says what to do.
 */
function restartingErrorHandler(budget: CrashBudget, outputChannel: vscode.OutputChannel): ErrorHandler {
  const minutes = Math.round(budget.windowMs / 60_000);
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const verdict = budget.record();
      if (verdict.restart) {
        const message = `News Annotator: the language server stopped unexpectedly and is being restarted (${verdict.crashes} of ${budget.maxRestarts} restarts allowed within ${minutes} minutes).`;
        outputChannel.appendLine(message);
        return { action: CloseAction.Restart, message };
      }
      const message = `News Annotator: the language server stopped ${verdict.crashes} times within ${minutes} minutes and will not be restarted. See the "News Annotator" output for the cause, then reload the window.`;
      outputChannel.appendLine(message);
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}

/**
 * Each folder's not-actors file as the client starts, watched by the client itself as well as through the server's
 * own registration (which follows the setting): in the real-editor suite the registered watcher alone sometimes
 * never reported the file's deletion. The server re-reads the file on either report; a second one changes nothing.
 */
function notActorsWatchers(context: vscode.ExtensionContext): vscode.FileSystemWatcher[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
    const relative = vscode.workspace.getConfiguration(SETTINGS_PREFIX, folder).get<string>('notActorsFile') ?? '';
    if (!relative || unsafeExportName(relative)) return [];
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relative));
    context.subscriptions.push(watcher);
    return [watcher];
  });
}

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel, documentSelector: ArticleDocumentFilter[], budget: CrashBudget): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // The server registers its own file watchers (sidecars, not-actors files), as it does with any client.
    synchronize: { configurationSection: SETTINGS_PREFIX, fileEvents: notActorsWatchers(context) },
    errorHandler: restartingErrorHandler(budget, outputChannel),
    outputChannel,
    diagnosticCollectionName: 'newsAnnotator',
    middleware: {
      // When the server advertises the analyze command, the client library registers it; called from the
      // Command Palette it has no arguments, so it gets the active document.
      executeCommand: async (command, args, next) => {
        // Corrections that need a typed or chosen value (a name, a speaker, a date value): ask, then run.
        if (command === CORRECT_COMMAND) {
          const picked = await withPickedValue(args[0] as CorrectionArguments | undefined);
          return picked ? next(command, [picked]) : undefined;
        }
        if (command === ANALYZE_COMMAND && args.length === 0) {
          const uri = vscode.window.activeTextEditor?.document.uri.toString();
          return next(command, uri ? [uri] : []);
        }
        return next(command, args);
      },
    },
  };
  // The id makes `newsAnnotator.trace.server` the trace setting.
  return new LanguageClient(SETTINGS_PREFIX, 'News Annotator', serverOptions, clientOptions);
}

/** Owns the current LanguageClient; listeners re-attach their handlers on every (re)start. */
export class ClientHost implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly started = new vscode.EventEmitter<LanguageClient>();
  /** Fires after each successful start, with the client that started. */
  readonly onDidStart = this.started.event;
  private readonly disposables: vscode.Disposable[] = [this.started];
  private restarting: Promise<void> = Promise.resolve();
  /** The include globs the current client's document selector was made from. */
  private globs: string[] = [];
  /** The `openPlainTextAsArticle` setting the current client was made with. */
  private plainTextAsArticle = true;
  private readonly plainTextArticles: PlainTextArticles;
  /** Crashes are counted across restarts of the client, so a server that keeps dying is given up on. */
  private readonly crashBudget = new CrashBudget();

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly outputChannel: vscode.OutputChannel,
  ) {
    this.plainTextArticles = new PlainTextArticles((line) => outputChannel.appendLine(line));
    this.disposables.push(
      this.plainTextArticles,
      vscode.workspace.onDidChangeConfiguration((event) => {
        const keys = ['include', 'openPlainTextAsArticle'];
        if (keys.some((key) => event.affectsConfiguration(`${SETTINGS_PREFIX}.${key}`))) void this.restartIfIncludeChanged();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restartIfIncludeChanged()),
    );
  }

  get current(): LanguageClient | undefined {
    return this.client;
  }

  /** Settles when the latest (re)start has finished, successfully or not. */
  get ready(): Promise<void> {
    return this.restarting;
  }

  private async start(): Promise<void> {
    this.globs = includeGlobs();
    this.plainTextAsArticle = plainTextAsArticle();
    // Plain-text articles become news-article documents before the client sees them (plainTextArticles.ts).
    await this.plainTextArticles.apply(this.globs, this.plainTextAsArticle);
    const selector = articleDocumentSelector(this.globs, includedLanguages(this.plainTextAsArticle));
    const client = createClient(this.context, this.outputChannel, selector, this.crashBudget);
    this.client = client;
    try {
      await client.start();
      this.started.fire(client);
    } catch (error) {
      this.outputChannel.appendLine(`News Annotator: the language server did not start: ${String(error)}`);
    }
  }

  /** Stops the running client, if any, and starts one with the current include globs (calls are queued). */
  restart(): Promise<void> {
    this.restarting = this.restarting.then(async () => {
      const previous = this.client;
      this.client = undefined;
      if (previous) await previous.stop().catch(() => undefined);
      await this.start();
    });
    return this.restarting;
  }

  private restartIfIncludeChanged(): Promise<void> {
    const globs = includeGlobs();
    const equal = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
    const same = equal(globs, this.globs) && plainTextAsArticle() === this.plainTextAsArticle;
    return same ? this.restarting : this.restart();
  }

  async dispose(): Promise<void> {
    for (const disposable of this.disposables) disposable.dispose();
    await this.client?.stop().catch(() => undefined);
  }
}
