// The Sources view's counts: named, unnamed and anonymous speakers, direct and indirect quotes, quotes with no
// speaker; one person spelled two ways in two articles is one source.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { summarize } from '../../server/src/workspace/articleSummary';
import { sourceArticleOfAnnotations, sourceArticleOfSummary } from '../../server/src/workspace/sourceArticles';
import { sourceKind, sourcesOf } from '../../server/src/workspace/sources';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/sources/harbour.txt');
const TEXT = fs.readFileSync(FIXTURE, 'utf8');

describe('sourceKind', () => {
  it('tells names from descriptions and anonymous sources', () => {
    assert.equal(sourceKind('Mirela Kostova', true), 'named');
    assert.equal(sourceKind('Reuters', false), 'named');
    assert.equal(sourceKind('the minister', false), 'unnamed');
    assert.equal(sourceKind('she', false), 'unnamed');
    assert.equal(sourceKind('sources', false), 'anonymous');
    assert.equal(sourceKind('a senior official who asked not to be named', false), 'anonymous');
    assert.equal(sourceKind('people familiar with the matter', false), 'anonymous');
  });
});

describe('sourcesOf', () => {
  const annotations = analyze(TEXT);
  const result = sourcesOf([sourceArticleOfAnnotations('harbour.txt', annotations)]);

  it("counts each speaker's direct and indirect quotes with role and affiliation", () => {
    const kostova = result.sources.find((source) => source.name === 'Mirela Kostova');
    assert.deepEqual(kostova && { kind: kostova.kind, role: kostova.role, affiliation: kostova.affiliation, direct: kostova.direct, indirect: kostova.indirect }, {
      kind: 'named',
      role: 'director',
      affiliation: 'Port Authority of Varna',
      direct: 1,
      indirect: 1,
    });
    for (const quote of kostova!.quotes) assert.equal(TEXT.slice(quote.location.start, quote.location.end), quote.text);
  });

  it('counts unnamed and anonymous sources apart, and the quotes with no speaker', () => {
    assert.deepEqual(
      result.sources
        .filter((source) => source.kind === 'unnamed')
        .map((source) => source.name)
        .sort(),
      ['one fisherman', 'the harbour master'],
    );
    assert.deepEqual(
      result.sources.filter((source) => source.kind === 'anonymous').map((source) => source.name),
      ['sources'],
    );
    assert.deepEqual(
      result.noSpeaker.map((quote) => quote.text),
      ['"Nobody asked us."'],
    );
    assert.deepEqual(result.counts, { named: 1, unnamed: 2, anonymous: 1, direct: 3, indirect: 3, noSpeaker: 1 });
  });

  it('reads the workspace summaries the same way, with ranges', () => {
    const fromSummary = sourcesOf([sourceArticleOfSummary(summarize('file:///harbour.txt', TEXT, annotations))]);
    assert.deepEqual(fromSummary.counts, result.counts);
    assert.equal(fromSummary.sources[0].name, 'Mirela Kostova');
    assert.equal(fromSummary.sources[0].affiliation, 'Port Authority of Varna');
    assert.equal(fromSummary.sources[0].quotes[0].location.start.line, 2);
  });

  it('merges one person spelled two ways in two articles into one source', () => {
    const other = analyze('"The port stays open," said Mirela Kostowa, the port director.\n');
    const both = sourcesOf([sourceArticleOfAnnotations('a.txt', annotations), sourceArticleOfAnnotations('b.txt', other)]);
    const kostova = both.sources.find((source) => source.name === 'Mirela Kostova');
    assert.deepEqual(kostova?.spellings, ['Mirela Kostowa']);
    assert.deepEqual(kostova?.articles, ['a.txt', 'b.txt']);
    assert.equal(kostova?.direct, 2);
  });
});
