// The language server with the real analyzer on a seed article: what the editor shows matches what analyze()
// finds, and the actor layer's result reaches the hover and the outline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/analysis/analyze';
import { positionOf } from './positionsOf';
import { withTags } from './harness';
import { TestConnection } from './testConnection';

const SEED = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'cstoRearmament-uni.txt'), 'utf8');
const URI = 'file:///news/seeds/cstoRearmament-uni.txt';

let connection: TestConnection;
/** Why the server did not analyze the seed, if it did not (an analyzer failure shows up here). */
let skipped: string | undefined;
before(async () => {
  connection = new TestConnection();
  connection.configuration.set('default', withTags({ debounceMs: 0 }));
  await connection.initialize();
  skipped = (await connection.open(URI, SEED)).skipped;
});
after(() => connection.dispose());

test('diagnostics of a seed article: one per mention, date, quote and problem that analyze() finds', async () => {
  const expected = analyze(SEED, { id: URI });
  const { diagnostics } = await connection.diagnostics(URI, 1);
  const mentions = expected.actors.reduce((count, actor) => count + actor.mentions.length, 0);
  assert.ok(mentions > 0, 'the actor layer tags the seed');
  assert.equal(diagnostics.length, mentions + expected.dates.length + expected.quotes.length + expected.problems.length);
  const done = await connection.analysisDone(URI, 1);
  assert.deepEqual(done.counts, { actors: expected.actors.length, dates: expected.dates.length, quotes: expected.quotes.length, problems: expected.problems.length });
});

test('hover over "Putin" names Vladimir Putin', async () => {
  const hover = await connection.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionOf(SEED, 'Putin', 0, 1) });
  assert.ok(hover, `a hover over Putin (server: ${skipped ?? 'analyzed'})`);
  assert.match((hover.contents as MarkupContent).value, /\*\*Vladimir Putin\*\* · Person/);
});

test('the outline lists Vladimir Putin among the people', async () => {
  const symbols = (await connection.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
  const people = symbols.find((symbol) => symbol.name === 'People');
  assert.ok(
    people?.children?.some((symbol) => symbol.name === 'Vladimir Putin'),
    `${JSON.stringify(symbols.map((symbol) => symbol.name))} (server: ${skipped ?? 'analyzed'})`,
  );
});
