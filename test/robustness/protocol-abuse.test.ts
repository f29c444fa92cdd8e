// Protocol abuse: the language server (with the real analyzer, over in-memory streams) is sent what editors and
// buggy clients really send: requests for documents it never saw, positions outside the document, versions out
// of order, changes that cannot apply, a flood of keystrokes, unknown commands and methods, malformed settings.
// Each must get a reply (a result or an error) or be ignored, no handler may crash, and afterwards the server
// must still analyze and answer.
import * as assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import {
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  type Diagnostic,
  type DocumentSymbol,
  type Position,
  type Range,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/analysis/analyze';
import type { AnalyzeOptions } from '../../server/src/analysis/types';
import { applyCorrections } from '../../server/src/corrections';
import { AnnotationsRequest, ExportRequest } from '../../server/src/protocol';
import { TestConnection } from '../protocol/testConnection';

/** What the server serves for a text without corrections: analyze()'s output, each annotation with origin auto. */
const served = (text: string, options: AnalyzeOptions) => applyCorrections(text, analyze(text, options), []).annotations;

const ARTICLE = [
  'Moscow pledges arms to allies',
  '',
  'Moscow, Nov 28 (Wire) Russian President Vladimir Putin proposed on November 27 to equip the allies.',
  '“We will strive to do everything necessary,” Putin said.',
  'Daria Saprynskaya of the Russian Academy of Sciences told Izvestia that the plan was overdue.',
].join('\n');

const running: TestConnection[] = [];
let documentCounter = 0;

/** A server running the real analyzer, initialized, answering `workspace/configuration` with `configuration`. */
async function startedServer(configuration: unknown = { debounceMs: 0 }): Promise<TestConnection> {
  const connection = new TestConnection({});
  running.push(connection);
  connection.configuration.set('default', configuration);
  await connection.initialize();
  return connection;
}

afterEach(async () => {
  for (const connection of running.splice(0)) await connection.dispose();
});

function freshUri(): string {
  return `file:///abuse/article-${++documentCounter}.txt`;
}

type Reply = { result: unknown } | { error: { code: number; message: string } };

/** Sends a request and resolves with its result or its error: either is a reply; only silence fails (by timeout). */
async function reply(connection: TestConnection, method: string | { method: string }, params: unknown): Promise<Reply> {
  try {
    const name = typeof method === 'string' ? method : method.method;
    return { result: await connection.client.sendRequest(name, params) };
  } catch (error) {
    const { code, message } = error as { code: number; message: string };
    return { error: { code, message } };
  }
}

/** Handler failures the server caught and logged ("… failed: TypeError …"): a reply, but a bug behind it. */
function loggedFailures(connection: TestConnection): string[] {
  return connection.log.filter((line) => /failed/i.test(line));
}

/** The server still works: a new document is analyzed and hovered. */
async function assertStillAnswers(connection: TestConnection): Promise<void> {
  const uri = freshUri();
  const done = await connection.open(uri, ARTICLE);
  assert.equal(done.version, 1);
  assert.equal(done.skipped, undefined, 'the article after the abuse was not analyzed');
  const hover = await reply(connection, HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 45 } });
  assert.ok('result' in hover, `hover after the abuse failed: ${JSON.stringify(hover)}`);
}

/** What is wrong with an LSP range over `text` (lines split at \n only, as the article has no other breaks). */
function rangeProblems(text: string, range: Range): string[] {
  const lines = text.split('\n');
  const problems: string[] = [];
  for (const [name, position] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    const line = lines[position.line];
    if (line === undefined || position.character < 0 || position.character > line.length) problems.push(`${name} ${JSON.stringify(position)} is outside the text`);
    else if (position.character > 0 && /[\uD800-\uDBFF]/.test(line[position.character - 1]) && /[\uDC00-\uDFFF]/.test(line[position.character] ?? '')) {
      problems.push(`${name} ${JSON.stringify(position)} splits a surrogate pair`);
    }
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) problems.push('start after end');
  return problems;
}

const POSITIONAL_REQUESTS = [HoverRequest.type, DefinitionRequest.type, DocumentHighlightRequest.type];

function positionalParams(uri: string, position: Position) {
  return { textDocument: { uri }, position };
}

describe('requests the server cannot satisfy', { timeout: 60_000 }, () => {
  test('requests for a document that was never opened get a reply', async () => {
    const connection = await startedServer();
    const uri = 'file:///abuse/never-opened.txt';
    for (const type of POSITIONAL_REQUESTS) await reply(connection, type, positionalParams(uri, { line: 0, character: 0 }));
    await reply(connection, ReferencesRequest.type, { ...positionalParams(uri, { line: 0, character: 0 }), context: { includeDeclaration: true } });
    await reply(connection, DocumentSymbolRequest.type, { textDocument: { uri } });
    await reply(connection, SemanticTokensRequest.type, { textDocument: { uri } });
    await reply(connection, 'textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(await reply(connection, AnnotationsRequest, { uri }), { result: null });
    const exported = await reply(connection, ExportRequest, { uri, format: 'json' });
    assert.ok('error' in exported, 'exporting a document that is not open should be an error');
    assert.deepEqual(loggedFailures(connection), []);
    await assertStillAnswers(connection);
  });

  test('positions outside the document get a reply', async () => {
    const connection = await startedServer();
    const uri = freshUri();
    await connection.open(uri, ARTICLE);
    const outside: Position[] = [
      { line: 1000, character: 0 },
      { line: 0, character: 10_000 },
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 4, character: Number.MAX_SAFE_INTEGER },
      { line: 2.5, character: 1.5 },
      { line: 2 ** 31, character: 2 ** 31 },
    ];
    for (const position of outside) {
      for (const type of POSITIONAL_REQUESTS) {
        const answer = await reply(connection, type, positionalParams(uri, position));
        if ('result' in answer && type === HoverRequest.type) assert.equal(answer.result, null, `a hover at ${JSON.stringify(position)}`);
      }
      await reply(connection, ReferencesRequest.type, { ...positionalParams(uri, position), context: { includeDeclaration: false } });
    }
    assert.deepEqual(loggedFailures(connection), []);
    await assertStillAnswers(connection);
  });

  test('positions between the halves of a surrogate pair and around hostile characters get a reply', async () => {
    const connection = await startedServer();
    const uri = freshUri();
    const hostile = 'Putin 😀 met \uD800 Lukashenko\u0000 in 🇷🇺 Minsk on “Monday.” 𝐁𝐨𝐥𝐝 Zoë said so.';
    const text = `${ARTICLE}\n${hostile}`;
    await connection.open(uri, text);
    const line = ARTICLE.split('\n').length;
    for (let character = 0; character <= hostile.length + 1; character++) {
      const hover = await reply(connection, HoverRequest.type, positionalParams(uri, { line, character }));
      const range = 'result' in hover ? (hover.result as { range?: Range } | null)?.range : undefined;
      if (range) assert.deepEqual(rangeProblems(text, range), [], `hover at character ${character}`);
      await reply(connection, DefinitionRequest.type, positionalParams(uri, { line, character }));
    }
    const symbols = await reply(connection, DocumentSymbolRequest.type, { textDocument: { uri } });
    const flatten = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])]);
    for (const symbol of 'result' in symbols ? flatten((symbols.result as DocumentSymbol[]) ?? []) : []) {
      assert.deepEqual([...rangeProblems(text, symbol.range), ...rangeProblems(text, symbol.selectionRange)], [], `symbol ${symbol.name}`);
    }
    await reply(connection, SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepEqual(loggedFailures(connection), []);
    await assertStillAnswers(connection);
  });

  test('requests on documents that are skipped (binary, over the size limit) get a reply', async () => {
    const connection = await startedServer({ debounceMs: 0, maxFileSizeKB: 1 });
    const binary = freshUri();
    const large = freshUri();
    await connection.open(binary, 'PK\u0003\u0004\u0000\u0000\u0000\u0000\u0014\u0000binary\u0000\u0000\u0000');
    await connection.open(large, `${ARTICLE}\n`.repeat(20));
    for (const uri of [binary, large]) {
      assert.deepEqual(await reply(connection, HoverRequest.type, positionalParams(uri, { line: 0, character: 1 })), { result: null });
      await reply(connection, DocumentSymbolRequest.type, { textDocument: { uri } });
      await reply(connection, ExportRequest, { uri, format: 'json' });
    }
    assert.deepEqual(loggedFailures(connection), []);
    await assertStillAnswers(connection);
  });

  test('requests with missing or malformed parameters get a reply', async () => {
    const connection = await startedServer();
    const uri = freshUri();
    await connection.open(uri, ARTICLE);
    for (const params of [
      null,
      {},
      { textDocument: null },
      { textDocument: { uri: 42 } },
      { textDocument: { uri }, position: null },
      { textDocument: { uri }, position: 'start' },
    ]) {
      await reply(connection, HoverRequest.type, params);
      await reply(connection, DocumentSymbolRequest.type, params);
    }
    await assertStillAnswers(connection);
  });

  test('an unknown command, an unknown method and an unknown notification are refused or ignored', async () => {
    const connection = await startedServer();
    const command = await reply(connection, ExecuteCommandRequest.type, { command: 'newsAnnotator.noSuchCommand', arguments: [] });
    assert.ok('error' in command, `an unknown command was accepted: ${JSON.stringify(command)}`);
    const analyzeUnknown = await reply(connection, ExecuteCommandRequest.type, { command: 'newsAnnotator.analyze', arguments: ['file:///abuse/never-opened.txt'] });
    assert.ok('result' in analyzeUnknown || 'error' in analyzeUnknown);
    const method = await reply(connection, 'newsAnnotator/noSuchMethod', { uri: 'x' });
    assert.ok('error' in method, 'an unknown method should be answered with an error');
    assert.equal((method as { error: { code: number } }).error.code, -32601); // MethodNotFound
    await connection.client.sendNotification('newsAnnotator/noSuchNotification', { anything: true });
    const exported = await reply(connection, ExportRequest, { uri: freshUri(), format: 'no-such-format' });
    assert.ok('error' in exported);
    await assertStillAnswers(connection);
  });
});

describe('document changes that do not fit', { timeout: 60_000 }, () => {
  test('changes with versions out of order leave the server answering, and the last text wins', async () => {
    const connection = await startedServer();
    const uri = freshUri();
    await connection.open(uri, ARTICLE, 'news-article', 5);
    await connection.change(uri, 3, [{ text: 'An older version nobody should keep.' }]);
    await connection.change(uri, 3, [{ text: 'The same old version again.' }]);
    const finalText = ARTICLE.replace('Daria Saprynskaya', 'Alexander Korolev');
    const done = connection.analysisDone(uri, 9);
    await connection.change(uri, 9, [{ text: finalText }]);
    await done;
    assert.deepEqual(await reply(connection, AnnotationsRequest, { uri }), { result: served(finalText, { id: uri }) }, 'the annotations are not those of the last text');
    await assertStillAnswers(connection);
  });

  test('incremental changes whose ranges do not apply are survived', async () => {
    const connection = await startedServer();
    const uri = freshUri();
    await connection.open(uri, ARTICLE);
    const bad = [
      { range: { start: { line: 500, character: 0 }, end: { line: 501, character: 3 } }, text: 'far away' },
      { range: { start: { line: 3, character: 20 }, end: { line: 2, character: 5 } }, text: 'reversed' },
      { range: { start: { line: -4, character: -1 }, end: { line: 0, character: 2 } }, text: 'negative' },
      { range: { start: { line: 0, character: 9999 }, end: { line: 0, character: 99999 } }, text: 'past the line' },
    ];
    let version = 1;
    for (const change of bad) await connection.change(uri, ++version, [change]);
    await connection.change('file:///abuse/never-opened.txt', 2, [{ text: 'a change to a document that is not open' }]);
    await connection.close('file:///abuse/never-opened-either.txt');
    await connection.sendOpen(uri, 'opened twice', 'news-article', ++version); // a second open of an open document
    const done = connection.analysisDone(uri, ++version);
    await connection.change(uri, version, [{ text: ARTICLE }]);
    assert.equal((await done).version, version);
    await assertStillAnswers(connection);
  });

  test('closing a document while its analysis is pending publishes nothing stale afterwards', async () => {
    const connection = await startedServer({ debounceMs: 50 });
    const closing = freshUri();
    const other = freshUri();
    await connection.open(closing, ARTICLE);
    await connection.open(other, ARTICLE);
    await connection.change(closing, 2, [{ text: `${ARTICLE}\nA late sentence.` }]);
    const cleared = connection.nextDiagnostics(closing);
    await connection.close(closing);
    assert.deepEqual((await cleared).diagnostics, [], 'closing should clear the diagnostics');
    // A change to another document with the same debounce fires after the closed document's timer would have.
    const otherDone = connection.analysisDone(other, 2);
    await connection.change(other, 2, [{ text: `${ARTICLE}\nAnother sentence.` }]);
    await otherDone;
    assert.deepEqual(
      connection.analysesOf(closing).map((done) => done.version),
      [1],
      'the closed document was analyzed again after its close',
    );
    assert.deepEqual(await reply(connection, HoverRequest.type, positionalParams(closing, { line: 2, character: 45 })), { result: null });
    await assertStillAnswers(connection);
  });

  // Debounce 0 analyzes on every keystroke; 50 ms makes the queue drop the intermediate versions.
  for (const debounceMs of [0, 50]) {
    test(`a flood of keystrokes (debounce ${debounceMs} ms) ends with the diagnostics of the final text`, async () => {
      const connection = await startedServer({ debounceMs });
      const uri = freshUri();
      await connection.open(uri, ARTICLE);
      const typed = ' “Nobody asked us,” said Alexander Lukashenko on Monday.';
      let text = ARTICLE;
      let version = 1;
      for (const char of typed) {
        const lines = text.split('\n');
        const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
        text += char;
        await connection.change(uri, ++version, [{ range: { start: position, end: position }, text: char }]);
      }
      const finalDiagnostics = await connection.diagnostics(uri, version);

      // The same final text opened fresh in another server is the reference.
      const reference = await startedServer({ debounceMs: 0 });
      const referenceUri = freshUri();
      const referenceDiagnostics = reference.diagnostics(referenceUri, 1);
      await reference.open(referenceUri, text);
      assert.deepEqual(comparable(finalDiagnostics), comparable(await referenceDiagnostics));
      assert.deepEqual(await reply(connection, AnnotationsRequest, { uri }), { result: served(text, { id: uri }) }, 'the annotations are not those of the typed text');
      await assertStillAnswers(connection);
    });
  }
});

function comparable(params: PublishDiagnosticsParams): Omit<Diagnostic, 'data'>[] {
  return params.diagnostics.map(({ data: _data, ...diagnostic }) => diagnostic);
}

describe('malformed settings', { timeout: 60_000 }, () => {
  const MALFORMED = [
    null,
    'not an object',
    42,
    [1, 2, 3],
    { debounceMs: 'fast', run: 42, severity: 'loud', include: 7, maxFileSizeKB: -1, referenceDate: 'yesterday' },
    { debounceMs: -0.5, run: 'sometimes', severity: { person: 'purple', date: null }, include: [null, 3] },
    { severity: { person: { nested: true } }, 'severity.quote': 12, maxFileSizeKB: 1e12 },
  ];

  for (const settings of MALFORMED) {
    test(`a configuration answer of ${JSON.stringify(settings)} falls back to defaults`, async () => {
      const connection = await startedServer(settings);
      await assertStillAnswers(connection);
    });
  }

  test('pushed configuration changes that are malformed are survived', async () => {
    const connection = await startedServer();
    const uri = freshUri();
    await connection.open(uri, ARTICLE);
    for (const settings of MALFORMED) await connection.changeConfiguration(settings);
    await connection.changeConfiguration({ newsAnnotator: MALFORMED[4] });
    await assertStillAnswers(connection);
  });
});
