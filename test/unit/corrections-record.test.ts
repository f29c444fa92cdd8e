import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  applyCorrections,
  articleOfSidecar,
  emptySidecar,
  formatKnownActor,
  parseKnownActors,
  parseSidecar,
  reanchorSidecar,
  recordAdd,
  recordMerge,
  recordReject,
  recordRejectName,
  recordRetypeActor,
  recordRetypeQuote,
  recordSetSpeaker,
  recordSplit,
  removeCorrection,
  serializeSidecar,
  sidecarPath,
  withKnownActor,
} from '../../server/src/corrections';
import { analyzerOutput, assertConsistent, at, text } from './corrections-fixture';

const span = (words: string, occurrence = 0) => {
  const found = at(words, occurrence);
  return { start: found.start, end: found.end };
};

test('recording an addition stores its anchor with context; the sidecar is a new object', () => {
  const before = emptySidecar();
  const after = recordAdd(before, text, span('Arman Petrosyan'), { kind: 'actor', type: 'person' }, { author: 'ed', at: '2026-11-23T12:00:00Z' });
  assert.equal(before.corrections.length, 0);
  assert.equal(after.corrections.length, 1);
  const [add] = after.corrections;
  assert.ok(add.op === 'add' && add.kind === 'actor' && add.type === 'person' && add.author === 'ed');
  assert.equal(add.anchor.exact, 'Arman Petrosyan');
  assert.ok(text.slice(0, add.anchor.start).endsWith(add.anchor.prefix) && add.anchor.prefix.length === 32);
  assert.throws(() => recordAdd(before, text, { start: 5, end: 5 }, { kind: 'date' }), RangeError);
});

test('rejecting a manual addition removes it (and records the rejection); a second addition replaces the first', () => {
  let sidecar = recordAdd(emptySidecar(), text, span('Monday'), { kind: 'actor', type: 'person' });
  sidecar = recordAdd(sidecar, text, span('Monday'), { kind: 'actor', type: 'organization' });
  assert.equal(sidecar.corrections.length, 1);
  sidecar = recordReject(sidecar, text, span('Monday'), 'actor');
  assert.deepEqual(
    sidecar.corrections.map((correction) => correction.op),
    ['reject'],
  );
  const result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  assert.ok(!result.annotations.actors.some((actor) => actor.name === 'Monday'));
  sidecar = recordAdd(sidecar, text, span('Monday'), { kind: 'date', value: '2026-05-11' });
  sidecar = recordAdd(sidecar, text, span('Monday'), { kind: 'actor', type: 'person' });
  assert.deepEqual(
    sidecar.corrections.map((correction) => correction.op),
    ['add', 'add'],
    'the actor addition replaced the actor rejection; the date stays',
  );
});

test('retyping a manual addition changes the addition; retyping an analyzer annotation is recorded once', () => {
  let sidecar = recordAdd(emptySidecar(), text, span('Arman Petrosyan'), { kind: 'actor', type: 'place' });
  sidecar = recordRetypeActor(sidecar, text, span('Arman Petrosyan'), 'person');
  assert.equal(sidecar.corrections.length, 1);
  assert.ok(sidecar.corrections[0].op === 'add' && sidecar.corrections[0].kind === 'actor' && sidecar.corrections[0].type === 'person');
  sidecar = recordRetypeActor(sidecar, text, span('Institute of Regional Studies'), 'place');
  sidecar = recordRetypeActor(sidecar, text, span('Institute of Regional Studies'), 'organization');
  sidecar = recordRetypeQuote(sidecar, text, span('"Shield"'), 'title');
  assert.equal(sidecar.corrections.length, 3);
  const result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  assertConsistent(result.annotations);
  assert.equal(result.annotations.actors.find((actor) => actor.name === 'Institute of Regional Studies')?.type, 'organization');
  assert.equal(result.annotations.quotes.find((quote) => quote.text === '"Shield"')?.kind, 'title');
});

test('setting a speaker twice keeps the last; merges sharing a name combine; rejections by name are not repeated', () => {
  let sidecar = recordSetSpeaker(emptySidecar(), text, span('"Shield"'), 'Someone');
  sidecar = recordSetSpeaker(sidecar, text, span('"Shield"'), 'Darya Saprynskaya', span('Darya Saprynskaya'));
  assert.equal(sidecar.corrections.length, 1);
  sidecar = recordMerge(sidecar, 'Daria Saprynskaya', ['Darya Saprynskaya']);
  sidecar = recordMerge(sidecar, 'Daria Saprynskaya', ['D. Saprynskaya']);
  const merges = sidecar.corrections.filter((correction) => correction.op === 'merge');
  assert.deepEqual(merges, [{ op: 'merge', into: 'Daria Saprynskaya', names: ['D. Saprynskaya', 'Darya Saprynskaya'] }]);
  sidecar = recordRejectName(sidecar, 'Monday');
  sidecar = recordRejectName(sidecar, ' monday ');
  assert.equal(sidecar.corrections.filter((correction) => correction.op === 'reject').length, 1);
  sidecar = recordSplit(sidecar, text, [span('Saprynskaya', 1)], 'Ivan Saprynskaya', 'person');
  const round = parseSidecar(serializeSidecar(sidecar));
  assert.deepEqual(round.problems, []);
  assert.deepEqual(round.sidecar, sidecar);
  const result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  assertConsistent(result.annotations);
  assert.deepEqual(result.orphans, []);
  const index = sidecar.corrections.findIndex((correction) => correction.op === 'split');
  assert.equal(
    removeCorrection(sidecar, index).corrections.some((correction) => correction.op === 'split'),
    false,
  );
});

test('recorded corrections survive an edit of the article and re-anchoring refreshes their offsets', () => {
  let sidecar = recordAdd(emptySidecar(), text, span('Arman Petrosyan'), { kind: 'actor', type: 'person' });
  sidecar = recordReject(sidecar, text, span('Monday'), 'actor');
  const edited = text.replace('Ministers meet', 'Defence ministers of the bloc meet').replace(/\n/g, '\r\n');
  const fresh = reanchorSidecar(sidecar, edited);
  for (const correction of fresh.corrections) {
    assert.ok('anchor' in correction && correction.anchor);
    assert.equal(edited.slice(correction.anchor.start, correction.anchor.end), correction.anchor.exact);
  }
  const applied = applyCorrections(edited, { ...analyzerOutput(), actors: [], dates: [], quotes: [], problems: [] }, fresh.corrections);
  assert.ok(applied.applied.every((entry) => entry.match === 'exact'));
});

test('the known-actors list: one actor a line, malformed lines reported by line and skipped', () => {
  const parsed = parseKnownActors(
    [
      '# known actors of the desk',
      'person: Daria Saprynskaya = Darya Saprynskaya = daria saprynskaya  # two romanizations',
      'organization: Collective Security Treaty Organization = CSTO',
      'Daria Saprynskaya',
      'animal: Rex',
      'place: 1234',
      '',
      'Place:  Yerevan ',
    ].join('\r\n'),
  );
  assert.deepEqual(parsed.actors, [
    { type: 'person', name: 'Daria Saprynskaya', aliases: ['Darya Saprynskaya'] },
    { type: 'organization', name: 'Collective Security Treaty Organization', aliases: ['CSTO'] },
    { type: 'place', name: 'Yerevan', aliases: [] },
  ]);
  assert.deepEqual(
    parsed.malformed.map((line) => line.line),
    [3, 4, 5],
  );
  assert.equal(formatKnownActor(parsed.actors[1]), 'organization: Collective Security Treaty Organization = CSTO');
});

test('adding a known actor appends one line, or replaces the line naming it, keeping the rest of the file', () => {
  const file = '# desk list\nperson: Daria Saprynskaya\nplace: Yerevan\n';
  assert.equal(
    withKnownActor(file, { type: 'person', name: 'Daria Saprynskaya', aliases: ['Darya Saprynskaya'] }),
    '# desk list\nperson: Daria Saprynskaya = Darya Saprynskaya\nplace: Yerevan\n',
  );
  assert.equal(withKnownActor(file, { type: 'person', name: 'Arman Petrosyan', aliases: [] }), `${file}person: Arman Petrosyan\n`);
  assert.equal(withKnownActor('', { type: 'place', name: 'Gyumri', aliases: [] }), 'place: Gyumri\n');
});

test('sidecar paths: next to the article by default, mirrored under a folder setting, never outside the workspace', () => {
  const folder = path.join(path.sep, 'ws');
  const article = path.join(folder, 'news', 'article.txt');
  assert.equal(sidecarPath(article), `${article}.annotations.json`);
  const mirrored = path.join(folder, '.annotations', 'news', 'article.txt.annotations.json');
  assert.equal(sidecarPath(article, folder, '.annotations'), mirrored);
  assert.equal(articleOfSidecar(mirrored, folder, '.annotations'), article);
  assert.equal(articleOfSidecar(`${article}.annotations.json`), article);
  assert.equal(articleOfSidecar(article), undefined);
  assert.equal(sidecarPath(article, folder, '../elsewhere'), undefined);
  assert.equal(sidecarPath(path.join(path.sep, 'other', 'a.txt'), folder, '.annotations'), undefined);
  assert.equal(articleOfSidecar(path.join(folder, 'news', 'x.txt.annotations.json'), folder, '.annotations'), undefined);
});
