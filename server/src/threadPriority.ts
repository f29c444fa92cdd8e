// The server's own thread answers the editor (hovers, the outline) and runs ahead of the threads that do background
// work: the analysis worker and V8's helper threads (its optimizing compiler and garbage collector, shared by both
// threads' heaps). Both kinds are lowered together, by the same number of nice steps, so the analysis does not lose
// the cores to its own compiler and collector (it did when the worker alone was lowered: edits got slower). On two
// busy cores the kernel then gives a core to a request that arrives during an analysis at once, instead of letting it
// wait for the analysis's or the collector's time slice to end; on an idle core the background threads run as before.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * How many nice steps below the server's thread the background threads run. Five is enough for the server's thread to
 * come first (its weight is three times theirs). More costs the analysis time when other sessions load the machine:
 * Linux gives a session's share of a core in proportion to the load its threads put there, so while the server's
 * thread or the editor ran recently on one core, a core where only lowered threads run gets less of it (at 10 steps,
 * edits of the 400 KB article were slower in 9 of 11 benchmark pairs at load 6-9).
 */
export const BACKGROUND_NICENESS = 5;
/** The lowest priority Linux has. */
const LOWEST = 19;

/** `tid`'s priority lowered by BACKGROUND_NICENESS steps; false when not permitted. */
function lower(tid: number): boolean {
  try {
    setPriority(tid, Math.min(LOWEST, getPriority(tid) + BACKGROUND_NICENESS));
    return true;
  } catch {
    // Not permitted (a sandbox), or the thread is gone: it runs at the server's priority, as it always did.
    return false;
  }
}

/**
 * Lowers the calling thread's priority (the analysis worker calls it first thing). Linux only: there each thread has
 * its own nice value and setpriority(0) changes the calling thread's; on Windows and macOS it would change the whole
 * process, the server's thread included.
 */
export function lowerThisThreadsPriority(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' && lower(0);
}

/**
 * Lowers the priority of every other thread the process has when called: at the server's start, before anything
 * asynchronous ran, those are the runtime's helper threads (V8's compiler and collector tasks, the delayed-task
 * scheduler). Threads made later are left as they are: the file-system pool serves the server's thread, and the
 * analysis worker lowers itself. Returns how many threads were lowered (none off Linux).
 */
export function lowerHelperThreadsPriority(platform: NodeJS.Platform = process.platform, tasks = '/proc/self/task'): number {
  if (platform !== 'linux') return 0;
  let threads: string[];
  try {
    threads = readdirSync(tasks);
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const name of threads) {
    const tid = Number(name);
    if (Number.isInteger(tid) && tid !== process.pid && lower(tid)) lowered++;
  }
  return lowered;
}
