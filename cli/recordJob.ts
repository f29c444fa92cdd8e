// One JSONL record annotated from start to finish, as the CLI's record worker (recordWorker.ts) does it for
// `--jobs N`: analyze(), the record's corrections, and (for per-record formats) the rendered output text. Doing all of
// it on the worker thread leaves the main thread only reading, dispatching and writing in order, so the threads
// share the whole work, not just analyze(). The messages are collected, not printed: the main thread reports them
// when it writes the record, in input order.
import { analyze } from '../server/src/analysis/analyze';
import type { AnalyzeOptions, Annotations } from '../server/src/analysis/types';
import { corrected, recordCorrections } from './corrections';
import { renderRecord, type RenderKind } from './renderRecord';

export interface RecordJob {
  text: string;
  options: AnalyzeOptions;
  recordId: string | number;
  title: string;
  /** The record's `corrections` field as read; undefined when --no-corrections or absent. */
  corrections?: unknown;
  /** Names the corrections in messages (`file:line corrections`). */
  where: string;
  /** Render the output text this way; without it, the corrected annotations come back (formats of all articles). */
  render?: RenderKind;
}

export interface RecordMessage {
  level: 'error' | 'note';
  message: string;
}

export interface RecordResult {
  messages: RecordMessage[];
  rendered?: string;
  annotations?: Annotations;
}

export function annotateRecord(job: RecordJob): RecordResult {
  const analyzed = analyze(job.text, job.options);
  const messages: RecordMessage[] = [];
  const collect = {
    error: (message: string) => void messages.push({ level: 'error', message }),
    note: (message: string) => void messages.push({ level: 'note', message }),
  };
  const annotations = corrected(job.text, analyzed, recordCorrections(job.corrections), job.where, collect);
  if (!job.render) return { messages, annotations };
  const rendered = renderRecord(job.render, { title: job.title, text: job.text, annotations, record: { ...annotations, id: job.recordId } });
  return { messages, rendered };
}
