// One abbreviation rule for every layer: the document tokenizer (whose tokens the actor and quote layers read, and
// whose sentences the date layer reads), and the quote layer's sentences read the period after a short word the same way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepsAbbreviationPeriod } from '../../server/src/analysis/abbreviations';
import { analyze } from '../../server/src/analysis/analyze';
import { splitSentences as quoteSentences } from '../../server/src/analysis/quotes/sentences';
import { sentenceSpans } from '../../server/src/analysis/sentences';
import { tokenize as tokenizeList } from '../../server/src/analysis/tokens';
import { tokenRecords } from './tokenRecords';

// (the tokens as records, to look at them one by one)
const tokenize = (text: string, from?: number, to?: number) => tokenRecords(tokenizeList(text, from, to));

describe('the abbreviation rule', () => {
  it('keeps the period of titles, initials and dotted letters', () => {
    for (const word of ['Mr', 'gov', 'Corp', 'Sept', 'J', 'U.S', 'e.g', 'a.m']) assert.ok(keepsAbbreviationPeriod(word, false), word);
  });

  it('keeps the period of a word that is also an abbreviation only before a number', () => {
    for (const word of ['No', 'no', 'Mar', 'Sun', 'Wed', 'Sat']) {
      assert.ok(keepsAbbreviationPeriod(word, true), `${word}. 5`);
      assert.ok(!keepsAbbreviationPeriod(word, false), `${word}. The`);
    }
    assert.ok(!keepsAbbreviationPeriod('said', false));
    assert.ok(!keepsAbbreviationPeriod('', true));
  });
});

const TEXT = 'The band hit No. 2 on Mar. 3 in the U.S. market. Asked about it, Mr. Doe said no. Then he left.';

describe('every layer reads it alike', () => {
  it('the document tokenizer', () => {
    const words = tokenize(TEXT).map((token) => token.text);
    assert.ok(words.includes('No.') && words.includes('Mar.') && words.includes('U.S.') && words.includes('Mr.'));
    assert.ok(words.includes('no') && !words.includes('no.'));
    assert.ok(tokenize(TEXT).find((token) => token.text === 'Then')!.sentenceStart);
  });

  it("the quote layer's sentences", () => {
    const sentences = quoteSentences(tokenizeList(TEXT), { start: 0, end: TEXT.length }, []).map((range) => TEXT.slice(range.start, range.end));
    assert.deepEqual(sentences, ['The band hit No. 2 on Mar. 3 in the U.S. market.', 'Asked about it, Mr. Doe said no.', 'Then he left.']);
  });

  it("the document's sentences (read by the date layer)", () => {
    const sentences = sentenceSpans(tokenizeList(TEXT)).map((range) => TEXT.slice(range.start, range.end));
    assert.deepEqual(sentences, ['The band hit No. 2 on Mar. 3 in the U.S. market.', 'Asked about it, Mr. Doe said no.', 'Then he left.']);
  });
});

describe('actors', () => {
  it('reads no actor in an abbreviation a number follows', () => {
    const text = 'Acme is now No. 1 in Ruritania after Globex fell to No. 4.';
    const names = analyze(text).actors.flatMap((actor) => actor.mentions.map((mention) => text.slice(mention.start, mention.end)));
    assert.ok(names.includes('Globex'), names.join(', '));
    assert.ok(!names.some((name) => name.startsWith('No')), names.join(', '));
  });
});
