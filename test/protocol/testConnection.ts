// An in-memory client for the language server, after microsoft/compose-language-service's TestConnection: two
// PassThrough streams, the server's connection on one end (startServer, as in production) and a protocol
// connection acting as the editor on the other. Tests wait on notifications, never on timers.
import { PassThrough } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { createConnection } from 'vscode-languageserver/node';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import type { Analyzer } from '../../server/src/analysisQueue';
import { AnalysisDoneNotification, type AnalysisDoneParams, type InitializationOptions } from '../../server/src/protocol';
import { startServer } from '../../server/src/server';

export interface TestConnectionOptions {
  analyzer?: Analyzer;
  /** Starts the server's analysis worker thread (a stand-in script); without it nor `analyzer`, the real worker. */
  createAnalysisWorker?: () => Worker;
  /** Answer `workspace/configuration` (default true); false makes the server use pushed settings. */
  pullConfiguration?: boolean;
  initializationOptions?: InitializationOptions;
  /** The workspace folders announced at initialize (file: URIs). */
  workspaceFolders?: string[];
}

type Received = { method: string; params: unknown };

export class TestConnection {
  readonly client: ProtocolConnection;
  /** The `newsAnnotator` section answered per document URI (`default` for any other). */
  readonly configuration = new Map<string, unknown>();
  readonly log: string[] = [];
  /** What the server announced in its initialize result. */
  capabilities: InitializeResult['capabilities'] = {};
  /** Every diagnostics and AnalysisDone notification, in arrival order. */
  private readonly received: Received[] = [];
  private readonly waiters: { predicate: (message: Received) => boolean; resolve: (message: Received) => void }[] = [];
  private readonly server;

  constructor(private readonly options: TestConnectionOptions = {}) {
    const up = new PassThrough();
    const down = new PassThrough();
    // The server's connection must never see its input end: vscode-languageserver exits the process then.
    this.server = createConnection(up, down);
    startServer(this.server, { analyzer: options.analyzer, createAnalysisWorker: options.createAnalysisWorker });
    this.client = createProtocolConnection(down, up);
    this.client.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => this.configuration.get(item.scopeUri ?? '') ?? this.configuration.get('default') ?? {}),
    );
    this.client.onRequest(RegistrationRequest.type, () => undefined);
    this.client.onNotification(LogMessageNotification.type, (params) => this.log.push(params.message));
    const record = (method: string) => (params: unknown) => this.deliver({ method, params });
    this.client.onNotification(PublishDiagnosticsNotification.type, record(PublishDiagnosticsNotification.method));
    this.client.onNotification(AnalysisDoneNotification, record(AnalysisDoneNotification.method));
    this.client.listen();
  }

  async initialize(capabilities: ClientCapabilities = {}): Promise<InitializeResult> {
    const pull = this.options.pullConfiguration ?? true;
    const result = await this.client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      workspaceFolders: this.options.workspaceFolders?.map((uri, index) => ({ uri, name: `folder${index}` })) ?? null,
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        ...capabilities,
        workspace: { configuration: pull, didChangeConfiguration: { dynamicRegistration: pull }, ...capabilities.workspace },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...capabilities.textDocument },
      },
    });
    await this.client.sendNotification(InitializedNotification.type, {});
    this.capabilities = result.capabilities;
    return result;
  }

  /** Opens a document and resolves with the AnalysisDone of that version. */
  async open(uri: string, text: string, languageId = 'news-article', version = 1): Promise<AnalysisDoneParams> {
    const done = this.analysisDone(uri, version);
    await this.sendOpen(uri, text, languageId, version);
    return done;
  }

  sendOpen(uri: string, text: string, languageId = 'news-article', version = 1): Promise<void> {
    return this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  save(uri: string): Promise<void> {
    return this.client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown): Promise<void> {
    return this.client.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** The first AnalysisDone (already received or still to come) for this document and version. */
  async analysisDone(uri: string, version?: number): Promise<AnalysisDoneParams> {
    const message = await this.next(AnalysisDoneNotification.method, (params: AnalysisDoneParams) => params.uri === uri && (version === undefined || params.version === version));
    return message as AnalysisDoneParams;
  }

  /** The first diagnostics (already received or still to come) published for this document and version. */
  async diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const message = await this.next(
      PublishDiagnosticsNotification.method,
      (params: PublishDiagnosticsParams) => params.uri === uri && (version === undefined || params.version === version),
    );
    return message as PublishDiagnosticsParams;
  }

  /** The first diagnostics (already received or still to come) for this document that satisfy `check`. */
  async diagnosticsWhere(uri: string, check: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const latest = [...this.received]
      .reverse()
      .find((message) => message.method === PublishDiagnosticsNotification.method && (message.params as PublishDiagnosticsParams).uri === uri);
    if (latest && check(latest.params as PublishDiagnosticsParams)) return latest.params as PublishDiagnosticsParams;
    return (await this.upcoming(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => params.uri === uri && check(params))) as PublishDiagnosticsParams;
  }

  /** The next AnalysisDone for a document that has not arrived yet (register before triggering it). */
  async nextAnalysisDone(uri: string): Promise<AnalysisDoneParams> {
    return (await this.upcoming(AnalysisDoneNotification.method, (params: AnalysisDoneParams) => params.uri === uri)) as AnalysisDoneParams;
  }

  /** The next diagnostics for a document that have not arrived yet (register before triggering them). */
  async nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return (await this.upcoming(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => params.uri === uri)) as PublishDiagnosticsParams;
  }

  /** The documents of every AnalysisDone received so far, in the order they came. */
  analysesInOrder(): string[] {
    return this.received.filter((message) => message.method === AnalysisDoneNotification.method).map((message) => (message.params as AnalysisDoneParams).uri);
  }

  /** Every AnalysisDone received so far for a document, in order. */
  analysesOf(uri: string): AnalysisDoneParams[] {
    return this.received
      .filter((message) => message.method === AnalysisDoneNotification.method && (message.params as AnalysisDoneParams).uri === uri)
      .map((message) => message.params as AnalysisDoneParams);
  }

  /** Shuts the server down (clearing its timers) and drops both connections; the streams are left open on purpose. */
  async dispose(): Promise<void> {
    await this.client.sendRequest(ShutdownRequest.type);
    this.client.dispose();
    this.server.dispose();
  }

  private next<P>(method: string, predicate: (params: P) => boolean): Promise<unknown> {
    const earlier = this.received.find((message) => message.method === method && predicate(message.params as P));
    return earlier ? Promise.resolve(earlier.params) : this.upcoming(method, predicate);
  }

  private upcoming<P>(method: string, predicate: (params: P) => boolean): Promise<unknown> {
    const matches = (message: Received) => message.method === method && predicate(message.params as P);
    return new Promise((resolve) => this.waiters.push({ predicate: matches, resolve: (message) => resolve(message.params) }));
  }

  private deliver(message: Received): void {
    this.received.push(message);
    for (const waiter of [...this.waiters]) {
      if (!waiter.predicate(message)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  }
}
