// The language server: wires the documents, the analysis queue and one module per LSP feature to a connection.
// No connection is created here (main.ts does that), so tests drive the same server over in-memory streams.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { definition, documentHighlights, references } from './actorNavigation';
import type { Worker } from 'node:worker_threads';
import { AnalysisQueue, describeError, type AnalysisResult, type Analyzer, type AsyncAnalyzer } from './analysisQueue';
import { createAnalysisRunner } from './analysisRunner';
import { annotationsAt, prepareLookups } from './annotationsAt';
import { checkedTextDocuments } from './checkedDocuments';
import { isFixable, quickFixes } from './codeActions';
import { wireCorrections } from './correctionsWiring';
import { DIAGNOSTIC_SOURCE, toDiagnostics } from './diagnostics';
import { DocumentSettings } from './documentSettings';
import { exportDocument } from './exportDocument';
import { hoverAt } from './hover';
import { HOVER_PATIENCE_MS, settledWithin, staleAnswer } from './latestAnalysis';
import { offsetInside } from './positions';
import {
  ANALYZE_COMMAND,
  AnalysisDoneNotification,
  AnnotationsRequest,
  ExportFilesRequest,
  ExportRequest,
  IndexFilesRequest,
  WorkspaceArticlesRequest,
  VisibleDocumentsNotification,
  WorkspaceChangedNotification,
  type AnalysisDoneParams,
  type IndexBatchResult,
  type InitializationOptions,
} from './protocol';
import { exportFiles } from './exportFiles';
import { registerFactCheckRequests } from './factCheckRequests';
import { fileProgress, OUTSIDE_FOLDERS, splitByFolders } from './workspaceRequests';
import { renameEdits, renameTarget } from './rename';
import { renameElsewhere, workspaceEdit } from './workspace/workspaceRename';
import type { NewsAnnotatorSettings } from './settings';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';
import { documentSymbols } from './symbols';
import { summarize, type ArticleSummary } from './workspace/articleSummary';
import { referencesElsewhere, sameActorElsewhere, workspaceSymbols } from './workspace/crossArticle';
import { CrossArticleChecks } from './workspace/crossArticleChecks';
import { isNameVariantDiagnostic, unifySpellingFixes } from './workspace/crossCodeActions';
import { nameKey } from './workspace/notActors';
import { NotActorsStore, notActorsPath } from './workspace/notActorsStore';
import { WorkspaceIndex } from './workspace/workspaceIndex';

export interface ServerOptions {
  /** The analyzer to run; tests inject one to exercise the server independently of the analysis layers. */
  analyzer?: Analyzer;
  /** Starts the analysis worker thread instead of dist/analysisWorker.js (tests pass a stand-in worker script). */
  createAnalysisWorker?: () => Worker;
}

type DocumentEvent = 'open' | 'change' | 'save' | 'settings';

/** Whether an event triggers analysis under the `run` setting, and after how long. */
function delayFor(event: DocumentEvent, settings: NewsAnnotatorSettings): number | undefined {
  if (settings.run === 'manual') return undefined;
  if (event === 'change') return settings.run === 'onType' ? settings.debounceMs : undefined;
  if (event === 'save') return settings.run === 'onSave' ? 0 : undefined;
  return 0;
}

export function doneParams(result: AnalysisResult): AnalysisDoneParams {
  // Written defensively: the client must hear that a run finished even if an analyzer returned a broken shape.
  const count = (list: readonly unknown[] | undefined) => (Array.isArray(list) ? list.length : 0);
  const annotations = result.annotations;
  return {
    uri: result.uri,
    version: result.version,
    counts: {
      actors: count(annotations?.actors),
      dates: count(annotations?.dates),
      quotes: count(annotations?.quotes),
      problems: count(annotations?.problems),
    },
    ...(result.skipped ? { skipped: result.skipped } : {}),
  };
}

/** Sending fails only once the connection is closed, when there is no one left to tell. */
function ignoreClosedConnection(): void {}

/** An indexed article without the actors the not-actors file names (the index keeps the analyzer's output). */
function summaryWithoutNotActors(summary: ArticleSummary, notActors: ReadonlySet<string>): ArticleSummary {
  if (notActors.size === 0) return summary;
  const kept = summary.actors.filter((actor) => ![actor.name, ...actor.aliases].some((name) => notActors.has(nameKey(name))));
  return kept.length === summary.actors.length ? summary : { ...summary, actors: kept };
}

/** A document's own diagnostics per analysis: republishing with new cross-article ones reuses them. */
const ownDiagnosticsCache = new WeakMap<Annotations, Diagnostic[]>();
function ownDiagnosticsOf(document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings): Diagnostic[] {
  let diagnostics = ownDiagnosticsCache.get(annotations);
  if (!diagnostics) ownDiagnosticsCache.set(annotations, (diagnostics = toDiagnostics(document, annotations, settings)));
  return diagnostics;
}

/** The summary of an open document's analysis, made when a view first asks for it. */
const summaryCache = new WeakMap<Annotations, ArticleSummary>();
function summaryOf(document: TextDocument, annotations: Annotations): ArticleSummary {
  let summary = summaryCache.get(annotations);
  if (!summary) summaryCache.set(annotations, (summary = summarize(document.uri, document.getText(), annotations, document)));
  return summary;
}

/** Document symbols per analysis (one Annotations object per analyzed version): the outline asks often. */
const symbolsCache = new WeakMap<Annotations, DocumentSymbol[]>();
function symbolsOf(document: TextDocument, annotations: Annotations): DocumentSymbol[] {
  let symbols = symbolsCache.get(annotations);
  if (!symbols) symbolsCache.set(annotations, (symbols = documentSymbols(document, annotations)));
  return symbols;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // Logging fails once the connection is closed (an analysis may still finish in the worker then): nothing to tell.
  const log = (message: string) => {
    try {
      connection.console.error(message);
    } catch {}
  };
  const documents = new TextDocuments(checkedTextDocuments(log));
  const logInfo = (message: string) => {
    try {
      connection.console.info(message);
    } catch {}
  };
  let settings: DocumentSettings | undefined;
  let pushConfigurationChanges = false;
  /** Whether the client takes versioned `documentChanges` in a WorkspaceEdit. */
  let documentChangesSupported = false;

  /** Runs one feature; a failure is logged and answered with `fallback`, never brings the server down. */
  const guarded = <P, R>(feature: string, fallback: R, handler: (params: P) => Promise<R> | R) => {
    return async (params: P): Promise<R> => {
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
    if (!settings) throw new Error('a document event arrived before initialize');
    return settings.forDocument(uri);
  };

  const notActors = new NotActorsStore();
  const runner = createAnalysisRunner({
    analyzer: options.analyzer,
    createWorker: options.createAnalysisWorker,
    logError: log,
    logInfo,
  });
  // Corrections by hand (sidecar files, not-actors list): applied after every analysis, open or closed.
  let watchSidecars = false;
  const corrections = wireCorrections({
    connection,
    documents,
    folders: () => workspaceFolders,
    settingsFor,
    refreshArticle: async (uri) => {
      if (documents.get(uri)) {
        queue.forget(uri);
        await queue.analyzeAndPublish(uri, true);
      } else if (index.has(uri)) await index.indexFile(uri);
    },
    reloadNotActors: () => reloadNotActors(undefined),
    log,
  });
  /** The analyzer's output with the corrections applied (origin auto/manual on every annotation). */
  const analyzer: AsyncAnalyzer = async (text, analyzeOptions, job) => corrections.apply(analyzeOptions.id, text, await runner.analyze(text, analyzeOptions, job), notActors.keys);
  /** Analysis of files that are not open (the workspace index, the workspace export). */
  const closedFiles = {
    // They wait in the worker behind every open document's analysis.
    analyze: (text: string, analyzeOptions: AnalyzeOptions) => analyzer(text, analyzeOptions, { key: `index:${analyzeOptions.id ?? ''}`, background: true }),
    async settingsFor(uri: string) {
      const fileSettings = await settingsFor(uri);
      // Settings are cached per document until closed; a file read from disk is never opened or closed here.
      if (!documents.get(uri)) settings?.forget(uri);
      return fileSettings;
    },
  };
  const index = new WorkspaceIndex({ ...closedFiles, changed: (uri, summary) => cross.fileIndexed(uri, summary, notActors.keys) });
  let workspaceFolders: string[] = [];
  /** The open documents' last published analyses; summarized only when a view asks. */
  const openAnalyses = new Map<string, { document: TextDocument; annotations: Annotations }>();

  /** Every article known except `uri`: the open documents' analyses, then the indexed files that are not open. */
  const otherArticles = (uri?: string): ArticleSummary[] => {
    const articles: ArticleSummary[] = [];
    for (const [openUri, { document, annotations }] of openAnalyses) if (openUri !== uri) articles.push(summaryOf(document, annotations));
    for (const indexed of index.all()) {
      if (indexed.uri !== uri && !documents.get(indexed.uri)) articles.push(summaryWithoutNotActors(indexed, notActors.keys));
    }
    return articles;
  };
  /** An article of otherArticles() with its texts: the index keeps none, so an indexed file's are read from it. */
  const withTexts = async (article: ArticleSummary): Promise<ArticleSummary> =>
    openAnalyses.has(article.uri) ? article : summaryWithoutNotActors((await index.withTexts(article.uri)) ?? article, notActors.keys);

  /** Our diagnostics of an analysis: the annotations' (cached per analysis) and the corrections that could not be placed. */
  const ownDiagnostics = (document: TextDocument, annotations: Annotations, documentSettings: NewsAnnotatorSettings): Diagnostic[] => [
    ...ownDiagnosticsOf(document, annotations, documentSettings),
    ...corrections.diagnostics(document, annotations),
  ];

  /** Shared quotes and name variants, checked against an index updated per analysis, off the request path. */
  const cross = new CrossArticleChecks({
    peek: (uri) => queue.peek(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    busy: () => runner.waiting() > 0,
    settingsFor,
    ownDiagnostics,
    send: (uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }).catch(ignoreClosedConnection),
    changed: (articles) => connection.sendNotification(WorkspaceChangedNotification, { articles }).catch(ignoreClosedConnection),
    logError: log,
  });

  const prepareLookupsSafely = guarded('indexing annotations for hovers', undefined, prepareLookups);
  const queue = new AnalysisQueue(documents, {
    analyzer,
    settingsFor,
    logError: log,
    logInfo,
    prioritize: (uri) => runner.prioritize(uri),
    publish(document, result, documentSettings) {
      let diagnostics: Diagnostic[] = [];
      try {
        if (result.annotations) {
          openAnalyses.set(document.uri, { document, annotations: result.annotations });
          diagnostics = [...ownDiagnostics(document, result.annotations, documentSettings), ...cross.publishOpen(document, result, documentSettings)];
        } else {
          openAnalyses.delete(document.uri);
          cross.closed(document.uri);
        }
      } catch (error) {
        log(`News Annotator: diagnostics of ${document.uri} failed: ${describeError(error)}`);
      }
      connection.sendDiagnostics({ uri: document.uri, version: result.version, diagnostics }).catch(ignoreClosedConnection);
      connection.sendNotification(AnalysisDoneNotification, doneParams(result)).catch(ignoreClosedConnection);
      if (result.annotations) void prepareLookupsSafely(result.annotations);
    },
  });

  const onDocumentEvent = guarded('scheduling analysis', undefined, async ({ uri, event }: { uri: string; event: DocumentEvent }) => {
    const delay = delayFor(event, await settingsFor(uri));
    if (delay === undefined) queue.cancel(uri);
    else queue.schedule(uri, delay);
  });

  /** The current analysis of an open document for a request, or undefined when the document is unknown. */
  const analysisOf = async (uri: string) => {
    const current = await queue.current(uri);
    return current?.result.annotations ? { document: current.document, annotations: current.result.annotations } : undefined;
  };

  /** The analysis and cursor offset of a positional request, or undefined (unknown document, position outside). */
  const analysisAt = async ({ textDocument, position }: TextDocumentPositionParams) => {
    const analysis = await analysisOf(textDocument.uri);
    const offset = analysis && offsetInside(analysis.document, position);
    return analysis && offset !== undefined ? { ...analysis, offset } : undefined;
  };

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    const canPull = !!capabilities.workspace?.configuration;
    pushConfigurationChanges = canPull && !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    documentChangesSupported = !!capabilities.workspace?.workspaceEdit?.documentChanges;
    const initializationOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    settings = new DocumentSettings(connection, canPull, initializationOptions.settings);
    runner.warmUp();
    workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    watchSidecars = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Annotator' },
        executeCommandProvider: { commands: [ANALYZE_COMMAND, ...corrections.commands] },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        documentHighlightProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspaceSymbolProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'News Annotator' },
    };
  });

  /** Re-reads the not-actors files; when the names changed, every open document is analyzed again. */
  const reloadNotActors = guarded('reading the not-actors file', undefined, async () => {
    const files: string[] = [];
    for (const folder of workspaceFolders) {
      const file = notActorsPath(folder, (await settingsFor(folder)).notActorsFile);
      if (file) files.push(file);
    }
    const { changed, reports } = await notActors.reload(files);
    for (const report of reports) connection.sendDiagnostics(report).catch(ignoreClosedConnection);
    if (!changed) return;
    queue.invalidateAll();
    for (const document of documents.all()) void onDocumentEvent({ uri: document.uri, event: 'settings' });
    cross.rebuild(index.all(), notActors.keys);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    void reloadNotActors(undefined);
    void corrections.filesChanged(changes);
  });
  connection.onNotification(VisibleDocumentsNotification, ({ uris }) => runner.setVisible(Array.isArray(uris) ? uris.filter((uri) => typeof uri === 'string') : []));

  connection.onInitialized(() => {
    void reloadNotActors(undefined);
    if (watchSidecars) corrections.registerWatchers();
    // Ask to be told about changes of our section only; clients without dynamic registration push anyway.
    if (!pushConfigurationChanges) return;
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsAnnotator' }).catch((error: unknown) => {
      // Rejected when the connection closes before the client answers; nothing depends on it then.
      if (!String(error).includes('disposed')) log(`News Annotator: could not register for configuration changes: ${describeError(error)}`);
    });
  });

  connection.onDidChangeConfiguration(
    guarded('reading changed settings', undefined, (change) => {
      settings?.changed(change.settings);
      queue.invalidateAll();
      for (const document of documents.all()) void onDocumentEvent({ uri: document.uri, event: 'settings' });
      // newsAnnotator.notActorsFile may name another file now.
      void reloadNotActors(undefined);
    }),
  );

  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => justOpened.add(document.uri));
  documents.onDidChangeContent(({ document }) => {
    // TextDocuments reports an open as a content change too; the first one after an open is the open itself.
    const event: DocumentEvent = justOpened.delete(document.uri) ? 'open' : 'change';
    void onDocumentEvent({ uri: document.uri, event });
  });
  documents.onDidSave(({ document }) => void onDocumentEvent({ uri: document.uri, event: 'save' }));
  documents.onDidClose(({ document }) => {
    justOpened.delete(document.uri);
    queue.forget(document.uri);
    runner.drop(document.uri);
    settings?.forget(document.uri);
    openAnalyses.delete(document.uri);
    cross.closed(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(ignoreClosedConnection);
    // The index holds the file as it was on disk when scanned; the editor may have saved it since.
    if (index.has(document.uri)) void index.indexFile(document.uri);
  });

  connection.onExecuteCommand(
    guarded('the analyze command', [] as AnalysisDoneParams[] | string, async (params) => {
      if (corrections.commands.includes(params.command)) return corrections.execute(params.command, params.arguments ?? []);
      if (params.command !== ANALYZE_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
      const [target] = params.arguments ?? [];
      const uri = typeof target === 'string' ? target : (target as { uri?: unknown } | undefined)?.uri;
      const uris = typeof uri === 'string' ? [uri] : documents.keys();
      const done: AnalysisDoneParams[] = [];
      for (const each of uris) {
        const result = await queue.analyzeAndPublish(each, true);
        if (result) done.push(doneParams(result));
      }
      return done;
    }),
  );

  /** A positional request answered at once from the latest analysis when the edits since did not touch the position. */
  const latestAt = ({ textDocument, position }: TextDocumentPositionParams) => {
    const live = documents.get(textDocument.uri);
    const latest = queue.latest(textDocument.uri);
    const annotations = latest?.result.annotations;
    if (!live || !latest || !annotations || latest.result.version === live.version) return undefined;
    const answer = staleAnswer(latest.document, live, live.offsetAt(position));
    return answer && { document: latest.document, annotations, ...answer };
  };

  connection.onHover(
    guarded('hover', null, async (params) => {
      // From the latest analysis at once when it still describes the text there; else from the current one.
      // The current version's analysis if it comes soon; else the latest one, if it still describes the text there.
      let at: { document: TextDocument; annotations: Annotations; offset: number } | undefined;
      let hover: Hover | null = null;
      const stale = latestAt(params);
      const current = analysisAt(params);
      // Not awaited when the latest analysis answers: its failure is then nobody's to report.
      current.catch(() => undefined);
      if (stale && (await settledWithin(current, HOVER_PATIENCE_MS)) === undefined) {
        const found = hoverAt(stale.document, stale.annotations, stale.offset);
        const range = found?.range && stale.toLive(found.range);
        // A hovered annotation that runs into the edits waits for the current analysis.
        if (!found?.range || range) [at, hover] = [stale, found && { ...found, ...(range ? { range } : {}) }];
      }
      if (!at) {
        at = await current;
        if (!at) return null;
        hover = hoverAt(at.document, at.annotations, at.offset);
      }
      if (!hover || typeof hover.contents !== 'object' || !('value' in hover.contents)) return hover;
      // What other articles add: the other spellings of a person's name, the other articles quoting the same words.
      const extra = await cross.hoverLines(at.document.uri, at.annotations, at.offset);
      if (extra.length) hover.contents = { ...hover.contents, value: [hover.contents.value, ...extra].join('\n\n') };
      return hover;
    }),
  );

  connection.onDocumentSymbol(
    guarded('document symbols', [], async ({ textDocument }) => {
      const analysis = await analysisOf(textDocument.uri);
      return analysis ? symbolsOf(analysis.document, analysis.annotations) : [];
    }),
  );

  connection.onDocumentHighlight(
    guarded('document highlights', [], async (params) => {
      const at = await analysisAt(params);
      return at ? documentHighlights(at.document, at.annotations, at.offset) : [];
    }),
  );

  connection.onReferences(
    guarded('references', [], async (params) => {
      const at = await analysisAt(params);
      if (!at) return [];
      const here = references(at.document, at.annotations, at.offset, params.context.includeDeclaration);
      const actor = annotationsAt(at.annotations, at.offset).actor?.actor;
      return actor ? [...here, ...referencesElsewhere(actor, otherArticles(at.document.uri))] : here;
    }),
  );

  connection.onDefinition(
    guarded('definition', null, async (params) => {
      const at = await analysisAt(params);
      return at ? definition(at.document, at.annotations, at.offset) : null;
    }),
  );

  connection.languages.semanticTokens.on(
    guarded('semantic tokens', { data: [] }, async ({ textDocument }) => {
      const analysis = await analysisOf(textDocument.uri);
      return analysis ? semanticTokens(analysis.document, analysis.annotations) : { data: [] };
    }),
  );

  connection.onCodeAction(
    guarded('code actions', [] as CodeAction[], async ({ textDocument, range, context }) => {
      // Asked on every cursor move: analyze only for a fixable problem of ours; otherwise use the analysis at hand.
      const fixable = context.diagnostics.some((diagnostic) => isFixable(diagnostic) || isNameVariantDiagnostic(diagnostic));
      const current = fixable ? await queue.current(textDocument.uri) : queue.peek(textDocument.uri);
      const annotations = current?.result.annotations;
      if (!current || !annotations) return [];
      const actions = [
        ...quickFixes(current.document, annotations, context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)),
        ...unifySpellingFixes(current.document, annotations, context.diagnostics),
      ];
      actions.push(...corrections.codeActions(current.document, annotations, range, context.diagnostics));
      return actions;
    }),
  );

  connection.onPrepareRename(
    guarded('prepare rename', null, async (params) => {
      const at = await analysisAt(params);
      return at ? renameTarget(at.document, annotationsAt(at.annotations, at.offset).actor?.mention) : null;
    }),
  );

  connection.onRenameRequest(
    guarded('rename', null, async (params) => {
      const at = await analysisAt(params);
      const found = at && annotationsAt(at.annotations, at.offset).actor;
      if (!at || !found) throw new ResponseError(ErrorCodes.InvalidRequest, 'there is no actor to rename here');
      const newName = params.newName.replace(/\s+/g, ' ').trim();
      if (!newName) throw new ResponseError(ErrorCodes.InvalidParams, 'the new name is empty');
      // The same actor in the other articles too: rename covers what references find.
      // Only the articles naming the same actor are read for the words of their mentions.
      const others = otherArticles(at.document.uri);
      const naming = new Set(sameActorElsewhere(found.actor, others).map((each) => each.uri));
      const edits = renameElsewhere(found.actor, newName, found.mention, await Promise.all(others.filter((article) => naming.has(article.uri)).map(withTexts)));
      edits.set(at.document.uri, renameEdits(at.document, found.actor, newName, found.mention));
      // Another open article's edits come from its last published analysis: that version, so a newer text refuses them.
      const versionOf = (uri: string) => (uri === at.document.uri ? at.document.version : documents.get(uri) ? (openAnalyses.get(uri)?.document.version ?? null) : null);
      return workspaceEdit(edits, versionOf, documentChangesSupported);
    }),
  );

  connection.onWorkspaceSymbol(guarded('workspace symbols', [], ({ query }) => workspaceSymbols(otherArticles(), query)));

  connection.onRequest(IndexFilesRequest, async (params, token) => {
    const uris = (params as { uris?: unknown } | null)?.uris;
    if (!Array.isArray(uris) || !uris.every((uri) => typeof uri === 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'uris must be a list of strings');
    if (params.reset) index.clear();
    const { inside, refused } = splitByFolders(uris, workspaceFolders);
    for (const { uri } of refused) log(`News Annotator: not indexing ${uri}: ${OUTSIDE_FOLDERS}`);
    const progress = fileProgress(connection, params.workDoneToken, 'Indexing articles', inside.length);
    const result: IndexBatchResult = { indexed: 0, skipped: [...refused], cancelled: false };
    try {
      for (const uri of inside) {
        progress.step(uri);
        const one = await index.indexFiles([uri], token);
        result.indexed += one.indexed;
        result.skipped.push(...one.skipped);
        if ((result.cancelled = one.cancelled)) break;
      }
      return result;
    } finally {
      progress.done();
    }
  });

  connection.onRequest(
    WorkspaceArticlesRequest,
    guarded('the workspace articles request', [] as ArticleSummary[], async (params) => {
      const wanted = Array.isArray(params?.uris) ? new Set(params.uris) : undefined;
      const articles = wanted ? otherArticles().filter((article) => wanted.has(article.uri)) : otherArticles();
      return Promise.all(articles.map(withTexts));
    }),
  );

  connection.onRequest(
    AnnotationsRequest,
    guarded('the annotations request', null, async ({ uri }) => (await analysisOf(uri))?.annotations ?? null),
  );

  connection.onRequest(ExportFilesRequest, async (params, token) => {
    const uris = (params as { uris?: unknown } | null)?.uris;
    if (!Array.isArray(uris) || !uris.every((uri) => typeof uri === 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'uris must be a list of strings');
    const { inside, refused } = splitByFolders(uris, workspaceFolders);
    for (const { uri } of refused) log(`News Annotator: not exporting ${uri}: ${OUTSIDE_FOLDERS}`);
    const progress = fileProgress(connection, params.workDoneToken, `Exporting articles as ${params.format}`, inside.length);
    const names = params.names && uris.flatMap((uri, at) => (refused.some((each) => each.uri === uri) ? [] : [params.names![at]]));
    // Each file asks for its settings first: that is where it starts.
    const settingsFor = (uri: string) => (progress.step(uri), closedFiles.settingsFor(uri));
    try {
      const result = await exportFiles({ ...params, uris: inside, names }, { ...closedFiles, settingsFor, openText: (uri) => documents.get(uri)?.getText() }, token);
      return { ...result, skipped: [...refused, ...result.skipped] };
    } catch (error) {
      log(`News Annotator: workspace export as ${params.format} failed: ${describeError(error)}`);
      throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
    } finally {
      progress.done();
    }
  });

  connection.onRequest(ExportRequest, async ({ uri, format }) => {
    const current = await queue.current(uri);
    if (!current) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open document`);
    if (!current.result.annotations) throw new ResponseError(ErrorCodes.InvalidRequest, `${uri} was not analyzed: ${current.result.skipped}`);
    try {
      return exportDocument(format, current.document, current.result.annotations);
    } catch (error) {
      log(`News Annotator: export of ${uri} as ${format} failed: ${describeError(error)}`);
      throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
    }
  });

  registerFactCheckRequests(connection, {
    async openAnalysis(uri) {
      const current = await queue.current(uri);
      return current && { text: current.document.getText(), annotations: current.result.annotations ?? null, skipped: current.result.skipped };
    },
    analyze: closedFiles.analyze,
    settingsFor: closedFiles.settingsFor,
    articles: () => otherArticles(),
    guarded,
  });

  connection.onShutdown(() => {
    queue.dispose();
    runner.dispose();
    cross.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
