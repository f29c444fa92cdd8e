// No network anywhere in the product: the analyzer, the language server bundle (driven over stdio through
// initialize, open, diagnostics, hover and document symbols) and the CLI bundle run with a preloaded guard that
// records any network socket, DNS lookup or HTTP request in a marker file. The guard itself is tested first, both
// ways: it catches real network calls and lets local IPC (stdio pipes, Unix sockets) through.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startStdioServer } from './support/stdio-server';

const ROOT = path.resolve(__dirname, '../../..');
const GUARD = path.join(__dirname, 'support', 'network-guard.js');
const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');
const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.js');
const ANALYZER = path.join(ROOT, 'out', 'server', 'src', 'analysis', 'analyze.js');
const SEED_DIR = path.join(ROOT, 'seeds');
const SEEDS = fs
  .readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => path.join(SEED_DIR, name));

/** A fresh marker file and the environment that arms the guard (NODE_OPTIONS reaches grandchildren too). */
function guardedEnvironment(): { marker: string; env: NodeJS.ProcessEnv } {
  const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'no-network-')), 'attempts.log');
  fs.writeFileSync(marker, '');
  const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(GUARD)}`].filter(Boolean).join(' ');
  return { marker, env: { ...process.env, NEWS_ANNOTATOR_NETWORK_MARKER: marker, NODE_OPTIONS: nodeOptions } };
}

function runGuardedScript(script: string): { status: number | null; output: string; attempts: string } {
  const { marker, env } = guardedEnvironment();
  const result = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, output: result.stdout + result.stderr, attempts: fs.readFileSync(marker, 'utf8') };
}

describe('the network guard', () => {
  test('records TCP connections, UDP sockets, DNS lookups, HTTP requests and fetch', () => {
    const calls = [
      "require('net').connect(9, '127.0.0.1')",
      "new (require('net').Socket)().connect({ port: 9, host: '127.0.0.1' })",
      "require('tls').connect(443, 'example.com')",
      "require('dgram').createSocket('udp4')",
      "require('dns').lookup('example.com', () => {})",
      "require('http').get('http://127.0.0.1:9/')",
      "require('https').request('https://example.com/')",
      "fetch('http://127.0.0.1:9/')",
      "require('net').createServer().listen(0)",
    ];
    for (const call of calls) {
      const { attempts } = runGuardedScript(`try { ${call} } catch {} `);
      assert.notEqual(attempts, '', `the guard let through: ${call}`);
    }
  });

  test('lets stdio pipes of child processes and Unix domain sockets through', () => {
    const socketPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ipc-')), 'socket');
    const script = `
      const net = require('net');
      const { spawnSync } = require('child_process');
      const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("fs").readFileSync(0, "utf8"))'], { input: 'ping' });
      if (child.stdout.toString() !== 'ping') process.exit(3);
      const server = net.createServer((socket) => socket.end('pong')).listen(${JSON.stringify(socketPath)}, () => {
        net.connect(${JSON.stringify(socketPath)}).on('data', (data) => { server.close(); process.exit(data.toString() === 'pong' ? 0 : 4); });
      });`;
    const { status, output, attempts } = runGuardedScript(script);
    assert.equal(attempts, '', 'local IPC was taken for network access');
    assert.equal(status, 0, output);
  });
});

describe('the product opens no network connection', () => {
  test('the analyzer analyzes the seed articles', () => {
    const script = `
      const { analyze } = require(${JSON.stringify(ANALYZER)});
      for (const file of ${JSON.stringify(SEEDS)}) analyze(require('fs').readFileSync(file, 'utf8'));`;
    const { status, output, attempts } = runGuardedScript(script);
    assert.equal(attempts, '', `network access attempted:\n${attempts}`);
    assert.equal(status, 0, output);
  });

  test('the language server bundle answers initialize, open, hover and document symbols over stdio', { timeout: 60_000 }, async (t) => {
    if (!fs.existsSync(SERVER_BUNDLE)) return t.skip('dist/server.js is not built (node esbuild.mjs)');
    const { marker, env } = guardedEnvironment();
    const server = await startStdioServer({ serverPath: SERVER_BUNDLE, env, settings: { debounceMs: 0 } });
    try {
      for (const file of SEEDS) {
        const text = fs.readFileSync(file, 'utf8');
        const uri = pathToFileURL(file).href;
        const published = server.nextDiagnostics(uri);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
        await published;
        const document = TextDocument.create(uri, 'news-article', 1, text);
        const position = document.positionAt(text.indexOf('Putin') + 1);
        await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
        await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      }
    } finally {
      const code = await server.stop();
      assert.equal(fs.readFileSync(marker, 'utf8'), '', `network access attempted:\n${fs.readFileSync(marker, 'utf8')}\nserver stderr:\n${server.stderr()}`);
      assert.equal(code, 0, `server exit code ${code}; stderr:\n${server.stderr()}`);
    }
  });

  test('the CLI bundle annotates the seed articles, as files, a folder, JSONL and exports', async (t) => {
    if (!fs.existsSync(CLI_BUNDLE)) return t.skip('dist/cli.js is not built (node esbuild.mjs)');
    const { marker, env } = guardedEnvironment();
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-out-'));
    const corpus = path.join(workDir, 'seeds.jsonl');
    fs.writeFileSync(corpus, SEEDS.map((file, index) => JSON.stringify({ id: `seed-${index}`, text: fs.readFileSync(file, 'utf8') })).join('\n') + '\n');
    const runs = [[...SEEDS], ['--format', 'summary', SEED_DIR], ['--input', 'jsonl', corpus], ['--format', 'brat', '--out', path.join(workDir, 'brat'), SEED_DIR]];
    for (const args of runs) {
      const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { env, encoding: 'utf8', timeout: 60_000, cwd: workDir });
      assert.equal(fs.readFileSync(marker, 'utf8'), '', `network access attempted by news-annotate ${args.join(' ')}:\n${fs.readFileSync(marker, 'utf8')}`);
      assert.equal(result.status, 0, `news-annotate ${args.join(' ')}: ${result.stdout.slice(0, 2000)}${result.stderr}`);
    }
  });
});
