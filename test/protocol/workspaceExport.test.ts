// "Export Workspace Annotations…" on the server side: files that are not open are read from disk, analyzed and
// exported together; an open document's current text wins over the file; unreadable files are reported, and
// a cancelled request stops between files.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/analysis/analyze';
import { ExportFilesRequest } from '../../server/src/protocol';
import { TestConnection } from './testConnection';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');
const UNI = fs.readFileSync(path.join(SEEDS, 'cstoRearmament-uni.txt'), 'utf8');
const DIGEST = fs.readFileSync(path.join(SEEDS, 'cstoRearmament-izvestia-digest.txt'), 'utf8');

describe('workspace export', () => {
  let root: string;
  let connection: TestConnection;
  const url = (name: string) => pathToFileURL(path.join(root, name)).toString();
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-export-'));
    fs.writeFileSync(path.join(root, 'uni.txt'), UNI);
    fs.writeFileSync(path.join(root, 'digest.txt'), DIGEST);
    fs.writeFileSync(path.join(root, 'binary.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02]));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  afterEach(() => connection.dispose());

  const start = async () => {
    connection = new TestConnection({ workspaceFolders: [pathToFileURL(root).toString()] });
    connection.configuration.set('default', { debounceMs: 0 });
    await connection.initialize();
  };

  test('per-article files under the names given, with the annotations analyze() finds; a binary file is skipped', async () => {
    await start();
    const result = await connection.client.sendRequest(ExportFilesRequest, {
      uris: [url('uni.txt'), url('binary.txt'), url('digest.txt')],
      format: 'json',
      names: ['uni', 'binary', 'digest-2'],
    });
    assert.equal(result.exported, 2);
    assert.equal(result.cancelled, false);
    assert.deepEqual(
      result.skipped.map((skipped) => skipped.uri),
      [url('binary.txt')],
    );
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['uni.json', 'digest-2.json'],
    );
    const exported = JSON.parse(result.files[1].content);
    const expected = analyze(DIGEST, { id: url('digest.txt') });
    assert.deepEqual(
      exported.actors.map((actor: { name: string }) => actor.name),
      expected.actors.map((actor) => actor.name),
    );
    assert.equal(exported.quotes.length, expected.quotes.length);
  });

  test('a collection format holds every article in one file, and an open document is exported as edited', async () => {
    await start();
    const edited = UNI.replace('Alexander Lukashenko', 'Alexander Lukashenko and Ilham Aliyev');
    await connection.open(url('uni.txt'), edited, 'plaintext');
    const result = await connection.client.sendRequest(ExportFilesRequest, { uris: [url('uni.txt'), url('digest.txt')], format: 'csv' });
    assert.deepEqual(
      result.files.map((file) => file.name),
      ['annotations.csv'],
    );
    const csv = result.files[0].content;
    assert.match(csv, /Ilham Aliyev/, 'the open document’s text is exported, not the file on disk');
    assert.match(csv, /Zdechovsky/, 'the second article is in the same file');
  });

  test('a cancelled export stops between files and says so', async () => {
    await start();
    const uris = Array.from({ length: 40 }, (_, index) => url(index % 2 ? 'uni.txt' : 'digest.txt'));
    const source = new CancellationTokenSource();
    const pending = connection.client.sendRequest(ExportFilesRequest, { uris, format: 'json' }, source.token);
    source.cancel();
    const result = await pending.catch((error: unknown) => ({ error }));
    // The client library may answer a cancelled request with an error; otherwise the reply says it stopped early.
    if ('error' in result) assert.match(String(result.error), /cancel/i);
    else {
      assert.equal(result.cancelled, true);
      assert.ok(result.exported < uris.length, `${result.exported} of ${uris.length} exported`);
    }
  });

  test('an unknown format is an error reply', async () => {
    await start();
    await assert.rejects(connection.client.sendRequest(ExportFilesRequest, { uris: [url('uni.txt')], format: 'docx' }), /unknown export format/);
  });
});
