// How far V8 lets a heap grow past what survived its last full collection before it collects again, set by the
// analysis worker for the kind of job it runs. V8 picks the factor from each heap's limit: 1.6 for the worker's
// 1 GB (analysisRunner.ts ANALYSIS_WORKER_HEAP). While the user types in a long article each analysis keeps its
// result until the next edit replaces it: several MB promoted to the old generation that die an edit later. At 1.6
// the worker ran a full collection every third edit of the 400 KB seed article (20 per 60 edits), whose marking on
// V8's helper threads took nearly as much CPU as the analysis, on the same two cores (issue 15). At 2.5 it runs 9-10
// (`bench/probes/hover-trace-probe.js`). Indexing a workspace keeps nothing from one file to the next, and there the
// larger growth only raised the peak (3,000 articles: 296 MB against 260-288), so those jobs keep V8's own factor.
// The setting is the process's (V8 has one set of flags): the server's thread follows it too, which lowers its own
// factor while typing (its default limit allows up to 4).
import { setFlagsFromString } from 'node:v8';

/** The growth in percent of the live heap while an open document is analyzed (2.5 times the live heap). */
export const EDITING_HEAP_GROWING_PERCENT = 150;
/** V8's own choice from the heap's limit (the flag's default). */
export const DEFAULT_HEAP_GROWING_PERCENT = 0;

/** The growth for a job: an open document's (kept for its next edit) or a file indexed, exported or compared. */
export function heapGrowingPercentFor(openDocument: boolean): number {
  return openDocument ? EDITING_HEAP_GROWING_PERCENT : DEFAULT_HEAP_GROWING_PERCENT;
}

let current = DEFAULT_HEAP_GROWING_PERCENT;

/** Sets the growth when it changes (V8 reads it at each full collection: it applies from the next one on). */
export function setHeapGrowingPercent(percent: number, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (percent === current) return;
  current = percent;
  setFlags(`--heap-growing-percent=${percent}`);
}
