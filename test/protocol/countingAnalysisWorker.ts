// An analysis worker thread as the server starts it (the real analyzer, the edit path warmed up), counting in shared
// memory the analyses of long texts (WARM_UP_BEFORE_REPLY_MIN_LENGTH characters or more): the tests see how many
// made-up edits of a long article the worker analyzed before replying (analysisWorkerWarmUp.ts warmUpBeforeReply).
import { workerData } from 'node:worker_threads';
import { analyze } from '../../server/src/analysis/analyze';
import type { Checkpoint } from '../../server/src/analysis/checkpoint';
import type { AnalyzeOptions } from '../../server/src/analysis/types';
import { serveAnalysisJobs } from '../../server/src/analysisWorkerProtocol';
import { WARM_UP_BEFORE_REPLY_MIN_LENGTH } from '../../server/src/analysisWorkerWarmUp';

export interface CountingWorkerData {
  /** Slot 0: the analyses of long texts so far. */
  longAnalyses: Int32Array;
}

serveAnalysisJobs(
  (text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) => {
    if (text.length >= WARM_UP_BEFORE_REPLY_MIN_LENGTH) Atomics.add((workerData as CountingWorkerData).longAnalyses, 0, 1);
    return analyze(text, options, checkpoint);
  },
  { warmUp: true },
);
