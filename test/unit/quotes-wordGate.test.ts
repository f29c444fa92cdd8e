// The reported-speech gate skips only sentences that cannot hold a trigger word: it must answer "maybe" for every
// sentence whose tokens hold one, whatever the punctuation, case or letters around it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../server/src/analysis/tokens';
import { wordGate } from '../../server/src/analysis/quotes/wordGate';

const gate = wordGate(['according'], ['said', 'says'], true);

function gateOf(sentence: string): boolean {
  return gate.mayMatch(sentence, 0, sentence.length);
}

describe('reported-speech word gate', () => {
  it('lets through sentences with a trigger word', () => {
    assert.equal(gateOf('The bakery will reopen in May, the owner said.'), true);
    assert.equal(gateOf('According to the harbour master, the ferry is late.'), true);
    assert.equal(gateOf('Quill: the vote goes ahead'), true);
    assert.equal(gateOf('she says’s odd'), true);
    assert.equal(gateOf('the mayor—said nothing'), true);
    assert.equal(gateOf('ACCORDING to the map'), true);
  });

  it('skips sentences without one', () => {
    assert.equal(gateOf('The bakery will reopen in May.'), false);
    assert.equal(gateOf('Said Harbour is a village.'), false); // a capitalized speech verb reads as a name
    assert.equal(gateOf('The sayings were unsaid.'), false); // inside longer words
    assert.equal(gateOf('The café saidé opened.'), false);
  });

  it('reads only the range it is given', () => {
    const text = 'Rain fell. The clerk said no.';
    assert.equal(gate.mayMatch(text, 0, 10), false);
    assert.equal(gate.mayMatch(text, 11, text.length), true);
  });

  it('never skips a sentence whose tokens hold a trigger', () => {
    const samples = ['x said😀 y', '😀said y', '“said,” he', 'said', 'naïve said', 'the U.S.-said deal', 'Ωsaid', 'a\u00a0said\u2019s b', '3said'];
    for (const sample of samples) {
      const tokens = tokenize(sample, 0, sample.length);
      let holds = false;
      for (let index = 0; index < tokens.length; index++) holds ||= tokens.kind(index) === 'word' && (tokens.lower(index) === 'said' || tokens.lower(index) === 'says');
      if (holds) assert.equal(gateOf(sample), true, sample);
    }
  });
});
