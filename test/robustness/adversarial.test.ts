// Adversarial inputs are analyzed within a time bound proportional to their size: no catastrophic regular-expression
// backtracking, no quadratic scans. The bounds are generous (several seconds per megabyte): they catch blow-ups,
// not slowness. The bound applies to the CPU time the analysis used (other work on a shared machine does not count);
// each analysis runs in a worker that is terminated at twice the bound in wall time, so a hang fails instead of hanging.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES, timeBoundMs } from './support/adversarial-inputs';
import type { WorkerReport } from './support/timed-analysis-worker';

const WORKER = path.join(__dirname, 'support', 'timed-analysis-worker.js');

type Outcome =
  | { status: 'done'; elapsedMs: number; cpuMs: number; boundMs: number; length: number }
  | { status: 'timeout'; boundMs: number; length: number }
  | { status: 'threw'; stack: string };

const megabytes = (length: number) => `${(length / (1024 * 1024)).toFixed(2)} M code units`;

function analyzeInWorker(caseName: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { caseName } });
    let boundMs = 0;
    let length = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    worker.on('message', (report: WorkerReport) => {
      if (report.event === 'built') {
        length = report.length;
        boundMs = timeBoundMs(length);
        timer = setTimeout(() => finish({ status: 'timeout', boundMs, length }), 2 * boundMs);
      } else if (report.event === 'done') finish({ status: 'done', elapsedMs: report.elapsedMs, cpuMs: report.cpuMs, boundMs, length });
      else finish({ status: 'threw', stack: report.stack });
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Settling twice is harmless, so this only matters when the worker died without reporting (out of memory).
    worker.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the analysis worker exited with code ${code} before reporting`));
    });
  });
}

for (const { name } of ADVERSARIAL_CASES) {
  test(`analyzes ${name} within its time bound`, async () => {
    const outcome = await analyzeInWorker(name);
    if (outcome.status === 'threw') assert.fail(`analyze threw:\n${outcome.stack}`);
    if (outcome.status === 'timeout') {
      assert.fail(`analysis of ${megabytes(outcome.length)} still running after ${Math.round(2 * outcome.boundMs)} ms (twice its bound of ${Math.round(outcome.boundMs)} ms); terminated`);
    }
    assert.ok(
      outcome.cpuMs <= outcome.boundMs,
      `analysis of ${megabytes(outcome.length)} used ${Math.round(outcome.cpuMs)} ms of CPU (${Math.round(outcome.elapsedMs)} ms wall), bound ${Math.round(outcome.boundMs)} ms`,
    );
  });
}
