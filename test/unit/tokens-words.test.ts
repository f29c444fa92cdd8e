// Every token that writes the same text shares one word record, made from the characters without slicing them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize as tokenizeList, wordOf } from '../../server/src/analysis/tokens';
import { tokenRecords } from './tokenRecords';

// (the tokens as records, to look at them one by one)
const tokenize = (text: string, from?: number, to?: number) => tokenRecords(tokenizeList(text, from, to));

describe('word records', () => {
  it('are shared by the tokens that write the same text, and only by them', () => {
    const tokens = tokenize('Mayor Ana Reis met Reis Motors; the mayor said “Reis’s plan” works.');
    const reis = tokens.filter((token) => token.text === 'Reis');
    assert.equal(reis.length, 3);
    assert.ok(reis.every((token) => token.word === reis[0].word));
    assert.equal(wordOf('Reis'), reis[0].word);
    assert.notEqual(tokens.find((token) => token.text === 'mayor')!.word, tokens.find((token) => token.text === 'Mayor')!.word);
    for (const token of tokens) {
      assert.equal(token.word.text, token.text);
      assert.equal(token.lower, token.text.toLowerCase());
    }
  });

  it('stay right for many distinct words (the table grows) and for folded marks', () => {
    const words = Array.from({ length: 40_000 }, (_, index) => `w${index.toString(36)}`);
    const tokens = tokenize(words.join(' '));
    assert.deepEqual(
      tokens.map((token) => token.text),
      words,
    );
    for (const [index, token] of tokens.entries()) assert.equal(token.word, wordOf(words[index]));
    const curly = tokenize('it’s — “fine”');
    assert.deepEqual(
      curly.map((token) => token.norm),
      ['it', "'s", '-', '"', 'fine', '"'],
    );
  });
});
