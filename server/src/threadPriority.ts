// The analysis worker thread runs at a lower scheduling priority than the server's thread: an analysis is
// background work that takes a whole core for as long as it runs, while a hover, the outline or the editor itself
// needs a few milliseconds now. On a busy machine (two cores, the editor, the server's thread and the analysis all
// wanting one) the kernel then hands the core to the request first instead of letting it wait for the analysis's time
// slice to end; the analysis gets every cycle nobody else wants, so on an idle core it runs as fast as before.

import { getPriority, setPriority } from 'node:os';

/** How many nice steps below the server's thread the analysis runs (from nice 0: 10, well above an idle task's 19). */
export const ANALYSIS_THREAD_NICENESS = 10;
/** The lowest priority Linux has. */
const LOWEST = 19;

/**
 * Lowers the calling thread's priority. Linux only: there a thread has its own nice value and setpriority(0) changes
 * the calling thread's; on Windows and macOS it would change the whole process, the server's thread included.
 */
export function lowerThisThreadsPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    // A new thread starts at the priority of the thread that made it (the server's).
    setPriority(Math.min(LOWEST, getPriority() + ANALYSIS_THREAD_NICENESS));
    return true;
  } catch {
    // Not permitted (a sandbox): the analysis runs at the server's priority, as it always did.
    return false;
  }
}
