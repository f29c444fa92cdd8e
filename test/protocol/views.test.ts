// What the editor shows for the annotations: hovers, the outline and semantic tokens.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { DocumentSymbolRequest, HoverRequest, SemanticTokensRequest, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver-protocol/node';
import type { Annotations } from '../../server/src/analysis/types';
import { fakeAnalyzer } from './fakeAnalyzer';
import { URI, ARTICLE, started, disposeStarted, hoverText, names, decode } from './harness';
import { positionOf } from './positionsOf';

afterEach(disposeStarted);

describe('hover', () => {
  test('an actor mention shows the canonical name, type, role, mentions and quotes', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const hover = await client.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'Putin said', 0, 2) });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Vladimir Putin\*\* · Person/);
    assert.match(value, /President, Russia/);
    assert.match(value, /2 mentions · 1 quote attributed/);
    assert.deepEqual(hover.range, { start: positionOf(ARTICLE, 'Putin said'), end: positionOf(ARTICLE, 'Putin said', 0, 5) });
  });

  test('a date shows its value, granularity and anchoring; a quote its kind, speaker and cue', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const date = await hoverText(client, 'November 27');
    assert.match(date!, /`2025-11-27`/);
    assert.match(date!, /— day, year inferred/);
    const quote = await hoverText(client, 'modern weapons');
    assert.match(quote!, /Direct quote/);
    assert.match(quote!, /Speaker: Vladimir Putin \(Person\)/);
    assert.match(quote!, /Cue: “said”/);
  });

  test('plain words, unknown documents and positions outside the document have no hover', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    assert.equal(await hoverText(client, 'gave no figures'), undefined);
    assert.equal(await client.client.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///never/opened.txt' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 99, character: 0 } }), null);
    assert.equal(await client.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 500 } }), null);
  });

  test('a request before the scheduled run analyzes the current version synchronously, unless the latest analysis answers', async () => {
    const client = await started({}, { debounceMs: 5000 });
    await client.open(URI, ARTICLE);
    const edited = `Vladimir Putin: ${ARTICLE}`;
    await client.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Vladimir Putin: ' }]);
    // The debounced run is 5 s away. A mention the edit did not touch is answered at once from version 1's analysis;
    // the words just typed have no analysis yet, so the hover there must reflect version 2 now.
    assert.match((await hoverText(client, 'Putin said', 0, edited))!, /2 mentions/);
    assert.match((await hoverText(client, 'Vladimir Putin:', 0, edited))!, /3 mentions/);
    assert.match((await hoverText(client, 'Putin said', 0, edited))!, /3 mentions/, 'once analyzed, the current version answers');
  });
});

describe('document symbols', () => {
  test('People, Organizations, Places, Dates, Quotes: one row per actor, its mentions by line, quotes by speaker', async () => {
    const client = await started();
    await client.open(URI, ARTICLE);
    const symbols = (await client.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepEqual(names(symbols), ['People', 'Organizations', 'Places', 'Dates', 'Quotes']);
    const [people, , places, dates, quotes] = symbols;
    const putin = people.children![0];
    assert.equal(putin.name, 'Vladimir Putin');
    assert.equal(putin.detail, '2 mentions · President, Russia');
    assert.deepEqual(putin.range.start, positionOf(ARTICLE, 'Vladimir Putin'));
    assert.deepEqual(names(putin.children), ['line 3', 'line 4']);
    assert.equal(names(places.children).filter((name) => name === 'Moscow').length, 1, 'one row per actor, not per mention');
    assert.deepEqual(names(dates.children), ['November 27']);
    assert.deepEqual(names(quotes.children), ['Vladimir Putin']);
    assert.deepEqual(names(quotes.children![0].children), ['“We will supply modern weapons,”']);
    // No group spans text that holds other groups' members (editors would file a mention under the first group
    // whose range holds it): the groups are anchored at the start, empty, one character apart in this order
    // (VS Code's Outline sorts by position, and symbols at the same position by name).
    assert.deepEqual(
      symbols.map((group) => group.range),
      symbols.map((_, index) => ({ start: { line: 0, character: index }, end: { line: 0, character: index } })),
    );
  });

  test('dates are in time order, not text order', async () => {
    const client = await started();
    const text = 'Talks on November 27 follow the meeting of March 3 and precede December 1.';
    await client.open(URI, text);
    const symbols = (await client.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepEqual(names(symbols.find((symbol) => symbol.name === 'Dates')!.children), ['March 3', 'November 27', 'December 1']);
  });

  test('an unknown document has no symbols', async () => {
    const client = await started();
    assert.deepEqual(await client.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///never/opened.txt' } }), []);
  });
});

describe('semantic tokens', () => {
  test('actors, dates and quotes with the legend; the speaker modifier; mentions inside a quote cut it', async () => {
    const client = await started();
    const legend = client.capabilities.semanticTokensProvider!.legend;
    const text = '😀 Moscow: “Putin is here,” Putin said on March 3.';
    await client.open(URI, text);
    const { data } = (await client.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!;
    const tokens = decode(data, legend);
    assert.deepEqual(tokens, [
      { line: 0, character: positionOf(text, 'Moscow').character, length: 6, type: 'place', modifiers: [] },
      { line: 0, character: positionOf(text, '“').character, length: 1, type: 'quote', modifiers: [] },
      { line: 0, character: positionOf(text, 'Putin').character, length: 5, type: 'person', modifiers: [] },
      { line: 0, character: positionOf(text, ' is here').character, length: ' is here,”'.length, type: 'quote', modifiers: [] },
      { line: 0, character: positionOf(text, 'Putin said').character, length: 5, type: 'person', modifiers: ['speaker'] },
      { line: 0, character: positionOf(text, 'March 3').character, length: 7, type: 'date', modifiers: [] },
    ]);
    assert.equal(positionOf(text, 'Moscow').character, 3, 'the emoji counts two UTF-16 units');
  });

  test('a quote over two lines gives one token per line', async () => {
    const text = 'He said “we will\r\ncome back” today';
    const start = text.indexOf('“');
    const end = text.indexOf('”') + 1;
    const analyzer = (): Annotations => ({
      ...fakeAnalyzer(''),
      quotes: [{ id: 'q1', kind: 'direct', start, end, text: text.slice(start, end), speaker: null }],
    });
    const client = await started({ analyzer });
    await client.open(URI, text);
    const { data } = (await client.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!;
    assert.deepEqual(decode(data, client.capabilities.semanticTokensProvider!.legend), [
      { line: 0, character: 8, length: '“we will'.length, type: 'quote', modifiers: [] },
      { line: 1, character: 0, length: 'come back”'.length, type: 'quote', modifiers: [] },
    ]);
  });
});
