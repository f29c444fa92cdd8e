// Entry point of dist/cliWorker.js (and out/cli/recordWorker.js under tsc): a `news-annotate --jobs N` thread. It
// answers each RecordJob with its RecordResult (recordJob.ts), or the error it threw, in the reply shape of the
// analysis worker's protocol ({ id, error }), so one pool (pool.ts) drives both.
import { parentPort } from 'node:worker_threads';
import { setParagraphCachesEnabled } from '../server/src/analysis/paragraphCache';
import { annotateRecord, type RecordJob, type RecordResult } from './recordJob';

// The analyzer's paragraph caches are made for an editor, which analyzes a text again after each edit. A corpus
// thread analyzes each text once: only paragraphs repeated across articles (datelines, boilerplate) would be found
// again (on the development sets, 587 of 15,140 look-ups), and keeping and looking up the rest costs more than those
// hits save: off, a pass over the development sets takes 3–6% less CPU on the analysis thread and ~10% less on V8's
// garbage collector and compiler threads (measured over passes 2–4 of four, caches capped at 256 paragraphs before).
const port = parentPort;
// Loaded outside a worker (the test runner loads every compiled file it finds): nothing to serve then.
if (port) {
  setParagraphCachesEnabled(false);
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
