// The tagger's carried scores (actors/taggerReuse.ts) compared with the two documents tagged before: the common ends
// with the one before the previous are bounded from below through both alignments (previousTokens.ts), so only the
// tokens near the edits are compared. Each analysis must equal a fresh one, every carried score and tag checked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentFeatures, namedOrHeadlineTokens } from '../../server/src/analysis/actors/features';
import { gazetteer } from '../../server/src/analysis/actors/gazetteer';
import { lastComparedTokens, lastTaggingWork } from '../../server/src/analysis/actors/taggerReuse';
import { tokenize } from '../../server/src/analysis/tokens';
import { analyze } from '../../server/src/analysis/analyze';
import { checkReuse, fresh } from './incrementalFixture';

// A made-up article, long enough that most of its tokens lie away from the edits.
const PARAGRAPHS = [
  'Harbour Council Approves Ferry Plan',
  'PORT ELLIS, May 2 (Tidewire) - The Harbour Council of Port Ellis approved on Friday a plan by Selvane Ferries Ltd to run two new boats to Corran Island.',
  'Council leader Nadia Fenwick said the vote ended a year of talks. "We listened to the fishermen," Fenwick said.',
  'Selvane Ferries, which is owned by the Dunmore Group, will start the route in June, its chief executive, Piet Vallance, told reporters.',
  'Critics, among them the Corran Island Trust, said the boats would be too large for the old pier. The trust will ask the council to review the plan.',
  'Vallance said the company would pay for a new pier at Corran if the council agreed. The council meets again on May 20.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

describe('tagger scores carried from the document before the previous one', () => {
  checkReuse();

  it('gives each version what a fresh analysis gives, edits near the start and the end taken back in turn', () => {
    const early = (text: string) => text.replace('approved on Friday', 'approved on Thursday');
    const late = (text: string) => text.replace('meets again on May 20', 'meets again on Monday May 20');
    const name = (text: string) => text.replace('Nadia Fenwick said', 'Nadia Fenwicke said');
    // (A, then A edited early, then that edited late, then the early edit taken back, and so on: each version is
    // compared with the two before it, one of them through two alignments)
    const versions = [ARTICLE, early(ARTICLE), late(early(ARTICLE)), late(ARTICLE), ARTICLE, name(ARTICLE), late(name(ARTICLE)), name(ARTICLE), early(name(ARTICLE)), ARTICLE];
    for (const [step, text] of versions.entries()) assert.deepEqual(analyze(text), fresh(text), `version ${step}`);
  });
});

describe('tagger scores carried while a letter is typed and taken back in turn', () => {
  checkReuse();

  it('compares only the tokens near the edit with either document kept, and gives what a fresh analysis gives', () => {
    // (a longer made-up article: the same paragraphs told of several towns)
    const towns = ['Port Ellis', 'Corran', 'Hallow Bay', 'Westmere', 'Dunmore', 'Kestle'];
    const long = towns.map((town) => ARTICLE.replaceAll('Port Ellis', town)).join('\n\n');
    const at = long.indexOf('fishermen', Math.floor(long.length / 2));
    // A letter typed inside a word (as many tokens as before: the previous scores are taken over in place), then
    // taken back, and so on, a little further each time: each version is compared with the previous one and with a
    // document kept from before it, whose common ends are bounded through the previous one's.
    const versions = Array.from({ length: 8 }, (_, step) => (step % 2 === 0 ? long.slice(0, at + step) + 'x' + long.slice(at + step) : long));
    analyze(long);
    const compared: number[] = [];
    for (const [step, text] of versions.entries()) {
      assert.deepEqual(analyze(text), fresh(text), `version ${step}`);
      compared.push(lastComparedTokens());
    }
    assert.ok(
      compared.slice(2).every((count) => count < 50),
      `tokens compared per version: ${compared.join(', ')}`,
    );
  });
});

describe('the index buffers of carried scores, written again only between two edits', () => {
  checkReuse();

  it('give what a fresh analysis gives whatever the edits before: letters, words, another document in between', () => {
    const towns = ['Port Ellis', 'Corran', 'Hallow Bay', 'Westmere'];
    const long = towns.map((town) => ARTICLE.replaceAll('Port Ellis', town)).join('\n\n');
    const typed = (text: string, word: string, letter: string) => {
      const at = text.indexOf(word, Math.floor(text.length / 3)) + 2;
      return text.slice(0, at) + letter + text.slice(at);
    };
    const versions = [
      long,
      typed(long, 'fishermen', 'x'),
      long,
      typed(long, 'Vallance', 'e'),
      typed(long, 'reporters', 'q'),
      long.replace('a year of talks', 'a long year of talks'),
      typed(long.replace('a year of talks', 'a long year of talks'), 'Critics', 'z'),
      ARTICLE,
      typed(long, 'fishermen', 'x'),
      typed(long, 'council', 'x'),
      long,
    ];
    for (const [step, text] of versions.entries()) assert.deepEqual(analyze(text), fresh(text), `version ${step}`);
  });
});

describe('tagger scores carried from the document analyzed just before, when another kept one shares as many tokens', () => {
  checkReuse();

  it('takes a letter taken back from the version a letter away, not from a version with a line above its headline', () => {
    const towns = ['Port Ellis', 'Corran', 'Hallow Bay', 'Westmere', 'Dunmore', 'Kestle'];
    const long = towns.map((town) => ARTICLE.replaceAll('Port Ellis', town)).join('\n\n');
    const at = long.indexOf('fishermen', Math.floor(long.length / 2)) + 3;
    const typed = long.slice(0, at) + 'x' + long.slice(at);
    // (another version of the article, kept: every token of the article at its end, and an edition line above the
    // headline, which then reads as running text, so every occurrence of the headline's words reads otherwise)
    const versions = [`Edition 2.\n\n${long}`, long, typed, long];
    const decoded: number[] = [];
    for (const [step, text] of versions.entries()) {
      const annotations = analyze(text);
      decoded.push(lastTaggingWork().decoded[1]);
      assert.deepEqual(annotations, fresh(text), `version ${step}`);
    }
    // The letter typed and the letter taken back each decode the tokens around the edit only.
    assert.ok(decoded[2] < 50 && decoded[3] < 50, `tokens decoded per version: ${decoded.join(', ')}`);
  });
});

describe('the named or headline tokens documentFeatures() notes (features.ts namedOrHeadlineTokens)', () => {
  it('are the tokens in a headline or with a view not plain, of the last document read only', () => {
    const text = 'Ferry Plan Approved By Council\nThe council of Port Ellis met on May 2 and 40 boats waited.';
    const tokens = tokenize(text, 0, text.length);
    const features = documentFeatures(tokens, gazetteer());
    const expected: number[] = [];
    for (let index = 0; index < tokens.length; index++) if (features.headline[index] || !features.views[index].plain) expected.push(index);
    assert.ok(expected.length > 0 && expected.length < tokens.length);
    assert.deepEqual(Array.from(namedOrHeadlineTokens(features.views, features.headline) ?? []), expected);
    // (another document's features read since: the list is no longer this one's)
    const other = tokenize('Nothing here at all.', 0, 20);
    documentFeatures(other, gazetteer());
    assert.equal(namedOrHeadlineTokens(features.views, features.headline), undefined);
  });
});
