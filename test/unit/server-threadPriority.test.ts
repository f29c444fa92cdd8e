// The analysis thread's lower priority: its own thread only (Linux), never the process elsewhere.
import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { ANALYSIS_THREAD_NICENESS, lowerThisThreadsPriority } from '../../server/src/threadPriority';

test('on Windows and macOS nothing is changed (there it would slow the whole server)', () => {
  const before = getPriority();
  assert.equal(lowerThisThreadsPriority('win32'), false);
  assert.equal(lowerThisThreadsPriority('darwin'), false);
  assert.equal(getPriority(), before);
});

test('on Linux a worker thread lowers its own priority and the main thread keeps its own', { skip: process.platform !== 'linux' && 'Linux only' }, async () => {
  const before = getPriority();
  const script = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    const { lowerThisThreadsPriority } = require(${JSON.stringify(require.resolve('../../server/src/threadPriority'))});
    const lowered = lowerThisThreadsPriority();
    parentPort.postMessage({ lowered, priority: getPriority() });`;
  const worker = new Worker(script, { eval: true });
  const reply = await new Promise<{ lowered: boolean; priority: number }>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await worker.terminate();
  assert.equal(reply.lowered, true);
  assert.equal(reply.priority, Math.min(19, before + ANALYSIS_THREAD_NICENESS));
  assert.equal(getPriority(), before, "the server's thread is untouched");
});
