import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyCorrections, createAnchor, parseKnownActors, type Correction } from '../../server/src/corrections';
import { nameKey } from '../../server/src/workspace/notActors';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { analyzerOutput, assertConsistent, at, text } from './corrections-fixture';

const anchor = (words: string, occurrence = 0) => {
  const span = at(words, occurrence);
  return createAnchor(text, span.start, span.end);
};

function apply(corrections: Correction[], lists = {}) {
  const result = applyCorrections(text, analyzerOutput(), corrections, lists);
  assertConsistent(result.annotations);
  // Handed over (corrected in place, as the analysis worker does with its fresh analysis): the very same result.
  assert.deepEqual(applyCorrections(text, analyzerOutput(), corrections, lists, true), result);
  return result;
}

const actorNamed = (result: ReturnType<typeof apply>, name: string) => result.annotations.actors.find((actor) => actor.name === name);

test('without corrections the analyzer output comes back unchanged, every annotation marked auto', () => {
  const input = analyzerOutput();
  const result = apply([]);
  assert.deepEqual(result.orphans, []);
  assert.deepEqual(result.applied, []);
  assert.deepEqual(
    result.annotations.actors.map((actor) => actor.id),
    input.actors.map((actor) => actor.id),
  );
  assert.ok(result.annotations.actors.every((actor) => actor.origin === 'auto' && actor.mentions.every((mention) => mention.origin === 'auto')));
  const stripped = JSON.parse(JSON.stringify(result.annotations, (key, value) => (key === 'origin' ? undefined : value)));
  assert.deepEqual(stripped, JSON.parse(JSON.stringify(input)));
  assert.deepEqual(analyzerOutput(), input, 'the input is not modified');
});

test('without corrections, a handed-over analysis is marked in place: the same JSON (key order too) as the copying path', () => {
  const seeds = path.join(__dirname, '..', '..', '..', 'seeds');
  for (const file of fs.readdirSync(seeds).filter((name) => name.endsWith('.txt'))) {
    const article = fs.readFileSync(path.join(seeds, file), 'utf8');
    const copied = applyCorrections(article, analyze(article), [], {});
    const handedOver = analyze(article);
    const inPlace = applyCorrections(article, handedOver, [], {}, true);
    assert.equal(JSON.stringify(inPlace.annotations), JSON.stringify(copied.annotations), file);
    assert.ok(inPlace.annotations.actors.length > 0 && inPlace.annotations.actors.every((actor) => actor.origin === 'auto'), file);
    // Marked in place: the analyzer's own objects, not copies.
    assert.equal(inPlace.annotations.quotes[0], handedOver.quotes[0], file);
  }
});

test('marking in place leaves the next analysis alone: no object of an analysis is shared with the one after an edit', () => {
  // What the analysis worker relies on when it marks its fresh analysis auto in place (it keeps the analyzer's
  // caches between edits): were an output object also held by a cache, the mark would leak into later analyses.
  const article = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', fs.readdirSync(path.join(__dirname, '..', '..', '..', 'seeds'))[0]), 'utf8');
  const first = analyze(article);
  applyCorrections(article, first, [], {}, true);
  const marked = new Set<object>();
  const collect = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    marked.add(value);
    for (const each of Object.values(value)) collect(each);
  };
  collect(first);
  const at = article.indexOf(' ', article.length / 2);
  for (const edited of [article.slice(0, at) + 'x' + article.slice(at), article]) {
    let shared = 0;
    const walk = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      if (marked.has(value)) shared++;
      assert.ok(Array.isArray(value) || !('origin' in value), 'no mark in a new analysis');
      for (const each of Object.values(value)) walk(each);
    };
    walk(analyze(edited));
    assert.equal(shared, 0);
  }
});

test('merge: "Daria Saprynskaya" = "Darya Saprynskaya" becomes one actor with every mention and both spellings', () => {
  const result = apply([{ op: 'merge', into: 'Daria Saprynskaya', names: ['Darya Saprynskaya'] }]);
  const persons = result.annotations.actors.filter((actor) => /Saprynskaya/.test(actor.name));
  assert.equal(persons.length, 1);
  const [daria] = persons;
  assert.equal(daria.name, 'Daria Saprynskaya');
  assert.equal(daria.id, 'a2');
  assert.equal(daria.origin, 'manual');
  assert.equal(daria.role, 'researcher');
  assert.deepEqual(
    daria.mentions.map((mention) => mention.text),
    ['Daria Saprynskaya', 'Saprynskaya', 'Darya Saprynskaya'],
  );
  assert.deepEqual(daria.aliases, ['Saprynskaya', 'Darya Saprynskaya']);
  assert.equal(result.annotations.quotes.find((quote) => quote.id === 'q2')?.speaker?.actorId, 'a2');
  assert.deepEqual(
    result.applied.map((entry) => entry.changed),
    [true],
  );
});

test('merge into the other spelling: the canonical name is the chosen one, and speakers say so', () => {
  const result = apply([{ op: 'merge', into: 'Darya Saprynskaya', names: ['Daria Saprynskaya'] }]);
  const darya = actorNamed(result, 'Darya Saprynskaya')!;
  assert.equal(darya.mentions.length, 3);
  assert.ok(darya.aliases?.includes('Daria Saprynskaya'));
  assert.equal(actorNamed(result, 'Daria Saprynskaya'), undefined);
  for (const id of ['q1', 'q2']) {
    const speaker = result.annotations.quotes.find((quote) => quote.id === id)!.speaker!;
    assert.equal(speaker.actorId, darya.id);
    assert.equal(speaker.name, 'Darya Saprynskaya');
  }
});

test('reject one mention: it leaves its actor, and the quote it named keeps its speaker name but not the link', () => {
  const result = apply([{ op: 'reject', kind: 'actor', anchor: anchor('Saprynskaya', 1) }]);
  assert.deepEqual(
    actorNamed(result, 'Daria Saprynskaya')!.mentions.map((mention) => mention.text),
    ['Daria Saprynskaya'],
  );
  const q2 = result.annotations.quotes.find((quote) => quote.id === 'q2')!;
  assert.equal(q2.speaker?.actorId, undefined);
  assert.equal(q2.speaker?.name, 'Daria Saprynskaya');
  assert.equal(result.annotations.quotes.find((quote) => quote.id === 'q1')!.speaker?.actorId, 'a2');
});

test("reject an actor's only mention, or its name everywhere: the actor is gone", () => {
  const one = apply([{ op: 'reject', kind: 'actor', anchor: anchor('Monday') }]);
  assert.equal(actorNamed(one, 'Monday'), undefined);
  const byName = apply([{ op: 'reject', kind: 'actor', name: 'daria  saprynskaya' }]);
  assert.equal(actorNamed(byName, 'Daria Saprynskaya'), undefined);
  assert.equal(byName.annotations.quotes.find((quote) => quote.id === 'q1')!.speaker?.actorId, undefined);
  assert.equal(byName.annotations.quotes.find((quote) => quote.id === 'q1')!.speaker?.name, 'Daria Saprynskaya');
  const alias = apply([{ op: 'reject', kind: 'actor', name: 'Saprynskaya' }]);
  const daria = actorNamed(alias, 'Daria Saprynskaya')!;
  assert.deepEqual(
    daria.mentions.map((mention) => mention.text),
    ['Daria Saprynskaya'],
  );
  assert.equal(daria.aliases, undefined);
  const nothing = apply([{ op: 'reject', kind: 'actor', name: 'Nobody Here' }]);
  assert.deepEqual(
    nothing.applied.map((entry) => entry.changed),
    [false],
  );
});

test('reject a date or a quote; problems about removed annotations go with them', () => {
  const result = apply([
    { op: 'reject', kind: 'date', anchor: anchor('August') },
    { op: 'reject', kind: 'quote', anchor: anchor('"Shield"') },
  ]);
  assert.deepEqual(
    result.annotations.dates.map((date) => date.id),
    ['d1'],
  );
  assert.deepEqual(
    result.annotations.quotes.map((quote) => quote.id),
    ['q1', 'q2'],
  );
  assert.deepEqual(result.annotations.problems, []);
});

test('add: an actor, a date over a wrongly tagged actor, a quote with a speaker; new ids, origin manual', () => {
  const result = apply([
    { op: 'add', kind: 'actor', type: 'person', anchor: anchor('Arman Petrosyan') },
    { op: 'add', kind: 'date', value: '2026-05-11', anchor: anchor('Monday') },
    { op: 'add', kind: 'quote', quoteKind: 'indirect', speaker: 'darya saprynskaya', anchor: anchor('the "Shield" drill was planned for August') },
  ]);
  const arman = actorNamed(result, 'Arman Petrosyan')!;
  assert.equal(arman.id, 'a6');
  assert.equal(arman.origin, 'manual');
  assert.equal(arman.mentions[0].origin, 'manual');
  assert.equal(actorNamed(result, 'Monday'), undefined, 'the date replaces the actor');
  const monday = result.annotations.dates.find((date) => date.text === 'Monday')!;
  assert.deepEqual([monday.id, monday.value, monday.granularity, monday.origin], ['d3', '2026-05-11', 'day', 'manual']);
  const drill = result.annotations.quotes.find((quote) => quote.origin === 'manual')!;
  assert.equal(drill.id, 'q4');
  assert.deepEqual(drill.speaker, { name: 'Darya Saprynskaya', actorId: 'a4' });
  assert.ok(!result.annotations.quotes.some((quote) => quote.id === 'q3'), 'the overlapping quote is replaced');
  assert.ok(result.applied.every((entry) => entry.changed && entry.match === 'exact'));
});

test('add a mention under an existing actor by name, and a second spelling becomes an alias', () => {
  const result = apply([{ op: 'add', kind: 'actor', type: 'person', name: 'Daria Saprynskaya', anchor: anchor('Darya Saprynskaya') }]);
  const daria = actorNamed(result, 'Daria Saprynskaya')!;
  assert.deepEqual(
    daria.mentions.map((mention) => [mention.text, mention.origin]),
    [
      ['Daria Saprynskaya', 'auto'],
      ['Saprynskaya', 'auto'],
      ['Darya Saprynskaya', 'manual'],
    ],
  );
  assert.ok(daria.aliases?.includes('Darya Saprynskaya'));
  assert.equal(actorNamed(result, 'Darya Saprynskaya'), undefined);
});

test('retype an actor and a quote', () => {
  const result = apply([
    { op: 'retype', kind: 'actor', type: 'organization', anchor: anchor('Institute of Regional Studies') },
    { op: 'retype', kind: 'quote', quoteKind: 'title', anchor: anchor('"Shield"') },
    { op: 'retype', kind: 'actor', type: 'place', anchor: anchor('Yerevan') },
  ]);
  const institute = actorNamed(result, 'Institute of Regional Studies')!;
  assert.deepEqual([institute.type, institute.origin], ['organization', 'manual']);
  const shield = result.annotations.quotes.find((quote) => quote.id === 'q3')!;
  assert.deepEqual([shield.kind, shield.origin], ['title', 'manual']);
  assert.deepEqual(
    result.applied.map((entry) => entry.changed),
    [true, true, false],
  );
  assert.equal(actorNamed(result, 'Yerevan')!.origin, 'auto', 'retyping to the same type changes nothing');
});

test('set a speaker (by the words naming them, or by name) and clear one', () => {
  const result = apply([
    { op: 'setSpeaker', anchor: anchor('"Shield"'), speaker: 'Darya Saprynskaya', speakerAnchor: anchor('Darya Saprynskaya') },
    { op: 'setSpeaker', anchor: anchor('"The exercises will go on,"'), speaker: null },
    { op: 'setSpeaker', anchor: anchor('the bloc would rearm'), speaker: 'Institute of Regional Studies' },
  ]);
  const [q1, q2, q3] = ['q1', 'q2', 'q3'].map((id) => result.annotations.quotes.find((quote) => quote.id === id)!);
  assert.deepEqual(q3.speaker, { name: 'Darya Saprynskaya', actorId: 'a4', start: at('Darya Saprynskaya').start, end: at('Darya Saprynskaya').end });
  assert.equal(q2.speaker, null);
  assert.deepEqual(q1.speaker, { name: 'Institute of Regional Studies', actorId: 'a3' });
  assert.deepEqual(result.annotations.problems, [], 'the quote has a speaker now');
});

test('split: the chosen mentions form a new actor, and the quote they named follows them', () => {
  const result = apply([{ op: 'split', newName: 'Ivan Saprynskaya', mentions: [anchor('Saprynskaya', 1)] }]);
  const ivan = actorNamed(result, 'Ivan Saprynskaya')!;
  assert.deepEqual([ivan.id, ivan.type, ivan.origin], ['a6', 'person', 'manual']);
  assert.deepEqual(
    ivan.mentions.map((mention) => mention.text),
    ['Saprynskaya'],
  );
  assert.deepEqual(ivan.aliases, ['Saprynskaya']);
  const daria = actorNamed(result, 'Daria Saprynskaya')!;
  assert.deepEqual(
    daria.mentions.map((mention) => mention.text),
    ['Daria Saprynskaya'],
  );
  assert.equal(daria.aliases, undefined);
  assert.equal(result.annotations.quotes.find((quote) => quote.id === 'q2')!.speaker?.actorId, 'a6');
  assert.equal(result.annotations.quotes.find((quote) => quote.id === 'q1')!.speaker?.actorId, 'a2');
});

test('merge then split back: corrections compose in a fixed order', () => {
  const result = apply([
    { op: 'merge', into: 'Daria Saprynskaya', names: ['Darya Saprynskaya'] },
    { op: 'split', newName: 'Darya Saprynskaya', mentions: [anchor('Darya Saprynskaya')] },
  ]);
  assert.deepEqual(
    result.annotations.actors.filter((actor) => /Saprynskaya/.test(actor.name)).map((actor) => [actor.name, actor.mentions.length]),
    [
      ['Daria Saprynskaya', 2],
      ['Darya Saprynskaya', 1],
    ],
  );
});

test('a correction whose text is gone is reported as an orphan; the others still apply', () => {
  const edited = text.replace('Arman Petrosyan', 'a deputy minister');
  const corrections: Correction[] = [
    { op: 'add', kind: 'actor', type: 'person', anchor: anchor('Arman Petrosyan') },
    { op: 'reject', kind: 'actor', anchor: anchor('Monday') },
    { op: 'split', newName: 'Someone', mentions: [anchor('Arman Petrosyan')] },
  ];
  const input = analyzerOutput();
  const shift = edited.length - text.length;
  for (const actor of input.actors)
    for (const mention of actor.mentions) if (mention.start > at('Arman Petrosyan').start) [mention.start, mention.end] = [mention.start + shift, mention.end + shift];
  const result = applyCorrections(edited, input, corrections);
  assert.deepEqual(
    result.orphans.map((orphan) => [orphan.index, orphan.reason]),
    [
      [0, 'text-changed'],
      [2, 'text-not-found'],
    ],
  );
  assert.match(result.orphans[0].message, /Arman Petrosyan/);
  assert.deepEqual(
    result.applied.map((entry) => [entry.index, entry.match, entry.changed]),
    [[1, 'moved', true]],
  );
  assert.ok(!result.annotations.actors.some((actor) => actor.name === 'Monday'));
});

test('after an edit above them, manual annotations are re-anchored to the new offsets', () => {
  const corrections: Correction[] = [{ op: 'add', kind: 'actor', type: 'person', anchor: anchor('Arman Petrosyan') }];
  const edited = '🗞️ Updated\n' + text;
  const result = applyCorrections(edited, { ...analyzerOutput(), actors: [], quotes: [], dates: [], problems: [] }, corrections);
  const arman = result.annotations.actors[0];
  assert.equal(edited.slice(arman.mentions[0].start, arman.mentions[0].end), 'Arman Petrosyan');
  assert.equal(result.applied[0].match, 'moved');
});

test('workspace lists: known actors merge spellings and find unannotated mentions; not-actors are removed', () => {
  const known = parseKnownActors('person: Daria Saprynskaya = Darya Saprynskaya\nperson: Arman Petrosyan\n');
  const result = apply([], { knownActors: known.actors, notActors: new Set([nameKey('Monday')]) });
  const daria = actorNamed(result, 'Daria Saprynskaya')!;
  assert.equal(daria.mentions.length, 3);
  assert.equal(actorNamed(result, 'Darya Saprynskaya'), undefined);
  const arman = actorNamed(result, 'Arman Petrosyan')!;
  assert.deepEqual(
    arman.mentions.map((mention) => [mention.text, mention.origin]),
    [['Arman Petrosyan', 'manual']],
  );
  assert.equal(actorNamed(result, 'Monday'), undefined);
  const confirmed = apply([], { knownActors: parseKnownActors('place: Yerevan = YEREVAN').actors });
  assert.equal(actorNamed(confirmed, 'Yerevan')!.origin, 'auto', 'a list that only confirms the analyzer changes nothing');
  const overridden = apply([{ op: 'add', kind: 'actor', type: 'person', anchor: anchor('Monday') }], { notActors: new Set([nameKey('Monday')]) });
  assert.ok(actorNamed(overridden, 'Monday'), 'a manual addition in the article wins over the workspace list');
});

test('the result depends on the set of corrections, not their order', () => {
  const corrections: Correction[] = [
    { op: 'merge', into: 'Daria Saprynskaya', names: ['Darya Saprynskaya'] },
    { op: 'add', kind: 'actor', type: 'person', anchor: anchor('Arman Petrosyan') },
    { op: 'add', kind: 'date', anchor: anchor('Monday') },
    { op: 'retype', kind: 'actor', type: 'organization', anchor: anchor('Institute of Regional Studies') },
    { op: 'setSpeaker', anchor: anchor('"Shield"'), speaker: 'Arman Petrosyan' },
    { op: 'reject', kind: 'date', anchor: anchor('August') },
    { op: 'split', newName: 'Another Saprynskaya', mentions: [anchor('Saprynskaya', 1)] },
  ];
  const forward = apply(corrections).annotations;
  const backward = apply([...corrections].reverse()).annotations;
  assert.deepEqual(backward, forward);
  assert.deepEqual(apply(corrections).annotations, forward);
  assert.equal(forward.quotes.find((quote) => quote.id === 'q3')!.speaker?.actorId, actorNamed({ annotations: forward, orphans: [], applied: [] }, 'Arman Petrosyan')!.id);
  assert.equal(forward.dates.find((date) => date.text === 'Monday')!.value, 'XXXX-XX-XX');
});

test('property: any set of corrections, in any order, gives one consistent result', () => {
  const pool: Correction[] = [
    { op: 'merge', into: 'Daria Saprynskaya', names: ['Darya Saprynskaya'] },
    { op: 'merge', into: 'Darya Saprynskaya', names: ['Saprynskaya'] },
    { op: 'add', kind: 'actor', type: 'person', anchor: anchor('Arman Petrosyan') },
    { op: 'add', kind: 'actor', type: 'organization', name: 'Shield Command', anchor: anchor('Shield') },
    { op: 'add', kind: 'date', value: '2026-05-11', anchor: anchor('Monday') },
    { op: 'add', kind: 'quote', speaker: 'Arman Petrosyan', anchor: anchor('the bloc would rearm') },
    { op: 'reject', kind: 'actor', anchor: anchor('Daria Saprynskaya') },
    { op: 'reject', kind: 'actor', anchor: anchor('Saprynskaya', 1) },
    { op: 'reject', kind: 'actor', name: 'Darya Saprynskaya' },
    { op: 'reject', kind: 'quote', anchor: anchor('"The exercises will go on,"') },
    { op: 'reject', kind: 'date', anchor: anchor('May 12') },
    { op: 'retype', kind: 'actor', type: 'organization', anchor: anchor('Institute of Regional Studies') },
    { op: 'retype', kind: 'quote', quoteKind: 'title', anchor: anchor('"Shield"') },
    { op: 'setSpeaker', anchor: anchor('"Shield"'), speaker: 'Daria Saprynskaya' },
    { op: 'setSpeaker', anchor: anchor('"The exercises will go on,"'), speaker: 'Someone Else', speakerAnchor: anchor('Saprynskaya', 1) },
    { op: 'split', newName: 'Another Saprynskaya', mentions: [anchor('Saprynskaya', 1), anchor('Darya Saprynskaya')] },
    { op: 'split', newName: 'Capital', type: 'place', mentions: [anchor('YEREVAN')] },
  ];
  fc.assert(
    fc.property(fc.shuffledSubarray(pool), fc.infiniteStream(fc.nat()), (corrections, seeds) => {
      const result = apply(corrections);
      const shuffled = corrections
        .map((correction) => ({ correction, key: seeds.next().value }))
        .sort((a, b) => a.key - b.key)
        .map((entry) => entry.correction);
      assert.deepEqual(apply(shuffled).annotations, result.annotations);
      assert.deepEqual(result.orphans, []);
      assert.equal(result.applied.length, corrections.length);
    }),
    { numRuns: 200 },
  );
});
