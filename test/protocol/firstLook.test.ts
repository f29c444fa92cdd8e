// A long article's first diagnostics come from its opening while the whole article is still analyzed (the stand-in
// worker holds the whole article's analysis: a HOLD_MARK at its end is not in the opening), and the whole article's
// diagnostics replace them; a short article is analyzed whole at once.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIRST_LOOK_MIN_LENGTH } from '../../server/src/firstLook';
import { AnnotationsRequest } from '../../server/src/protocol';
import { HOLD_MARK } from './fakeAnalysisWorker';
import { FakeWorkerControl } from './fakeWorkerControl';
import { ARTICLE, disposeStarted, started, withTags } from './harness';

afterEach(disposeStarted);

const LONG_URI = 'file:///news/articles/long-story.txt';

async function withWorker() {
  const worker = new FakeWorkerControl();
  const client = await started({ analyzer: undefined, createAnalysisWorker: worker.createWorker }, withTags({ debounceMs: 0 }));
  return { worker, client };
}

/** ARTICLE's paragraphs again and again (each copy numbered), past the length that gets a first look. */
function longArticle(): string {
  const copies: string[] = [];
  for (let index = 0; copies.join('\n\n').length < FIRST_LOOK_MIN_LENGTH * 1.5; index++) copies.push(`Part ${index}.\n\n${ARTICLE}`);
  return `${copies.join('\n\n')}\n\n${HOLD_MARK}`;
}

describe('first look at a long article', () => {
  test("publishes the opening's diagnostics while the whole article is analyzed, then the whole article's", async () => {
    const { worker, client } = await withWorker();
    const text = longArticle();
    const document = TextDocument.create(LONG_URI, 'news-article', 1, text);
    void client.sendOpen(LONG_URI, text);
    await worker.heldAnalyses(1);
    const opening = await client.diagnostics(LONG_URI, 1);
    assert.ok(opening.diagnostics.length > 0, 'the opening has diagnostics');
    const openingEnd = Math.max(...opening.diagnostics.map((diagnostic) => document.offsetAt(diagnostic.range.end)));
    assert.ok(openingEnd < text.length / 2, 'they are all in the opening');
    assert.deepEqual(client.analysesOf(LONG_URI), [], 'the whole article was not analyzed yet');

    const whole = client.nextDiagnostics(LONG_URI);
    worker.release();
    const published = await whole;
    assert.equal(published.version, 1);
    assert.ok(published.diagnostics.length > opening.diagnostics.length * 2, 'the whole article has diagnostics all through it');
    // The opening's diagnostics are those of the whole article there.
    const wholeInOpening = published.diagnostics.filter((diagnostic) => document.offsetAt(diagnostic.range.end) <= openingEnd);
    assert.deepEqual(
      opening.diagnostics.map((diagnostic) => diagnostic.range),
      wholeInOpening.slice(0, opening.diagnostics.length).map((diagnostic) => diagnostic.range),
    );
    assert.equal((await client.analysisDone(LONG_URI, 1)).version, 1);
  });

  test('in manual mode a request analyzes the whole article and publishes nothing, the opening neither', async () => {
    const worker = new FakeWorkerControl();
    const client = await started({ analyzer: undefined, createAnalysisWorker: worker.createWorker }, withTags({ debounceMs: 0, run: 'manual' }));
    const text = longArticle().replace(HOLD_MARK, '');
    await client.sendOpen(LONG_URI, text);
    const annotations = await client.client.sendRequest(AnnotationsRequest, { uri: LONG_URI });
    assert.ok(annotations, 'the request was answered from an analysis');
    assert.equal(worker.jobs, 1, 'the whole article only');
    // Messages are handled in order: a publication would have arrived before this answer.
    await client.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' });
    const published = await Promise.race([client.diagnosticsWhere(LONG_URI, () => true).then(() => true), delay(100).then(() => false)]);
    assert.equal(published, false);
  });

  test('a short article is analyzed once, whole', async () => {
    const { worker, client } = await withWorker();
    await client.open(LONG_URI, ARTICLE);
    await client.diagnostics(LONG_URI, 1);
    assert.equal(worker.jobs, 1);
  });
});
