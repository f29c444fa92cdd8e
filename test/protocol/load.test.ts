// Many documents at once: requests are answered while a large batch is analyzed (the stand-in worker holds one
// analysis of the batch, so the batch cannot have finished when the answer comes), a request moves its document's
// analysis ahead of the queued ones, and a document closed while queued is never analyzed.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { VisibleDocumentsNotification } from '../../server/src/protocol';
import { HOLD_MARK } from './fakeAnalysisWorker';
import { FakeWorkerControl } from './fakeWorkerControl';
import { ARTICLE, disposeStarted, hoverText, started, URI } from './harness';

afterEach(disposeStarted);

const BATCH = 120;
const batchUri = (index: number) => `file:///news/batch/copy-${String(index).padStart(3, '0')}.txt`;
/** Each copy is a distinct text that quotes the same words as ARTICLE (so cross-article work has something to do). */
const batchText = (index: number, held = false) => `${ARTICLE}\nCopy number ${index} of the story.${held ? `\n${HOLD_MARK}` : ''}`;

async function withWorker() {
  const worker = new FakeWorkerControl();
  const client = await started({ analyzer: undefined, createAnalysisWorker: worker.createWorker }, { debounceMs: 0 });
  return { worker, client };
}

describe('many documents at once', () => {
  test('a hover is answered while a large batch of documents is being analyzed', async () => {
    const { worker, client } = await withWorker();
    await client.open(URI, ARTICLE);
    const held = BATCH / 2;
    for (let index = 0; index < BATCH; index++) void client.sendOpen(batchUri(index), batchText(index, index === held));
    await worker.heldAnalyses(1);

    const hover = (await hoverText(client, 'Putin', 1)) ?? '';
    assert.match(hover, /Vladimir Putin/);
    const finished = Array.from({ length: BATCH }, (_, index) => client.analysesOf(batchUri(index)).length).filter(Boolean).length;
    assert.ok(finished < BATCH, 'the batch had not finished when the hover was answered');
    assert.deepEqual(client.analysesOf(batchUri(held)), [], 'the held document was still being analyzed');

    worker.release();
    // Nothing lost: every document of the batch is analyzed and published.
    for (let index = 0; index < BATCH; index++) assert.ok((await client.diagnostics(batchUri(index), 1)).diagnostics.length > 0);
    // The quote the copies share is found in the other articles once they are analyzed.
    assert.match((await hoverText(client, 'We will', 0)) ?? '', new RegExp(`Also quoted in ${BATCH} other articles`));
  });

  test('while an edited version is analyzed, a hover away from the edit is answered from the latest analysis', async () => {
    const { worker, client } = await withWorker();
    await client.open(URI, ARTICLE);
    const lines = ARTICLE.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    await client.change(URI, 2, [{ range: { start: end, end }, text: ` ${HOLD_MARK}` }]);
    await worker.heldAnalyses(1);

    assert.match((await hoverText(client, 'Putin', 1)) ?? '', /Vladimir Putin/);
    assert.deepEqual(
      client.analysesOf(URI).map((done) => done.version),
      [1],
      'version 2 was still being analyzed',
    );
    worker.release();
    await client.analysisDone(URI, 2);
  });

  test('a request for a document still queued moves its analysis ahead of the others', async () => {
    const { worker, client } = await withWorker();
    void client.sendOpen(batchUri(0), batchText(0, true));
    await worker.heldAnalyses(1);
    const last = 30;
    for (let index = 1; index <= last; index++) void client.sendOpen(batchUri(index), batchText(index));
    await client.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' });
    const hover = hoverText(client, 'Putin', 1, batchText(last), batchUri(last));
    // Messages are handled in order: once this is answered, the hover has asked for its document's analysis.
    await client.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' });

    worker.release();
    assert.match((await hover) ?? '', /Vladimir Putin/);
    // Publications follow the analyses in the order they finished (in slices, after the waiting hover's answer).
    await Promise.all([client.analysisDone(batchUri(1), 1), client.analysisDone(batchUri(last), 1)]);
    const order = client.analysesInOrder();
    assert.ok(order.indexOf(batchUri(last)) < order.indexOf(batchUri(1)), 'the hovered document was analyzed before the first one queued ahead of it');
  });

  test('the documents the editor shows are analyzed before the other open ones', async () => {
    const { worker, client } = await withWorker();
    void client.sendOpen(batchUri(0), batchText(0, true));
    await worker.heldAnalyses(1);
    const visible = [batchUri(25), batchUri(10)];
    await client.client.sendNotification(VisibleDocumentsNotification, { uris: visible });
    for (let index = 1; index <= 30; index++) void client.sendOpen(batchUri(index), batchText(index));
    // Each open is queued after a settings round trip and a timer: give the server turns to queue them all
    // (a job queued only after the release could start after hidden ones, and the order would depend on timing).
    for (let turn = 0; turn < 5; turn++) {
      await client.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    worker.release();
    // Notifications arrive in the order they were sent: when a visible one is done, a hidden one queued first is not.
    await client.analysisDone(batchUri(25), 1);
    assert.deepEqual(client.analysesOf(batchUri(10)), [], 'the visible ones in the order given');
    await client.analysisDone(batchUri(10), 1);
    assert.deepEqual(client.analysesOf(batchUri(1)), [], 'the visible ones before the hidden ones');
    await client.analysisDone(batchUri(30), 1);
  });

  test('a document closed while its analysis is queued is never analyzed', async () => {
    const { worker, client } = await withWorker();
    void client.sendOpen(batchUri(0), batchText(0, true));
    await worker.heldAnalyses(1);
    await client.sendOpen(batchUri(1), batchText(1));
    await client.sendOpen(batchUri(2), batchText(2));
    await client.close(batchUri(1));
    await client.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' });

    worker.release();
    await client.analysisDone(batchUri(2), 1);
    assert.equal(worker.jobs, 2, 'only the held document and the one left open were analyzed');
    assert.deepEqual(client.analysesOf(batchUri(1)), []);
  });
});
