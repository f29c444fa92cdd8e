// The tense of a date's clause is read from the document's tokens and sentences (one tokenizer, one sentence
// splitter): a word is a token holding a letter, so "didn't" is "did" and "n't", "so-called" one word. Made-up sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tenseAt } from '../../server/src/analysis/dates/tense';
import { sentenceStarts } from '../../server/src/analysis/sentences';
import { tokenize } from '../../server/src/analysis/tokens';

/** The tense around the first `expression` of `text`, read in the sentence that holds it. */
function tenseOf(text: string, expression: string) {
  const tokens = tokenize(text);
  const start = text.indexOf(expression);
  const starts = sentenceStarts(tokens);
  let index = 0;
  while (index + 1 < starts.length && tokens.start(starts[index + 1]) <= start) index++;
  const sentence = tokens.slice(starts[index], starts[index + 1] ?? tokens.length);
  return tenseAt(text, sentence, start, start + expression.length);
}

describe('the tense of a date, read from the tokens', () => {
  it('reads an auxiliary with its negation split off', () => {
    assert.equal(tenseOf('The mayor didn’t sign the lease on Friday.', 'Friday'), 'past');
    assert.equal(tenseOf("The ferry won't sail on Friday.", 'Friday'), 'future');
  });

  it('reads a hyphenated word as one word', () => {
    // "so-called" is no past verb (the regex split it and read "called")
    assert.equal(tenseOf('Tickets for the so-called Friday sale', 'Friday'), undefined);
  });

  it('reads the cues of the sentence holding the date only', () => {
    assert.equal(tenseOf('The ferry sailed at dawn. It is back in port on Friday.', 'Friday'), 'present');
    assert.equal(tenseOf('The ferry will sail at dawn. It docked there on Friday.', 'Friday'), 'past');
  });

  it('counts no number or mark as a word', () => {
    // "will" stays the nearest cue: "300", "$" and "," are no words between it and the date
    assert.equal(tenseOf('Fares will rise by $ 300 , 12 , 40 , on Monday.', 'Monday'), 'future');
  });
});
