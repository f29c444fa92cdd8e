// Starts the language server (dist/server.js over Node IPC) and restarts it when the include globs change,
// since the document selector is fixed when a client starts.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ANALYZE_COMMAND } from '../../server/src/protocol';
import { SETTINGS_PREFIX } from '../../server/src/settings';
import { articleDocumentSelector } from './documentSelector';

/** The include globs of the window and of every workspace folder (the setting is resource-scoped). */
export function includeGlobs(): string[] {
  const scopes: (vscode.WorkspaceFolder | undefined)[] = [undefined, ...(vscode.workspace.workspaceFolders ?? [])];
  return scopes.flatMap((scope) => vscode.workspace.getConfiguration(SETTINGS_PREFIX, scope).get<string[]>('include') ?? []);
}

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: articleDocumentSelector(includeGlobs()),
    synchronize: { configurationSection: SETTINGS_PREFIX },
    outputChannel,
    diagnosticCollectionName: 'newsAnnotator',
    middleware: {
      // When the server advertises the analyze command, the client library registers it; called from the
      // Command Palette it has no arguments, so it gets the active document.
      executeCommand: (command, args, next) => {
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

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly outputChannel: vscode.OutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_PREFIX}.include`)) void this.restart();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart()),
    );
  }

  get current(): LanguageClient | undefined {
    return this.client;
  }

  /** True when the server registered the analyze command itself (then the client library forwards it). */
  serverHandlesAnalyze(): boolean {
    return this.client?.initializeResult?.capabilities.executeCommandProvider?.commands.includes(ANALYZE_COMMAND) ?? false;
  }

  async start(): Promise<void> {
    const client = createClient(this.context, this.outputChannel);
    this.client = client;
    try {
      await client.start();
      this.started.fire(client);
    } catch (error) {
      this.outputChannel.appendLine(`News Annotator: the language server did not start: ${String(error)}`);
    }
  }

  /** Stops the running client and starts one with the current include globs (calls are queued). */
  restart(): Promise<void> {
    this.restarting = this.restarting.then(async () => {
      const previous = this.client;
      this.client = undefined;
      if (previous) await previous.stop().catch(() => undefined);
      await this.start();
    });
    return this.restarting;
  }

  /** Sends the analyze command to the server for a document (how `newsAnnotator.run: manual` analyzes). */
  async analyze(uri: vscode.Uri): Promise<void> {
    if (!this.client) throw new Error('the News Annotator language server is not running');
    await this.client.sendRequest(ExecuteCommandRequest.type, { command: ANALYZE_COMMAND, arguments: [uri.toString()] });
  }

  async dispose(): Promise<void> {
    for (const disposable of this.disposables) disposable.dispose();
    await this.client?.stop().catch(() => undefined);
  }
}
