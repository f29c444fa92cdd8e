// The threads of `news-annotate --jobs N`: N worker threads, each running the CLI's record worker (dist/cliWorker.js,
// a JSONL record from analysis to output text: createRecordPool), for --jobs 1 too, so that the main thread only
// reads and writes whatever N; without that script, the server's analysis worker (dist/analysisWorker.js, analyze()
// alone: createAnalysisPool), or analyze() in this thread for --jobs 1. Each thread gets at most two jobs at a time
// (one running, one waiting in its port, so it never idles between two records); the rest wait here, in arrival order. A thread that dies (out of memory on a huge record, a
// crash) is replaced; the jobs it held are run again on the new one, and a job that was running on two threads that
// died fails alone.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../server/src/analysis/analyze';
import type { AnalyzeOptions, Annotations } from '../server/src/analysis/types';
import { tuneJitForAnalysis } from '../server/src/jitTuning';
import type { RecordJob, RecordResult } from './recordJob';

export interface AnalysisPool {
  /** Threads analyzing at once (1 in process). */
  readonly size: number;
  analyze(text: string, options: AnalyzeOptions): Promise<Annotations>;
  close(): Promise<void>;
}

/** --jobs when it is not given: one thread per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** The worker script: beside dist/cli.js in the bundle, or under out/server/src when the CLI runs from tsc's output. */
export function workerScript(dir = __dirname): string | undefined {
  return [join(dir, 'analysisWorker.js'), join(dir, '..', 'server', 'src', 'analysisWorker.js')].find((file) => existsSync(file));
}

/** The record worker's script: dist/cliWorker.js beside dist/cli.js, or out/cli/recordWorker.js beside out/cli/pool.js. */
export function recordWorkerScript(dir = __dirname): string | undefined {
  return [join(dir, 'cliWorker.js'), join(dir, 'recordWorker.js')].find((file) => existsSync(file));
}

function inProcess(): AnalysisPool {
  return {
    size: 1,
    analyze: async (text, options) => analyze(text, options),
    close: async () => {},
  };
}

interface Job<Request, Result> {
  id: number;
  request: Request;
  /** Threads that died while this job was the one running on them. */
  crashes: number;
  resolve(result: Result): void;
  reject(error: Error): void;
}

interface Slot<Request, Result> {
  worker: Worker;
  /** Posted to this thread and not answered yet, in the order it runs them. */
  posted: Job<Request, Result>[];
}

/** A worker's answer: `{ id, error }` when the job threw, else `{ id, ... }` with the result somewhere in it. */
interface Reply {
  id: number;
  error?: string;
  [field: string]: unknown;
}

const JOBS_PER_THREAD = 2;

/** Threads that run jobs posted as `{ id, ...request }` and answer `{ id, error }` or a reply `resultOf` reads. */
class WorkerPool<Request extends object, Result> {
  private readonly slots: Slot<Request, Result>[] = [];
  private readonly waiting: Job<Request, Result>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly script: string,
    private readonly resultOf: (reply: Reply) => Result,
  ) {
    for (let index = 0; index < size; index++) this.slots.push(this.startSlot());
  }

  run(request: Request): Promise<Result> {
    if (this.closed) return Promise.reject(new Error('the analysis threads were stopped'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, request, crashes: 0, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the analysis threads were stopped');
    for (const job of this.waiting.splice(0)) job.reject(stopped);
    await Promise.all(
      this.slots.map((slot) => {
        for (const job of slot.posted.splice(0)) job.reject(stopped);
        return slot.worker.terminate();
      }),
    );
  }

  private failAll(error: Error): void {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(error);
  }

  private pump(): void {
    while (this.waiting.length) {
      // The least busy thread; the first of them on a tie, so the work spreads evenly.
      let slot: Slot<Request, Result> | undefined;
      for (const candidate of this.slots) if (candidate.posted.length < JOBS_PER_THREAD && (!slot || candidate.posted.length < slot.posted.length)) slot = candidate;
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.posted.push(job);
      slot.worker.postMessage({ id: job.id, ...job.request });
    }
  }

  private startSlot(): Slot<Request, Result> {
    const worker = new Worker(this.script);
    const slot: Slot<Request, Result> = { worker, posted: [] };
    worker.on('message', (reply: Reply) => {
      const index = slot.posted.findIndex((job) => job.id === reply.id);
      if (index === -1) return;
      const [job] = slot.posted.splice(index, 1);
      if (typeof reply.error === 'string') job.reject(new Error(reply.error.split('\n')[0]));
      else job.resolve(this.resultOf(reply));
      this.pump();
    });
    // The 'exit' that follows an 'error' does the work; without a listener the error would end the process.
    worker.on('error', () => {});
    worker.on('exit', (code) => this.replace(slot, code));
    return slot;
  }

  private replace(slot: Slot<Request, Result>, code: number): void {
    if (this.closed) return;
    const held = slot.posted.splice(0);
    const index = this.slots.indexOf(slot);
    if (held.length === 0) {
      // An idle thread only dies when the script cannot start: do not start it again and again.
      this.slots.splice(index, 1);
      if (this.slots.length === 0) this.failAll(new Error(`the analysis threads could not start (exit code ${code})`));
      return;
    }
    const running = held[0];
    if (running && ++running.crashes > 1) {
      held.shift();
      running.reject(new Error(`the analysis thread stopped twice on this text (exit code ${code})`));
    }
    this.waiting.unshift(...held);
    this.slots[index] = this.startSlot();
    this.pump();
  }
}

/**
 * `jobs` analysis threads; analyze() in this thread for 1, or when the worker script is missing (`onFallback` says so).
 */
export function createAnalysisPool(jobs: number, onFallback: (message: string) => void = () => {}, script = workerScript()): AnalysisPool {
  if (jobs <= 1) return inProcess();
  if (!script) {
    onFallback(`the analysis worker script (analysisWorker.js) is not beside ${__dirname}: analyzing on one thread`);
    return inProcess();
  }
  const pool = new WorkerPool<{ text: string; options: AnalyzeOptions }, Annotations>(jobs, script, (reply) => reply.annotations as Annotations);
  return { size: jobs, analyze: (text, options) => pool.run({ text, options }), close: () => pool.close() };
}

/** Threads that each annotate a JSONL record from analysis to output text (recordJob.ts). */
export interface RecordPool {
  readonly size: number;
  annotate(job: RecordJob): Promise<RecordResult>;
  close(): Promise<void>;
}

/**
 * `jobs` record threads, one for --jobs 1 as well (the same architecture whatever N: the main thread reads, dispatches
 * and writes, N threads annotate); undefined when the script is missing (the caller then uses createAnalysisPool).
 */
export function createRecordPool(jobs: number, script = recordWorkerScript()): RecordPool | undefined {
  if (jobs < 1 || !script) return undefined;
  // Before the threads start: each compiles the analyzer with these flags (server/src/jitTuning.ts), whatever N.
  tuneJitForAnalysis();
  const pool = new WorkerPool<RecordJob, RecordResult>(jobs, script, (reply) => reply.result as RecordResult);
  return { size: jobs, annotate: (job) => pool.run(job), close: () => pool.close() };
}
