// Chooses where analyses run: an injected analyzer runs in process (tests); otherwise analyze() runs in the worker
// thread whose script sits beside this module (dist/analysisWorker.js beside dist/server.js, or
// out/server/src/analysisWorker.js under tsc), falling back to in-process analysis when that file is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from './analysis/types';
import type { Analyzer } from './analysisQueue';
import { AnalysisWorkerClient, type AnalysisJob } from './analysisWorkerClient';
import { correctAnnotations, type CorrectedResult, type CorrectionsInput } from './correctAnnotations';

export const ANALYSIS_WORKER_SCRIPT = join(__dirname, 'analysisWorker.js');

/**
 * The worker's heap. V8 lets an old generation grow to four times what survived its last full collection when the
 * limit is 2 GB or more (the default on a machine with plenty of memory), and 1.6 times at a 1 GB limit: indexing
 * thousands of articles then holds far less garbage (during a 1,500-article scan the worker's heap peaked at 112 MB
 * instead of 184, for about 55 MB live). A 2 MB article (the default newsAnnotator.maxFileSizeKB) needs about 220 MB
 * of heap, an 8 MB one still fits. Semi-spaces of 8 MB instead of 16 save 16 MB more, for 2-3% more analysis time
 * on a 400 KB article and 7-9% on many short ones (user CPU, measured on a loaded machine).
 */
const ANALYSIS_WORKER_HEAP = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 };

export interface AnalysisRunnerOptions {
  /** Runs in process, synchronously. */
  analyzer?: Analyzer;
  /** Starts a worker thread that serves analysis jobs (analysisWorkerProtocol.ts); the default runs analyze(). */
  createWorker?: () => Worker;
  logError(message: string): void;
  logInfo(message: string): void;
}

export interface AnalysisRunner {
  /** Analyzes a text and applies its corrections (in the worker, or in process). */
  analyze(text: string, options: AnalyzeOptions, job: AnalysisJob, corrections?: CorrectionsInput): Promise<CorrectedResult>;
  /** Starts the worker ahead of the first job. */
  warmUp(): void;
  /** Analyses of open documents queued or running (0 in process, where nothing waits). */
  waiting(): number;
  /** Moves the queued analysis of `key` ahead of the others (someone is waiting for it). */
  prioritize(key: string): void;
  /** Drops the queued analysis of `key` (its document was closed). */
  drop(key: string): void;
  /** The documents visible in the editor, the active one first: analyzed before the others. */
  setVisible(keys: readonly string[]): void;
  dispose(): void;
}

function inProcess(analyzer: Analyzer): AnalysisRunner {
  return {
    async analyze(text, options, _job, corrections) {
      const annotations = analyzer(text, options);
      return corrections
        ? correctAnnotations(text, annotations, corrections.corrections, new Set(corrections.notActors))
        : { annotations: annotations as CorrectedResult['annotations'], orphans: [] };
    },
    warmUp() {},
    waiting: () => 0,
    prioritize() {},
    drop() {},
    setVisible() {},
    dispose() {},
  };
}

export function createAnalysisRunner(options: AnalysisRunnerOptions): AnalysisRunner {
  if (options.analyzer) return inProcess(options.analyzer);
  let createWorker = options.createWorker;
  if (!createWorker) {
    if (!existsSync(ANALYSIS_WORKER_SCRIPT)) {
      options.logInfo(`News Annotator: ${ANALYSIS_WORKER_SCRIPT} is missing; analyzing in the server process, requests wait for analyses`);
      // Loaded only here, so that with the worker the analyzer's code and data stay out of the server's thread.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { analyze } = require('./analysis/analyze') as typeof import('./analysis/analyze');
      return inProcess(analyze);
    }
    createWorker = () => new Worker(ANALYSIS_WORKER_SCRIPT, { resourceLimits: ANALYSIS_WORKER_HEAP });
  }
  const client = new AnalysisWorkerClient({ createWorker, logError: options.logError });
  return {
    analyze: (text, analyzeOptions, job, corrections) => client.analyze(text, analyzeOptions, job, corrections),
    warmUp: () => client.warmUp(),
    waiting: () => client.waiting(),
    prioritize: (key) => client.prioritize(key),
    drop: (key) => client.drop(key),
    setVisible: (keys) => client.setVisible(keys),
    dispose: () => client.dispose(),
  };
}
