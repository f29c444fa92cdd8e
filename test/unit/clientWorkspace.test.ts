// The client's pure parts behind the workspace features: the tree grouped by actor across articles, the kind
// filter, the timeline's order, the scan's globs and batches, the crash budget and the export path rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Annotations } from '../../server/src/analysis/types';
import type { ArticleSummary, SummaryActor, SummaryDate } from '../../server/src/workspace/articleSummary';
import { CrashBudget } from '../../client/src/crashBudget';
import { temporaryName, unsafeExportName } from '../../client/src/exportPaths';
import { batches, braceGlob, globToRegExp } from '../../client/src/scanPlan';
import { absoluteGlob } from '../../client/src/documentSelector';
import { cutAtWord, eventOf } from '../../client/src/timeline/timelineEvent';
import { buildTimeline, isCalendarValue } from '../../client/src/timeline/timelineModel';
import { buildAnnotationTree } from '../../client/src/tree/annotationTreeModel';
import { buildActorTree, mergeActors } from '../../client/src/tree/workspaceTreeModel';

const range = (line: number, character = 0, length = 5) => ({ start: { line, character }, end: { line, character: character + length } });
const person = (id: string, name: string, lines: number[], aliases: string[] = []): SummaryActor => ({
  id,
  type: 'person',
  name,
  aliases,
  mentions: lines.map((line) => ({ text: name, range: range(line), form: 'full' as const })),
});
const date = (id: string, value: string, line: number, kind: SummaryDate['kind'] = 'date'): SummaryDate => ({
  id,
  text: `text of ${value}`,
  value,
  kind,
  range: range(line),
  sentence: `On ${value} things happened.`,
});

const ARTICLES: ArticleSummary[] = [
  {
    uri: 'file:///w/a.txt',
    actors: [person('a1', 'Vladimir Putin', [1, 4], ['Putin']), person('a2', 'Anna Roy', [2]), { ...person('a3', 'Lyon', [3]), type: 'place' }],
    dates: [date('d1', '2025-11-28', 1), date('d2', 'PRESENT_REF', 2), date('d3', '2026', 3)],
    quotes: [],
  },
  {
    uri: 'file:///w/b.txt',
    actors: [person('a1', 'vladimir putin', [0]), person('a2', 'Anna Roy-Martin', [5])],
    dates: [date('d1', '2025-11-27', 7), date('d2', 'P3Y', 8, 'duration')],
    quotes: [],
  },
];

describe('tree grouped by actor across the workspace', () => {
  it('merges the same actor of several articles, and only the same', () => {
    const merged = mergeActors(ARTICLES);
    assert.deepEqual(
      merged.map((actor) => `${actor.name}:${actor.occurrences.length}`),
      ['Vladimir Putin:2', 'Anna Roy:1', 'Lyon:1', 'Anna Roy-Martin:1'],
    );
  });

  it('lists actors by type, most articles first, with their articles and mentions (located in their files)', () => {
    const tree = buildActorTree(ARTICLES);
    assert.deepEqual(
      tree.map((group) => group.label),
      ['People', 'Places'],
    );
    const putin = tree[0].children[0];
    assert.equal(putin.label, 'Vladimir Putin');
    assert.equal(putin.description, '2 articles · 3 mentions');
    assert.equal(putin.contextValue, 'actor');
    assert.deepEqual(
      putin.children.map((article) => article.label),
      ['a.txt', 'b.txt'],
    );
    assert.equal(putin.children[1].description, 'as vladimir putin · 1 mention');
    assert.deepEqual(putin.children[1].children[0].location, { uri: 'file:///w/b.txt', range: range(0) });
  });

  it('shows only the kinds the filter keeps', () => {
    assert.deepEqual(
      buildActorTree(ARTICLES, new Set(['place'])).map((group) => group.label),
      ['Places'],
    );
  });
});

describe('tree of one article, filtered', () => {
  const text = 'Anna Roy met in Lyon on May 2. "We agree," she said.';
  const annotations: Annotations = {
    referenceDate: { value: null, source: 'none' },
    blocks: [],
    actors: [
      { id: 'a1', type: 'person', name: 'Anna Roy', mentions: [{ start: 0, end: 8, text: 'Anna Roy' }] },
      { id: 'a2', type: 'place', name: 'Lyon', mentions: [{ start: 16, end: 20, text: 'Lyon' }] },
    ],
    dates: [{ id: 'd1', start: 24, end: 29, text: 'May 2', value: '2026-05-02', kind: 'date', granularity: 'day', anchoring: 'absolute' }],
    quotes: [{ id: 'q1', kind: 'direct', start: 31, end: 41, text: '"We agree,"', speaker: { name: 'Anna Roy', actorId: 'a1' } }],
    problems: [],
  };

  it('keeps every section without a filter, and marks nodes for the context menu', () => {
    const tree = buildAnnotationTree(annotations, text);
    assert.deepEqual(
      tree.map((section) => section.id),
      ['actors', 'dates', 'quotes'],
    );
    assert.equal(tree[0].children[0].children[0].contextValue, 'actor');
    assert.equal(tree[0].children[0].children[0].actorName, 'Anna Roy');
    assert.equal(tree[2].children[0].children[0].copyText, '"We agree,"');
  });

  it('drops the kinds filtered out', () => {
    const tree = buildAnnotationTree(annotations, text, new Set(['place', 'date']));
    assert.deepEqual(
      tree.map((section) => section.id),
      ['actors', 'dates'],
    );
    assert.deepEqual(
      tree[0].children.map((group) => group.label),
      ['Places'],
    );
  });
});

describe('timeline', () => {
  it('keeps calendar dates only, in time order, each with its value in words, its event and location', () => {
    const entries = buildTimeline(ARTICLES, true);
    assert.deepEqual(
      entries.map((entry) => entry.label),
      ['Thursday 27 November 2025', 'Friday 28 November 2025', '2026'],
    );
    assert.equal(entries[0].description, 'On 2025-11-27 things happened · b.txt');
    assert.equal(entries[0].tooltip, 'On 2025-11-27 things happened.');
    assert.deepEqual(entries[0].location, { uri: 'file:///w/b.txt', range: range(7) });
    assert.equal(buildTimeline([ARTICLES[0]], false)[0].description, 'On 2025-11-28 things happened');
  });

  it('merges identical dates into one row with the count, the occurrences as its children', () => {
    const twice: ArticleSummary = {
      uri: 'file:///w/c.txt',
      actors: [],
      quotes: [],
      dates: [
        { id: 'd1', text: 'next year', value: '2026', kind: 'date', range: range(1), sentence: 'The plant will open next year, the mayor said.' },
        { id: 'd2', text: '2026', value: '2026', kind: 'date', range: range(4), sentence: 'Elections are due in 2026.' },
      ],
    };
    const rows = buildTimeline([twice], false);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].label, '2026 (2)');
    assert.equal(rows[0].description, 'The plant will open next year');
    assert.deepEqual(
      rows[0].children.map((child) => child.label),
      ['The plant will open next year', 'Elections are due in 2026'],
    );
    assert.deepEqual(
      rows[0].children.map((child) => child.location?.range.start.line),
      [1, 4],
    );
  });

  it('knows calendar values from references and durations', () => {
    assert.equal(isCalendarValue({ kind: 'date', value: '2025-W48' }), true);
    assert.equal(isCalendarValue({ kind: 'date', value: 'PRESENT_REF' }), false);
    assert.equal(isCalendarValue({ kind: 'duration', value: 'P3Y' }), false);
  });
});

describe('timeline events', () => {
  it('is the clause around the date, widened while it is too short to say anything', () => {
    assert.equal(eventOf('Harbourtown, March 4 (Wire) The ferry line reopened on Monday, officials said.', 'Monday'), 'March 4 (Wire) The ferry line reopened on Monday');
    assert.equal(eventOf('Harbourtown, March 4 (Wire) The ferry line reopened on Monday, officials said.', 'March 4'), 'March 4 (Wire) The ferry line reopened on Monday');
    assert.equal(eventOf('The council, which met on May 5, voted to close the bridge.', 'May 5'), 'which met on May 5, voted to close the bridge');
    assert.equal(eventOf('Work starts in 2027; the budget is not yet set.', '2027'), 'Work starts in 2027; the budget is not yet set');
  });

  it('is cut at a word boundary, never inside a word', () => {
    const long = `On June 9 ${'the committee considered numerous amendments '.repeat(4)}`;
    const event = eventOf(long, 'June 9');
    assert.ok(event.length <= 80 && event.endsWith('…'), event);
    assert.match(event, /\b(the|committee|considered|numerous|amendments)…$/);
    const late = `${'The delegates of the regional assembly debated the harbour budget '.repeat(2)}until March 30`;
    assert.match(eventOf(late, 'March 30'), /^…[a-z]+ .* until March 30$/, 'a date named late stays in view');
    assert.equal(cutAtWord('alpha beta gamma', 12), 'alpha beta…');
    assert.equal(cutAtWord('alpha beta', 12), 'alpha beta');
  });
});

describe('scan plan', () => {
  it('joins globs into one pattern and cuts batches', () => {
    assert.equal(braceGlob(['**/a/*.txt', './b/*.md', '**/a/*.txt', ' ']), '{**/a/*.txt,b/*.md}');
    assert.equal(braceGlob(['**/*.news']), '**/*.news');
    assert.equal(braceGlob([]), undefined);
    assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  });

  it('matches whole paths against the include globs as the document selector does', () => {
    const seeds = globToRegExp(absoluteGlob('**/seeds/*.txt'));
    assert.ok(seeds.test('/tmp/x/seeds/a.txt'));
    assert.ok(!seeds.test('/tmp/x/seeds/sub/a.txt'));
    assert.ok(!seeds.test('/tmp/x/seeds/a.md'));
    const articles = globToRegExp(absoluteGlob('articles/**/*.{txt,md}'));
    assert.ok(articles.test('/w/articles/a.md') && articles.test('/w/articles/2025/11/a.txt'));
    assert.ok(!articles.test('/w/articles-old/a.txt'));
    assert.ok(globToRegExp('**/file[0-9].txt').test('/a/file7.txt'));
    assert.ok(!globToRegExp('**/a.txt').test('/x/aXtxt'));
  });
});

describe('crash budget', () => {
  it('restarts up to the limit within the window, then stops; old crashes expire', () => {
    const budget = new CrashBudget(2, 1000);
    assert.deepEqual(budget.record(0), { restart: true, crashes: 1 });
    assert.deepEqual(budget.record(100), { restart: true, crashes: 2 });
    assert.deepEqual(budget.record(200), { restart: false, crashes: 3 });
    assert.deepEqual(budget.record(5000), { restart: true, crashes: 1 });
  });
});

describe('export paths', () => {
  it('refuses names that leave the chosen folder', () => {
    for (const name of ['../x.json', 'a/../../x', '/etc/passwd', 'C:\\x.json', '\\\\server\\x', '', 'a//b', 'a\u0000b']) assert.ok(unsafeExportName(name), JSON.stringify(name));
    for (const name of ['article.ann', 'annotation.conf', 'sub/article.json', 'a..b.txt']) assert.equal(unsafeExportName(name), undefined, name);
  });

  it('writes beside the target under a hidden temporary name', () => {
    assert.equal(temporaryName('article.json', 'x1'), '.article.json.x1.tmp');
    assert.equal(temporaryName('sub/article.json', 'x1'), 'sub/.article.json.x1.tmp');
  });
});
