// Adversarial inputs are analyzed within a time bound proportional to their size: no catastrophic regular-expression
// backtracking, no quadratic scans. The bounds are generous (several seconds per megabyte): they catch blow-ups,
// not slowness. Each analysis runs in a worker that is terminated at the bound, so a hang fails instead of hanging.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES, timeBoundMs } from './support/adversarial-inputs';
import type { WorkerReport } from './support/timed-analysis-worker';

const WORKER = path.join(__dirname, 'support', 'timed-analysis-worker.js');

type Outcome =
  | { status: 'done'; elapsedMs: number; boundMs: number; length: number }
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
        timer = setTimeout(() => finish({ status: 'timeout', boundMs, length }), boundMs);
      } else if (report.event === 'done') finish({ status: 'done', elapsedMs: report.elapsedMs, boundMs, length });
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
    if (outcome.status === 'timeout') assert.fail(`analysis of ${megabytes(outcome.length)} still running at its bound of ${Math.round(outcome.boundMs)} ms; terminated`);
    assert.ok(outcome.elapsedMs <= outcome.boundMs, `analysis of ${megabytes(outcome.length)} took ${Math.round(outcome.elapsedMs)} ms, bound ${Math.round(outcome.boundMs)} ms`);
  });
}
