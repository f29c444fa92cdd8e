// Starts the bundled language server (`node dist/server.js --stdio`) as a child process and speaks LSP to it over
// the child's pipes, as an editor would: initialize, answer its configuration requests with the given settings,
// collect the diagnostics it publishes (or pull them when it offers pull diagnostics). Used by the no-network test
// and by the benchmark's protocol latencies.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { AnalysisDoneNotification, type AnalysisDoneParams } from '../../../server/src/protocol';

export interface StdioServerOptions {
  serverPath: string;
  /** The `newsAnnotator` section returned for `workspace/configuration` and sent in didChangeConfiguration. */
  settings?: Record<string, unknown>;
  /** Extra node flags, e.g. `--require guard.js`. */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  rootUri?: string | null;
}

export interface StdioServer {
  child: ChildProcess;
  connection: ProtocolConnection;
  capabilities: InitializeResult['capabilities'];
  /** Everything the server wrote to stderr so far (its log when it logs there, crash stacks). */
  stderr(): string;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept` (published after this call, or pulled). */
  nextDiagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]>;
  /**
   * Resolves when the whole analysis of `uri` at `version` is done (the server's analysis-done notification, sent
   * right after its diagnostics), with the diagnostics published last for it: a long article's first diagnostics
   * come from its opening alone (server/src/firstLook.ts) and are not the whole article's.
   */
  wholeDiagnostics(uri: string, version: number): Promise<Diagnostic[]>;
  /** shutdown + exit; resolves with the exit code (killing the process if it does not exit within `graceMs`). */
  stop(graceMs?: number): Promise<number | null>;
}

type Waiter = { uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (diagnostics: Diagnostic[]) => void };
type DoneWaiter = { uri: string; version: number; resolve: (diagnostics: Diagnostic[]) => void };

function settingsSection(settings: Record<string, unknown>, section: string | undefined): unknown {
  if (!section) return { newsAnnotator: settings };
  if (section === 'newsAnnotator') return settings;
  if (section.startsWith('newsAnnotator.')) return settings[section.slice('newsAnnotator.'.length)] ?? null;
  return null;
}

export async function startStdioServer(options: StdioServerOptions): Promise<StdioServer> {
  if (!fs.existsSync(options.serverPath)) throw new Error(`no server bundle at ${options.serverPath} (run \`node esbuild.mjs\`)`);
  const settings = options.settings ?? {};
  const child = spawn(process.execPath, [...(options.execArgv ?? []), options.serverPath, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: Waiter[] = [];
  const doneWaiters: DoneWaiter[] = [];
  const lastPublished = new Map<string, Diagnostic[]>();
  connection.onNotification(AnalysisDoneNotification.method, (params: AnalysisDoneParams) => {
    for (let index = 0; index < doneWaiters.length; index++) {
      const waiter = doneWaiters[index];
      if (waiter.uri === params.uri && waiter.version === params.version) {
        doneWaiters.splice(index--, 1);
        waiter.resolve(lastPublished.get(params.uri) ?? []);
      }
    }
  });
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    lastPublished.set(params.uri, params.diagnostics);
    for (let index = 0; index < waiters.length; index++) {
      const waiter = waiters[index];
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(index--, 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => settingsSection(settings, item.section)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/workspaceFolders', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('telemetry/event', () => undefined);
  connection.onNotification('$/progress', () => undefined);
  connection.onNotification('$/logTrace', () => undefined);
  connection.listen();

  const initialized = (await Promise.race([
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: null,
      initializationOptions: { settings },
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: false },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        window: { workDoneProgress: false },
      },
    }),
    exited.then((code) => {
      throw new Error(`server exited with code ${code} before answering initialize:\n${stderr}`);
    }),
  ])) as InitializeResult;
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { newsAnnotator: settings } });
  const pulls = initialized.capabilities.diagnosticProvider !== undefined;

  return {
    child,
    connection,
    capabilities: initialized.capabilities,
    stderr: () => stderr,
    nextDiagnostics(uri, accept = () => true) {
      if (pulls) {
        return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then((report) => (report as { items?: Diagnostic[] }).items ?? []);
      }
      return new Promise((resolve) => waiters.push({ uri, accept, resolve }));
    },
    wholeDiagnostics(uri, version) {
      return new Promise((resolve) => doneWaiters.push({ uri, version, resolve }));
    },
    async stop(graceMs = 5000) {
      if (child.exitCode === null) {
        try {
          await Promise.race([connection.sendRequest('shutdown'), exited]);
          await connection.sendNotification('exit');
        } catch {
          // The connection may already be closed; the kill below still ends the process.
        }
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      connection.dispose();
      return code;
    },
  };
}
