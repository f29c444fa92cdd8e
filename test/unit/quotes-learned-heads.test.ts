// The group-source nouns learned from a training set (eval/learn-speaker-heads.ts) and their use by the quote layer.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isPluralHead, learnGroupHeads, speakerHead } from '../../eval/learn-speaker-heads';
import { findQuotes } from '../../server/src/analysis/quotes';
import { ROLE_PLURALS } from '../../server/src/analysis/quotes/lexicon';
import { readStructure } from '../../server/src/analysis/structure';

test('the head of a written speaker is its last word before a postmodifier', () => {
  assert.equal(speakerHead('longtime donors to the museum'), 'donors');
  assert.equal(speakerHead('two people familiar with the plan'), 'people');
  assert.equal(speakerHead('Jane Roe'), 'Roe');
});

test('only lowercase plural nouns heading at least three speakers are learned', () => {
  assert.ok(isPluralHead('donors'));
  assert.ok(!isPluralHead('Donors'));
  assert.ok(!isPluralHead('witness'));
  assert.ok(!isPluralHead('census'));
  const documents = [
    {
      quotes: [
        { speaker: 'some donors', speakerIsPronoun: false },
        { speaker: 'donors to the fund', speakerIsPronoun: false },
      ],
    },
    {
      quotes: [
        { speaker: 'the donors', speakerIsPronoun: false },
        { speaker: 'the wardens', speakerIsPronoun: false },
        { speaker: 'they', speakerIsPronoun: true },
      ],
    },
  ];
  assert.deepEqual(learnGroupHeads(documents), [['donors', 3]]);
});

test('a learned group noun makes a capitalized plural subject a group source', () => {
  assert.ok(ROLE_PLURALS.has('donors'), 'the shipped speaker-heads.json adds nouns beyond the hand list');
  const text = '"We gave enough already," Donors said.';
  const [quote] = findQuotes(text, readStructure(text).blocks, []).quotes;
  assert.equal(quote.speaker?.unnamed, true);
});
