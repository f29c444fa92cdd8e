// What this machine's cores give to threads that share nothing (issue "a corpus on every core"): the same work on one
// worker thread, then on two at once, for kinds of work: arithmetic in registers, random reads in a table that fits
// a core's own cache (2 MB), in tables two of which fill the cache the cores share (8 and 16 MB each), and in one that
// no cache holds (64 MB). Each thread allocates nothing
// while timed, so no garbage collector or compiler thread competes: the ratio 2 × one / two is what a second thread
// can give at best on these cores, the ceiling for `news-annotate --jobs 2` / `--jobs 1` before V8's own costs.
// Run it on an idle machine (it prints the load average; a busy machine lowers every ratio).
//   node out/bench/probes/core-scaling-probe.js [--rounds 3]
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { describeLoad } from '../machine';
import { median } from '../statistics';

interface Work {
  kind: 'arithmetic' | 'reads';
  /** Table size in MB, for reads. */
  tableMB: number;
  steps: number;
}

/** Runs the work once after a shorter warm-up run; returns the timed run's milliseconds. */
function runWork({ kind, tableMB, steps }: Work): number {
  const table = new Int32Array((tableMB * 1024 * 1024) / 4);
  for (let index = 0; index < table.length; index++) table[index] = Math.imul(index, 0x9e3779b1);
  const mask = table.length - 1;
  const once = (count: number): number => {
    let state = 1;
    if (kind === 'arithmetic') for (let step = 0; step < count; step++) state = (Math.imul(state ^ step, 0x9e3779b1) + 7) | 0;
    // Each read's address depends on the one before: one read under way at a time, as in a chain of lookups.
    else for (let step = 0; step < count; step++) state = (table[(state ^ step) & mask] + step) | 0;
    return state;
  };
  once(steps / 10);
  const started = performance.now();
  const result = once(steps);
  const elapsed = performance.now() - started;
  // Keeps the result alive, so the loop cannot be dropped as dead code.
  if (result === 0x7fffffff) console.log('');
  return elapsed;
}

function onThreads(work: Work, threads: number): Promise<number[]> {
  return Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: work });
          worker.once('message', (milliseconds: number) => {
            resolve(milliseconds);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
  const works: [string, Work][] = [
    ['arithmetic in registers', { kind: 'arithmetic', tableMB: 0, steps: 300_000_000 }],
    ['random reads, 2 MB table (in cache)', { kind: 'reads', tableMB: 2, steps: 40_000_000 }],
    ['random reads, 8 MB table each (two fill the shared cache)', { kind: 'reads', tableMB: 8, steps: 20_000_000 }],
    ['random reads, 16 MB table each', { kind: 'reads', tableMB: 16, steps: 15_000_000 }],
    ['random reads, 64 MB table (memory)', { kind: 'reads', tableMB: 64, steps: 15_000_000 }],
  ];
  console.log(`${describeLoad()} at the start; ${rounds} rounds, one thread then two`);
  for (const [name, work] of works) {
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const [one] = await onThreads(work, 1);
      const two = Math.max(...(await onThreads(work, 2)));
      ratios.push((2 * one) / two);
    }
    console.log(`${name}: two threads give ${median(ratios).toFixed(2)}× one (rounds: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')})`);
  }
  console.log(`${describeLoad()} at the end`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  parentPort!.postMessage(runWork(workerData as Work));
}
