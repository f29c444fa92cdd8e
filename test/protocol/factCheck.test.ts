// The requests behind the fact-checking views, with the real analyzer on the two seed articles (two versions of
// one story): Compare Articles (newsAnnotator/compare) between an open document and a file on disk, Sources
// (newsAnnotator/sources), the shared-quote hover's provenance, and the date sanity diagnostics with their fix.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, DiagnosticSeverity, HoverRequest, ResponseError, type CodeAction, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { CompareRequest, SourcesRequest } from '../../server/src/protocol';
import { positionOf } from './positionsOf';
import { TestConnection } from './testConnection';

const ROOT = path.join(__dirname, '..', '..', '..');
const UNI = fs.readFileSync(path.join(ROOT, 'seeds/cstoRearmament-uni.txt'), 'utf8');
const DIGEST = fs.readFileSync(path.join(ROOT, 'seeds/cstoRearmament-izvestia-digest.txt'), 'utf8');
const SANITY = fs.readFileSync(path.join(ROOT, 'test/fixtures/dates/date-sanity.news'), 'utf8');

describe('fact-checking requests', () => {
  let connection: TestConnection;
  let root: string;
  const url = (name: string) => pathToFileURL(path.join(root, name)).toString();
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-factcheck-'));
    fs.writeFileSync(path.join(root, 'uni.txt'), UNI);
    fs.writeFileSync(path.join(root, 'digest.txt'), DIGEST);
    connection = new TestConnection({ workspaceFolders: [pathToFileURL(root).toString()] });
    connection.configuration.set('default', { debounceMs: 0 });
    await connection.initialize();
  });
  after(async () => {
    await connection.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('compare: an open document (its current text) with a file that is not open', async () => {
    // The open version gains a sentence the file on disk does not have.
    const edited = `${UNI}\n"We are ready for any outcome," said Marta Vesnina, a port official.\n`;
    await connection.open(url('uni.txt'), edited, 'plaintext');
    const result = await connection.client.sendRequest(CompareRequest, { a: url('digest.txt'), b: url('uni.txt') });
    assert.equal(result.a, url('digest.txt'));
    assert.equal(result.b, url('uni.txt'));
    const fortress = result.quotes.both.find((pair) => pair.a.span.text.includes('besieged fortress'));
    assert.ok(fortress);
    assert.equal(edited.slice(fortress.b.span.start, fortress.b.span.end), fortress.b.span.text);
    assert.ok(result.actors.both.some((pair) => pair.a.name === 'Darya Saprynskaya' && pair.b.name === 'Daria Saprynskaya' && pair.nameVariant));
    assert.ok(result.quotes.onlyB.some((quote) => quote.speaker === 'Marta Vesnina'));
  });

  test('compare: a missing file and malformed parameters are errors', async () => {
    await assert.rejects(connection.client.sendRequest(CompareRequest, { a: url('digest.txt'), b: url('missing.txt') }), (error: ResponseError<unknown>) =>
      /missing\.txt: could not be read/.test(error.message),
    );
    await assert.rejects(connection.client.sendRequest(CompareRequest, { a: url('digest.txt') } as never), /a and b must be the URIs of two articles/);
  });

  test("sources: the open articles' speakers, for one article or all", async () => {
    await connection.open(url('digest.txt'), DIGEST, 'plaintext');
    const one = await connection.client.sendRequest(SourcesRequest, { uris: [url('digest.txt')] });
    const zdechovsky = one.sources.find((source) => source.name === 'Tomas Zdechovsky');
    assert.deepEqual(zdechovsky && [zdechovsky.kind, zdechovsky.role, zdechovsky.affiliation, zdechovsky.direct, zdechovsky.indirect], [
      'named',
      'member',
      'European Parliament',
      0,
      1,
    ]);
    assert.equal(zdechovsky!.quotes[0].uri, url('digest.txt'));
    assert.equal(zdechovsky!.quotes[0].location.start.line, positionOf(DIGEST, zdechovsky!.quotes[0].text).line);
    const all = await connection.client.sendRequest(SourcesRequest, {});
    const saprynskaya = all.sources.find((source) => source.spellings?.length);
    assert.ok(saprynskaya && /Saprynskaya/.test(saprynskaya.name), JSON.stringify(all.sources.map((source) => source.name)));
    assert.deepEqual([...saprynskaya.articles].sort(), [url('digest.txt'), url('uni.txt')].sort());
    assert.ok(all.counts.direct > one.counts.direct);
  });

  test('the shared-quote hover lists every article carrying the quote by its date, earliest first, with its wording', async () => {
    const hover = await connection.client.sendRequest(HoverRequest.type, { textDocument: { uri: url('uni.txt') }, position: positionOf(UNI, 'besieged fortress', 0, 2) });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /Also quoted in 1 other article\*\*, by the articles' dates, earliest first:/);
    // The digest's own date is the year it inferred (2025); the UNI story is dated Nov 28 (2025-11-28).
    assert.match(text, /1\. digest\\\.txt \(2025, line \d+\): "besieged fortress," — punctuation or case only\n/);
    assert.match(text, /2\. uni\\\.txt \(2025\\-11\\-28\): "besieged fortress\\\." — this article$/);
  });

  test('date sanity: three warnings, and the weekday fix', async () => {
    const uri = url('sanity.news');
    await connection.open(uri, SANITY);
    const published = await connection.diagnosticsWhere(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'weekday-mismatch'));
    const sanity = published.diagnostics.filter((diagnostic) => /weekday-mismatch|relative-date-mismatch|past-event-after-article-date/.test(String(diagnostic.code)));
    assert.deepEqual(
      sanity.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
      [
        ['weekday-mismatch', DiagnosticSeverity.Warning],
        ['relative-date-mismatch', DiagnosticSeverity.Warning],
        ['past-event-after-article-date', DiagnosticSeverity.Warning],
      ],
    );
    const actions = (await connection.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: sanity[0].range,
      context: { diagnostics: [sanity[0]] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.title === 'Change the weekday to Wednesday');
    assert.ok(fix, actions.map((action) => action.title).join(', '));
    assert.equal(fix.edit!.changes![uri][0].newText, 'Wednesday');
  });
});
