// A stand-in analysis worker thread: the stand-in analyzer behind the real worker protocol, with switches the
// tests pull through shared memory. A text containing HOLD_MARK is held until the test opens the gate; one containing
// CRASH_ONCE_MARK ends the thread the first time it is seen, CRASH_ALWAYS_MARK every time.
import { workerData } from 'node:worker_threads';
import type { Checkpoint } from '../../server/src/analysis/checkpoint';
import type { AnalyzeOptions } from '../../server/src/analysis/types';
import { serveAnalysisJobs } from '../../server/src/analysisWorkerProtocol';
import { fakeAnalyzer } from './fakeAnalyzer';

export const HOLD_MARK = '[hold analysis]';
export const CRASH_ONCE_MARK = '[crash once]';
export const CRASH_ALWAYS_MARK = '[crash always]';

/** Slots of the shared Int32Array. */
export const SLOT = {
  /** Set to non-zero (and notified) by the test to let held analyses finish. */
  gate: 0,
  /** How many held analyses have started (notified on each). */
  held: 1,
  /** How many times a CRASH_ONCE_MARK text was seen. */
  crashes: 2,
  /** How many jobs this and every earlier thread received. */
  jobs: 3,
} as const;

export interface FakeWorkerData {
  shared: Int32Array;
}

function analyzeWithSwitches(text: string, options: AnalyzeOptions, checkpoint?: Checkpoint) {
  const { shared } = workerData as FakeWorkerData;
  Atomics.add(shared, SLOT.jobs, 1);
  if (text.includes(CRASH_ALWAYS_MARK)) process.exit(7);
  if (text.includes(CRASH_ONCE_MARK) && Atomics.add(shared, SLOT.crashes, 1) === 0) process.exit(7);
  if (text.includes(HOLD_MARK)) {
    Atomics.add(shared, SLOT.held, 1);
    Atomics.notify(shared, SLOT.held);
    // Blocks this thread only, as a long analysis would; the server's thread stays free.
    Atomics.wait(shared, SLOT.gate, 0);
    // As analyze() does between its steps: a job the server asked to stop while held ends here.
    checkpoint?.();
  }
  return fakeAnalyzer(text, options);
}

serveAnalysisJobs(analyzeWithSwitches);
