// The bundled server as an editor other than VS Code starts it: `node dist/server.js --stdio`, speaking LSP over
// its standard streams, from initialize to exit. Needs the bundle: `node esbuild.mjs` (npm test builds it first).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const ROOT = join(__dirname, '..', '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const SEED = join(ROOT, 'seeds', 'cstoRearmament-uni.txt');

test('dist/server.js --stdio: initialize, didOpen, diagnostics, shutdown, exit', { timeout: 30_000 }, async () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: build the bundle first with \`node esbuild.mjs\` (npm test does it in pretest)`);
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const client = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const uri = 'file:///news/seeds/cstoRearmament-uni.txt';
  const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) =>
    client.onNotification(PublishDiagnosticsNotification.type, (params) => params.uri === uri && resolve(params)),
  );
  client.listen();
  try {
    const { capabilities } = await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    assert.equal(capabilities.hoverProvider, true);
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'news-article', version: 1, text: readFileSync(SEED, 'utf8') },
    });
    const published = await diagnostics;
    assert.equal(published.uri, uri);
    // A client with no settings gets the writing problems and the inferred year; the tags are off by default.
    assert.ok(published.diagnostics.length > 0 && published.diagnostics.every((diagnostic) => diagnostic.source === 'News Annotator'), JSON.stringify(published).slice(0, 500));
    assert.ok(
      published.diagnostics.some((diagnostic) => diagnostic.code === 'inferred-year'),
      JSON.stringify(published).slice(0, 500),
    );
    assert.equal(
      published.diagnostics.some((diagnostic) => diagnostic.code === 'person'),
      false,
    );
    await client.sendRequest(ShutdownRequest.type);
    await client.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0, stderr);
  } finally {
    client.dispose();
    if (server.exitCode === null) server.kill();
  }
});
