// What every handler of the server shares: the connection, the open documents, the analysis queue and runner, the
// workspace index, the cross-article checks and the corrections, and the lookups the handlers have in common (the
// analysis at a position, the other articles). Built once per connection by createServerContext; the handler
// files (one per concern, listed in server.ts) only register on the connection with it.
import { ResponseError, TextDocuments, type Connection, type Diagnostic, type TextDocumentPositionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Annotations } from '../analysis/types';
import { AnalysisQueue, describeError, type Analyzer, type AsyncAnalyzer } from '../analysisQueue';
import { createAnalysisRunner, type AnalysisRunner } from '../analysisRunner';
import { checkedTextDocuments } from '../checkedDocuments';
import { wireCorrections } from '../correctionsWiring';
import type { DocumentSettings } from '../documentSettings';
import { staleAnswer } from '../latestAnalysis';
import { offsetInside } from '../positions';
import { WorkspaceChangedNotification } from '../protocol';
import type { NewsAnnotatorSettings } from '../settings';
import type { ArticleSummary } from '../workspace/articleSummary';
import { CrossArticleChecks } from '../workspace/crossArticleChecks';
import { NotActorsStore, notActorsPath } from '../workspace/notActorsStore';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { createPublisher, summaryOf, summaryWithoutNotActors } from './publishing';
import { firstLookOf } from '../firstLook';

export interface ServerOptions {
  /** The analyzer to run; tests inject one to exercise the server independently of the analysis layers. */
  analyzer?: Analyzer;
  /** Starts the analysis worker thread instead of dist/analysisWorker.js (tests pass a stand-in worker script). */
  createAnalysisWorker?: () => Worker;
}

export type DocumentEvent = 'open' | 'change' | 'save' | 'settings';

/** Runs one feature; a failure is logged and answered with `fallback`, never brings the server down. */
export type Guarded = <P, R>(feature: string, fallback: R, handler: (params: P) => Promise<R> | R) => (params: P) => Promise<R>;

/** An open document's analysis: the snapshot of the text it describes and its annotations. */
export interface DocumentAnalysis {
  document: TextDocument;
  annotations: Annotations;
}

/** What the client told at initialize (set by the lifecycle handlers, read by the others). */
export interface ClientState {
  settings: DocumentSettings | undefined;
  pushConfigurationChanges: boolean;
  /** Whether the client takes versioned `documentChanges` in a WorkspaceEdit. */
  documentChangesSupported: boolean;
  watchSidecars: boolean;
  /** The client takes watcher globs relative to a base folder (LSP 3.17 RelativePattern). */
  relativePatterns: boolean;
  workspaceFolders: string[];
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  client: ClientState;
  log(message: string): void;
  logInfo(message: string): void;
  guarded: Guarded;
  settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  runner: AnalysisRunner;
  queue: AnalysisQueue;
  cross: CrossArticleChecks;
  index: WorkspaceIndex;
  notActors: NotActorsStore;
  corrections: ReturnType<typeof wireCorrections>;
  /** Analysis of files that are not open (the workspace index, the workspace export). */
  closedFiles: {
    analyze(text: string, options: AnalyzeOptions): Promise<Annotations>;
    settingsFor(uri: string): Promise<NewsAnnotatorSettings>;
  };
  /** The open documents' last published analyses; summarized only when a view asks. */
  openAnalyses: Map<string, DocumentAnalysis>;
  /** Every article known except `uri`: the open documents' analyses, then the indexed files that are not open. */
  otherArticles(uri?: string): ArticleSummary[];
  /** An article of otherArticles() with its texts: the index keeps none, so an indexed file's are read from it. */
  withTexts(article: ArticleSummary): Promise<ArticleSummary>;
  /** The current analysis of an open document for a request, or undefined when the document is unknown. */
  analysisOf(uri: string): Promise<DocumentAnalysis | undefined>;
  /** The analysis and cursor offset of a positional request, or undefined (unknown document, position outside). */
  analysisAt(params: TextDocumentPositionParams): Promise<(DocumentAnalysis & { offset: number }) | undefined>;
  /** A positional request answered at once from the latest analysis when the edits since did not touch the position. */
  latestAt(params: TextDocumentPositionParams): (DocumentAnalysis & ReturnType<typeof staleAnswer> & {}) | undefined;
  /** Schedules (or cancels) the analysis a document event calls for under the `run` setting. */
  onDocumentEvent(event: { uri: string; event: DocumentEvent }): Promise<void>;
  /** Re-reads the not-actors files; when the names changed, every open document is analyzed again. */
  reloadNotActors(): Promise<void>;
}

/** Sending fails only once the connection is closed, when there is no one left to tell. */
export function ignoreClosedConnection(): void {}

/** Whether an event triggers analysis under the `run` setting, and after how long. */
function delayFor(event: DocumentEvent, settings: NewsAnnotatorSettings): number | undefined {
  if (settings.run === 'manual') return undefined;
  if (event === 'change') return settings.run === 'onType' ? settings.debounceMs : undefined;
  if (event === 'save') return settings.run === 'onSave' ? 0 : undefined;
  return 0;
}

export function createServerContext(connection: Connection, options: ServerOptions): ServerContext {
  // Logging fails once the connection is closed (an analysis may still finish in the worker then): nothing to tell.
  const log = (message: string) => {
    try {
      connection.console.error(message);
    } catch {}
  };
  const logInfo = (message: string) => {
    try {
      connection.console.info(message);
    } catch {}
  };
  const documents = new TextDocuments(checkedTextDocuments(log));
  const client: ClientState = {
    settings: undefined,
    pushConfigurationChanges: false,
    documentChangesSupported: false,
    watchSidecars: false,
    relativePatterns: false,
    workspaceFolders: [],
  };

  const guarded: Guarded = (feature, fallback, handler) => {
    return async (params) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(`News Annotator: ${feature} failed: ${describeError(error)}`);
        return fallback;
      }
    };
  };

  const settingsFor = (uri: string) => {
    if (!client.settings) throw new Error('a document event arrived before initialize');
    return client.settings.forDocument(uri);
  };

  // Filled in below: the handlers and hooks built first refer to them only once events arrive.
  const context = { connection, documents, client, log, logInfo, guarded, settingsFor } as ServerContext;

  context.notActors = new NotActorsStore();
  context.runner = createAnalysisRunner({ analyzer: options.analyzer, createWorker: options.createAnalysisWorker, logError: log, logInfo });
  // Corrections by hand (sidecar files, not-actors list): applied after every analysis, open or closed.
  context.corrections = wireCorrections({
    connection,
    documents,
    folders: () => client.workspaceFolders,
    relativePatterns: () => client.relativePatterns,
    settingsFor,
    refreshArticle: async (uri) => {
      if (documents.get(uri)) {
        context.queue.forget(uri);
        await context.queue.analyzeAndPublish(uri, true);
      } else if (context.index.has(uri)) await context.index.indexFile(uri);
    },
    reloadNotActors: () => context.reloadNotActors(),
    log,
  });
  /** The analyzer's output with the corrections applied (origin auto/manual on every annotation). */
  // The sidecar is read here; the worker applies it with the analysis, off this thread.
  const analyzer: AsyncAnalyzer = async (text, analyzeOptions, job) => {
    const corrections = await context.corrections.correctionsOf(analyzeOptions.id);
    const result = await context.runner.analyze(text, analyzeOptions, job, { corrections, notActors: [...context.notActors.keys] });
    return context.corrections.applied(analyzeOptions.id, result);
  };
  context.closedFiles = {
    // They wait in the worker behind every open document's analysis.
    analyze: (text, analyzeOptions) => analyzer(text, analyzeOptions, { key: `index:${analyzeOptions.id ?? ''}`, background: true }),
    async settingsFor(uri) {
      const fileSettings = await settingsFor(uri);
      // Settings are cached per document until closed; a file read from disk is never opened or closed here.
      if (!documents.get(uri)) client.settings?.forget(uri);
      return fileSettings;
    },
  };
  context.index = new WorkspaceIndex({ ...context.closedFiles, changed: (uri, summary) => context.cross.fileIndexed(uri, summary, context.notActors.keys) });
  context.openAnalyses = new Map();

  context.otherArticles = (uri) => {
    const articles: ArticleSummary[] = [];
    for (const [openUri, { document, annotations }] of context.openAnalyses) if (openUri !== uri) articles.push(summaryOf(document, annotations));
    for (const indexed of context.index.all()) {
      if (indexed.uri !== uri && !documents.get(indexed.uri)) articles.push(summaryWithoutNotActors(indexed, context.notActors.keys));
    }
    return articles;
  };
  context.withTexts = async (article) =>
    context.openAnalyses.has(article.uri) ? article : summaryWithoutNotActors((await context.index.withTexts(article.uri)) ?? article, context.notActors.keys);

  const publisher = createPublisher(context);
  /** Shared quotes and name variants, checked against an index updated per analysis, off the request path. */
  context.cross = new CrossArticleChecks({
    peek: (uri) => context.queue.peek(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    busy: () => context.runner.waiting() > 0,
    settingsFor,
    ownDiagnostics: publisher.ownDiagnostics,
    send: (uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }).catch(ignoreClosedConnection),
    changed: (articles) => connection.sendNotification(WorkspaceChangedNotification, { articles }).catch(ignoreClosedConnection),
    logError: log,
  });
  context.queue = new AnalysisQueue(documents, {
    analyzer,
    settingsFor,
    logError: log,
    logInfo,
    prioritize: (uri) => context.runner.prioritize(uri),
    publish: publisher.publish,
    // In the worker only: an analyzer run in process would hold up the whole article's analysis instead.
    firstLook: options.analyzer
      ? undefined
      : async (document, documentSettings, wanted) => {
          const look = firstLookOf(document.getText());
          if (!look) return;
          const { uri } = document;
          const job = { key: `${uri}#first-look` };
          const corrections = await context.corrections.correctionsOf(uri);
          const options = { id: uri, referenceDate: documentSettings.referenceDate || undefined };
          const analyzed = context.runner.analyze(look.text, options, job, { corrections, notActors: [...context.notActors.keys] });
          // Nothing is kept of it: the worker forgets it once answered, the whole article's analysis is what requests read.
          analyzed.then(
            ({ annotations }) => {
              context.runner.drop(job.key);
              if (wanted()) publisher.publishFirstLook(document, annotations, documentSettings, look.trustedEnd);
            },
            () => context.runner.drop(job.key),
          );
        },
  });

  context.onDocumentEvent = guarded('scheduling analysis', undefined, async ({ uri, event }: { uri: string; event: DocumentEvent }) => {
    const delay = delayFor(event, await settingsFor(uri));
    if (delay === undefined) context.queue.cancel(uri);
    else context.queue.schedule(uri, delay);
  });

  context.analysisOf = async (uri) => {
    const current = await context.queue.current(uri);
    return current?.result.annotations ? { document: current.document, annotations: current.result.annotations } : undefined;
  };
  context.analysisAt = async ({ textDocument, position }) => {
    const analysis = await context.analysisOf(textDocument.uri);
    const offset = analysis && offsetInside(analysis.document, position);
    return analysis && offset !== undefined ? { ...analysis, offset } : undefined;
  };
  const reloadNotActors = guarded('reading the not-actors file', undefined, async () => {
    const files: string[] = [];
    for (const folder of client.workspaceFolders) {
      const file = notActorsPath(folder, (await settingsFor(folder)).notActorsFile);
      if (file) files.push(file);
    }
    const { changed, reports } = await context.notActors.reload(files);
    for (const report of reports) connection.sendDiagnostics(report).catch(ignoreClosedConnection);
    if (!changed) return;
    context.queue.invalidateAll();
    for (const document of documents.all()) void context.onDocumentEvent({ uri: document.uri, event: 'settings' });
    context.cross.rebuild(context.index.all(), context.notActors.keys);
  });
  context.latestAt = ({ textDocument, position }) => {
    const live = documents.get(textDocument.uri);
    const latest = context.queue.latest(textDocument.uri);
    const annotations = latest?.result.annotations;
    if (!live || !latest || !annotations || latest.result.version === live.version) return undefined;
    const answer = staleAnswer(latest.document, live, live.offsetAt(position));
    return answer && { document: latest.document, annotations, ...answer };
  };
  context.reloadNotActors = () => reloadNotActors(undefined);
  return context;
}

/** Our diagnostics of an analysis, for the publishing and the cross-article refreshes. */
export type OwnDiagnostics = (document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings) => Diagnostic[];
