// Entry point of dist/cliWorker.js (and out/cli/recordWorker.js under tsc): a `news-annotate --jobs N` thread. It
// answers each RecordJob with its RecordResult (recordJob.ts), or the error it threw, in the reply shape of the
// analysis worker's protocol ({ id, error }), so one pool (pool.ts) drives both.
import { parentPort } from 'node:worker_threads';
import { capParagraphCaches } from '../server/src/analysis/paragraphCache';
import { annotateRecord, type RecordJob, type RecordResult } from './recordJob';

// The analyzer's paragraph caches are made for an editor, which analyzes a text again after each edit (64 + 16 MB
// per thread). A corpus thread analyzes each text once: only paragraphs repeated across articles (datelines,
// boilerplate) are found again, and a few hundred recent ones keep most of those hits (on the development sets
// 457 of the 587 that the full caches find, out of 15,140 look-ups) for a few MB instead of ~40 MB of heap per
// thread that the garbage collector would carry.
const CACHED_PARAGRAPHS = 256;
const CACHED_BYTES = 2 * 1024 * 1024;

const port = parentPort;
// Loaded outside a worker (the test runner loads every compiled file it finds): nothing to serve then.
if (port) {
  capParagraphCaches(CACHED_PARAGRAPHS, CACHED_BYTES);
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
