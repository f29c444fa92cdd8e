// The LSP contract for clients other than VS Code: work-done progress on the requests that read many files,
// those requests refusing files outside the workspace folders, and didChange messages that cannot be right
// (out of order, out of range) rejected and logged. Over in-memory streams, with the real analyzer.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  ExecuteCommandRequest,
  ReferencesRequest,
  RenameRequest,
  WorkDoneProgress,
  type TextDocumentEdit,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { ANALYZE_COMMAND, AnnotationsRequest, ExportFilesRequest, IndexFilesRequest, type AnalysisDoneParams } from '../../server/src/protocol';
import { withTags } from './harness';
import { TestConnection } from './testConnection';

const ARTICLE = 'Lakeside, May 4 (Wire) Mayor Ana Ruiz opened the new bridge on Monday. "It is for everyone," Ruiz said.';

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

describe('requests that read files', () => {
  let root: string;
  let outside: string;
  let connection: TestConnection;
  const url = (file: string) => pathToFileURL(file).toString();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-contract-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-outside-'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) fs.writeFileSync(path.join(root, name), ARTICLE);
    fs.writeFileSync(path.join(outside, 'secret.txt'), ARTICLE);
    connection = new TestConnection({ workspaceFolders: [url(root)] });
    connection.configuration.set('default', withTags({ debounceMs: 0 }));
    await connection.initialize();
  });
  after(async () => {
    await connection.dispose();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const progressOn = (token: string) => {
    const values: ProgressValue[] = [];
    const disposable = connection.client.onProgress(WorkDoneProgress.type, token, (value) => values.push(value));
    return { values, dispose: () => disposable.dispose() };
  };

  test('the index reports $/progress on the work-done token the client offers: begin, one report per file, end', async () => {
    const progress = progressOn('scan-1');
    const uris = ['a.txt', 'b.txt', 'c.txt'].map((name) => url(path.join(root, name)));
    const result = await connection.client.sendRequest(IndexFilesRequest, { uris, reset: true, workDoneToken: 'scan-1' });
    await new Promise((resolve) => setImmediate(resolve));
    progress.dispose();
    assert.equal(result.indexed, 3);
    assert.deepEqual(
      progress.values.map((value) => value.kind),
      ['begin', 'report', 'report', 'report', 'end'],
    );
    assert.equal((progress.values[0] as WorkDoneProgressBegin).title, 'Indexing articles');
    assert.match((progress.values[3] as WorkDoneProgressReport).message ?? '', /^3 of 3: c\.txt$/);
  });

  test('no token, no progress', async () => {
    const progress = progressOn('never');
    await connection.client.sendRequest(IndexFilesRequest, { uris: [url(path.join(root, 'a.txt'))] });
    progress.dispose();
    assert.deepEqual(progress.values, []);
  });

  test('the workspace export reports $/progress too', async () => {
    const progress = progressOn('export-1');
    const uris = ['a.txt', 'b.txt'].map((name) => url(path.join(root, name)));
    const result = await connection.client.sendRequest(ExportFilesRequest, { uris, format: 'json', workDoneToken: 'export-1' });
    await new Promise((resolve) => setImmediate(resolve));
    progress.dispose();
    assert.equal(result.exported, 2);
    assert.deepEqual(
      progress.values.map((value) => value.kind),
      ['begin', 'report', 'report', 'end'],
    );
  });

  test('the analyze command over the open articles reports $/progress: begin, one report per article, end', async () => {
    const uris = ['a.txt', 'b.txt'].map((name) => url(path.join(root, name)));
    for (const uri of uris) await connection.open(uri, ARTICLE);
    const progress = progressOn('analyze-1');
    const done = (await connection.client.sendRequest(ExecuteCommandRequest.type, { command: ANALYZE_COMMAND, arguments: [], workDoneToken: 'analyze-1' })) as AnalysisDoneParams[];
    await new Promise((resolve) => setImmediate(resolve));
    progress.dispose();
    for (const uri of uris) await connection.close(uri);
    assert.deepEqual(done.map((each) => each.uri).sort(), [...uris].sort());
    assert.deepEqual(
      progress.values.map((value) => value.kind),
      ['begin', 'report', 'report', 'end'],
    );
    assert.equal((progress.values[0] as WorkDoneProgressBegin).title, 'Analyzing articles');
  });

  test('a file outside the workspace folders is neither indexed nor exported; the refusal is logged', async () => {
    const secret = url(path.join(outside, 'secret.txt'));
    const sneaky = `${url(root)}/../${path.basename(outside)}/secret.txt`;
    const indexed = await connection.client.sendRequest(IndexFilesRequest, { uris: [secret, sneaky, url(path.join(root, 'a.txt'))] });
    assert.equal(indexed.indexed, 1);
    assert.deepEqual(
      indexed.skipped.map((skip) => skip.reason),
      ['outside the workspace folders', 'outside the workspace folders'],
    );
    const exported = await connection.client.sendRequest(ExportFilesRequest, { uris: [secret, url(path.join(root, 'b.txt'))], names: ['secret', 'b'], format: 'json' });
    assert.equal(exported.exported, 1);
    assert.deepEqual(exported.skipped, [{ uri: secret, reason: 'outside the workspace folders' }]);
    assert.ok(
      exported.files.every((file) => !file.name.includes('secret')),
      JSON.stringify(exported.files.map((file) => file.name)),
    );
    assert.ok(
      connection.log.some((line) => line.includes('secret.txt') && line.includes('outside the workspace folders')),
      connection.log.join('\n'),
    );
  });
});

describe('didChange that cannot be right', () => {
  let root: string;
  let connection: TestConnection;
  const annotatedText = async (uri: string) => (await connection.client.sendRequest(AnnotationsRequest, { uri }))?.actors.map((actor) => actor.name);

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-sync-'));
    connection = new TestConnection({ workspaceFolders: [pathToFileURL(root).toString()] });
    connection.configuration.set('default', { debounceMs: 0 });
    await connection.initialize();
  });
  after(async () => {
    await connection.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a version older than the one held is rejected and logged; the newer text stays', async () => {
    const uri = pathToFileURL(path.join(root, 'order.txt')).toString();
    await connection.open(uri, 'Lakeside, May 4 (Wire) Mayor Ana Ruiz spoke.');
    const third = connection.analysisDone(uri, 3);
    await connection.change(uri, 3, [{ text: 'Lakeside, May 4 (Wire) Mayor Tom Berg spoke.' }]);
    await third;
    await connection.change(uri, 2, [{ text: 'Lakeside, May 4 (Wire) Mayor Ana Ruiz spoke again.' }]);
    // Answered after the change was handled (messages are handled in order), so the log holds its line by then.
    const names = await annotatedText(uri);
    assert.ok(
      connection.log.some((line) => /ignored a change of .*order\.txt: version 2 arrived after version 3/.test(line)),
      connection.log.join('\n'),
    );
    assert.ok(names?.includes('Tom Berg') && !names.includes('Ana Ruiz'), JSON.stringify(names));
  });

  test('a change whose range lies past the end is rejected, logged, and the document resynchronized from disk', async () => {
    const file = path.join(root, 'range.txt');
    fs.writeFileSync(file, 'Lakeside, May 4 (Wire) Mayor Nora Lind spoke.');
    const uri = pathToFileURL(file).toString();
    await connection.open(uri, 'Lakeside, May 4 (Wire) Mayor Ana Ruiz spoke.');
    const resynced = connection.analysisDone(uri, 2);
    await connection.change(uri, 2, [{ range: { start: { line: 40, character: 0 }, end: { line: 41, character: 0 } }, text: 'Mayor Tom Berg' }]);
    await resynced;
    assert.ok(
      connection.log.some((line) =>
        /rejected a change of .*range\.txt \(version 2\): its range 40:0-41:0 lies outside the document \(1 lines\); resynchronized from the file on disk/.test(line),
      ),
      connection.log.join('\n'),
    );
    const names = await annotatedText(uri);
    assert.ok(names?.includes('Nora Lind') && !names.includes('Tom Berg'), JSON.stringify(names));
  });
});

describe('rename across the workspace', () => {
  let root: string;
  const OPEN = 'Lakeside, May 4 (Wire) Mayor Ana Ruiz opened the bridge. Ruiz thanked the builders.';
  const CLOSED = 'Hillview, May 5 (Wire) Residents cheered Ana Ruiz at the ceremony.';

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-rename-'));
    fs.writeFileSync(path.join(root, 'open.txt'), OPEN);
    fs.writeFileSync(path.join(root, 'closed.txt'), CLOSED);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  async function renamed(capabilities: Parameters<TestConnection['initialize']>[0]) {
    const connection = new TestConnection({ workspaceFolders: [pathToFileURL(root).toString()] });
    connection.configuration.set('default', { debounceMs: 0 });
    await connection.initialize(capabilities);
    const open = pathToFileURL(path.join(root, 'open.txt')).toString();
    const closed = pathToFileURL(path.join(root, 'closed.txt')).toString();
    try {
      await connection.client.sendRequest(IndexFilesRequest, { uris: [closed] });
      await connection.open(open, OPEN, 'news-article', 7);
      const references =
        (await connection.client.sendRequest(ReferencesRequest.type, {
          textDocument: { uri: open },
          position: { line: 0, character: OPEN.indexOf('Ana') + 1 },
          context: { includeDeclaration: true },
        })) ?? [];
      const edit = await connection.client.sendRequest(RenameRequest.type, {
        textDocument: { uri: open },
        position: { line: 0, character: OPEN.indexOf('Ana') + 1 },
        newName: 'Anna Ruiz-Lopez',
      });
      return { edit, references, open, closed };
    } finally {
      await connection.dispose();
    }
  }

  test('covers every article references find, as versioned documentChanges when the client takes them', async () => {
    const { edit, references, open, closed } = await renamed({ workspace: { workspaceEdit: { documentChanges: true } } });
    assert.deepEqual([...new Set(references.map((reference) => reference.uri))].sort(), [closed, open].sort(), 'references span both articles');
    const changes = (edit?.documentChanges ?? []) as TextDocumentEdit[];
    const byUri = new Map(changes.map((change) => [change.textDocument.uri, change]));
    assert.deepEqual([...byUri.keys()].sort(), [closed, open].sort());
    assert.equal(byUri.get(open)!.textDocument.version, 7, 'the open document at the version the edit was made for');
    assert.equal(byUri.get(closed)!.textDocument.version, null, 'a closed file has no version');
    assert.deepEqual(
      byUri.get(closed)!.edits.map((each) => each.newText),
      ['Anna Ruiz-Lopez'],
    );
    assert.deepEqual(
      byUri.get(open)!.edits.map((each) => each.newText),
      ['Anna Ruiz-Lopez', 'Ruiz-Lopez'],
    );
  });

  test('plain changes for a client without documentChanges', async () => {
    const { edit, open, closed } = await renamed({});
    assert.equal(edit?.documentChanges, undefined);
    assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), [closed, open].sort());
  });
});
