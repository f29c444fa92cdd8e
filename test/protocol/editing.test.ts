// Working with the annotations: actor navigation, quick fixes and the custom requests of the client.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DocumentHighlightRequest,
  ReferencesRequest,
  type CodeAction,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { EXPORT_FORMATS } from '../../server/src/export/index';
import { AnnotationsRequest, ExportRequest } from '../../server/src/protocol';
import { URI, ARTICLE, started, disposeStarted, applyEdits, recordingAnalyzer } from './harness';
import { positionOf } from './positionsOf';
import type { TestConnection } from './testConnection';

afterEach(disposeStarted);

describe('actor navigation', () => {
  test('highlights and references list every mention; definition goes to the first full name', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const position = positionOf(ARTICLE, 'Putin said', 0, 1);
    const highlights = await client.client.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: URI }, position });
    assert.deepEqual(
      highlights?.map((highlight) => highlight.range.start),
      [positionOf(ARTICLE, 'Vladimir Putin'), positionOf(ARTICLE, 'Putin said')],
    );
    const withDeclaration = await client.client.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position, context: { includeDeclaration: true } });
    assert.equal(withDeclaration?.length, 2);
    const withoutDeclaration = await client.client.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position, context: { includeDeclaration: false } });
    assert.deepEqual(
      withoutDeclaration?.map((location) => location.range.start),
      [positionOf(ARTICLE, 'Putin said')],
    );
    const target = await client.client.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position });
    assert.deepEqual(target, { uri: URI, range: { start: positionOf(ARTICLE, 'Vladimir Putin'), end: positionOf(ARTICLE, 'Vladimir Putin', 0, 14) } });
  });

  test('definition on a quote goes to its speaker; plain words have no highlights', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const target = await client.client.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'modern') });
    assert.deepEqual((target as Location).range.start, positionOf(ARTICLE, 'Putin said'));
    assert.deepEqual(await client.client.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'figures') }), []);
  });
});

describe('code actions', () => {
  async function fixesFor(client: TestConnection, text: string) {
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    const problems = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning);
    const actions = (await client.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: problems[0].range,
      context: { diagnostics: problems },
    })) as CodeAction[];
    // The text-edit fixes (the corrections offered on the same span run commands: test/protocol/corrections.test.ts).
    return actions.filter((action) => action.edit).map((action) => ({ code: action.diagnostics![0].code, applied: applyEdits(text, action.edit!.changes![URI]) }));
  }

  test('missing space before a quotation mark: insert it; unclosed quotation: close it at the paragraph end', async () => {
    const client = await started();
    const fixes = await fixesFor(client, 'Putin said:“We are ready.\n\nThe Kremlin agreed.');
    assert.deepEqual(fixes, [
      { code: 'missing-space-at-quote', applied: 'Putin said: “We are ready.\n\nThe Kremlin agreed.' },
      { code: 'unclosed-quote', applied: 'Putin said:“We are ready.”\n\nThe Kremlin agreed.' },
    ]);
  });

  test('without a fixable diagnostic in the range, code actions answer at once, without analyzing', async () => {
    const texts: string[] = [];
    const client = await started({ analyzer: recordingAnalyzer(texts) }, { debounceMs: 5000 });
    await client.open(URI, ARTICLE);
    await client.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Today ' }]);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    assert.deepEqual(await client.client.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: [] } }), []);
    assert.equal(texts.length, 1, 'version 2 waits for its debounced run');
  });

  test('a diagnostic from an older version gets no fix', async () => {
    const client = await started({}, { debounceMs: 5000 });
    const text = 'Putin said:“We are ready.';
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    await client.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Today ' }]);
    const actions = (await client.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(
      actions.filter((action) => action.edit || action.diagnostics?.length),
      [],
    );
  });
});

describe('custom requests', () => {
  test('annotations of the current version for the tree view; null for unknown documents', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const annotations = await client.client.sendRequest(AnnotationsRequest, { uri: URI });
    assert.equal(annotations?.id, URI);
    // In text order of first mention (the contract; the stand-in analyzer lists them otherwise), as corrected output is.
    assert.deepEqual(
      annotations?.actors.map((actor) => actor.name),
      ['Kremlin', 'Moscow', 'Vladimir Putin'],
    );
    assert.ok(annotations?.actors.every((actor) => actor.origin === 'auto'));
    assert.equal(await client.client.sendRequest(AnnotationsRequest, { uri: 'file:///never/opened.txt' }), null);
  });

  test('export returns the files of a format; an unknown format or document is an error', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const files = await client.client.sendRequest(ExportRequest, { uri: URI, format: 'json' });
    assert.deepEqual(
      files.map((file) => file.name),
      ['arms-plan.json'],
    );
    assert.deepEqual(JSON.parse(files[0].content).actors.length, 3);
    await assert.rejects(client.client.sendRequest(ExportRequest, { uri: URI, format: 'no-such-format' }), /no-such-format/);
    for (const format of EXPORT_FORMATS) {
      const exported = await client.client.sendRequest(ExportRequest, { uri: URI, format });
      assert.ok(exported.length > 0 && exported.every((file) => file.name && file.content.length > 0), `${format}: ${JSON.stringify(exported.map((file) => file.name))}`);
    }
    await assert.rejects(client.client.sendRequest(ExportRequest, { uri: 'file:///never/opened.txt', format: 'json' }), /not an open document/);
  });
});
