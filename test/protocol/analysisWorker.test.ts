// Analysis off the request path: the server runs analyses in a worker thread (here a stand-in worker whose runs the
// test can hold, crash or release), answers requests meanwhile, never publishes a stale version's result and
// survives the thread's death.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { DocumentSymbolRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { CRASH_ALWAYS_MARK, CRASH_ONCE_MARK, HOLD_MARK } from './fakeAnalysisWorker';
import { FakeWorkerControl } from './fakeWorkerControl';
import { ARTICLE, disposeStarted, hoverText, names, started, URI } from './harness';

afterEach(disposeStarted);

const HELD_URI = 'file:///news/articles/held.txt';
const HELD_ARTICLE = `${ARTICLE}\n${HOLD_MARK}`;

async function withWorker() {
  const worker = new FakeWorkerControl();
  const client = await started({ analyzer: undefined, createAnalysisWorker: worker.createWorker }, { debounceMs: 0 });
  return { worker, client };
}

describe('analysis in a worker thread', () => {
  test('hover and symbols of one document are answered while another one is still being analyzed', async () => {
    const { worker, client } = await withWorker();
    await client.open(URI, ARTICLE);
    await client.sendOpen(HELD_URI, HELD_ARTICLE);
    await worker.heldAnalyses(1);

    assert.match((await hoverText(client, 'Putin', 1)) ?? '', /Vladimir Putin/);
    const symbols = await client.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    assert.ok(names(symbols as never).length > 0);
    // A request on the held document waits for its analysis, which has not finished yet.
    const heldHover = hoverText(client, 'Kremlin', 1, HELD_ARTICLE, HELD_URI);
    assert.deepEqual(client.analysesOf(HELD_URI), [], 'the held analysis has not finished');

    worker.release();
    assert.match((await heldHover) ?? '', /Kremlin/);
    assert.equal((await client.analysisDone(HELD_URI, 1)).counts.actors, 3);
  });

  test('edits made during a run: only the newest version is analyzed next and published', async () => {
    const { worker, client } = await withWorker();
    await client.sendOpen(HELD_URI, HELD_ARTICLE);
    await worker.heldAnalyses(1);
    // Version 2 drops the hold mark, version 3 adds a sentence; both arrive while version 1 is held.
    const held = HELD_ARTICLE.indexOf(HOLD_MARK);
    const lines = HELD_ARTICLE.slice(0, held).split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const markEnd = { line: end.line, character: end.character + HOLD_MARK.length };
    await client.change(HELD_URI, 2, [{ range: { start: end, end: markEnd }, text: '' }]);
    await client.change(HELD_URI, 3, [{ range: { start: end, end }, text: 'Moscow said nothing.' }]);
    const hover = hoverText(client, 'Moscow', 2, `${HELD_ARTICLE.slice(0, held)}Moscow said nothing.`, HELD_URI);
    // Messages are handled in order: once a request that needs no analysis is answered, the server has the edits.
    await client.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' });

    worker.release();
    const published = await client.diagnostics(HELD_URI, 3);
    assert.ok(published.diagnostics.length > 0);
    assert.match((await hover) ?? '', /Moscow/, 'the request waited for version 3, not the stale result');
    await client.analysisDone(HELD_URI, 3);
    assert.deepEqual(
      client.analysesOf(HELD_URI).map((done) => done.version),
      [3],
      'versions 1 and 2 were never published',
    );
    // Whether version 2 reaches the worker at all is a race the protocol does not order: the workspace-symbol answer
    // shows the server has both edits, not that version 3's job (after its settings and sidecar are read) is queued
    // before the worker is released. Superseding a queued job is tested alone in server-analysisWorkerClient.test.ts;
    // here, no version is analyzed twice (at most 1, 2 and 3) and versions 1 and 2 are never published (above).
    assert.ok(worker.jobs <= 3, `no version analyzed twice (${worker.jobs} jobs)`);
  });

  test('a worker that dies is restarted and the document analyzed again', async () => {
    const { client } = await withWorker();
    const text = `${ARTICLE}\n${CRASH_ONCE_MARK}`;
    const done = await client.open(URI, text);
    assert.equal(done.skipped, undefined);
    assert.equal(done.counts.actors, 3);
    assert.ok(
      client.log.some((line) => /analysis worker stopped \(exit code 7\); restarting/.test(line)),
      client.log.join('\n'),
    );
    assert.match((await hoverText(client, 'Putin', 1, text)) ?? '', /Vladimir Putin/);
  });

  test('a text that kills the worker every time is reported as not analyzed; other documents still are', async () => {
    const { client } = await withWorker();
    const deadly = 'file:///news/articles/deadly.txt';
    const done = await client.open(deadly, `${ARTICLE}\n${CRASH_ALWAYS_MARK}`);
    assert.match(done.skipped ?? '', /analysis failed: the analysis worker stopped twice/);
    assert.equal((await client.open(URI, ARTICLE)).counts.actors, 3);
  });
});
