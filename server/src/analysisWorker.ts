// Entry point of dist/analysisWorker.js (and out/server/src/analysisWorker.js under tsc): the worker thread that runs
// analyze() off the language server's request path, at a lower priority than the server's thread (threadPriority.ts).
import { isMainThread } from 'node:worker_threads';
import { analyze } from './analysis/analyze';
import { serveAnalysisJobs } from './analysisWorkerProtocol';
import { lowerThisThreadsPriority } from './threadPriority';

// Loaded outside a worker (the test runner loads every compiled file it finds), it must leave that thread alone.
if (!isMainThread) lowerThisThreadsPriority();
// The made-up edits after a document's first analysis compile the edit path before the first keystroke.
serveAnalysisJobs(analyze, { warmUp: true });
