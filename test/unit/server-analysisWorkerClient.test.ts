// The analysis worker client on its own: queued jobs of one key superseded by newer ones, open documents before the
// workspace index, a thread that cannot start failing the job instead of hanging it.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { AnalysisWorkerClient, SupersededError } from '../../server/src/analysisWorkerClient';
import { END_WARM_UP, STOP_JOB, type AnalysisJobMessage, type StopSignalMessage, type WarmUpMessage } from '../../server/src/analysisWorkerProtocol';
import { WARM_UP_BEFORE_REPLY_EDITS, WARM_UP_BEFORE_REPLY_MIN_LENGTH } from '../../server/src/analysisWorkerWarmUp';
import { HOLD_MARK, SLOT } from '../protocol/fakeAnalysisWorker';
import { FakeWorkerControl } from '../protocol/fakeWorkerControl';

const clients: AnalysisWorkerClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.dispose()));

function clientWith(createWorker: FakeWorkerControl['createWorker'], errors: string[] = []) {
  const client = new AnalysisWorkerClient({ createWorker, logError: (message) => errors.push(message) });
  clients.push(client);
  return client;
}

test('a queued job is superseded by a newer one of the same key; interactive jobs run before background ones', async () => {
  const worker = new FakeWorkerControl();
  const client = clientWith(worker.createWorker);
  const order: string[] = [];
  const track = (name: string, promise: Promise<unknown>) =>
    promise.then(
      () => order.push(name),
      (error: Error) => order.push(`${name}: ${error.name}`),
    );

  const held = track('held', client.analyze(`Putin spoke. ${HOLD_MARK}`, {}, { key: 'a' }));
  await worker.heldAnalyses(1);
  const index = track('index', client.analyze('Moscow.', {}, { key: 'index:b', background: true }));
  const older = track('older b', client.analyze('Putin.', {}, { key: 'b' }));
  const newer = track('newer b', client.analyze('Kremlin.', {}, { key: 'b' }));
  worker.release();
  await Promise.all([held, index, older, newer]);
  assert.deepEqual(order, [`older b: ${new SupersededError('b').name}`, 'held', 'newer b', 'index']);
});

test('a worker that cannot be started fails the job with a log line, and the next job tries again', async () => {
  const errors: string[] = [];
  let attempts = 0;
  const client = clientWith(() => {
    attempts++;
    throw new Error('no worker here');
  }, errors);
  await assert.rejects(client.analyze('Putin.', {}, { key: 'a' }), /no worker here/);
  await assert.rejects(client.analyze('Putin.', {}, { key: 'a' }), /no worker here/);
  assert.equal(attempts, 2);
  assert.ok(errors.every((line) => /could not start the analysis worker/.test(line)) && errors.length === 2, errors.join('\n'));
});

test("an open document's next results come as deltas from its previous one and equal a whole analysis; a closed one starts over", async () => {
  const { fakeAnalyzer } = await import('../protocol/fakeAnalyzer');
  const worker = new FakeWorkerControl();
  const client = clientWith(worker.createWorker);
  const texts = ['Putin met Merkel in Moscow on Monday.', 'Putin met Merkel in Berlin on Monday.', 'Yesterday Putin met Merkel in Berlin on Monday.', 'Putin met Merkel.'];
  for (const text of texts) {
    const { annotations } = await client.analyze(text, {}, { key: 'a' });
    assert.deepStrictEqual(annotations, fakeAnalyzer(text, {}));
  }
  client.drop('a');
  const { annotations } = await client.analyze(texts[0], {}, { key: 'a' });
  assert.deepStrictEqual(annotations, fakeAnalyzer(texts[0], {}));
});

test('a document closed while its analysis runs: the analysis is stopped, nothing is kept, the next one comes whole', async () => {
  const { fakeAnalyzer } = await import('../protocol/fakeAnalyzer');
  const worker = new FakeWorkerControl();
  const client = clientWith(worker.createWorker);
  const bases = (client as unknown as { bases: Map<string, unknown> }).bases;
  const running = client.analyze(`Putin met Merkel. ${HOLD_MARK}`, {}, { key: 'a' });
  await worker.heldAnalyses(1);
  client.drop('a');
  worker.release();
  await assert.rejects(running, (error: Error) => error.name === new SupersededError('a').name);
  assert.equal(bases.has('a'), false, 'nothing kept for the closed document');
  // Reopened: its first result is whole, and equal to an analysis.
  assert.deepStrictEqual((await client.analyze('Putin met Merkel in Berlin.', {}, { key: 'a' })).annotations, fakeAnalyzer('Putin met Merkel in Berlin.', {}));
  assert.equal(bases.has('a'), true);
});

test("a newer job of a running document stops the running analysis; the next result is still a delta from the document's last one", async () => {
  const { fakeAnalyzer } = await import('../protocol/fakeAnalyzer');
  const worker = new FakeWorkerControl();
  const client = clientWith(worker.createWorker);
  const first = 'Putin met Merkel in Moscow on Monday.';
  const firstResult = await client.analyze(first, {}, { key: 'a' });
  const running = client.analyze(`Putin met Merkel in Berlin. ${HOLD_MARK}`, {}, { key: 'a' });
  await worker.heldAnalyses(1);
  const newer = client.analyze('Putin met Merkel in Berlin on Monday.', {}, { key: 'a' });
  // Another document's job is not stopped by it.
  const other = client.analyze(`Merkel spoke. ${HOLD_MARK}`, {}, { key: 'b' });
  worker.release();
  await assert.rejects(running, (error: Error) => error.name === new SupersededError('a').name);
  const { annotations } = await newer;
  assert.deepStrictEqual(annotations, fakeAnalyzer('Putin met Merkel in Berlin on Monday.', {}));
  assert.deepStrictEqual((await other).annotations, fakeAnalyzer(`Merkel spoke. ${HOLD_MARK}`, {}));
  // Answered as a delta from the first result (its unchanged leading items are the very same objects).
  assert.ok(annotations.actors.length > 0 && annotations.actors[0] === firstResult.annotations.actors[0], 'the newer result was rebuilt from the first one');
});

/** A worker whose posted messages the test sees. */
function spiedWorker(worker: FakeWorkerControl, sent: AnalysisJobMessage[]): FakeWorkerControl['createWorker'] {
  return () => {
    const thread = worker.createWorker();
    const post = thread.postMessage.bind(thread);
    thread.postMessage = (message: AnalysisJobMessage) => {
      if ('key' in message) sent.push(message);
      post(message);
    };
    return thread;
  };
}

test("an open document's next texts go to the worker as edits of its last one, and are analyzed as the whole text", async () => {
  const { fakeAnalyzer } = await import('../protocol/fakeAnalyzer');
  const worker = new FakeWorkerControl();
  const sent: AnalysisJobMessage[] = [];
  const client = clientWith(spiedWorker(worker, sent));
  const texts = ['Putin met Merkel in Moscow on Monday.', 'Putin met Merkel in Berlin on Monday.', 'Putin met Merkel in Berlin on Monday.', 'Yesterday Putin met Merkel.', ''];
  for (const text of texts) assert.deepStrictEqual((await client.analyze(text, {}, { key: 'a' })).annotations, fakeAnalyzer(text, {}));
  assert.equal(typeof sent[0].text, 'string', 'the first text goes whole');
  assert.deepEqual(sent[1].text, { prefix: 20, oldEnd: 26, inserted: 'Berlin' });
  assert.deepEqual(sent[2].text, { prefix: texts[2].length, oldEnd: texts[2].length, inserted: '' });
  assert.ok(sent.slice(1).every((message) => typeof message.text !== 'string'));
  // The workspace index's jobs are never edits: the worker keeps nothing for them.
  await client.analyze('Putin met Merkel in Moscow.', {}, { key: 'index:a', background: true });
  assert.equal(typeof sent.at(-1)!.text, 'string');
});

test('an edit of a text the worker no longer keeps (more documents than it keeps) is sent again whole', async () => {
  const { fakeAnalyzer } = await import('../protocol/fakeAnalyzer');
  const worker = new FakeWorkerControl();
  const sent: AnalysisJobMessage[] = [];
  const client = clientWith(spiedWorker(worker, sent));
  // The worker keeps the last 32 documents' texts; this side keeps all of them.
  for (let document = 0; document < 40; document++) await client.analyze(`Putin met Merkel, part ${document}.`, {}, { key: `d${document}` });
  const text = 'Putin met Merkel in Berlin, part 0.';
  assert.deepStrictEqual((await client.analyze(text, {}, { key: 'd0' })).annotations, fakeAnalyzer(text, {}));
  const last = sent.slice(-2);
  assert.deepEqual(
    last.map((message) => typeof message.text),
    ['object', 'string'],
    'sent as an edit, then whole',
  );
  assert.equal(last[0].id, last[1].id, 'the same job');
});

/** A worker whose posted warm-up messages the test sees (analysisWorkerWarmUp.ts). */
function warmUpSpy(worker: FakeWorkerControl, warmed: string[]): FakeWorkerControl['createWorker'] {
  return () => {
    const thread = worker.createWorker();
    const post = thread.postMessage.bind(thread);
    thread.postMessage = (message: AnalysisJobMessage | WarmUpMessage) => {
      if ('warmUp' in message) warmed.push(message.warmUp);
      post(message);
    };
    return thread;
  };
}

test("the worker may warm up the edit path once idle after an open document's first analysis, not when another job came", async () => {
  const worker = new FakeWorkerControl();
  const warmed: string[] = [];
  const client = new AnalysisWorkerClient({ createWorker: warmUpSpy(worker, warmed), logError: () => {}, warmUpDelayMs: 30 });
  clients.push(client);
  const idle = () => new Promise((resolve) => setTimeout(resolve, 60));
  await client.analyze('Putin met Merkel in Moscow.', {}, { key: 'a' });
  assert.deepEqual(warmed, [], 'not at once');
  await idle();
  assert.deepEqual(warmed, ['a'], 'after the first analysis, sent whole, once the worker stayed idle');
  await client.analyze('Putin met Merkel in Berlin.', {}, { key: 'a' });
  await client.analyze('Putin met Merkel in Paris.', {}, { key: 'index:c', background: true });
  await idle();
  assert.deepEqual(warmed, ['a'], 'not after an edit, nor after the workspace index');
  // A job posted before the delay ends (the next document's, here) cancels it; a document closed meanwhile too.
  await Promise.all([client.analyze('Merkel spoke.', {}, { key: 'd' }), client.analyze('Putin spoke.', {}, { key: 'e' })]);
  await client.analyze('Lavrov spoke.', {}, { key: 'f' });
  client.drop('f');
  await idle();
  assert.deepEqual(warmed, ['a'], 'd and e were followed by other jobs, f was closed');
});

test('a document whose first analysis is followed by nothing is warmed up once the delay is over', async () => {
  const worker = new FakeWorkerControl();
  const warmed: string[] = [];
  const client = new AnalysisWorkerClient({ createWorker: warmUpSpy(worker, warmed), logError: () => {}, warmUpDelayMs: 30 });
  clients.push(client);
  await Promise.all([client.analyze('Merkel spoke.', {}, { key: 'd' }), client.analyze('Putin spoke.', {}, { key: 'e' })]);
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.deepEqual(warmed, ['e'], 'the last one only: d was followed by e');
});

/** A worker whose posted jobs the test sees, and the stop signal the client shares with it. */
function signalSpy(worker: FakeWorkerControl, sent: AnalysisJobMessage[], signal: { slots?: Int32Array }): FakeWorkerControl['createWorker'] {
  return () => {
    const thread = worker.createWorker();
    const post = thread.postMessage.bind(thread);
    thread.postMessage = (message: AnalysisJobMessage | StopSignalMessage) => {
      if ('stopSignal' in message) signal.slots = message.stopSignal;
      else if ('key' in message) sent.push(message);
      post(message);
    };
    return thread;
  };
}

test("a long article's first job, with nothing else waiting, has made-up edits analyzed before the reply; whatever waits for the worker ends them", async () => {
  const worker = new FakeWorkerControl();
  const sent: AnalysisJobMessage[] = [];
  const signal: { slots?: Int32Array } = {};
  const client = clientWith(signalSpy(worker, sent, signal));
  const sentence = 'Putin met Merkel in Moscow on Monday. ';
  const long = sentence.repeat(Math.ceil(WARM_UP_BEFORE_REPLY_MIN_LENGTH / sentence.length));
  const held = `${long}${HOLD_MARK}`;
  const ended = () => Atomics.load(signal.slots!, END_WARM_UP);
  /** Holds the next analyses of `held` until release(). */
  const closeGate = () => Atomics.store(worker.shared, SLOT.gate, 0);

  const opened = client.analyze(held, {}, { key: 'long' });
  await worker.heldAnalyses(1);
  const first = sent.at(-1)!;
  assert.equal(first.warmUpEdits, WARM_UP_BEFORE_REPLY_EDITS, 'the first job of a long article');
  assert.notEqual(ended(), first.id);
  // Another open document's job comes: the made-up edits end (the running analysis itself goes on).
  const other = client.analyze('Merkel spoke.', {}, { key: 'short' });
  assert.equal(ended(), first.id, 'ended by the job that waits');
  assert.notEqual(Atomics.load(signal.slots!, STOP_JOB), first.id, 'the running analysis is not stopped');
  worker.release();
  await opened;
  await other;
  assert.equal(sent.at(-1)!.warmUpEdits, undefined, 'a short article: none');
  await client.analyze(`${long} More.`, {}, { key: 'long' });
  assert.equal(sent.at(-1)!.warmUpEdits, undefined, 'an edit: none');
  await client.analyze(long, {}, { key: 'index:long', background: true });
  assert.equal(sent.at(-1)!.warmUpEdits, undefined, 'the workspace index: none');

  // Three long articles opened at once: the first is posted at once, and the next one's job coming ends its made-up
  // edits; the second is posted while the third waits (none); the third with nothing left waiting (made-up edits).
  closeGate();
  const three = ['a', 'b', 'c'].map((key) => client.analyze(held, {}, { key }));
  await worker.heldAnalyses(2);
  const a = sent.at(-1)!;
  assert.deepEqual([a.key, a.warmUpEdits, ended()], ['a', WARM_UP_BEFORE_REPLY_EDITS, a.id]);
  worker.release();
  await Promise.all(three);
  assert.deepEqual(
    sent.slice(-2).map((message) => [message.key, message.warmUpEdits]),
    [
      ['b', undefined],
      ['c', WARM_UP_BEFORE_REPLY_EDITS],
    ],
  );

  // A request waiting for a long article's first result (prioritize) ends its made-up edits too.
  closeGate();
  const reopened = client.analyze(held, {}, { key: 'd' });
  await worker.heldAnalyses(5);
  const d = sent.at(-1)!;
  assert.equal(d.warmUpEdits, WARM_UP_BEFORE_REPLY_EDITS);
  assert.notEqual(ended(), d.id);
  client.prioritize('d');
  assert.equal(ended(), d.id);
  worker.release();
  await reopened;
});
