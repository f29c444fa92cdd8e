// Diagnostics published for the annotations, and the settings that shape them (pulled per document, pushed,
// malformed, changed).
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { URI, ARTICLE, started, disposeStarted, withTags } from './harness';
import { positionOf } from './positionsOf';

afterEach(disposeStarted);

describe('diagnostics', () => {
  test('one per mention, date and quote, with code, data and message, after didOpen', async () => {
    const client = await started();
    const done = await client.open(URI, ARTICLE);
    assert.deepEqual(done, { uri: URI, version: 1, counts: { actors: 3, dates: 1, quotes: 1, problems: 0 } });
    const { diagnostics, version } = await client.diagnostics(URI, 1);
    assert.equal(version, 1);
    assert.equal(diagnostics.length, 8);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.source === 'News Annotator' && diagnostic.severity === DiagnosticSeverity.Hint));
    const putin = diagnostics.filter((diagnostic) => diagnostic.code === 'person');
    assert.deepEqual(
      putin.map((diagnostic) => diagnostic.range.start),
      [positionOf(ARTICLE, 'Vladimir Putin'), positionOf(ARTICLE, 'Putin said')],
    );
    assert.equal(putin[0].message, 'Person: Vladimir Putin (President, Russia)');
    assert.deepEqual(putin[0].data, { id: 'a1', kind: 'person' });
    const date = diagnostics.find((diagnostic) => diagnostic.code === 'date')!;
    assert.equal(date.message, 'Date: 2025-11-27');
    assert.deepEqual(date.range, { start: positionOf(ARTICLE, 'November 27'), end: positionOf(ARTICLE, 'November 27', 0, 'November 27'.length) });
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'quote')!.message, 'Quote — Vladimir Putin');
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'organization').length, 2);
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'place').length, 2);
  });

  test('a client that sets nothing gets no per-mention diagnostics (they would stand above every hover)', async () => {
    const client = await started();
    client.configuration.set('default', {});
    await client.open(URI, 'Putin said:“We are ready');
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code).sort(), ['missing-space-at-quote', 'unclosed-quote']);
  });

  test('problems are warnings; a severity set to off omits its kind', async () => {
    const client = await started({}, { severity: { person: 'off', place: 'information' } });
    const text = 'Putin said:“We are ready';
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.equal(
      diagnostics.some((diagnostic) => diagnostic.code === 'person'),
      false,
    );
    const problems = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning);
    assert.deepEqual(problems.map((diagnostic) => diagnostic.code).sort(), ['missing-space-at-quote', 'unclosed-quote']);
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'quote')?.severity, DiagnosticSeverity.Hint);
  });

  test('settings are pulled per document scope', async () => {
    const client = await started();
    const quiet = 'file:///news/articles/quiet.txt';
    client.configuration.set(quiet, { severity: { organization: 'error' } });
    await client.open(quiet, ARTICLE);
    await client.open(URI, ARTICLE);
    const orgSeverity = async (uri: string) => (await client.diagnostics(uri, 1)).diagnostics.find((diagnostic) => diagnostic.code === 'organization')?.severity;
    assert.equal(await orgSeverity(quiet), DiagnosticSeverity.Error);
    assert.equal(await orgSeverity(URI), DiagnosticSeverity.Hint);
  });

  test('malformed settings are logged and replaced by defaults', async () => {
    const client = await started({}, { severity: { person: 'loud' } });
    await client.open(URI, ARTICLE);
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.equal(
      diagnostics.find((diagnostic) => diagnostic.code === 'person'),
      undefined,
      'the default, off',
    );
    assert.ok(
      client.log.some((line) => line.includes('newsAnnotator.severity.person')),
      client.log.join('\n'),
    );
  });

  test('didChangeConfiguration re-reads the settings and publishes again', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    client.configuration.set('default', withTags({ severity: { date: 'off' } }));
    const republished = client.nextDiagnostics(URI);
    await client.changeConfiguration({});
    const { diagnostics, version } = await republished;
    assert.equal(version, 1);
    assert.equal(
      diagnostics.some((diagnostic) => diagnostic.code === 'date'),
      false,
    );
    assert.equal(diagnostics.length, 7);
  });

  test('clients that do not answer workspace/configuration: settings come from initialize and didChangeConfiguration', async () => {
    const client = await started({ pullConfiguration: false, initializationOptions: { settings: { severity: { quote: 'warning' } } } });
    await client.open(URI, ARTICLE);
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'quote')?.severity, DiagnosticSeverity.Warning);
    const republished = client.nextDiagnostics(URI);
    await client.changeConfiguration({ newsAnnotator: { severity: { quote: 'error' } } });
    assert.equal((await republished).diagnostics.find((diagnostic) => diagnostic.code === 'quote')?.severity, DiagnosticSeverity.Error);
  });

  test('plain-text and Markdown documents the client sends are analyzed like articles', async () => {
    const client = await started();
    assert.equal((await client.open('file:///news/articles/a.md', ARTICLE, 'markdown')).counts.actors, 3);
    assert.equal((await client.open('file:///news/articles/b.txt', ARTICLE, 'plaintext')).counts.actors, 3);
  });

  test('closing a document clears its diagnostics', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    assert.equal((await client.diagnostics(URI, 1)).diagnostics.length, 8);
    const cleared = client.nextDiagnostics(URI);
    await client.close(URI);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
