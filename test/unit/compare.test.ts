// Compare Articles on two made-up versions of one story (test/fixtures/compare): a reworded quote, a renamed
// speaker, a number and a date that differ in matching sentences, a quote and an actor only one version has.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { compareArticles } from '../../server/src/workspace/compare';
import { wordDiff } from '../../server/src/workspace/compareQuotes';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/compare');
const read = (name: string) => {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  return { uri: name, text, annotations: analyze(text) };
};

describe('compareArticles', () => {
  const a = read('version-a.txt');
  const b = read('version-b.txt');
  const result = compareArticles(a, b);

  it('names the two articles', () => {
    assert.equal(result.a, 'version-a.txt');
    assert.equal(result.b, 'version-b.txt');
  });

  it('pairs a reworded quotation with its word-level difference and the same speaker spelled two ways', () => {
    const pair = result.quotes.changed.find((each) => each.a.span.text.includes('coast'));
    assert.ok(pair, JSON.stringify(result.quotes, null, 1));
    assert.equal(pair.sameSpeaker, true);
    assert.deepEqual(
      pair.diff.filter((piece) => piece.op === 'onlyB').map((piece) => piece.text.trim()),
      ['can not', 'northern'],
    );
    assert.deepEqual(
      pair.diff.filter((piece) => piece.op === 'onlyA').map((piece) => piece.text.trim()),
      ['cannot'],
    );
    assert.equal(a.text.slice(pair.a.span.start, pair.a.span.end), pair.a.span.text);
    assert.equal(b.text.slice(pair.b.span.start, pair.b.span.end), pair.b.span.text);
  });

  it('lists the quotation only one version has', () => {
    assert.deepEqual(result.quotes.onlyA, []);
    assert.deepEqual(
      result.quotes.onlyB.map((quote) => [quote.speaker, quote.span.text]),
      [['Lars Berg', '"Nobody will be forgotten,"']],
    );
  });

  it('matches actors across spellings and tells the role difference', () => {
    const ingrid = result.actors.both.find((pair) => pair.a.name === 'Ingrid Halvorsen');
    assert.ok(ingrid);
    assert.equal(ingrid.b.name, 'Ingrid Halvorssen');
    assert.equal(ingrid.nameVariant, true);
    assert.equal(ingrid.roleDiffers, true);
    const council = result.actors.both.find((pair) => pair.a.name === 'Nordic Council');
    assert.equal(council?.nameVariant, false);
    assert.deepEqual(
      result.actors.onlyB.map((actor) => actor.name),
      ['Lars Berg'],
    );
    for (const mention of ingrid.b.mentions) assert.equal(b.text.slice(mention.start, mention.end), mention.text);
  });

  it('finds dates in both, in one only, and one event dated differently', () => {
    assert.ok(result.dates.both.some((pair) => pair.value === '2025-03-12'));
    assert.deepEqual(
      result.dates.onlyA.map((date) => date.value),
      ['2025-04-02'],
    );
    assert.deepEqual(
      result.dates.onlyB.map((date) => date.value),
      ['2025-04-09'],
    );
    assert.deepEqual(
      result.dates.conflicts.map((conflict) => [conflict.a.span.text, conflict.b.span.text]),
      [['April 2', 'April 9']],
    );
  });

  it('finds the number that differs in otherwise matching sentences, and no other', () => {
    assert.deepEqual(
      result.numbers.map((difference) => [difference.a.span.text, difference.b.span.text]),
      [['three', 'four']],
    );
  });

  it('finds nothing different between an article and itself', () => {
    const same = compareArticles(a, a);
    assert.equal(same.quotes.changed.length + same.quotes.onlyA.length + same.quotes.onlyB.length, 0);
    assert.equal(same.actors.onlyA.length + same.actors.onlyB.length, 0);
    assert.ok(same.actors.both.every((pair) => !pair.nameVariant && !pair.roleDiffers));
    assert.equal(same.dates.conflicts.length + same.numbers.length, 0);
  });
});

describe('wordDiff', () => {
  it('keeps the words both have and marks what each has alone', () => {
    assert.deepEqual(wordDiff('three new packages', 'four new packages'), [
      { op: 'onlyA', text: 'three' },
      { op: 'onlyB', text: 'four' },
      { op: 'same', text: ' new packages' },
    ]);
  });
});
