import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { createAnchor, emptySidecar, parseSidecar, serializeSidecar, type Sidecar } from '../../server/src/corrections';

const article = 'Minsk, March 3. Officials of the regional bloc met on Monday, the ministry said.\n';

function sampleSidecar(): Sidecar {
  const span = (words: string) => {
    const start = article.indexOf(words);
    return createAnchor(article, start, start + words.length);
  };
  return {
    version: 1,
    corrections: [
      { op: 'merge', into: 'Daria Saprynskaya', names: ['Darya Saprynskaya'], author: 'ed' },
      { op: 'setSpeaker', anchor: span('met on Monday'), speaker: null },
      { op: 'add', kind: 'actor', type: 'place', anchor: span('Minsk'), at: '2026-11-23T10:00:00Z' },
      { op: 'reject', kind: 'actor', name: 'Monday' },
      { op: 'retype', kind: 'quote', quoteKind: 'title', anchor: span('the ministry said') },
      { op: 'add', kind: 'date', value: '2026-03-03', anchor: span('March 3') },
      { op: 'add', kind: 'quote', quoteKind: 'indirect', speaker: 'the ministry', anchor: span('Officials of the regional bloc met on Monday') },
      { op: 'reject', kind: 'date', anchor: span('Monday') },
      { op: 'retype', kind: 'actor', type: 'organization', anchor: span('regional bloc') },
      { op: 'split', newName: 'Ministry of Defence', type: 'organization', mentions: [span('ministry')] },
    ],
  };
}

test('a sidecar survives serialization and parsing unchanged, and serializes the same way twice', () => {
  const written = serializeSidecar(sampleSidecar());
  const parsed = parseSidecar(written);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.writable, true);
  assert.equal(parsed.sidecar.corrections.length, 10);
  assert.equal(serializeSidecar(parsed.sidecar), written);
  for (const correction of sampleSidecar().corrections) {
    assert.ok(
      parsed.sidecar.corrections.some((other) => JSON.stringify(Object.entries(other).sort()) === JSON.stringify(Object.entries(correction).sort())),
      JSON.stringify(correction),
    );
  }
});

test('serialization is diff-friendly: 2-space indent, sorted keys, trailing newline, order independent of history', () => {
  const sidecar = sampleSidecar();
  const written = serializeSidecar(sidecar);
  assert.ok(written.endsWith('}\n'));
  assert.match(written, /^\{\n {2}"corrections": \[\n {4}\{\n/);
  const reversed = serializeSidecar({ ...sidecar, corrections: [...sidecar.corrections].reverse() });
  assert.equal(reversed, written);
  const firstEntry = JSON.parse(written).corrections[0];
  assert.deepEqual(Object.keys(firstEntry), [...Object.keys(firstEntry)].sort());
  // corrections by name first, then by position in the article
  const positions = JSON.parse(written).corrections.map(
    (entry: { anchor?: { start: number }; mentions?: { start: number }[] }) => entry.anchor?.start ?? entry.mentions?.[0].start ?? -1,
  );
  assert.deepEqual(
    positions,
    [...positions].sort((a: number, b: number) => a - b),
  );
  assert.equal(positions[0], -1);
});

test('an empty or whitespace file is an empty sidecar; an empty sidecar writes the minimal document', () => {
  assert.deepEqual(parseSidecar(''), { sidecar: emptySidecar(), problems: [], writable: true });
  assert.deepEqual(parseSidecar('\n  \n').problems, []);
  assert.equal(serializeSidecar(emptySidecar()), '{\n  "corrections": [],\n  "version": 1\n}\n');
});

test('bad JSON is reported with its line, never thrown, and the file is marked not writable', () => {
  const source = '{\n  "version": 1,\n  "corrections": [\n    {"op": "reject", "kind": "actor", "name": "Monday"}\n    {"op": "reject"}\n  ]\n}\n';
  const parsed = parseSidecar(source);
  assert.equal(parsed.writable, false);
  assert.equal(parsed.sidecar.corrections.length, 0);
  assert.equal(parsed.problems.length, 1);
  assert.equal(parsed.problems[0].line, 4);
  assert.match(parsed.problems[0].message, /not valid JSON/);
  for (const broken of ['{', '{"version": 1, "corrections": [}', '"unterminated', '{"a": 1,}', 'nul', '[1, 2', '{"version": 1}}', '\u0000']) {
    const result = parseSidecar(broken);
    assert.equal(result.writable, false, broken);
    assert.equal(result.problems.length, 1, broken);
  }
  assert.equal(parseSidecar('{\r\n"version": 1,\r\n"corrections": [\r\n,]}').problems[0].line, 3);
});

test('a wrong version or shape is reported, not guessed at', () => {
  const newer = parseSidecar('{"version": 2, "corrections": []}');
  assert.equal(newer.writable, false);
  assert.match(newer.problems[0].message, /unsupported version 2/);
  assert.match(parseSidecar('[]').problems[0].message, /expected an object/);
  assert.match(parseSidecar('{"version": 1, "corrections": {}}').problems[0].message, /must be a list/);
});

test('invalid entries are reported at their line and left out; the valid ones load', () => {
  const source = [
    '{',
    '  "version": 1,',
    '  "corrections": [',
    '    {"op": "reject", "kind": "actor", "name": "Monday"},',
    '    {"op": "rename", "name": "x"},',
    '    {"op": "add", "kind": "event", "anchor": {"start": 0, "end": 5, "exact": "Minsk", "prefix": "", "suffix": ", Ma"}},',
    '    {"op": "add", "kind": "actor", "type": "animal",',
    '     "anchor": {"start": 0, "end": 5, "exact": "Minsk", "prefix": "", "suffix": ", Ma"}},',
    '    {"op": "add", "kind": "actor", "type": "place", "anchor": {"start": 5, "end": 0, "exact": "Minsk"}},',
    '    {"op": "merge", "into": "A", "names": []},',
    '    {"op": "reject", "kind": "date", "name": "Monday"},',
    '    42',
    '  ]',
    '}',
  ].join('\n');
  const parsed = parseSidecar(source);
  assert.equal(parsed.writable, false);
  assert.deepEqual(parsed.sidecar.corrections, [{ op: 'reject', kind: 'actor', name: 'Monday' }]);
  assert.deepEqual(
    parsed.problems.map((problem) => problem.line),
    [4, 5, 6, 8, 9, 10, 2],
  );
  assert.match(parsed.problems[0].message, /unknown correction "op": "rename"/);
  assert.match(parsed.problems[1].message, /"kind" must be one of/);
  assert.match(parsed.problems[2].message, /"type" must be one of/);
});

test('unknown fields are reported, so that saving never silently loses them', () => {
  const parsed = parseSidecar(
    '{"version": 1, "corrections": [\n{"op": "merge", "into": "A", "names": ["B"], "reviewer": "x"},\n{"op": "reject", "kind": "date", "anchor": {"start": 0, "end": 1, "exact": "M", "offset": 3}}]}',
  );
  assert.equal(parsed.writable, false);
  assert.deepEqual(
    parsed.problems.map((problem) => problem.line),
    [1, 2],
  );
  assert.match(parsed.problems[0].message, /unknown field "reviewer"/);
  assert.match(parsed.problems[1].message, /unknown field "anchor.offset"/);
});

test('parsing never throws on arbitrary input', () => {
  const samples = [
    '{"version":1,"corrections":[{"op":"add","anchor":null}]}',
    '{"version":1,"corrections":[{"op":"split","newName":"X","mentions":[1]}]}',
    '[[[[[[[[[[[[',
    '\uFEFF{"version":1,"corrections":[]}',
    '{"__proto__": {"polluted": true}, "version": 1, "corrections": []}',
  ];
  for (const sample of samples) assert.doesNotThrow(() => parseSidecar(sample));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(parseSidecar('\uFEFF{"version":1,"corrections":[]}').problems, []);
  assert.equal(parseSidecar('['.repeat(10_000)).writable, false);
});

test('property: no string and no JSON value makes the parser throw; what it accepts serializes back to itself', () => {
  const entry = fc.record(
    {
      op: fc.constantFrom('add', 'reject', 'retype', 'setSpeaker', 'merge', 'split', 'x'),
      kind: fc.constantFrom('actor', 'date', 'quote'),
      type: fc.constantFrom('person', 'place', 'y'),
      name: fc.string(),
      anchor: fc.record({ start: fc.integer({ min: -2, max: 50 }), end: fc.integer({ min: -2, max: 50 }), exact: fc.string(), prefix: fc.string(), suffix: fc.string() }),
    },
    { requiredKeys: ['op'] },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.json().map((json) => json.slice(0, -1)),
        fc.array(entry).map((corrections) => JSON.stringify({ version: 1, corrections }, null, 2)),
      ),
      (source) => {
        const parsed = parseSidecar(source);
        let validJson = true;
        try {
          JSON.parse(source);
        } catch {
          validJson = false;
        }
        if (source.trim())
          assert.equal(
            parsed.problems.some((problem) => /not valid JSON/.test(problem.message)),
            !validJson,
            source,
          );
        const again = parseSidecar(serializeSidecar(parsed.sidecar));
        assert.deepEqual(again.problems, []);
        assert.equal(serializeSidecar(again.sidecar), serializeSidecar(parsed.sidecar));
      },
    ),
    { numRuns: 300 },
  );
});
