// Reviewing an article (accepted annotations, the next one to check), what the tree and the status bar say about
// corrections made by hand, and the schema of corrected output.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyCorrections, emptySidecar, recordAccept, recordRetypeActor } from '../../server/src/corrections';
import { nextUnreviewed, provenanceWords, reviewCounts } from '../../client/src/review';
import { articleStatus } from '../../client/src/statusText';
import { buildAnnotationTree, type AnnotationNode } from '../../client/src/tree/annotationTreeModel';
import { analyzerOutput, at, text } from './corrections-fixture';
import { readAnnotationsSchema, schemaErrors } from './export-schema-check';

const span = (words: string, occurrence = 0) => {
  const found = at(words, occurrence);
  return { start: found.start, end: found.end };
};

function accepted(...words: string[]) {
  const sidecar = words.reduce((each, word) => recordAccept(each, text, span(word), word === 'May 12' ? 'date' : 'actor'), emptySidecar());
  return applyCorrections(text, analyzerOutput(), sidecar.corrections).annotations;
}

test('reviewed / total counts mentions, dates and quotes; the next unreviewed one follows the cursor and wraps', () => {
  const plain = analyzerOutput();
  const total = plain.actors.reduce((sum, actor) => sum + actor.mentions.length, 0) + plain.dates.length + plain.quotes.length;
  assert.deepEqual(reviewCounts(plain), { reviewed: 0, total });
  const annotations = accepted('Yerevan', 'YEREVAN');
  assert.deepEqual(reviewCounts(annotations), { reviewed: 2, total });
  // From the start: Yerevan and YEREVAN are reviewed, so the next is the date after them.
  assert.equal(nextUnreviewed(annotations, -1)?.start, at('May 12').start);
  // After the last annotation: wraps to the first unreviewed.
  assert.equal(nextUnreviewed(annotations, text.length)?.start, at('May 12').start);
  const everything = { ...annotations, actors: [], dates: [], quotes: [] };
  assert.equal(nextUnreviewed(everything, 0), undefined);
});

test('the status bar shows reviewed / total once something is reviewed; the tree marks manual and reviewed items', () => {
  assert.doesNotMatch(articleStatus(undefined, analyzerOutput()).text, /check/);
  const annotations = accepted('May 12');
  assert.match(articleStatus(undefined, annotations).text, /\$\(check\) 1\/\d+$/);
  assert.match(articleStatus(undefined, annotations).tooltip, /1 of \d+ annotations reviewed/);

  const retyped = applyCorrections(text, annotations, recordRetypeActor(emptySidecar(), text, span('Monday'), 'organization').corrections).annotations;
  const nodes: AnnotationNode[] = [];
  const walk = (list: AnnotationNode[]) => list.forEach((node) => (nodes.push(node), walk(node.children)));
  walk(buildAnnotationTree(retyped, text));
  const monday = nodes.find((node) => node.id.startsWith('actor/') && node.label === 'Monday' && node.children.length);
  assert.match(monday?.description ?? '', /by hand/);
  const yerevan = nodes.find((node) => node.label === 'Yerevan' && node.children.length);
  assert.doesNotMatch(yerevan?.description ?? '', /by hand/);
  assert.match(nodes.find((node) => node.id.startsWith('date/') && node.label === 'May 12')?.description ?? '', /reviewed/);
  assert.deepEqual(provenanceWords({ origin: 'auto' }), []);
});

test('corrected output, with origin and reviewed, matches the annotations schema; an unknown origin does not', () => {
  const annotations = accepted('May 12', 'Yerevan');
  const schema = readAnnotationsSchema();
  assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify({ ...annotations, id: 'x' })), schema), []);
  const broken = JSON.parse(JSON.stringify(annotations));
  broken.dates[0].origin = 'robot';
  assert.notDeepEqual(schemaErrors(broken, schema), []);
});
