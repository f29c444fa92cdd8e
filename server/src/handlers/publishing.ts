// What is published after each analysis of an open document: its diagnostics (its own, cached per analysis, the
// corrections that could not be placed, and the cross-article ones) and the analysis-done notification; and the
// per-analysis caches the views read (summary, symbols).
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import { describeError, type AnalysisQueueHooks, type AnalysisResult } from '../analysisQueue';
import { prepareLookups } from '../annotationsAt';
import { derivationOf, forgetDerivation } from '../annotationsDelta';
import { diagnosticGroups, flatten, type DiagnosticGroups } from '../diagnostics';
import { firstLookDiagnostics } from '../firstLook';
import { AnalysisDoneNotification, type AnalysisDoneParams } from '../protocol';
import type { NewsAnnotatorSettings } from '../settings';
import { documentSymbols } from '../symbols';
import { summarize, type ArticleSummary } from '../workspace/articleSummary';
import { nameKey } from '../workspace/notActors';
import { ignoreClosedConnection, type OwnDiagnostics, type ServerContext } from './context';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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

/** An indexed article without the actors the not-actors file names (the index keeps the analyzer's output). */
export function summaryWithoutNotActors(summary: ArticleSummary, notActors: ReadonlySet<string>): ArticleSummary {
  if (notActors.size === 0) return summary;
  const kept = summary.actors.filter((actor) => ![actor.name, ...actor.aliases].some((name) => notActors.has(nameKey(name))));
  return kept.length === summary.actors.length ? summary : { ...summary, actors: kept };
}

/**
 * A document's own diagnostics per analysis: republishing with new cross-article ones reuses them, and an analysis
 * the worker sent as a delta from the previous one makes only the changed items' diagnostics (diagnosticGroups).
 */
const ownDiagnosticsCache = new WeakMap<Annotations, { severity: string; groups: DiagnosticGroups; diagnostics: Diagnostic[] }>();
function ownDiagnosticsOf(document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings): Diagnostic[] {
  const severity = JSON.stringify(settings.severity);
  const cached = ownDiagnosticsCache.get(annotations);
  if (cached?.severity === severity) return cached.diagnostics;
  const derivation = derivationOf(annotations);
  const before = derivation && ownDiagnosticsCache.get(derivation.before);
  const groups = diagnosticGroups(document, annotations, settings, before?.severity === severity ? { groups: before.groups, delta: derivation!.delta } : undefined);
  const diagnostics = flatten(groups);
  ownDiagnosticsCache.set(annotations, { severity, groups, diagnostics });
  return diagnostics;
}

/** The summary of an open document's analysis, made when a view first asks for it. */
const summaryCache = new WeakMap<Annotations, ArticleSummary>();
export function summaryOf(document: TextDocument, annotations: Annotations): ArticleSummary {
  let summary = summaryCache.get(annotations);
  if (!summary) summaryCache.set(annotations, (summary = summarize(document.uri, document.getText(), annotations, document)));
  return summary;
}

/** Document symbols per analysis (one Annotations object per analyzed version) and option: the outline asks often. */
const symbolsCache = new WeakMap<Annotations, { nominalMentions: boolean; symbols: DocumentSymbol[] }>();
export function symbolsOf(document: TextDocument, annotations: Annotations, nominalMentions: boolean): DocumentSymbol[] {
  let cached = symbolsCache.get(annotations);
  if (!cached || cached.nominalMentions !== nominalMentions)
    symbolsCache.set(annotations, (cached = { nominalMentions, symbols: documentSymbols(document, annotations, { nominalMentions }) }));
  return cached.symbols;
}

export function createPublisher(context: ServerContext): {
  ownDiagnostics: OwnDiagnostics;
  publish: AnalysisQueueHooks['publish'];
  publishFirstLook(document: TextDocument, annotations: Annotations, settings: NewsAnnotatorSettings, trustedEnd: number): void;
} {
  const { connection, log } = context;
  /** Our diagnostics of an analysis: the annotations' (cached per analysis) and the corrections that could not be placed. */
  const ownDiagnostics: OwnDiagnostics = (document, annotations, documentSettings) => [
    ...ownDiagnosticsOf(document, annotations, documentSettings),
    ...context.corrections.diagnostics(document, annotations),
  ];
  const prepareLookupsSafely = context.guarded('indexing annotations for hovers', undefined, prepareLookups);
  /** The publications under way, one after the other: they go out in the order the analyses finished. */
  let publishing: Promise<void> = Promise.resolve();
  /**
   * A publication in slices, each in an event-loop turn of its own (own diagnostics; the cross-article index and
   * diagnostics; the hover lookups; sending), the first one too: a request that came in meanwhile (a hover while
   * typing, answered from the latest analysis) is served before any of this work and between the slices.
   */
  const publishInSlices = async (document: TextDocument, result: AnalysisResult, documentSettings: NewsAnnotatorSettings) => {
    let diagnostics: Diagnostic[] = [];
    const annotations = result.annotations;
    try {
      await nextTurn();
      if (annotations) {
        const own = ownDiagnostics(document, annotations, documentSettings);
        await nextTurn();
        diagnostics = [...own, ...context.cross.publishOpen(document, result, documentSettings)];
        // Both steps reused what they could of the analysis this one was rebuilt from: it may go now.
        forgetDerivation(annotations);
      } else context.cross.closed(document.uri);
    } catch (error) {
      log(`News Annotator: diagnostics of ${document.uri} failed: ${describeError(error)}`);
    }
    // The hover lookups before the client hears of the new analysis: what it asks next (a hover, the next edit's
    // hovers) does not wait behind building them.
    if (annotations) {
      await nextTurn();
      await prepareLookupsSafely(annotations);
    }
    await nextTurn();
    connection.sendDiagnostics({ uri: document.uri, version: result.version, diagnostics }).catch(ignoreClosedConnection);
    connection.sendNotification(AnalysisDoneNotification, doneParams(result)).catch(ignoreClosedConnection);
  };
  const publish: AnalysisQueueHooks['publish'] = (document, result, documentSettings) => {
    // The analyses the views read are there at once; what is published follows in slices.
    if (result.annotations) context.openAnalyses.set(document.uri, { document, annotations: result.annotations });
    else context.openAnalyses.delete(document.uri);
    // Sending throws once the connection is disposed (the server shutting down while a publication is under way).
    publishing = publishing
      .then(() => publishInSlices(document, result, documentSettings))
      .catch((error: unknown) => log(`News Annotator: publishing ${document.uri} failed: ${describeError(error)}`));
  };
  /** The diagnostics of a long article's opening, ahead of the whole article's (firstLook.ts). */
  const publishFirstLook = (document: TextDocument, annotations: Annotations, documentSettings: NewsAnnotatorSettings, trustedEnd: number) => {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = firstLookDiagnostics(document, ownDiagnosticsOf(document, annotations, documentSettings), trustedEnd);
    } catch (error) {
      log(`News Annotator: diagnostics of the opening of ${document.uri} failed: ${describeError(error)}`);
      return;
    }
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics }).catch(ignoreClosedConnection);
  };
  return { ownDiagnostics, publish, publishFirstLook };
}
