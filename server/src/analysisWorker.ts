// Entry point of dist/analysisWorker.js (and out/server/src/analysisWorker.js under tsc): the worker thread that runs
// analyze() off the language server's request path.
import { analyze } from './analysis/analyze';
import { serveAnalysisJobs } from './analysisWorkerProtocol';

serveAnalysisJobs(analyze);
