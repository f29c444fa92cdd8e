// The worker's deltas: applied to the previous analysis they give exactly the new one, whatever the edit, and
// they carry only what changed for an edit inside one paragraph.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { annotationsDelta, applyAnnotationsDelta, textChange } from '../../server/src/annotationsDelta';

const PARAGRAPHS = [
  'Lisbon, March 3, 2025 — Mayor Ana Sousa said on Monday that the tram line would reopen "before the summer holidays".',
  '"We have waited long enough," Sousa told reporters at City Hall. The transport union disagreed.',
  'Union leader Marco Pires said the works had been delayed twice since January 2024.',
  '"Nobody believes the new date," Pires said. The council meets again on Thursday.',
];
const ARTICLE = Array.from({ length: 6 }, (_, copy) => PARAGRAPHS.map((paragraph) => paragraph.replace('Thursday', copy % 2 ? 'Friday' : 'Thursday')).join('\n\n')).join('\n\n');

function edited(text: string, at: number, removed: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

test('a delta applied to the previous analysis gives the new analysis, for insertions, deletions and replacements anywhere', () => {
  const before = analyze(ARTICLE);
  const middle = ARTICLE.indexOf('Pires', ARTICLE.length / 2);
  const edits: [number, number, string][] = [
    [middle, 0, 'x'],
    [middle, 1, ''],
    [ARTICLE.indexOf('"Nobody'), 1, ''],
    [0, 0, 'Updated. '],
    [ARTICLE.length, 0, '\n\nA closing line from Ana Sousa.'],
    [ARTICLE.indexOf('March 3'), 7, 'April 9'],
    [ARTICLE.indexOf('Union leader'), 12, 'Spokesman'],
  ];
  for (const [at, removed, inserted] of edits) {
    const text = edited(ARTICLE, at, removed, inserted);
    const after = analyze(text);
    const delta = annotationsDelta(ARTICLE, before, text, after);
    const rebuilt = applyAnnotationsDelta(before, delta);
    assert.deepStrictEqual(rebuilt, after, `edit at ${at}`);
    assert.equal(JSON.stringify(rebuilt), JSON.stringify(after), 'the same key order');
  }
});

test('an edit inside one word carries only the items around it; the leading items are the previous objects', () => {
  const before = analyze(ARTICLE);
  const at = ARTICLE.indexOf('tram', ARTICLE.length / 2);
  const text = edited(ARTICLE, at, 0, 'old ');
  const after = analyze(text);
  const delta = annotationsDelta(ARTICLE, before, text, after);
  assert.ok(!('full' in delta));
  assert.deepEqual(delta.change, textChange(ARTICLE, text));
  const carried = Object.values(delta.lists).reduce((sum, list) => sum + list.middle.length, 0);
  const total = before.dates.length + before.quotes.length + before.problems.length + before.blocks.length;
  assert.ok(carried < total / 4, `${carried} of ${total} items sent`);
  const rebuilt = applyAnnotationsDelta(before, delta);
  assert.equal(rebuilt.dates[0], before.dates[0]);
  assert.deepStrictEqual(rebuilt, after);
  // An item after the edit is a moved copy, but what in it holds no moved offset is shared: the mentions before the
  // edit of an actor mentioned on both sides of it.
  const spanning = rebuilt.actors.find((actor) => actor.mentions[0].end <= at && actor.mentions[actor.mentions.length - 1].start > at);
  assert.ok(spanning, 'an actor mentioned before and after the edit');
  const previous = before.actors.find((actor) => actor.id === spanning.id)!;
  assert.notEqual(spanning, previous);
  assert.equal(spanning.mentions[0], previous.mentions[0]);
  const last = spanning.mentions.length - 1;
  assert.notEqual(spanning.mentions[last], previous.mentions[last]);
  assert.equal(spanning.mentions[last].start, previous.mentions[last].start + 4);
});

test('an item is reused only when equal but for its moved offsets: a changed value, an added or missing key (even undefined) is sent', () => {
  const text = 'abcdefghij';
  const edited = 'abcXdefghij';
  const item = (start: number, extra: Record<string, unknown> = {}) => ({ start, end: start + 1, text: 'x', count: 2, ...extra });
  const annotations = (items: unknown[]) => ({ blocks: items }) as unknown as Parameters<typeof annotationsDelta>[1];
  const cases: [string, unknown, unknown, boolean][] = [
    ['moved offsets', item(6), item(7), true],
    ['an offset moved wrongly', item(6), item(8), false],
    ['another number', item(6), item(7, { count: 3 }), false],
    ['another string', item(6), item(7, { text: 'y' }), false],
    ['an added key', item(6), item(7, { note: 'n' }), false],
    ['a key undefined in one, missing in the other', item(6, { note: undefined }), item(7), false],
    ['a missing key against an undefined one', item(6), item(7, { note: undefined }), false],
    ['a nested span moved', item(6, { cue: { start: 8, end: 9 } }), item(7, { cue: { start: 9, end: 10 } }), true],
    ['a nested span not moved', item(6, { cue: { start: 8, end: 9 } }), item(7, { cue: { start: 8, end: 9 } }), false],
  ];
  for (const [what, before, after, reused] of cases) {
    const delta = annotationsDelta(text, annotations([item(0), before]), edited, annotations([item(0), after]));
    assert.ok(!('full' in delta));
    assert.equal(delta.lists.blocks.tail, reused ? 1 : 0, what);
    assert.deepStrictEqual(applyAnnotationsDelta(annotations([item(0), before]), delta), annotations([item(0), after]), what);
  }
  // Before the edit nothing may move: an unmoved leading item with equal offsets is kept.
  const kept = annotationsDelta(text, annotations([item(0), item(6)]), edited, annotations([item(0), item(7)]));
  assert.ok(!('full' in kept));
  assert.equal(kept.lists.blocks.keep, 1);
});
