// The one sentence splitter (analysis/sentences.ts), read from the document's tokens by the date layer, the CoNLL
// exporter and the workspace's sentence comparison. Made-up sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceSpans, sentenceStarts } from '../../server/src/analysis/sentences';
import { tokenize } from '../../server/src/analysis/tokens';

const sentencesOf = (text: string) => sentenceSpans(tokenize(text)).map((span) => text.slice(span.start, span.end));

describe('the sentence rule', () => {
  it('ends a sentence after a stop when a capital or a digit follows', () => {
    assert.deepEqual(sentencesOf('The ferry left at dawn. It came back! 40 people were on board? Yes.'), [
      'The ferry left at dawn.',
      'It came back!',
      '40 people were on board?',
      'Yes.',
    ]);
  });

  it('goes on after a stop that a lower-case word follows', () => {
    assert.deepEqual(sentencesOf('“Why not?” she asked. Ore. officials said nothing.'), ['“Why not?” she asked.', 'Ore. officials said nothing.']);
  });

  it('keeps the closing marks written right after the stop in the sentence they close', () => {
    assert.deepEqual(sentencesOf('He said: “We stay.” Then he left (for good.) Nobody asked.'), ['He said: “We stay.”', 'Then he left (for good.)', 'Nobody asked.']);
  });

  it('starts the next sentence at an opening mark before a capital', () => {
    assert.deepEqual(sentencesOf('The vote failed. “We lost,” she said.'), ['The vote failed.', '“We lost,” she said.']);
    // pre-tokenized text: a mark after a space opens the next sentence
    assert.deepEqual(sentencesOf('It rained . " We stayed home , " she said .'), ['It rained .', '" We stayed home , " she said .']);
  });

  it('never ends a sentence at an abbreviation', () => {
    assert.deepEqual(sentencesOf('Dr. Vale of Brightwater Corp. met Mr. Oduya at 9 a.m. Monday. They spoke.'), [
      'Dr. Vale of Brightwater Corp. met Mr. Oduya at 9 a.m. Monday.',
      'They spoke.',
    ]);
  });

  it('ends a sentence at an ellipsis before a capital, not before a lower-case word', () => {
    assert.deepEqual(sentencesOf('We waited… Nobody came... and then it rained.'), ['We waited…', 'Nobody came... and then it rained.']);
  });

  it('starts a sentence at every line', () => {
    const text = 'Harbour reopens\nThe harbour reopened on Friday';
    assert.deepEqual(sentencesOf(text), ['Harbour reopens', 'The harbour reopened on Friday']);
  });

  it('reads a range of the tokens only', () => {
    const tokens = tokenize('One. Two. Three.');
    assert.deepEqual(sentenceStarts(tokens, 2, tokens.length), [2, 4]);
    assert.deepEqual(sentenceStarts(tokens, 0, 0), []);
  });
});
