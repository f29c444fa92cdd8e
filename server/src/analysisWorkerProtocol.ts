// The messages between the language server and its analysis worker thread, and the worker's side of the exchange.
// The worker applies the article's corrections too (so the server's thread does not), and answers an open
// document's job with what changed since its previous result (annotationsDelta.ts) when the server still holds
// that result: the worker keeps the last text and result per document, the server says which result it holds.
// Kept free of LSP imports so the worker bundle holds only the analyzer.
import { parentPort } from 'node:worker_threads';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { annotationsDelta, type AnnotationsDelta } from './annotationsDelta';
import { correctAnnotations, type CorrectionsInput } from './correctAnnotations';
import type { Orphan } from './corrections/apply';

export interface AnalysisJobMessage {
  id: number;
  /** The document (or indexed file) analyzed. */
  key: string;
  text: string;
  options: AnalyzeOptions;
  /** Applied to the analysis when given. */
  corrections?: CorrectionsInput;
  /** Keep this result as the base of the document's next delta (open documents; not the workspace index). */
  keep?: boolean;
  /** The id of the job whose result the server holds for this key: the reply may be a delta from it. */
  baseId?: number;
}

/** Tells the worker to drop what it keeps for a document (closed). */
export interface ForgetMessage {
  forget: string;
}

export type AnalysisReplyMessage = { id: number; delta: AnnotationsDelta; orphans: Orphan[]; correctionError?: string } | { id: number; error: string };

/** The most documents whose last result the worker keeps for deltas. */
const KEPT_BASES = 32;

/** Answers every job posted to this worker thread with `analyzer`'s result, or the error it threw. */
export function serveAnalysisJobs(analyzer: (text: string, options: AnalyzeOptions) => Annotations): void {
  const port = parentPort;
  // Loaded outside a worker (the test runner loads every compiled file it finds): nothing to serve then.
  if (!port) return;
  const bases = new Map<string, { id: number; text: string; annotations: Annotations }>();
  port.on('message', (message: AnalysisJobMessage | ForgetMessage) => {
    if ('forget' in message) {
      bases.delete(message.forget);
      return;
    }
    const { id, key, text, options, corrections, keep, baseId } = message;
    const base = bases.get(key);
    bases.delete(key);
    let reply: AnalysisReplyMessage;
    try {
      let annotations = analyzer(text, options);
      let orphans: Orphan[] = [];
      let correctionError: string | undefined;
      if (corrections) ({ annotations, orphans, error: correctionError } = correctAnnotations(text, annotations, corrections.corrections, new Set(corrections.notActors)));
      const delta = keep && base && base.id === baseId ? annotationsDelta(base.text, base.annotations, text, annotations) : { full: annotations };
      reply = { id, delta, orphans, ...(correctionError ? { correctionError } : {}) };
      if (keep) {
        bases.set(key, { id, text, annotations });
        if (bases.size > KEPT_BASES) bases.delete(bases.keys().next().value as string);
      }
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
