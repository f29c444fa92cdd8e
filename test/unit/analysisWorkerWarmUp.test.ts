// The real analysis worker warming up the edit path (analysisWorkerWarmUp.ts): after an open document's first
// analysis it analyzes made-up edits of it, which any message stops, and which leave no trace in the results: the
// next edit, sent while they run, is analyzed as a fresh analysis of its text would be.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { AnalysisWorkerClient } from '../../server/src/analysisWorkerClient';
import { ANALYSIS_WORKER_SCRIPT } from '../../server/src/analysisRunner';
import { WARM_UP_BEFORE_REPLY_EDITS, WARM_UP_BEFORE_REPLY_MIN_LENGTH, warmUpTexts } from '../../server/src/analysisWorkerWarmUp';
import type { CountingWorkerData } from '../protocol/countingAnalysisWorker';

const seedsDir = path.join(__dirname, '..', '..', '..', 'seeds');
const seed = fs.readFileSync(path.join(seedsDir, fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))[0]), 'utf8');

const clients: AnalysisWorkerClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.dispose()));

function realWorkerClient(): AnalysisWorkerClient {
  const client = new AnalysisWorkerClient({ createWorker: () => new Worker(ANALYSIS_WORKER_SCRIPT), logError: (message) => assert.fail(message), warmUpDelayMs: 0 });
  clients.push(client);
  return client;
}

/** `text` with `inserted` typed at `at`. */
const typed = (text: string, at: number, inserted: string) => text.slice(0, at) + inserted + text.slice(at);

test('edits sent while the worker warms up are analyzed as fresh analyses of their texts', async () => {
  assert.ok(fs.existsSync(ANALYSIS_WORKER_SCRIPT), 'the worker script is built');
  const client = realWorkerClient();
  await client.analyze(seed, {}, { key: 'a' });
  // Sent once the warm-up had started, then a little later, at other places than the made-up edits'.
  let text = seed;
  for (const [wait, at] of [
    [20, 120],
    [30, seed.length - 200],
    [0, 400],
  ]) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    text = typed(text, at, 'q');
    const { annotations } = await client.analyze(text, {}, { key: 'a' });
    assert.deepEqual(
      annotations,
      withoutParagraphCaches(() => analyze(text)),
    );
  }
});

test("closing a document stops its warm-up: the next document's analysis is not held up", async () => {
  const client = realWorkerClient();
  const long = Array.from({ length: 24 }, () => seed).join('\n\n');
  const wholeStarted = performance.now();
  await client.analyze(long, {}, { key: 'long' });
  const wholeMs = performance.now() - wholeStarted;
  // (the warm-up starts on the next turn of the event loop, warmUpDelayMs 0)
  await new Promise((resolve) => setTimeout(resolve, 50));
  client.drop('long');
  const started = performance.now();
  const { annotations } = await client.analyze('Putin met Merkel in Berlin.', {}, { key: 'short' });
  assert.ok(annotations.actors.length > 0);
  // Eight made-up edits of the article take longer than its whole analysis did (on a loaded machine too); stopped,
  // the short text waits for one step of one of them at most, a small part of it.
  const elapsed = performance.now() - started;
  assert.ok(elapsed < wholeMs / 2, `the short document waited ${Math.round(elapsed)} ms, the whole article's analysis took ${Math.round(wholeMs)} ms`);
});

test('jobs sent as the worker starts, while it warms up on the made-up article, are analyzed as fresh analyses', async () => {
  const client = realWorkerClient();
  const first = client.analyze(seed, {}, { key: 'first' });
  const other = typed(seed, 300, 'Zq ');
  const second = client.analyze(other, {}, { key: 'second' });
  assert.deepEqual(
    (await first).annotations,
    withoutParagraphCaches(() => analyze(seed)),
  );
  // Another document closed between the jobs: the warm-up goes on, the kept results stay the worker's.
  client.drop('first');
  assert.deepEqual(
    (await second).annotations,
    withoutParagraphCaches(() => analyze(other)),
  );
  await new Promise((resolve) => setTimeout(resolve, 30));
  const edited = typed(other, 900, 'w');
  assert.deepEqual(
    (await client.analyze(edited, {}, { key: 'second' })).annotations,
    withoutParagraphCaches(() => analyze(edited)),
  );
});

test("a long article's first analysis is followed by made-up edits of it before the reply, none when another job waits; later edits equal fresh analyses", async () => {
  const longAnalyses = new Int32Array(new SharedArrayBuffer(4));
  const workerData: CountingWorkerData = { longAnalyses };
  const script = path.join(__dirname, '..', 'protocol', 'countingAnalysisWorker.js');
  // (the idle warm-up kept out of the way: this is about the one before the reply)
  const client = new AnalysisWorkerClient({ createWorker: () => new Worker(script, { workerData }), logError: (message) => assert.fail(message), warmUpDelayMs: 60_000 });
  clients.push(client);
  const long = Array.from({ length: 24 }, () => seed).join('\n\n');
  assert.ok(long.length >= WARM_UP_BEFORE_REPLY_MIN_LENGTH);
  const fresh = (text: string) => withoutParagraphCaches(() => analyze(text));

  assert.deepEqual((await client.analyze(long, {}, { key: 'long' })).annotations, fresh(long));
  assert.equal(Atomics.load(longAnalyses, 0), 1 + WARM_UP_BEFORE_REPLY_EDITS, 'the analysis, then the made-up edits, before the reply');
  // The state they left serves the real edits, which come out as fresh analyses of their texts.
  let text = long;
  for (const at of [long.length >> 1, 150, long.length - 300]) {
    text = typed(text, at, 'q');
    assert.deepEqual((await client.analyze(text, {}, { key: 'long' })).annotations, fresh(text));
  }
  assert.equal(Atomics.load(longAnalyses, 0), 1 + WARM_UP_BEFORE_REPLY_EDITS + 3, 'no made-up edits after an edit');

  // Another long article, with a short one's job right behind it: replied without made-up edits.
  Atomics.store(longAnalyses, 0, 0);
  const other = typed(long, 40, 'Zq ');
  const [otherResult, shortResult] = await Promise.all([client.analyze(other, {}, { key: 'other' }), client.analyze('Putin met Merkel in Berlin.', {}, { key: 'short' })]);
  assert.equal(Atomics.load(longAnalyses, 0), 1, 'the analysis alone');
  assert.deepEqual(otherResult.annotations, fresh(other));
  assert.deepEqual(shortResult.annotations, fresh('Putin met Merkel in Berlin.'));
  const edited = typed(other, 2_000, 'w');
  assert.deepEqual((await client.analyze(edited, {}, { key: 'other' })).annotations, fresh(edited));
});

test('an analysis stays as it was through the made-up edits analyzed after it (the reply is cloned only after them)', () => {
  // The analyzer moves some of its kept readings in place for the next analysis: none of them may be part of a result.
  const long = Array.from({ length: 24 }, () => seed).join('\n\n');
  const result = analyze(long);
  const before = JSON.stringify(result);
  // An odd number: an even one ends on the article's own text, which would put back what an edit moved.
  for (const text of warmUpTexts(long, 3)) {
    analyze(text);
    assert.equal(JSON.stringify(result), before);
  }
  analyze(typed(long, 500, 'Zq '));
  assert.equal(JSON.stringify(result), before);
});
