// The corrections added for the editor's code actions: link a mention to another actor, set a date's value,
// accept an annotation (reviewed). Recorded, written, read back and applied, also after edits around the span.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyCorrections, emptySidecar, parseSidecar, recordAccept, recordAdd, recordLink, recordReject, recordSetDate, serializeSidecar } from '../../server/src/corrections';
import { analyzerOutput, assertConsistent, at, text } from './corrections-fixture';

const span = (words: string, occurrence = 0) => {
  const found = at(words, occurrence);
  return { start: found.start, end: found.end };
};

const roundTrip = (sidecar: ReturnType<typeof emptySidecar>) => {
  const parsed = parseSidecar(serializeSidecar(sidecar));
  assert.deepEqual(parsed.problems, []);
  assert.ok(parsed.writable);
  return parsed.sidecar;
};

test('linking a mention moves it to the named actor; the emptied actor goes and its name becomes an alias', () => {
  const sidecar = roundTrip(recordLink(emptySidecar(), text, span('Darya Saprynskaya'), 'Daria Saprynskaya'));
  const result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  assert.deepEqual(result.orphans, []);
  assertConsistent(result.annotations);
  const daria = result.annotations.actors.find((actor) => actor.name === 'Daria Saprynskaya')!;
  assert.ok(daria.mentions.some((mention) => mention.text === 'Darya Saprynskaya' && mention.origin === 'manual'));
  assert.equal(daria.origin, 'manual');
  assert.ok(daria.aliases?.includes('Darya Saprynskaya'));
  assert.ok(!result.annotations.actors.some((actor) => actor.name === 'Darya Saprynskaya'));
  assert.equal(result.applied[0].changed, true);
});

test('linking to a name no actor has changes nothing and says so', () => {
  const sidecar = recordLink(emptySidecar(), text, span('Monday'), 'Nobody Here');
  const result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  assert.equal(result.applied[0].changed, false);
  assert.ok(result.annotations.actors.some((actor) => actor.name === 'Monday'));
});

test('a second link of the same mention replaces the first; rejecting the mention drops the link', () => {
  let sidecar = recordLink(emptySidecar(), text, span('Monday'), 'Yerevan');
  sidecar = recordLink(sidecar, text, span('Monday'), 'Arman Petrosyan');
  assert.equal(sidecar.corrections.length, 1);
  assert.ok(sidecar.corrections[0].op === 'link' && sidecar.corrections[0].to === 'Arman Petrosyan');
  sidecar = recordReject(sidecar, text, span('Monday'), 'actor');
  assert.deepEqual(
    sidecar.corrections.map((correction) => correction.op),
    ['reject'],
  );
});

test('setting a date value changes value and granularity, origin manual; a manual date addition takes the value', () => {
  let sidecar = roundTrip(recordSetDate(emptySidecar(), text, span('August'), '2027-08-15'));
  let result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  const august = result.annotations.dates.find((date) => date.text === 'August')!;
  assert.equal(august.value, '2027-08-15');
  assert.equal(august.granularity, 'day');
  assert.equal(august.origin, 'manual');
  assert.equal(result.annotations.dates.find((date) => date.text === 'May 12')!.origin, 'auto');

  sidecar = recordAdd(emptySidecar(), text, span('Monday'), { kind: 'date' });
  sidecar = recordSetDate(sidecar, text, span('Monday'), '2026-05-11');
  assert.deepEqual(
    sidecar.corrections.map((correction) => correction.op),
    ['add'],
  );
  result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  assert.equal(result.annotations.dates.find((date) => date.text === 'Monday')!.value, '2026-05-11');
});

test('accepting marks the mention, date or quote reviewed without making it manual; twice is stored once', () => {
  let sidecar = recordAccept(emptySidecar(), text, span('Yerevan'), 'actor');
  sidecar = recordAccept(sidecar, text, span('Yerevan'), 'actor');
  sidecar = recordAccept(sidecar, text, span('May 12'), 'date');
  sidecar = recordAccept(sidecar, text, span('the bloc would rearm'), 'quote');
  sidecar = roundTrip(sidecar);
  assert.equal(sidecar.corrections.length, 3);
  const result = applyCorrections(text, analyzerOutput(), sidecar.corrections);
  const yerevan = result.annotations.actors.find((actor) => actor.name === 'Yerevan')!;
  assert.equal(yerevan.mentions.find((mention) => mention.text === 'Yerevan')!.reviewed, true);
  assert.equal(yerevan.mentions.find((mention) => mention.text === 'YEREVAN')!.reviewed, undefined);
  assert.equal(yerevan.mentions[0].origin, 'auto');
  assert.equal(result.annotations.dates.find((date) => date.text === 'May 12')!.reviewed, true);
  assert.equal(result.annotations.quotes.find((quote) => quote.text === 'the bloc would rearm')!.reviewed, true);
});

test('a date value follows its text after edits before, inside and after the span', () => {
  const sidecar = recordSetDate(emptySidecar(), text, span('August'), '2027-08');
  const edits: [string, string, string][] = [
    ['before', 'A new first paragraph, written later.\n\n' + text, 'August'],
    ['after', text + '\n\nA closing paragraph added at the end.', 'August'],
    ['inside', text.replace('for August,', 'for Augustus,'), 'Augustus'],
  ];
  for (const [where, edited, words] of edits) {
    const output = analyzerOutput();
    const date = output.dates.find((each) => each.text === 'August')!;
    Object.assign(date, at(words, 0, edited));
    for (const actor of output.actors) for (const mention of actor.mentions) Object.assign(mention, at(mention.text, 0, edited));
    output.quotes = [];
    output.problems = [];
    const result = applyCorrections(edited, output, sidecar.corrections);
    assert.deepEqual(result.orphans, [], where);
    const corrected = result.annotations.dates.find((each) => each.text === words)!;
    assert.equal(corrected.value, '2027-08', where);
    assert.equal(corrected.origin, 'manual', where);
  }
  // The words gone altogether: an orphan, not a silent loss.
  const gone = text.replace('was planned for August, with', 'had no date, with');
  const output = analyzerOutput();
  output.dates = [];
  output.quotes = [];
  output.problems = [];
  output.actors = [];
  assert.equal(applyCorrections(gone, output, sidecar.corrections).orphans.length, 1);
});

test('a hand-edited sidecar with a bad new entry reports its line and keeps the others', () => {
  const source = [
    '{',
    '  "version": 1,',
    '  "corrections": [',
    '    { "op": "setDate", "anchor": { "start": 1, "end": 3, "exact": "ab" }, "value": "" },',
    '    { "op": "accept", "kind": "date", "anchor": { "start": 1, "end": 3, "exact": "ab" } },',
    '    { "op": "link", "anchor": { "start": 1, "end": 3, "exact": "ab" } }',
    '  ]',
    '}',
  ].join('\n');
  const parsed = parseSidecar(source);
  assert.equal(parsed.writable, false);
  assert.deepEqual(
    parsed.problems.map((problem) => problem.line),
    [3, 5],
  );
  assert.deepEqual(
    parsed.sidecar.corrections.map((correction) => correction.op),
    ['accept'],
  );
});
