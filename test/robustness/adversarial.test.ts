// Adversarial inputs are analyzed within a time bound proportional to their size: no catastrophic regular-expression
// backtracking, no quadratic scans. The bounds are generous (several seconds per megabyte): they catch blow-ups,
// not slowness. The bound applies to the CPU time the analysis uses (other work on a shared machine does not count);
// each analysis runs in a worker that is terminated once it has used up its bound, so a hang fails instead of hanging.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES, timeBoundMs } from './support/adversarial-inputs';
import type { WorkerReport } from './support/timed-analysis-worker';

const WORKER = path.join(__dirname, 'support', 'timed-analysis-worker.js');

type Outcome =
  | { status: 'done'; elapsedMs: number; cpuMs: number; boundMs: number; length: number }
  | { status: 'over-bound'; cpuMs: number; elapsedMs: number; boundMs: number; length: number }
  | { status: 'threw'; stack: string };

const megabytes = (length: number) => `${(length / (1024 * 1024)).toFixed(2)} M code units`;

// How often the CPU used so far is compared with the bound, and the wall-time ceiling (a machine so loaded that the
// analysis gets under a sixth of a core is not measuring anything).
const CPU_CHECK_MS = 200;
const WALL_CEILING_FACTOR = 6;

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function analyzeInWorker(caseName: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { caseName } });
    let boundMs = 0;
    let length = 0;
    let cpuStart: NodeJS.CpuUsage | undefined;
    let wallStart = 0;
    let check: NodeJS.Timeout | undefined;
    const finish = (outcome: Outcome) => {
      clearInterval(check);
      void worker.terminate();
      resolve(outcome);
    };
    worker.on('message', (report: WorkerReport) => {
      if (report.event === 'built') {
        length = report.length;
        boundMs = timeBoundMs(length);
        // This process's CPU time is the worker's: the main thread only waits. Stop the worker once it is spent.
        cpuStart = process.cpuUsage();
        wallStart = performance.now();
        check = setInterval(() => {
          const cpuMs = cpuMsSince(cpuStart!);
          const elapsedMs = performance.now() - wallStart;
          if (cpuMs > boundMs || elapsedMs > WALL_CEILING_FACTOR * boundMs) finish({ status: 'over-bound', cpuMs, elapsedMs, boundMs, length });
        }, CPU_CHECK_MS);
      } else if (report.event === 'done') finish({ status: 'done', elapsedMs: report.elapsedMs, cpuMs: report.cpuMs, boundMs, length });
      else finish({ status: 'threw', stack: report.stack });
    });
    worker.on('error', (error) => {
      clearInterval(check);
      reject(error);
    });
    // Settling twice is harmless, so this only matters when the worker died without reporting (out of memory).
    worker.on('exit', (code) => {
      clearInterval(check);
      reject(new Error(`the analysis worker exited with code ${code} before reporting`));
    });
  });
}

for (const { name } of ADVERSARIAL_CASES) {
  test(`analyzes ${name} within its time bound`, async () => {
    const outcome = await analyzeInWorker(name);
    if (outcome.status === 'threw') assert.fail(`analyze threw:\n${outcome.stack}`);
    if (outcome.status === 'over-bound') {
      assert.fail(
        `analysis of ${megabytes(outcome.length)} still running after ${Math.round(outcome.cpuMs)} ms of CPU (${Math.round(outcome.elapsedMs)} ms wall), bound ${Math.round(outcome.boundMs)} ms of CPU; terminated`,
      );
    }
    assert.ok(
      outcome.cpuMs <= outcome.boundMs,
      `analysis of ${megabytes(outcome.length)} used ${Math.round(outcome.cpuMs)} ms of CPU (${Math.round(outcome.elapsedMs)} ms wall), bound ${Math.round(outcome.boundMs)} ms`,
    );
  });
}
