// The messages between the language server and its analysis worker thread, and the worker's side of the exchange.
// The worker applies the article's corrections too (so the server's thread does not), and answers an open
// document's job with what changed since its previous result (annotationsDelta.ts) when the server still holds
// that result: the worker keeps the last text and result per document, the server says which result it holds.
// An analysis whose document changed again or closed is stopped at its next checkpoint (stopSignal below), so the
// worker moves on to the text that matters instead of finishing a result nobody will read.
// Kept free of LSP imports so the worker bundle holds only the analyzer.
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { AnalysisStopped, type Checkpoint } from './analysis/checkpoint';
import { withoutParagraphCaches } from './analysis/paragraphCache';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { annotationsDelta, type AnnotationsDelta } from './annotationsDelta';
import { correctAnnotations, type CorrectionsInput } from './correctAnnotations';
import type { Orphan } from './corrections/apply';
import { StartUpWarmUp, WARM_UP_EDITS, warmUpEditPath, type WarmUpBase } from './analysisWorkerWarmUp';
import { heapGrowingPercentFor, setHeapGrowingPercent } from './heapGrowth';

export interface AnalysisJobMessage {
  id: number;
  /** The document (or indexed file) analyzed. */
  key: string;
  /** The text, or (with `baseId`) how it differs from the text of that job, which the worker keeps. */
  text: string | TextEdit;
  options: AnalyzeOptions;
  /** Applied to the analysis when given. */
  corrections?: CorrectionsInput;
  /** Keep this result as the base of the document's next delta (open documents; not the workspace index). */
  keep?: boolean;
  /** The id of the job whose result the server holds for this key: the reply may be a delta from it. */
  baseId?: number;
  /**
   * Made-up edits of the text to analyze before replying (a long article's first analysis, analysisWorkerWarmUp.ts
   * warmUpBeforeReply), ended early by either slot of the stop signal.
   */
  warmUpEdits?: number;
}

/**
 * The text of a job as an edit of its base's text: characters before `prefix` and from `oldEnd` on are the base's,
 * `inserted` replaces those between. After a keystroke in a 400 KB article the worker is sent a few characters
 * instead of the whole text (which the server's thread copied into every message).
 */
export interface TextEdit {
  prefix: number;
  oldEnd: number;
  inserted: string;
}

/** The text `edit` makes of `base`. */
export function applyTextEdit(base: string, edit: TextEdit): string {
  return base.slice(0, edit.prefix) + edit.inserted + base.slice(edit.oldEnd);
}

/** Tells the worker to drop what it keeps for a document (closed). */
export interface ForgetMessage {
  forget: string;
}

/**
 * Sent when the worker has analyzed a document's text whole (its first job) and stayed idle since for a moment
 * (analysisWorkerClient.ts WARM_UP_DELAY_MS): the worker may analyze made-up edits of it to compile the edit path
 * (analysisWorkerWarmUp.ts), until the next message comes.
 */
export interface WarmUpMessage {
  warmUp: string;
}

/**
 * Sent once to a new worker: slot 0 (STOP_JOB) of this shared array holds the id of a job to stop, slot 1
 * (END_WARM_UP) the id of a job whose made-up edits before its reply should end (another job waits for the worker).
 * The analyzer's checkpoints read them between its steps (Atomics, no message: the worker's thread is busy).
 */
export interface StopSignalMessage {
  stopSignal: Int32Array;
}

/** The slots of the stop signal (StopSignalMessage). */
export const STOP_JOB = 0;
export const END_WARM_UP = 1;
export const STOP_SIGNAL_SLOTS = 2;

export type AnalysisReplyMessage =
  | { id: number; delta: AnnotationsDelta; orphans: Orphan[]; correctionError?: string }
  | { id: number; error: string }
  /** Stopped at a checkpoint before it finished (its document changed again or closed). */
  | { id: number; stopped: true }
  /** Sent as an edit of a base the worker no longer keeps (it keeps KEPT_BASES documents): the server sends it whole. */
  | { id: number; needsText: true };

/** The most documents whose last result the worker keeps for deltas. */
const KEPT_BASES = 32;

/**
 * One job's analysis. A job nobody keeps (a workspace file indexed, exported or compared) is analyzed once and never
 * edited: it neither reads nor fills the paragraph caches, which stay the open articles' (its paragraphs would evict
 * theirs and hold memory for nothing: 3,000 indexed articles took the server from 255 to 300 MB).
 */
export function runAnalysisJob(
  analyzer: (text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) => Annotations,
  text: string,
  options: AnalyzeOptions,
  keep: boolean,
  checkpoint?: Checkpoint,
): Annotations {
  const analyze = () => analyzer(text, options, checkpoint);
  return keep ? analyze() : withoutParagraphCaches(analyze);
}

type WorkerMessage = AnalysisJobMessage | ForgetMessage | StopSignalMessage | WarmUpMessage;

/**
 * Answers every job posted to this worker thread with `analyzer`'s result, or the error it threw. With `warmUp`, a
 * WarmUpMessage has made-up edits analyzed (the real worker; the tests' stand-in workers count their jobs).
 */
export function serveAnalysisJobs(analyzer: (text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) => Annotations, { warmUp = false } = {}): void {
  const port = parentPort;
  // Loaded outside a worker (the test runner loads every compiled file it finds): nothing to serve then.
  if (!port) return;
  const bases = new Map<string, WarmUpBase & { id: number }>();
  let stopSignal: Int32Array | undefined;
  const startUp = warmUp ? new StartUpWarmUp() : undefined;
  let startUpScheduled = false;
  /**
   * Runs `warmingUp` until a message comes that is not another document's close (that of `warmedKey`, the document
   * whose edits are made up, stops it); then handles the messages, in order.
   */
  const warmUpUntilInterrupted = (warmingUp: (interrupted: () => boolean) => void, warmedKey?: string) => {
    const held: WorkerMessage[] = [];
    const interrupted = () => {
      while (held.length === 0) {
        const received = receiveMessageOnPort(port);
        if (!received) break;
        // Another document closed costs nothing to forget and is no reason to stop (the benchmark closes each article
        // it opened before opening the next: each close stopped the start-up warm-up at once).
        const message = received.message as WorkerMessage;
        if ('forget' in message && message.forget !== warmedKey) handle(message);
        else held.push(message);
      }
      return held.length > 0;
    };
    warmingUp(interrupted);
    for (const next of held) handle(next);
  };
  /** The next slice of the start-up warm-up once the messages already received are handled. */
  const scheduleStartUpWarmUp = () => {
    if (!startUp || startUp.finished || startUpScheduled) return;
    startUpScheduled = true;
    setImmediate(() => {
      startUpScheduled = false;
      warmUpUntilInterrupted((interrupted) => startUp.runSlice(analyzer, interrupted));
      scheduleStartUpWarmUp();
    });
  };
  const handle = (message: WorkerMessage) => {
    if ('forget' in message) {
      bases.delete(message.forget);
      return;
    }
    if ('warmUp' in message) {
      const base = bases.get(message.warmUp);
      if (!warmUp || !base) return;
      warmUpUntilInterrupted((interrupted) => warmUpEditPath(analyzer, base, WARM_UP_EDITS, interrupted, undefined, true), message.warmUp);
      return;
    }
    if ('stopSignal' in message) {
      stopSignal = message.stopSignal;
      return;
    }
    const { id, key, options, corrections, keep, baseId } = message;
    const base = bases.get(key);
    if (typeof message.text !== 'string' && base?.id !== baseId) {
      port.postMessage({ id, needsText: true } satisfies AnalysisReplyMessage);
      return;
    }
    const text = typeof message.text === 'string' ? message.text : applyTextEdit(base!.text, message.text);
    bases.delete(key);
    const signal = stopSignal;
    const checkpoint: Checkpoint | undefined = signal
      ? () => {
          if (Atomics.load(signal, STOP_JOB) === id) throw new AnalysisStopped();
        }
      : undefined;
    let reply: AnalysisReplyMessage;
    setHeapGrowingPercent(heapGrowingPercentFor(keep === true));
    try {
      let annotations = runAnalysisJob(analyzer, text, options, keep === true, checkpoint);
      let orphans: Orphan[] = [];
      let correctionError: string | undefined;
      // The analysis is this job's own: corrected in place, not copied (a 400 KB article's copy took ~6 ms per edit).
      if (corrections) ({ annotations, orphans, error: correctionError } = correctAnnotations(text, annotations, corrections.corrections, new Set(corrections.notActors), true));
      const edited = keep && base && base.id === baseId;
      if (edited) startUp?.editPathRun();
      const delta = edited ? annotationsDelta(base.text, base.annotations, text, annotations) : { full: annotations };
      reply = { id, delta, orphans, ...(correctionError ? { correctionError } : {}) };
      if (keep) {
        const kept = { id, text, annotations, options, corrections };
        bases.set(key, kept);
        if (bases.size > KEPT_BASES) bases.delete(bases.keys().next().value as string);
        // (the result is final: made-up edits stopped by either slot only end sooner, and leave it as it is)
        if (warmUp && message.warmUpEdits && !edited) {
          const ended = () => signal !== undefined && (Atomics.load(signal, STOP_JOB) === id || Atomics.load(signal, END_WARM_UP) === id);
          if (warmUpEditPath(analyzer, kept, message.warmUpEdits, ended, undefined, true) > 0) startUp?.editPathRun();
        }
      }
    } catch (error) {
      // A stopped job leaves the document's base as it was: the server still holds that result.
      if (error instanceof AnalysisStopped) {
        if (base) bases.set(key, base);
        port.postMessage({ id, stopped: true } satisfies AnalysisReplyMessage);
        return;
      }
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
    scheduleStartUpWarmUp();
  };
  port.on('message', handle);
  scheduleStartUpWarmUp();
}
