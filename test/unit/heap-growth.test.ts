import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_HEAP_GROWING_PERCENT, EDITING_HEAP_GROWING_PERCENT, heapGrowingPercentFor, setHeapGrowingPercent } from '../../server/src/heapGrowth';

test("an open document's job lets the heap grow further than a file indexed, exported or compared", () => {
  assert.equal(heapGrowingPercentFor(true), EDITING_HEAP_GROWING_PERCENT);
  assert.equal(heapGrowingPercentFor(false), DEFAULT_HEAP_GROWING_PERCENT);
  assert.ok(EDITING_HEAP_GROWING_PERCENT > 60, "more than the 1.6 V8 gives the worker's 1 GB heap");
});

test("the flag is set only when the growth changes, and set back to V8's own choice", () => {
  const set: string[] = [];
  const record = (flags: string) => set.push(flags);
  setHeapGrowingPercent(EDITING_HEAP_GROWING_PERCENT, record);
  setHeapGrowingPercent(EDITING_HEAP_GROWING_PERCENT, record);
  setHeapGrowingPercent(DEFAULT_HEAP_GROWING_PERCENT, record);
  setHeapGrowingPercent(DEFAULT_HEAP_GROWING_PERCENT, record);
  assert.deepEqual(set, [`--heap-growing-percent=${EDITING_HEAP_GROWING_PERCENT}`, '--heap-growing-percent=0']);
});

/**
 * Full collections in a worker with the analysis worker's heap limits, set to `percent` from inside it (as the
 * analysis worker does), while it does what typing does to the heap: each round makes a result that the next round
 * replaces, beside a large live heap. In a child process of its own: V8's flags are the process's.
 */
function fullCollections(percent: number): number {
  const module = path.join(__dirname, '..', '..', 'server', 'src', 'heapGrowth.js');
  const worker = `
    const { setHeapGrowingPercent } = require(${JSON.stringify(module)});
    const { parentPort } = require('node:worker_threads');
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    let full = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++; }).observe({ entryTypes: ['gc'] });
    setHeapGrowingPercent(${percent});
    const live = Array.from({ length: 400000 }, (_, index) => ({ index, name: 'word' + index }));
    let result = [];
    for (let round = 0; round < 60; round++) {
      const next = [];
      for (let index = 0; index < 100000; index++) next.push({ round, index, span: [index, index + 1] });
      result = next;
    }
    setTimeout(() => parentPort.postMessage({ full, kept: live.length + result.length }), 20);`;
  const parent = `
    const { Worker } = require('node:worker_threads');
    const worker = new Worker(${JSON.stringify(worker)}, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 } });
    worker.on('message', (message) => { process.stdout.write(JSON.stringify(message)); worker.terminate(); });`;
  const { full } = JSON.parse(execFileSync(process.execPath, ['-e', parent], { encoding: 'utf8' })) as { full: number };
  return full;
}

test("the editing growth takes effect in a worker with the analysis worker's limits: fewer full collections", () => {
  const byDefault = fullCollections(DEFAULT_HEAP_GROWING_PERCENT);
  const editing = fullCollections(EDITING_HEAP_GROWING_PERCENT);
  assert.ok(byDefault >= 6, `the workload must need full collections by default (${byDefault})`);
  assert.ok(editing <= byDefault * 0.75, `full collections: ${byDefault} by default, ${editing} with the editing growth`);
});
