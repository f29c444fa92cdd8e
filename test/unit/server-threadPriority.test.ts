// The background threads' lower priority: the analysis worker lowers its own thread, the server lowers the runtime's
// helper threads at its start; its own thread keeps its priority. Linux only, never the process elsewhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { getPriority } from 'node:os';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { BACKGROUND_NICENESS, lowerHelperThreadsPriority, lowerThisThreadsPriority } from '../../server/src/threadPriority';

const MODULE = require.resolve('../../server/src/threadPriority');
const linuxOnly = { skip: process.platform !== 'linux' && 'Linux only' };

test('on Windows and macOS nothing is changed (there it would slow the whole server)', () => {
  const before = getPriority();
  assert.equal(lowerThisThreadsPriority('win32'), false);
  assert.equal(lowerThisThreadsPriority('darwin'), false);
  assert.equal(lowerHelperThreadsPriority('win32'), 0);
  assert.equal(lowerHelperThreadsPriority('darwin'), 0);
  assert.equal(getPriority(), before);
});

test('on Linux a worker thread lowers its own priority and the main thread keeps its own', linuxOnly, async () => {
  const before = getPriority();
  const script = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    const { lowerThisThreadsPriority } = require(${JSON.stringify(MODULE)});
    const lowered = lowerThisThreadsPriority();
    parentPort.postMessage({ lowered, priority: getPriority() });`;
  const worker = new Worker(script, { eval: true });
  const reply = await new Promise<{ lowered: boolean; priority: number }>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await worker.terminate();
  assert.equal(reply.lowered, true);
  assert.equal(reply.priority, Math.min(19, before + BACKGROUND_NICENESS));
  assert.equal(getPriority(), before, "the server's thread is untouched");
});

test("on Linux the helper threads are lowered, the process's own thread is not, threads made later neither", linuxOnly, () => {
  // In a fresh process, as the server's entry point does it: its threads then are the main one and the runtime's.
  const script = `
    const { readdirSync } = require('node:fs');
    const { getPriority } = require('node:os');
    const { Worker } = require('node:worker_threads');
    const { lowerHelperThreadsPriority } = require(${JSON.stringify(MODULE)});
    const priorities = () => Object.fromEntries(readdirSync('/proc/self/task').map((tid) => [tid, getPriority(Number(tid))]));
    const before = priorities();
    const lowered = lowerHelperThreadsPriority();
    const after = priorities();
    const worker = new Worker('setTimeout(() => {}, 200)', { eval: true });
    worker.on('online', () => {
      const later = Object.keys(priorities()).filter((tid) => !(tid in before)).map((tid) => getPriority(Number(tid)));
      process.stdout.write(JSON.stringify({ pid: process.pid, before, after, lowered, later }));
      worker.terminate();
    });`;
  const { pid, before, after, lowered, later } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
    pid: number;
    before: Record<string, number>;
    after: Record<string, number>;
    lowered: number;
    later: number[];
  };
  const helpers = Object.keys(before).filter((tid) => Number(tid) !== pid);
  assert.ok(helpers.length > 0, 'a Node process has helper threads');
  assert.equal(lowered, helpers.length);
  assert.equal(after[String(pid)], before[String(pid)], 'the main thread keeps its priority');
  for (const tid of helpers) assert.equal(after[tid], Math.min(19, before[tid] + BACKGROUND_NICENESS), `helper thread ${tid}`);
  assert.ok(later.length > 0, 'the worker made a thread');
  for (const priority of later) assert.equal(priority, before[String(pid)], 'a thread made later starts at the main thread’s priority');
});
