// The server's lifecycle over an in-memory connection, with the stand-in analyzer: initialize, text sync, when
// analysis runs (debounce, supersede, run modes, the analyze command), skipped documents and failing features.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import type { Annotations, AnalyzeOptions } from '../../server/src/analysis/types';
import {
  ANALYZE_COMMAND,
  AnnotationsRequest,
  CORRECT_COMMAND,
  DROP_UNPLACED_COMMAND,
  NOT_ACTOR_COMMAND,
  RESTORE_ACTOR_COMMAND,
  type AnalysisDoneParams,
} from '../../server/src/protocol';
import { fakeAnalyzer } from './fakeAnalyzer';
import { URI, ARTICLE, started, disposeStarted, recordingAnalyzer, hoverText } from './harness';
import { positionOf } from './positionsOf';

afterEach(disposeStarted);

describe('initialize', () => {
  test('announces incremental sync and the features', async () => {
    const { capabilities } = await started();
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.documentSymbolProvider);
    assert.deepEqual(capabilities.executeCommandProvider?.commands, [ANALYZE_COMMAND, CORRECT_COMMAND, DROP_UNPLACED_COMMAND, NOT_ACTOR_COMMAND, RESTORE_ACTOR_COMMAND]);
  });
});

describe('incremental text sync', () => {
  test('an emoji inserted before an annotation shifts it by two UTF-16 code units', async () => {
    const client = await started({}, { debounceMs: 0 });
    await client.open(URI, ARTICLE);
    const before = (await client.diagnostics(URI, 1)).diagnostics.find((diagnostic) => diagnostic.code === 'person')!;
    const at = positionOf(ARTICLE, 'Vladimir Putin');
    await client.change(URI, 2, [{ range: { start: at, end: at }, text: '😀' }]);
    const after = (await client.diagnostics(URI, 2)).diagnostics.find((diagnostic) => diagnostic.code === 'person')!;
    assert.deepEqual(after.range, {
      start: { line: before.range.start.line, character: before.range.start.character + 2 },
      end: { line: before.range.end.line, character: before.range.end.character + 2 },
    });
  });

  test('several edits in one change, across lines, are applied in order', async () => {
    const texts: string[] = [];
    const client = await started({ analyzer: recordingAnalyzer(texts) }, { debounceMs: 0 });
    await client.open(URI, ARTICLE);
    await client.change(URI, 2, [
      // Replace the headline's first word, then join lines 3 and 4 (the range is in the text after the first edit).
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, text: 'Moscow' },
      { range: { start: { line: 3, character: 44 }, end: { line: 5, character: 0 } }, text: ' ' },
    ]);
    const done = await client.analysisDone(URI, 2);
    const expected = ARTICLE.replace('Kremlin sets', 'Moscow sets').replace('said.\n\nThe', 'said. The');
    assert.equal(texts.at(-1), expected);
    assert.deepEqual(done.counts, { actors: 3, dates: 1, quotes: 1, problems: 0 });
  });

  test('a newer version supersedes a pending run; no stale version is analyzed', async () => {
    const texts: string[] = [];
    const client = await started({ analyzer: recordingAnalyzer(texts) }, { debounceMs: 500 });
    await client.open(URI, ARTICLE);
    const end = positionOf(ARTICLE, 'figures.', 0, 'figures.'.length);
    await client.change(URI, 2, [{ range: { start: end, end }, text: ' Moscow' }]);
    await client.change(URI, 3, [{ range: { start: end, end }, text: ' Kremlin' }]);
    await client.analysisDone(URI, 3);
    assert.deepEqual(
      client.analysesOf(URI).map((done) => done.version),
      [1, 3],
    );
    assert.deepEqual(texts, [ARTICLE, ARTICLE.replace('figures.', 'figures. Kremlin Moscow')]);
  });
});

describe('when analysis runs', () => {
  test('run: manual analyzes only on the analyze command', async () => {
    const texts: string[] = [];
    const client = await started({ analyzer: recordingAnalyzer(texts) }, { run: 'manual', debounceMs: 0 });
    const other = 'file:///news/articles/other.txt';
    client.configuration.set(other, { run: 'onType', debounceMs: 0 });
    await client.sendOpen(URI, ARTICLE);
    // Runs of equal delay fire in order, so had the manual document been scheduled, it would be done first.
    await client.open(other, 'Moscow');
    assert.deepEqual(client.analysesOf(URI), []);
    const results = (await client.client.sendRequest(ExecuteCommandRequest.type, { command: ANALYZE_COMMAND, arguments: [URI] })) as AnalysisDoneParams[];
    assert.deepEqual(
      results.map((done) => [done.uri, done.version]),
      [[URI, 1]],
    );
    assert.equal((await client.diagnostics(URI, 1)).diagnostics.length, 8);
    // Asked again for the same version: no new analysis, but the client is told again.
    const again = client.nextAnalysisDone(URI);
    await client.client.sendRequest(ExecuteCommandRequest.type, { command: ANALYZE_COMMAND, arguments: [URI] });
    assert.equal((await again).version, 1);
    assert.equal(texts.filter((text) => text === ARTICLE).length, 1);
    await assert.rejects(client.client.sendRequest(ExecuteCommandRequest.type, { command: 'newsAnnotator.unknown' }), /unknown command/);
  });

  test('run: onSave analyzes on open and save, not while typing', async () => {
    const client = await started({}, { run: 'onSave', debounceMs: 0 });
    const other = 'file:///news/articles/other.txt';
    client.configuration.set(other, { run: 'onType', debounceMs: 0 });
    await client.open(URI, ARTICLE);
    await client.open(other, 'Moscow');
    const edit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Putin ' };
    await client.change(URI, 2, [edit]);
    await client.change(other, 2, [edit]);
    await client.analysisDone(other, 2);
    assert.deepEqual(
      client.analysesOf(URI).map((done) => done.version),
      [1],
    );
    const saved = client.nextAnalysisDone(URI);
    await client.save(URI);
    assert.equal((await saved).version, 2);
  });

  test('the analyze command without arguments analyzes every open document', async () => {
    const client = await started({}, { run: 'manual' });
    await client.sendOpen(URI, ARTICLE);
    await client.sendOpen('file:///news/b.txt', 'Kremlin');
    const results = (await client.client.sendRequest(ExecuteCommandRequest.type, { command: ANALYZE_COMMAND, arguments: [] })) as AnalysisDoneParams[];
    assert.deepEqual(results.map((done) => done.uri).sort(), [URI, 'file:///news/b.txt']);
  });
});

describe('documents that are not analyzed', () => {
  test('over maxFileSizeKB: skipped with the reason, diagnostics cleared', async () => {
    const client = await started({}, { maxFileSizeKB: 1, debounceMs: 0 });
    await client.open(URI, ARTICLE);
    assert.equal((await client.diagnostics(URI, 1)).diagnostics.length, 8);
    const big = `${ARTICLE}\n${'Moscow is large. '.repeat(80)}`;
    await client.change(URI, 2, [{ text: big }]);
    const done = await client.analysisDone(URI, 2);
    assert.match(done.skipped ?? '', /maxFileSizeKB/);
    assert.deepEqual(done.counts, { actors: 0, dates: 0, quotes: 0, problems: 0 });
    assert.deepEqual((await client.diagnostics(URI, 2)).diagnostics, []);
    assert.equal(await client.client.sendRequest(AnnotationsRequest, { uri: URI }), null);
  });

  test('binary content (NUL characters) is skipped', async () => {
    const client = await started();
    const done = await client.open(URI, `Putin\u0000\u0000\u0001`);
    assert.match(done.skipped ?? '', /binary/);
  });

  test('a failing analyzer is logged and reported, and the server keeps answering', async () => {
    const analyzer = (text: string, options: AnalyzeOptions) => {
      if (text.includes('CRASH')) throw new Error('tagger exploded');
      return fakeAnalyzer(text, options);
    };
    const client = await started({ analyzer }, { debounceMs: 0 });
    const done = await client.open('file:///news/crash.txt', 'CRASH near Moscow');
    assert.match(done.skipped ?? '', /analysis failed: tagger exploded/);
    assert.ok(client.log.some((line) => line.includes('tagger exploded')));
    await client.open(URI, ARTICLE);
    assert.match((await hoverText(client, 'Putin said'))!, /Vladimir Putin/);
  });
});

describe('a feature that fails', () => {
  test('is logged and answered with an empty result; the run is still reported and other documents still served', async () => {
    const analyzer = (text: string, options: AnalyzeOptions): Annotations =>
      text.startsWith('BROKEN') ? ({ ...fakeAnalyzer(text, options), actors: null } as unknown as Annotations) : fakeAnalyzer(text, options);
    const client = await started({ analyzer });
    const broken = 'file:///news/broken.txt';
    const done = await client.open(broken, 'BROKEN Moscow');
    assert.equal(done.counts.actors, 0);
    assert.deepEqual((await client.diagnostics(broken, 1)).diagnostics, []);
    assert.equal(await client.client.sendRequest(HoverRequest.type, { textDocument: { uri: broken }, position: { line: 0, character: 8 } }), null);
    assert.deepEqual(await client.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: broken } }), []);
    for (const feature of ['diagnostics of', 'hover failed', 'document symbols failed']) {
      assert.ok(
        client.log.some((line) => line.includes(feature)),
        `${feature} is logged: ${client.log.join('\n')}`,
      );
    }
    await client.open(URI, ARTICLE);
    assert.match((await hoverText(client, 'Putin said'))!, /Vladimir Putin/);
  });
});
