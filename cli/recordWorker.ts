// Entry point of dist/cliWorker.js (and out/cli/recordWorker.js under tsc): a `news-annotate --jobs N` thread. It
// answers each RecordJob with its RecordResult (recordJob.ts), or the error it threw, in the reply shape of the
// analysis worker's protocol ({ id, error }), so one pool (pool.ts) drives both.
import { parentPort } from 'node:worker_threads';
import { annotateRecord, type RecordJob, type RecordResult } from './recordJob';

const port = parentPort;
// Loaded outside a worker (the test runner loads every compiled file it finds): nothing to serve then.
if (port) {
  port.on('message', ({ id, ...job }: RecordJob & { id: number }) => {
    let reply: { id: number; result: RecordResult } | { id: number; error: string };
    try {
      reply = { id, result: annotateRecord(job) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
