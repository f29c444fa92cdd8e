// Runs analyses on one worker thread, so the language server's main thread keeps answering requests meanwhile.
// Jobs run one at a time, those of open documents before those of the workspace index; a job queued for a key
// (a document) is dropped when a newer one for the same key arrives. A run already under way for an open document is
// stopped at the analyzer's next checkpoint when a newer job of its document arrives or the document closes (a stop
// signal in shared memory: terminating would throw away the loaded analyzer on every keystroke), so the worker is
// free sooner for the text that matters; the workspace index's runs are left to finish. When the
// thread dies, it is started again and the job it was running is run once more; a second crash on the same job
// fails that job only.
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { deriveAnnotations, textChange } from './annotationsDelta';
import { WARM_UP_BEFORE_REPLY_EDITS, WARM_UP_BEFORE_REPLY_MIN_LENGTH } from './analysisWorkerWarmUp';
import {
  END_WARM_UP,
  STOP_JOB,
  STOP_SIGNAL_SLOTS,
  type AnalysisJobMessage,
  type AnalysisReplyMessage,
  type ForgetMessage,
  type StopSignalMessage,
  type TextEdit,
  type WarmUpMessage,
} from './analysisWorkerProtocol';
import type { CorrectedResult, CorrectionsInput } from './correctAnnotations';
import type { CorrectedAnnotations } from './corrections/corrected';

export interface AnalysisJob {
  /** Identifies what is analyzed (a document URI); a newer job with the same key supersedes a queued one. */
  key: string;
  /** Workspace-index work, run only when no open document waits. */
  background?: boolean;
}

/** The reason a queued job was dropped in favour of a newer one with the same key. */
export class SupersededError extends Error {
  constructor(key: string) {
    super(`a newer analysis of ${key} replaced this one`);
    this.name = 'SupersededError';
  }
}

interface QueuedJob extends AnalysisJob {
  id: number;
  text: string;
  options: AnalyzeOptions;
  corrections?: CorrectionsInput;
  crashes: number;
  /** Its document was closed while it ran: its result is not kept as the base of a next delta. */
  dropped?: boolean;
  /** Posted with its whole text (the document's first job for this worker), not as an edit. */
  sentWhole?: boolean;
  /** Posted with made-up edits to analyze before the reply (AnalysisJobMessage.warmUpEdits). */
  warmsUpBeforeReply?: boolean;
  resolve(result: CorrectedResult): void;
  reject(error: Error): void;
}

export interface AnalysisWorkerClientOptions {
  /** Starts the worker thread (a test passes its own worker script). */
  createWorker(): Worker;
  logError(message: string): void;
  /** How long the worker must have been idle before it warms up the edit path (WARM_UP_DELAY_MS; tests pass less). */
  warmUpDelayMs?: number;
}

/** How long the worker must have been idle after a document's first analysis before it warms up the edit path. */
export const WARM_UP_DELAY_MS = 500;

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private running: QueuedJob | undefined;
  private readonly interactive: QueuedJob[] = [];
  private readonly background: QueuedJob[] = [];
  private nextId = 1;
  /** Jobs posted to the worker so far: a warm-up waits for none to be posted meanwhile. */
  private posted = 0;
  private visible = new Map<string, number>();
  /** Documents a request waits for whose jobs were not queued yet when it asked (see prioritize). */
  private readonly requested = new Set<string>();
  private disposed = false;
  /**
   * Per open document, the last result, its text and the id of its job: the next job is sent as an edit of that text
   * and answered with a delta from that result.
   */
  private readonly bases = new Map<string, { id: number; text: string; annotations: Annotations }>();
  /** The id of the running job the worker should stop, or whose warm-up before its reply should end (StopSignalMessage). */
  private readonly stopSignal = new Int32Array(new SharedArrayBuffer(4 * STOP_SIGNAL_SLOTS));

  constructor(private readonly options: AnalysisWorkerClientOptions) {}

  /** Starts the thread ahead of the first job, so loading the analyzer overlaps the editor's start-up. */
  warmUp(): void {
    try {
      this.ensureWorker();
    } catch (error) {
      // The first job will try again and report it.
      this.worker = undefined;
      this.options.logError(`News Annotator: could not start the analysis worker: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  analyze(text: string, analyzeOptions: AnalyzeOptions, job: AnalysisJob, corrections?: CorrectionsInput): Promise<CorrectedResult> {
    if (this.disposed) return Promise.reject(new Error('the analysis worker was stopped'));
    const queue = job.background ? this.background : this.interactive;
    for (let index = queue.length - 1; index >= 0; index--) {
      if (queue[index].key !== job.key) continue;
      const [superseded] = queue.splice(index, 1);
      superseded.reject(new SupersededError(job.key));
    }
    if (!job.background && this.running && !this.running.background && this.running.key === job.key) this.stopRunning();
    return new Promise<CorrectedResult>((resolve, reject) => {
      const queued: QueuedJob = { ...job, id: this.nextId++, text, options: analyzeOptions, corrections, crashes: 0, resolve, reject };
      // A visible document's job goes before those of documents ranked after it (the queue stays ordered by rank).
      const rank = job.background ? 0 : this.rankOf(queued);
      const before = job.background ? -1 : this.requested.delete(job.key) ? 0 : queue.findIndex((other) => this.rankOf(other) > rank);
      if (before < 0) queue.push(queued);
      else queue.splice(before, 0, queued);
      // An open document's job waits: the running job's made-up edits, if any, end at their next checkpoint.
      if (!job.background) this.endWarmUpBeforeReply();
      this.pump();
    });
  }

  /** Analyses of open documents queued or running. */
  waiting(): number {
    return this.interactive.length + (this.running && !this.running.background ? 1 : 0);
  }

  /**
   * Moves the queued job of `key` to the front: a request waits for it. A job not queued yet (its analysis is still
   * reading the document's corrections) goes to the front when it comes.
   */
  prioritize(key: string): void {
    const at = this.interactive.findIndex((job) => job.key === key);
    if (at > 0) this.interactive.unshift(...this.interactive.splice(at, 1));
    else if (at < 0 && this.running?.key !== key) this.requested.add(key);
    // A request waits for the running job's result: it comes once its made-up edits end.
    if (this.running?.key === key) this.endWarmUpBeforeReply();
  }

  /** The documents visible in the editor (`keys`, the active one first): their jobs run before the others'. */
  setVisible(keys: readonly string[]): void {
    this.visible = new Map(keys.map((key, index) => [key, index]));
    // Array.prototype.sort is stable: the others keep their order.
    this.interactive.sort((a, b) => this.rankOf(a) - this.rankOf(b));
  }

  private rankOf(job: QueuedJob): number {
    return this.visible.get(job.key) ?? this.visible.size;
  }

  /** Drops the queued jobs of `key` (its document was closed); a job under way is left to finish. */
  drop(key: string): void {
    this.requested.delete(key);
    // The worker keeps a running job's result until it reads this forget; this side must not keep it at all (each
    // large article closed during its analysis held its whole result on this thread).
    const running = this.running?.key === key;
    if (running) {
      this.running!.dropped = true;
      if (!this.running!.background) this.stopRunning();
    }
    if (this.bases.delete(key) || running) this.worker?.postMessage({ forget: key } satisfies ForgetMessage);
    for (const queue of [this.interactive, this.background]) {
      for (let index = queue.length - 1; index >= 0; index--) {
        if (queue[index].key !== key) continue;
        const [dropped] = queue.splice(index, 1);
        dropped.reject(new SupersededError(key));
      }
    }
  }

  /** Asks the worker to stop the running job at its next checkpoint (it answers `stopped`, or its result if done first). */
  private stopRunning(): void {
    if (this.running) Atomics.store(this.stopSignal, STOP_JOB, this.running.id);
  }

  /** Asks the worker to end the running job's made-up edits before its reply (the result is kept and sent). */
  private endWarmUpBeforeReply(): void {
    if (this.running?.warmsUpBeforeReply) Atomics.store(this.stopSignal, END_WARM_UP, this.running.id);
  }

  dispose(): void {
    this.disposed = true;
    const stopped = new Error('the analysis worker was stopped');
    for (const job of [...(this.running ? [this.running] : []), ...this.interactive.splice(0), ...this.background.splice(0)]) job.reject(stopped);
    this.running = undefined;
    this.bases.clear();
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.interactive.shift() ?? this.background.shift();
    if (!job) return;
    this.running = job;
    try {
      const worker = this.ensureWorker();
      // Someone waits for the answer: keep the process alive until it comes.
      worker.ref();
      this.post(worker, job, true);
    } catch (error) {
      // The thread could not even be started: this job fails, the next one tries again.
      this.running = undefined;
      this.worker = undefined;
      job.reject(error instanceof Error ? error : new Error(String(error)));
      this.options.logError(`News Annotator: could not start the analysis worker: ${error instanceof Error ? error.message : String(error)}`);
      queueMicrotask(() => this.pump());
    }
  }

  /** Sends a job: as an edit of the text of its document's base when `asEdit` and the worker holds that base. */
  private post(worker: Worker, job: QueuedJob, asEdit: boolean): void {
    const keep = !job.background;
    const base = keep ? this.bases.get(job.key) : undefined;
    let text: string | TextEdit = job.text;
    if (base && asEdit) {
      const { prefix, oldEnd, shift } = textChange(base.text, job.text);
      text = { prefix, oldEnd, inserted: job.text.slice(prefix, oldEnd + shift) };
    }
    job.sentWhole = typeof text === 'string';
    // A long article's first analysis, with nothing else waiting: its edit path warmed up before the reply (see
    // warmUpBeforeReply in analysisWorkerWarmUp.ts).
    job.warmsUpBeforeReply = keep && !base && job.text.length >= WARM_UP_BEFORE_REPLY_MIN_LENGTH && this.interactive.length === 0;
    this.posted++;
    const message: AnalysisJobMessage = {
      id: job.id,
      key: job.key,
      text,
      options: job.options,
      corrections: job.corrections,
      keep,
      baseId: base?.id,
      ...(job.warmsUpBeforeReply ? { warmUpEdits: WARM_UP_BEFORE_REPLY_EDITS } : {}),
    };
    worker.postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.createWorker();
    this.worker = worker;
    worker.postMessage({ stopSignal: this.stopSignal } satisfies StopSignalMessage);
    // An idle thread must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: AnalysisReplyMessage) => {
      const job = this.running;
      if (worker !== this.worker || !job || job.id !== reply.id) return;
      if ('needsText' in reply) {
        // The worker no longer keeps the base: the same job again, with its whole text (answered whole).
        this.post(worker, job, false);
        return;
      }
      this.running = undefined;
      worker.unref();
      if ('stopped' in reply) {
        // The document's base is unchanged on both sides: the next job is answered with a delta from it.
        job.reject(new SupersededError(job.key));
      } else if ('delta' in reply) {
        let annotations: Annotations;
        try {
          annotations = this.received(job, reply.delta);
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
          this.pump();
          return;
        }
        job.resolve({ annotations: annotations as CorrectedAnnotations, orphans: reply.orphans, ...(reply.correctionError ? { error: reply.correctionError } : {}) });
        this.warmUpAfter(worker, job);
      } else {
        this.bases.delete(job.key);
        job.reject(new Error(reply.error));
      }
      this.pump();
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.options.logError(`News Annotator: the analysis worker failed: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => this.restartAfterExit(worker, code));
    return worker;
  }

  /**
   * After an open document's first analysis, when no other job waits, lets the worker compile the edit path on
   * made-up edits of it (analysisWorkerWarmUp.ts); the next message posted stops that.
   */
  private warmUpAfter(worker: Worker, job: QueuedJob): void {
    if (job.background || job.dropped || !job.sentWhole || job.warmsUpBeforeReply) return;
    const posted = this.posted;
    // Only once the worker has stayed idle a moment: a user who types, or closes the document, right after it opened
    // would otherwise wait for a checkpoint of the warm-up, and share the processor with it (measured on a loaded
    // machine, the benchmark's typing row, which types as soon as the diagnostics come, got slower).
    const timer = setTimeout(() => {
      if (this.posted !== posted || this.running || this.disposed || this.worker !== worker || !this.bases.has(job.key)) return;
      worker.postMessage({ warmUp: job.key } satisfies WarmUpMessage);
    }, this.options.warmUpDelayMs ?? WARM_UP_DELAY_MS);
    timer.unref();
  }

  /** The result a reply describes (a delta from the document's base, or whole), kept as the next base. */
  private received(job: QueuedJob, delta: Extract<AnalysisReplyMessage, { delta: unknown }>['delta']): Annotations {
    const base = this.bases.get(job.key);
    this.bases.delete(job.key);
    if (!('full' in delta) && !base) throw new Error(`the analysis worker answered ${job.key} with changes to a result the server does not hold`);
    const annotations = deriveAnnotations(base?.annotations, delta);
    if (!job.background && !job.dropped) this.bases.set(job.key, { id: job.id, text: job.text, annotations });
    return annotations;
  }

  private restartAfterExit(worker: Worker, code: number): void {
    if (worker !== this.worker || this.disposed) return;
    this.worker = undefined;
    // The new thread keeps nothing: every next result comes whole.
    this.bases.clear();
    const job = this.running;
    this.running = undefined;
    let retried = false;
    if (job) {
      job.crashes++;
      const queue = job.background ? this.background : this.interactive;
      if (job.crashes > 1) job.reject(new Error(`the analysis worker stopped twice on this text (exit code ${code})`));
      else if (queue.some((queued) => queued.key === job.key)) job.reject(new SupersededError(job.key));
      else {
        queue.unshift(job);
        retried = true;
      }
    }
    this.options.logError(`News Annotator: the analysis worker stopped (exit code ${code}); restarting it${retried ? ` and analyzing ${job?.key} again` : ''}`);
    if (this.interactive.length || this.background.length) this.pump();
  }
}
