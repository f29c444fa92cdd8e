// The trees of the Compare Articles and Sources views, built from the server's answers (no VS Code needed).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildComparisonTree, diffMarkdown, type CompareNode } from '../../client/src/compare/compareModel';
import { buildSourcesTree, sourcesSummary } from '../../client/src/sources/sourcesModel';
import { analyze } from '../../server/src/analysis/analyze';
import { summarize } from '../../server/src/workspace/articleSummary';
import { compareArticles } from '../../server/src/workspace/compare';
import { sourceArticleOfSummary } from '../../server/src/workspace/sourceArticles';
import { sourcesOf } from '../../server/src/workspace/sources';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const read = (name: string) => {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  return { uri: `file:///news/${path.basename(name)}`, text, annotations: analyze(text) };
};
const find = (nodes: CompareNode[], id: string): CompareNode | undefined => {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inside = find(node.children, id);
    if (inside) return inside;
  }
  return undefined;
};

describe('the Compare Articles tree', () => {
  const a = read('compare/version-a.txt');
  const b = read('compare/version-b.txt');
  const tree = buildComparisonTree(compareArticles(a, b), 'version-a.txt', 'version-b.txt');

  it("has a section per kind, with counts and the articles' names", () => {
    assert.deepEqual(
      tree.map((node) => node.label),
      ['Quotations (4)', 'Actors (3)', 'Dates (4)', 'Numbers that differ (1)'],
    );
    assert.deepEqual(
      tree[0].children.map((node) => node.label),
      ['In both (0)', 'Changed (3)', 'Only in version-a.txt (0)', 'Only in version-b.txt (1)'],
    );
  });

  it('gives each item the spans to reveal in both articles and a tone for its colour', () => {
    const changed = find(tree, 'quotes.changed.1')!;
    assert.equal(changed.tone, 'changed');
    assert.equal(a.text.slice(changed.reveal!.a[0].start, changed.reveal!.a[0].end), changed.reveal!.a[0].text);
    assert.match(changed.reveal!.b[0].text, /northern coast/);
    assert.match(changed.tooltip!, /~~cannot~~ \*\*can not\*\*/);
    const onlyB = find(tree, 'quotes.onlyB.0')!;
    assert.deepEqual([onlyB.tone, onlyB.reveal!.a.length, onlyB.reveal!.b.length], ['onlyB', 0, 1]);
    const number = find(tree, 'numbers.0')!;
    assert.deepEqual([number.label, number.tone], ['three / four', 'conflict']);
    const ingrid = tree[1].children[0].children.find((node) => node.label === 'Ingrid Halvorsen / Ingrid Halvorssen');
    assert.match(ingrid?.description ?? '', /spelled differently/);
    assert.equal(ingrid?.tone, 'changed');
  });

  it("writes a word difference as Markdown, escaping the article's text", () => {
    assert.equal(
      diffMarkdown([
        { op: 'same', text: 'a ' },
        { op: 'onlyA', text: '*three*' },
        { op: 'onlyB', text: 'four' },
        { op: 'same', text: ' packages' },
      ]),
      'a ~~\\*three\\*~~ **four** packages',
    );
  });
});

describe('the Sources tree', () => {
  const article = read('sources/harbour.txt');
  const result = sourcesOf([sourceArticleOfSummary(summarize(article.uri, article.text, article.annotations))]);

  it('groups named, unnamed and anonymous sources and the quotes with no speaker, each quote located', () => {
    const tree = buildSourcesTree(result, false);
    assert.deepEqual(
      tree.map((node) => node.label),
      ['Named sources (1)', 'Unnamed sources (2)', 'Anonymous sources (1)', 'No speaker (1)'],
    );
    const kostova = tree[0].children[0];
    assert.equal(kostova.label, 'Mirela Kostova');
    assert.equal(kostova.description, 'director, Port Authority of Varna · 1 direct · 1 indirect');
    assert.equal(kostova.children[0].location?.uri, article.uri);
    assert.equal(tree[3].children[0].label, '"Nobody asked us."');
    assert.equal(sourcesSummary(result), '3 direct · 3 indirect · 1 named · 2 unnamed · 1 anonymous');
  });

  it("names each quote's article in the workspace scope", () => {
    const tree = buildSourcesTree(result, true);
    assert.match(tree[0].children[0].children[0].description!, /harbour\.txt$/);
    assert.match(tree[0].children[0].description!, /1 article$/);
  });
});
