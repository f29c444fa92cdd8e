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
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { definition, documentHighlights, references } from './actorNavigation';
import { analyze } from './analysis/analyze';
import { AnalysisQueue, describeError, type AnalysisResult, type Analyzer } from './analysisQueue';
import { isFixable, quickFixes } from './codeActions';
import { toDiagnostics } from './diagnostics';
import { DocumentSettings } from './documentSettings';
import { exportDocument } from './exportDocument';
import { hoverAt } from './hover';
import { offsetInside } from './positions';
import {
  ANALYZE_COMMAND,
  AnalysisDoneNotification,
  AnnotationsRequest,
  ExportRequest,
  type AnalysisDoneParams,
  type InitializationOptions,
} from './protocol';
import type { NewsAnnotatorSettings } from './settings';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';
import { documentSymbols } from './symbols';

export interface ServerOptions {
  /** The analyzer to run; tests inject one to exercise the server independently of the analysis layers. */
  analyzer?: Analyzer;
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

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.error(message);
  let settings: DocumentSettings | undefined;
  let pushConfigurationChanges = false;

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

  const queue = new AnalysisQueue(documents, {
    analyzer: options.analyzer ?? analyze,
    settingsFor,
    logError: log,
    logInfo: (message) => connection.console.info(message),
    publish(document, result, documentSettings) {
      let diagnostics: ReturnType<typeof toDiagnostics> = [];
      try {
        if (result.annotations) diagnostics = toDiagnostics(document, result.annotations, documentSettings);
      } catch (error) {
        log(`News Annotator: diagnostics of ${document.uri} failed: ${describeError(error)}`);
      }
      connection.sendDiagnostics({ uri: document.uri, version: result.version, diagnostics }).catch(ignoreClosedConnection);
      connection.sendNotification(AnalysisDoneNotification, doneParams(result)).catch(ignoreClosedConnection);
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
    const initializationOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    settings = new DocumentSettings(connection, canPull, initializationOptions.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Annotator' },
        executeCommandProvider: { commands: [ANALYZE_COMMAND] },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        documentHighlightProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'News Annotator' },
    };
  });

  connection.onInitialized(() => {
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
    settings?.forget(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(ignoreClosedConnection);
  });

  connection.onExecuteCommand(
    guarded('the analyze command', [] as AnalysisDoneParams[], async (params) => {
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

  connection.onHover(
    guarded('hover', null, async (params) => {
      const at = await analysisAt(params);
      return at ? hoverAt(at.document, at.annotations, at.offset) : null;
    }),
  );

  connection.onDocumentSymbol(
    guarded('document symbols', [], async ({ textDocument }) => {
      const analysis = await analysisOf(textDocument.uri);
      return analysis ? documentSymbols(analysis.document, analysis.annotations) : [];
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
      return at ? references(at.document, at.annotations, at.offset, params.context.includeDeclaration) : [];
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
    guarded('code actions', [], async ({ textDocument, context }) => {
      // Asked on every cursor move: answer without analyzing when no fixable problem of ours is in the range.
      if (!context.diagnostics.some(isFixable)) return [];
      const analysis = await analysisOf(textDocument.uri);
      return analysis ? quickFixes(analysis.document, analysis.annotations, context.diagnostics) : [];
    }),
  );

  connection.onRequest(
    AnnotationsRequest,
    guarded('the annotations request', null, async ({ uri }) => (await analysisOf(uri))?.annotations ?? null),
  );

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

  connection.onShutdown(() => queue.dispose());

  documents.listen(connection);
  connection.listen();
}
