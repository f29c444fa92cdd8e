// The cross-article features with the real analyzer on the two seed articles (two versions of one wire story):
// the name spelled two ways ("Daria" / "Darya Saprynskaya") and its "unify spelling" fix, the quotation both
// articles carry ("besieged fortress"), workspace symbols, references across articles, rename, the workspace
// index (scan request, cancellation) and the not-actors file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { IndexFilesRequest, NOT_ACTOR_COMMAND, WorkspaceArticlesRequest } from '../../server/src/protocol';
import { applyEdits, withTags } from './harness';
import { positionOf } from './positionsOf';
import { TestConnection } from './testConnection';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');
const UNI = fs.readFileSync(path.join(SEEDS, 'cstoRearmament-uni.txt'), 'utf8');
const DIGEST = fs.readFileSync(path.join(SEEDS, 'cstoRearmament-izvestia-digest.txt'), 'utf8');

/** A temporary workspace folder holding copies of both seeds. */
function seedFolder(): { folder: string; uni: string; digest: string; dispose(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-workspace-'));
  fs.writeFileSync(path.join(root, 'uni.txt'), UNI);
  fs.writeFileSync(path.join(root, 'digest.txt'), DIGEST);
  const url = (name: string) => pathToFileURL(path.join(root, name)).toString();
  return { folder: pathToFileURL(root).toString(), uni: url('uni.txt'), digest: url('digest.txt'), dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}

const codes = (params: PublishDiagnosticsParams, code: string) => params.diagnostics.filter((diagnostic) => diagnostic.code === code);

async function startWith(folder?: string): Promise<TestConnection> {
  const connection = new TestConnection({ workspaceFolders: folder ? [folder] : undefined });
  connection.configuration.set('default', withTags({ debounceMs: 0 }));
  await connection.initialize();
  return connection;
}

describe('two open articles', () => {
  let connection: TestConnection;
  let files: ReturnType<typeof seedFolder>;
  before(async () => {
    files = seedFolder();
    connection = await startWith(files.folder);
    await connection.open(files.uni, UNI, 'plaintext');
    await connection.open(files.digest, DIGEST, 'plaintext');
  });
  after(async () => {
    await connection.dispose();
    files.dispose();
  });

  test('a name spelled two ways is a name-variant warning in both articles', async () => {
    const uni = await connection.diagnosticsWhere(files.uni, (params) => codes(params, 'name-variant').length > 0);
    const variants = codes(uni, 'name-variant');
    assert.ok(variants.every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning));
    assert.ok(
      variants.some((diagnostic) => /"Daria Saprynskaya" is spelled "Darya Saprynskaya"/.test(diagnostic.message)),
      variants.map((d) => d.message).join('\n'),
    );
    // Alexander Korolev and Alexander Lukashenko share a first name only: never one person.
    assert.ok(!variants.some((diagnostic) => /Korolev|Lukashenko/.test(diagnostic.message)));
    const digest = await connection.diagnosticsWhere(files.digest, (params) => codes(params, 'name-variant').length > 0);
    assert.ok(codes(digest, 'name-variant').some((diagnostic) => /"Darya Saprynskaya" is spelled "Daria Saprynskaya"/.test(diagnostic.message)));
  });

  test('name-variant and shared-quote diagnostics link the other article (relatedInformation)', async () => {
    const uni = await connection.diagnosticsWhere(files.uni, (params) => codes(params, 'name-variant').length > 0 && codes(params, 'shared-quote').length > 0);
    const variant = codes(uni, 'name-variant').find((diagnostic) => /Darya Saprynskaya/.test(diagnostic.message))!;
    const toDigest = variant.relatedInformation?.find((related) => related.location.uri === files.digest);
    assert.ok(toDigest, JSON.stringify(variant.relatedInformation));
    assert.equal(toDigest.location.range.start.line, positionOf(DIGEST, 'Darya Saprynskaya').line);
    assert.match(toDigest.message, /"Darya Saprynskaya" in .*digest/);
    const quote = codes(uni, 'shared-quote').find((diagnostic) => diagnostic.range.start.line === positionOf(UNI, '"besieged fortress').line)!;
    const quoted = quote.relatedInformation?.find((related) => related.location.uri === files.digest);
    assert.ok(quoted, JSON.stringify(quote.relatedInformation));
    assert.equal(quoted.location.range.start.line, positionOf(DIGEST, '"besieged fortress').line);
  });

  test('"unify spelling" rewrites this article\'s mentions in the other spelling', async () => {
    const uni = await connection.diagnosticsWhere(files.uni, (params) => codes(params, 'name-variant').length > 0);
    const diagnostic = codes(uni, 'name-variant')[0];
    const actions = (await connection.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: files.uni },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const unify = actions.find((action) => action.title.startsWith('Unify spelling'));
    assert.ok(unify?.edit?.changes, actions.map((action) => action.title).join(', '));
    const fixed = applyEdits(UNI, unify.edit.changes[files.uni] as TextEdit[]);
    assert.equal(fixed.match(/Daria/g), null);
    assert.equal(fixed.match(/Darya Saprynskaya/g)?.length, UNI.match(/Daria Saprynskaya/g)?.length);
    assert.equal(fixed.replace(/Darya/g, 'Daria'), UNI, 'nothing else changes');
  });

  test('the quotation both articles carry is reported, and its hover shows the other article and the difference', async () => {
    const uni = await connection.diagnosticsWhere(files.uni, (params) => codes(params, 'shared-quote').length > 0);
    const shared = codes(uni, 'shared-quote');
    assert.ok(shared.every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Information));
    const besieged = shared.find((diagnostic: Diagnostic) => diagnostic.range.start.line === positionOf(UNI, '"besieged fortress').line);
    assert.ok(besieged, shared.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));
    assert.match(besieged.message, /digest\.txt/);
    const hover = await connection.client.sendRequest(HoverRequest.type, { textDocument: { uri: files.uni }, position: positionOf(UNI, 'besieged fortress', 0, 2) });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /Also quoted in 1 other article/);
    assert.match(text, /digest\\\.txt/);
    assert.match(text, /punctuation or case only/);
  });

  test('the hover of a person names the other spelling and where it is used', async () => {
    const hover = await connection.client.sendRequest(HoverRequest.type, { textDocument: { uri: files.uni }, position: positionOf(UNI, 'Daria Saprynskaya', 0, 2) });
    assert.match((hover?.contents as MarkupContent).value, /Spelled elsewhere: “Darya Saprynskaya” \(digest\\\.txt\)/);
  });

  test('workspace symbols list the actors of both articles', async () => {
    const symbols = (await connection.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'Saprynskaya' })) as SymbolInformation[];
    assert.deepEqual(symbols.map((symbol) => `${symbol.name} @ ${symbol.location.uri === files.uni ? 'uni' : 'digest'}`).sort(), [
      'Daria Saprynskaya @ uni',
      'Darya Saprynskaya @ digest',
    ]);
    const all = (await connection.client.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
    assert.ok(all.filter((symbol) => symbol.name === 'Vladimir Putin').length === 2);
  });

  test('references of Putin include his mentions in the other article', async () => {
    const locations = await connection.client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: files.uni },
      position: positionOf(UNI, 'Putin', 0, 1),
      context: { includeDeclaration: true },
    });
    const inDigest = (locations ?? []).filter((location) => location.uri === files.digest);
    assert.equal(inDigest.length, DIGEST.match(/Putin/g)?.length);
    const inUni = (locations ?? []).filter((location) => location.uri === files.uni);
    assert.equal(inUni.length, UNI.match(/Putin/g)?.length);
  });

  test('rename an actor: prepareRename on the mention, every mention renamed in its form', async () => {
    const position = positionOf(UNI, 'Vladimir Putin', 0, 3);
    const prepared = await connection.client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: files.uni }, position });
    assert.ok(prepared && 'placeholder' in prepared);
    assert.equal(prepared.placeholder, 'Vladimir Putin');
    const edit = await connection.client.sendRequest(RenameRequest.type, { textDocument: { uri: files.uni }, position, newName: 'Vladimir Poutine' });
    const renamed = applyEdits(UNI, edit!.changes![files.uni]);
    assert.equal(renamed.match(/Putin/g), null);
    assert.equal(renamed.match(/Poutine/g)?.length, UNI.match(/Putin/g)?.length);
    const nowhere = await connection.client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: files.uni }, position: positionOf(UNI, 'member states', 0, 2) });
    assert.equal(nowhere, null);
  });
});

describe('the workspace index', () => {
  let connection: TestConnection;
  let files: ReturnType<typeof seedFolder>;
  before(() => {
    files = seedFolder();
  });
  after(() => files.dispose());
  afterEach(() => connection.dispose());

  test('indexing a file that is not open feeds cross-article diagnostics, symbols and the articles list', async () => {
    connection = await startWith(files.folder);
    await connection.open(files.uni, UNI, 'plaintext');
    const missing = pathToFileURL(path.join(fileFolder(files), 'no-such-file.txt')).toString();
    const result = await connection.client.sendRequest(IndexFilesRequest, { uris: [files.digest, missing], reset: true });
    assert.equal(result.indexed, 1);
    assert.equal(result.cancelled, false);
    assert.deepEqual(
      result.skipped.map((skipped) => skipped.uri),
      [missing],
    );
    const uni = await connection.diagnosticsWhere(files.uni, (params) => codes(params, 'name-variant').length > 0);
    assert.ok(codes(uni, 'name-variant').some((diagnostic) => /Darya Saprynskaya/.test(diagnostic.message)));
    const symbols = (await connection.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'Zdechovsky' })) as SymbolInformation[];
    assert.deepEqual(
      symbols.map((symbol) => symbol.location.uri),
      [files.digest],
    );
    const articles = await connection.client.sendRequest(WorkspaceArticlesRequest, {});
    assert.deepEqual(articles.map((article) => article.uri).sort(), [files.digest, files.uni].sort());
    const digest = articles.find((article) => article.uri === files.digest)!;
    assert.ok(
      digest.dates.every((date) => date.sentence.includes(date.text)),
      'each date carries its sentence',
    );
    assert.ok(!('text' in digest), 'the index keeps no article text');
  });

  test('an open document overrides its indexed version', async () => {
    connection = await startWith(files.folder);
    await connection.client.sendRequest(IndexFilesRequest, { uris: [files.uni, files.digest], reset: true });
    const darya = async () =>
      ((await connection.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'Darya Saprynskaya' })) as SymbolInformation[]).filter(
        (symbol) => symbol.name === 'Darya Saprynskaya',
      );
    assert.equal((await darya()).length, 1, 'indexed from disk');
    const edited = DIGEST.replace(/Darya/g, 'Daria');
    await connection.open(files.digest, edited, 'plaintext');
    assert.equal((await darya()).length, 0, 'the open version, where the name is spelled Daria, wins');
    const only = await connection.client.sendRequest(WorkspaceArticlesRequest, { uris: [files.digest] });
    assert.deepEqual(
      only.map((article) => article.uri),
      [files.digest],
    );
    assert.ok(only[0].actors.some((actor) => actor.name === 'Daria Saprynskaya'));
  });

  test('a scan is cancelled between files', async () => {
    connection = await startWith(files.folder);
    const uris = Array.from({ length: 40 }, (_, index) => (index % 2 ? files.uni : files.digest));
    const source = new CancellationTokenSource();
    const pending = connection.client.sendRequest(IndexFilesRequest, { uris, reset: true }, source.token);
    source.cancel();
    const result = await pending.catch((error: unknown) => ({ error }));
    if ('error' in result) {
      // The client library may answer a cancelled request with an error; the server must then have stopped early.
      const articles = await connection.client.sendRequest(WorkspaceArticlesRequest, {});
      assert.ok(articles.length <= 2);
    } else {
      assert.equal(result.cancelled, true);
      assert.ok(result.indexed < uris.length, `${result.indexed} of ${uris.length} indexed`);
    }
  });

  test('requests for an open document are answered while a scan is running', async () => {
    connection = await startWith(files.folder);
    await connection.open(files.uni, UNI, 'plaintext');
    const order: string[] = [];
    const uris = Array.from({ length: 12 }, (_, index) => (index % 2 ? files.uni : files.digest));
    const scan = connection.client.sendRequest(IndexFilesRequest, { uris, reset: true }).then(() => order.push('scan'));
    const hover = connection.client
      .sendRequest(HoverRequest.type, { textDocument: { uri: files.uni }, position: positionOf(UNI, 'Putin', 0, 1) })
      .then((result) => order.push(result ? 'hover' : 'no hover'));
    await Promise.all([scan, hover]);
    assert.deepEqual(order, ['hover', 'scan']);
  });

  test('malformed requests are refused', async () => {
    connection = await startWith(files.folder);
    await assert.rejects(connection.client.sendRequest(IndexFilesRequest, { uris: 'file:///x' as unknown as string[] }), /uris/);
  });
});

function fileFolder(files: { uni: string }): string {
  return path.dirname(new URL(files.uni).pathname);
}

describe('the not-actors file', () => {
  let connection: TestConnection;
  let files: ReturnType<typeof seedFolder>;
  before(() => {
    files = seedFolder();
  });
  after(async () => {
    await connection.dispose();
    files.dispose();
  });

  test('names in the file are no longer actors once it changes; malformed lines are reported on the file', async () => {
    connection = await startWith(files.folder);
    await connection.open(files.uni, UNI, 'plaintext');
    const before = await connection.diagnostics(files.uni, 1);
    const isKorolev = (diagnostic: Diagnostic) => diagnostic.code === 'person' && /Alexander Korolev/.test(diagnostic.message);
    assert.ok(before.diagnostics.some(isKorolev));
    const actions = (await connection.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: files.uni },
      range: { start: positionOf(UNI, 'Alexander Korolev', 0, 2), end: positionOf(UNI, 'Alexander Korolev', 0, 2) },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const mark = actions.find((action) => action.command?.command === NOT_ACTOR_COMMAND && /Alexander Korolev/.test(action.title));
    assert.deepEqual(mark?.command?.arguments, ['Alexander Korolev', files.uni]);

    const file = path.join(fileFolder(files), '.vscode', 'news-annotator.not-actors.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '# names that are never actors\nalexander  korolev\n12345\n');
    const after = connection.diagnosticsWhere(files.uni, (params) => !params.diagnostics.some(isKorolev));
    const fileUri = pathToFileURL(file).toString();
    const reported = connection.diagnosticsWhere(fileUri, (params) => params.diagnostics.length > 0);
    await connection.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri, type: FileChangeType.Created }] });
    const remaining = await after;
    assert.ok(
      remaining.diagnostics.some((diagnostic) => diagnostic.code === 'person' && /Vladimir Putin/.test(diagnostic.message)),
      'other actors stay',
    );
    const malformed = (await reported).diagnostics;
    assert.deepEqual(
      malformed.map((diagnostic) => diagnostic.range.start.line),
      [2],
    );
    assert.match(malformed[0].message, /no letter/);
  });
});
