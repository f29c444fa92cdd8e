// The messages between the language server and its analysis worker thread, and the worker's side of the exchange.
// Kept free of LSP imports so the worker bundle holds only the analyzer.
import { parentPort } from 'node:worker_threads';
import type { AnalyzeOptions, Annotations } from './analysis/types';

export interface AnalysisJobMessage {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalysisReplyMessage = { id: number; annotations: Annotations } | { id: number; error: string };

/** Answers every job posted to this worker thread with `analyzer`'s result, or the error it threw. */
export function serveAnalysisJobs(analyzer: (text: string, options: AnalyzeOptions) => Annotations): void {
  const port = parentPort;
  // Loaded outside a worker (the test runner loads every compiled file it finds): nothing to serve then.
  if (!port) return;
  port.on('message', ({ id, text, options }: AnalysisJobMessage) => {
    let reply: AnalysisReplyMessage;
    try {
      reply = { id, annotations: analyzer(text, options) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
