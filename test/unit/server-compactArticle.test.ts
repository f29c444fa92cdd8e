// A packed indexed article gives back the summary it was made from: names, values and ranges from its numbers,
// and the texts (mention words, date sentences, quote words) from the article's text when it is given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { summarize, type ArticleSummary } from '../../server/src/workspace/articleSummary';
import { pack, unpack } from '../../server/src/workspace/compactArticle';

const TEXT = [
  'Harbour Gazette, 4 March 2025.',
  '',
  'Mayor Ingrid Olafsdottir of Northwick said on Tuesday that the old ferry pier would reopen in June.',
  '"We have waited long enough for this," Olafsdottir told reporters. The Northwick Council approved the money last week.',
  'Residents said the pier was "the heart of the town".',
].join('\n');

/** The summary without what the index does not keep (the article's date, affiliations, speakers' actor ids). */
function kept(summary: ArticleSummary): ArticleSummary {
  return {
    uri: summary.uri,
    actors: summary.actors.map(({ affiliation: _affiliation, ...actor }) => actor),
    dates: summary.dates,
    quotes: summary.quotes.map(({ speakerId: _speakerId, ...quote }) => quote),
  };
}

describe('packed indexed articles', () => {
  const uri = 'file:///gazette/pier.txt';
  const summary = summarize(uri, TEXT, analyze(TEXT, { id: uri }));

  it('give back the summary, texts read from the article', () => {
    assert.ok(summary.actors.length >= 2 && summary.dates.length >= 2 && summary.quotes.length >= 1, 'the article has something of each');
    assert.deepEqual(unpack(pack(summary), TEXT), kept(summary));
  });

  it('give back names, values and ranges without the text, their texts empty', () => {
    const bare = unpack(pack(summary));
    const expected = kept(summary);
    assert.deepEqual(
      bare.actors.map((actor) => ({ ...actor, mentions: actor.mentions.map((mention) => ({ ...mention, text: 'x' })) })),
      expected.actors.map((actor) => ({ ...actor, mentions: actor.mentions.map((mention) => ({ ...mention, text: 'x' })) })),
    );
    assert.ok(bare.actors.every((actor) => actor.mentions.every((mention) => mention.text === '')));
    assert.deepEqual(
      bare.dates.map(({ text, sentence, ...date }) => ({ ...date, empty: text === '' && sentence === '' })),
      expected.dates.map(({ text: _text, sentence: _sentence, ...date }) => ({ ...date, empty: true })),
    );
    assert.deepEqual(
      bare.quotes.map(({ text, ...quote }) => ({ ...quote, empty: text === '' })),
      expected.quotes.map(({ text: _text, ...quote }) => ({ ...quote, empty: true })),
    );
  });
});
