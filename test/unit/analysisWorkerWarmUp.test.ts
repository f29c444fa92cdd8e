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
