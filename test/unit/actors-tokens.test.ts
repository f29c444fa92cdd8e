import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize as tokenizeList } from '../../server/src/analysis/tokens';
import { tokenRecords } from './tokenRecords';

// (the tokens as records, to look at them one by one)
const tokenize = (text: string, from?: number, to?: number) => tokenRecords(tokenizeList(text, from, to));

const words = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('splits possessives, contractions and punctuation off words in news prose', () => {
    assert.deepEqual(words('Putin’s aide didn’t say “no.”'), ['Putin', '’s', 'aide', 'did', 'n’t', 'say', '“', 'no', '.', '”']);
  });

  it('reads pre-tokenized corpus text into the same tokens', () => {
    assert.deepEqual(words("Putin 's aide ( Sweden ) ."), ['Putin', "'s", 'aide', '(', 'Sweden', ')', '.']);
    assert.deepEqual(
      tokenize("Putin 's").map((token) => token.norm),
      tokenize('Putin’s').map((token) => token.norm),
    );
  });

  it('keeps abbreviations and initials whole but ends sentences at a final period', () => {
    assert.deepEqual(words('Mr. J. Smith of Acme Corp. met U.S. officials.'), ['Mr.', 'J.', 'Smith', 'of', 'Acme', 'Corp.', 'met', 'U.S.', 'officials', '.']);
  });

  it('separates a name from a lowercase word joined by a hyphen, not two names', () => {
    assert.deepEqual(words('U.S.-based anti-Russia Moscow-led Bosnia-Herzegovina long-term'), [
      'U.S.',
      '-',
      'based',
      'anti',
      '-',
      'Russia',
      'Moscow',
      '-',
      'led',
      'Bosnia-Herzegovina',
      'long-term',
    ]);
  });

  it('splits a currency sign off a number, as pre-tokenized corpus text writes it', () => {
    assert.deepEqual(words('It cost $1,000.50, or £12 (€9) and US$4.'), ['It', 'cost', '$', '1,000.50', ',', 'or', '£', '12', '(', '€', '9', ')', 'and', 'US$4', '.']);
    assert.deepEqual(words('It cost $1,000.50'), words('It cost $ 1,000.50'));
  });

  it('splits a slash between letters, not between digits', () => {
    assert.deepEqual(words('A Harbour Times/Kestrel TV poll, and/or 24/7 on 3/4/2027.'), [
      'A',
      'Harbour',
      'Times',
      '/',
      'Kestrel',
      'TV',
      'poll',
      ',',
      'and',
      '/',
      'or',
      '24/7',
      'on',
      '3/4/2027',
      '.',
    ]);
  });

  it('separates tokens at what Python splits on too (U+001C–U+001F, U+0085)', () => {
    assert.deepEqual(words('one\x1ctwo\x1fthree\x85four\u200bfive'), ['one', 'two', 'three', 'four', 'five']);
  });

  it('splits dashes and emoji, with UTF-16 offsets', () => {
    const text = '🇫🇷Paris—and 🙂Rome';
    const tokens = tokenize(text);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
    assert.deepEqual(
      tokens.map((token) => token.text).filter((word) => /\p{L}/u.test(word)),
      ['Paris', 'and', 'Rome'],
    );
  });

  it('marks line and sentence starts, across CRLF', () => {
    const tokens = tokenize('He left. Then she came\r\nNext line');
    const starts = tokens.filter((token) => token.sentenceStart).map((token) => token.text);
    assert.deepEqual(starts, ['He', 'Then', 'Next']);
    assert.deepEqual(
      tokens.filter((token) => token.lineStart).map((token) => token.text),
      ['He', 'Next'],
    );
  });

  it('folds typographic quotes and dashes in norm', () => {
    assert.deepEqual(
      tokenize('“Hi” – ‘yes’').map((token) => token.norm),
      ['"', 'Hi', '"', '-', "'", 'yes', "'"],
    );
  });

  it('tokenizes only the given range', () => {
    assert.deepEqual(
      tokenize('one two three', 4, 7).map((token) => token.text),
      ['two'],
    );
  });
});

describe('tokenize: adversarial input', () => {
  it('cuts a very long chunk into runs in linear time, offsets intact', () => {
    const text = `${')'.repeat(200_000)}Putin${'“'.repeat(100_000)} ok`;
    const tokens = tokenize(text);
    assert.equal(tokens.length, 300_002);
    const putin = tokens.find((token) => token.text === 'Putin');
    assert.ok(putin);
    assert.equal(text.slice(putin.start, putin.end), 'Putin');
  });
});
