// The client's pure parts: which documents go to the server, the tree view's nodes, the status-bar text and
// the export format choices. Annotations here are written by hand for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotations } from '../../server/src/analysis/types';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from '../../server/src/export/index';
import { absoluteGlob, articleDocumentSelector, includedLanguages, includeFilters } from '../../client/src/documentSelector';
import { exportFormatChoices } from '../../client/src/exportFormats';
import { articleStatus } from '../../client/src/statusText';
import { buildAnnotationTree, datesInTimeOrder, type AnnotationNode } from '../../client/src/tree/annotationTreeModel';

const TEXT = [
  'Lisbon, May 2 (AP) Maria Costa of Nordbank said "rates will fall" on Friday.',
  'Costa added that Nordbank expects growth in 2027. The plan, dubbed "Horizon", starts in March.',
].join('\n');

const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  assert.notEqual(start, -1, needle);
  return { start, end: start + needle.length, text: needle };
};
const secondLine = TEXT.indexOf('\n') + 1;

const ANNOTATIONS: Annotations = {
  referenceDate: { value: '2026-05-02', source: 'dateline' },
  blocks: [],
  actors: [
    { id: 'a1', type: 'place', name: 'Lisbon', mentions: [at('Lisbon')] },
    { id: 'a2', type: 'person', name: 'Maria Costa', role: 'economist', affiliation: 'Nordbank', mentions: [at('Costa', secondLine), at('Maria Costa')] },
    { id: 'a3', type: 'organization', name: 'Nordbank', mentions: [at('Nordbank'), at('Nordbank', secondLine)] },
  ],
  dates: [
    { id: 'd1', ...at('2027'), value: '2027', kind: 'date', granularity: 'year', anchoring: 'absolute' },
    { id: 'd2', ...at('Friday'), value: '2026-05-08', kind: 'date', granularity: 'day', anchoring: 'reference-date' },
    { id: 'd3', ...at('May 2'), value: '2026-05-02', kind: 'date', granularity: 'day', anchoring: 'inferred-year' },
    { id: 'd4', ...at('March'), value: '2027-03', kind: 'date', granularity: 'month', anchoring: 'reference-date' },
  ],
  quotes: [
    {
      id: 'q1',
      ...at('"rates will fall"'),
      kind: 'direct',
      speaker: { actorId: 'a2', name: 'Maria Costa', start: at('Maria Costa').start, end: at('Maria Costa').end },
      cue: at('said'),
    },
    { id: 'q2', ...at('"Horizon"'), kind: 'title', speaker: null },
  ],
  problems: [],
};

const child = (nodes: AnnotationNode[], label: string) => {
  const node = nodes.find((candidate) => candidate.label === label);
  assert.ok(node, `${label} in ${nodes.map((candidate) => candidate.label).join(', ')}`);
  return node;
};

describe('document selector', () => {
  it('always takes news-article documents and takes plain text and Markdown only where a glob matches', () => {
    assert.deepEqual(articleDocumentSelector(['**/seeds/*.txt']), [
      { language: 'news-article' },
      { scheme: 'file', language: 'plaintext', pattern: '**/seeds/*.txt' },
      { scheme: 'file', language: 'markdown', pattern: '**/seeds/*.txt' },
    ]);
  });

  it('takes no plain text through the globs while plain-text articles open as news-article documents', () => {
    assert.deepEqual(articleDocumentSelector(['**/seeds/*.txt'], includedLanguages(true)), [
      { language: 'news-article' },
      { scheme: 'file', language: 'markdown', pattern: '**/seeds/*.txt' },
    ]);
    assert.deepEqual(includedLanguages(false), ['plaintext', 'markdown']);
    assert.deepEqual(includeFilters(['articles/*.txt', '', '**/articles/*.txt']), [{ scheme: 'file', pattern: '**/articles/*.txt' }]);
  });

  it('anchors workspace-relative globs anywhere, drops empty and repeated globs', () => {
    assert.equal(absoluteGlob('articles/*.txt'), '**/articles/*.txt');
    assert.equal(absoluteGlob('./news/**/*.md'), '**/news/**/*.md');
    assert.equal(absoluteGlob('/srv/news/*.txt'), '/srv/news/*.txt');
    assert.equal(articleDocumentSelector(['', ' ', 'a/*.txt', '**/a/*.txt']).length, 3);
  });
});

describe('annotations tree', () => {
  const roots = buildAnnotationTree(ANNOTATIONS, TEXT);

  it('has Actors, Dates and Quotes with their counts', () => {
    assert.deepEqual(
      roots.map((node) => [node.label, node.description]),
      [
        ['Actors', '3'],
        ['Dates', '4'],
        ['Quotes', '2'],
      ],
    );
  });

  it("groups actors by type and lists each actor's mentions in text order with their lines", () => {
    const actors = child(roots, 'Actors');
    assert.deepEqual(
      actors.children.map((group) => group.label),
      ['People', 'Organizations', 'Places'],
    );
    const costa = child(child(actors.children, 'People').children, 'Maria Costa');
    assert.match(costa.description ?? '', /economist, Nordbank · 2 mentions/);
    assert.deepEqual(
      costa.children.map((mention) => [mention.label, mention.description]),
      [
        ['Maria Costa', 'line 1'],
        ['Costa', 'line 2'],
      ],
    );
    assert.deepEqual(costa.span, { start: at('Maria Costa').start, end: at('Maria Costa').end }, 'clicking the actor selects its first mention');
  });

  it('lists dates in time order', () => {
    assert.deepEqual(
      child(roots, 'Dates').children.map((node) => node.label),
      ['May 2', 'Friday', '2027', 'March'],
    );
    assert.match(child(child(roots, 'Dates').children, 'May 2').description ?? '', /year inferred/);
  });

  it('puts durations and unanchored values after calendar dates', () => {
    const ordered = datesInTimeOrder([
      { id: 'x', start: 0, end: 1, text: 'x', value: 'P3Y', kind: 'duration', granularity: 'duration', anchoring: 'unanchored' },
      { id: 'y', start: 5, end: 6, text: 'y', value: '2020', kind: 'date', granularity: 'year', anchoring: 'absolute' },
    ]);
    assert.deepEqual(
      ordered.map((date) => date.id),
      ['y', 'x'],
    );
  });

  it('groups quotes by speaker and keeps quoted titles apart', () => {
    const quotes = child(roots, 'Quotes').children;
    assert.deepEqual(
      quotes.map((group) => group.label),
      ['Maria Costa', 'Not speech (titles, names)'],
    );
    assert.deepEqual(
      child(quotes, 'Maria Costa').children.map((node) => node.label),
      ['"rates will fall"'],
    );
  });

  it('opens the sections and the actor types, and leaves actors and speakers closed', () => {
    const actors = child(roots, 'Actors');
    assert.ok(roots.every((node) => node.expanded));
    assert.ok(actors.children.every((group) => group.expanded));
    assert.ok(actors.children.flatMap((group) => group.children).every((actor) => !actor.expanded));
    assert.ok(child(roots, 'Quotes').children.every((speaker) => !speaker.expanded));
  });

  it('gives every node a unique id', () => {
    const ids: string[] = [];
    const walk = (nodes: AnnotationNode[]) =>
      nodes.forEach((node) => {
        ids.push(node.id);
        walk(node.children);
      });
    walk(roots);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('status bar text', () => {
  it('shows the counts, with a breakdown in the tooltip', () => {
    const status = articleStatus(undefined, ANNOTATIONS);
    assert.equal(status.text, '$(person) 3 $(calendar) 4 $(quote) 2');
    assert.match(status.tooltip, /3 actors: 1 person, 1 organization, 1 place/);
    assert.match(status.tooltip, /2 quotes by 1 speaker/);
  });

  it('says why a document was not analyzed', () => {
    const skipped = { uri: 'file:///big.txt', version: 1, counts: { actors: 0, dates: 0, quotes: 0, problems: 0 }, skipped: 'over newsAnnotator.maxFileSizeKB' };
    assert.match(articleStatus(skipped, null).text, /not analyzed: over newsAnnotator\.maxFileSizeKB/);
  });
});

describe('export formats', () => {
  it('offers every format the server exports, with a label', () => {
    const choices = exportFormatChoices();
    assert.deepEqual(
      choices.map((choice) => choice.id),
      [...EXPORT_FORMATS],
    );
    assert.deepEqual(
      choices.map((choice) => choice.label),
      EXPORT_FORMAT_INFO.map((format) => format.label),
    );
    assert.ok(choices.every((choice) => choice.label.length > 0));
  });
});
