// The test's side of the stand-in analysis worker: starts threads sharing one control array, waits until a held
// analysis is running, opens the gate.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SLOT, type FakeWorkerData } from './fakeAnalysisWorker';

/** Atomics.waitAsync (Node 20), which the project's TypeScript library setting does not declare yet. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(array: Int32Array, index: number, value: number): { async: boolean; value: Promise<string> | string };
  }
).waitAsync;

export class FakeWorkerControl {
  readonly shared = new Int32Array(new SharedArrayBuffer(4 * 4));
  readonly threads: Worker[] = [];

  /** For the server's `createAnalysisWorker`: every thread it starts (a restart too) shares the control array. */
  readonly createWorker = (): Worker => {
    const data: FakeWorkerData = { shared: this.shared };
    const worker = new Worker(join(__dirname, 'fakeAnalysisWorker.js'), { workerData: data });
    this.threads.push(worker);
    return worker;
  };

  /** Resolves once `count` held analyses have started in the worker. */
  async heldAnalyses(count: number): Promise<void> {
    for (;;) {
      const seen = Atomics.load(this.shared, SLOT.held);
      if (seen >= count) return;
      const waiting = waitAsync(this.shared, SLOT.held, seen);
      if (waiting.async) await waiting.value;
    }
  }

  release(): void {
    Atomics.store(this.shared, SLOT.gate, 1);
    Atomics.notify(this.shared, SLOT.gate);
  }

  get jobs(): number {
    return Atomics.load(this.shared, SLOT.jobs);
  }
}
