// The quote layer reads the document's tokens, joining what the document tokenizer splits for names: a hyphenated
// word whose parts differ in case and a verb's "n't"; and an amount's currency sign.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentTokens } from '../../server/src/analysis/documentTokens';
import { wordsWithin } from '../../server/src/analysis/quotes/words';
import { readStructure } from '../../server/src/analysis/structure';
import type { TokenList } from '../../server/src/analysis/tokenList';
import { tokenize } from '../../server/src/analysis/tokens';

/** Each token of `tokens` as "text/kind". */
function textsAndKinds(tokens: TokenList): string[] {
  const written: string[] = [];
  for (let index = 0; index < tokens.length; index++) written.push(`${tokens.text(index)}/${tokens.kind(index)}`);
  return written;
}

function words(text: string, from = 0, to = text.length): string[] {
  return textsAndKinds(wordsWithin(documentTokens(text, readStructure(text).blocks), from, to));
}

describe('the quote layer’s words', () => {
  it('joins a hyphenated word the document tokens split at a change of case', () => {
    const text = 'A Lisbon-based baker and the then-Mayor Ana Reis didn’t agree.';
    assert.ok(textsAndKinds(tokenize(text)).includes('Lisbon/word'));
    assert.deepEqual(words(text), [
      'A/word',
      'Lisbon-based/word',
      'baker/word',
      'and/word',
      'the/word',
      'then-Mayor/word',
      'Ana/word',
      'Reis/word',
      'didn’t/word',
      'agree/word',
      './punct',
    ]);
  });

  it('leaves a dotted abbreviation, a spaced hyphen and a dash apart', () => {
    assert.deepEqual(words('U.S.-based firms - and more -- said'), [
      'U.S./word',
      '-/punct',
      'based/word',
      'firms/word',
      '-/punct',
      'and/word',
      'more/word',
      '--/punct',
      'said/word',
    ]);
  });

  it('keeps only the tokens wholly inside the range', () => {
    const text = 'The ferry left Oporto, the harbour master said.';
    assert.deepEqual(words(text, 4, 21), ['ferry/word', 'left/word', 'Oporto/word']);
    assert.deepEqual(words(text, 5, 20), ['left/word']);
  });

  it('calls a token holding a letter or a digit a word', () => {
    const kinds = textsAndKinds(tokenize("It cost $300 , 14% more , the clerk 's note said ..."));
    for (const kind of ['$/punct', '300/word', '14%/word', "'s/word", ',/punct', '.../punct']) assert.ok(kinds.includes(kind), kind);
  });

  it('reads an amount whose currency sign the tokens split off as one word', () => {
    assert.deepEqual(words('The fine would be $300, or €4.50 a day, not $ 9.'), [
      'The/word',
      'fine/word',
      'would/word',
      'be/word',
      '$300/word',
      ',/punct',
      'or/word',
      '€4.50/word',
      'a/word',
      'day/word',
      ',/punct',
      'not/word',
      '$/punct',
      '9/word',
      './punct',
    ]);
  });
});
