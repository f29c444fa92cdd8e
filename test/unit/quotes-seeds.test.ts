import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import type { Quote } from '../../server/src/analysis/types';
import { quoteStarting } from './quoteFixture';

const seedsDir = path.join(__dirname, '..', '..', '..', 'seeds');
const uni = fs.readFileSync(path.join(seedsDir, 'cstoRearmament-uni.txt'), 'utf8');
const digest = fs.readFileSync(path.join(seedsDir, 'cstoRearmament-izvestia-digest.txt'), 'utf8');

/**
 * The speaker's name is right: without actors it is read from the text in full; through analyze() it is the
 * canonical name the actor layer gives, which must at least be the same person (same surname).
 */
function assertSpeaker(quote: Quote, expected: string, fullName: boolean, words: string): void {
  const name = quote.speaker?.name ?? '';
  if (fullName) assert.equal(name, expected, words);
  else assert.ok(name.split(/\s+/).pop() === expected.split(/\s+/).pop() || name === expected, `${words}: ${name} is not ${expected}`);
}

/** Speech quotes of a seed with their speakers' names, read with and without the actor layer's actors. */
for (const [label, read, fullName] of [
  ['without actors', (text: string) => findQuotes(text, readStructure(text).blocks, []).quotes, true],
  ['through analyze()', (text: string) => analyze(text).quotes, false],
] as const) {
  test(`UNI seed (${label}): every speech quote has its speaker; exercise and operation names are titles`, () => {
    const quotes = read(uni);
    const speakers: [string, string][] = [
      ['Kazakhstan and Belarus', 'Daria Saprynskaya'],
      ['significantly enhance', 'Alexander Korolev'],
      ['besieged fortress', 'Alexander Lukashenko'],
      ['During our chairmanship', 'Vladimir Putin'],
      ['The anti-terrorism strategy', 'Daria Saprynskaya'],
    ];
    for (const [words, speaker] of speakers) {
      const quote = quoteStarting(quotes, words);
      assert.equal(quote.kind, 'direct', words);
      assertSpeaker(quote, speaker, fullName, words);
    }
    const crossParagraph = quoteStarting(quotes, 'The anti-terrorism strategy');
    assert.equal(crossParagraph.parts?.length, 2);
    assert.ok(crossParagraph.parts![1].text.startsWith('"Nowadays'));
    assert.equal(crossParagraph.cue?.text, 'asserted');
    for (const name of ['Interaction', 'Echelon', 'Search', 'Channel']) assert.equal(quoteStarting(quotes, name).kind, 'title', name);
    assert.deepEqual(
      quotes.filter((quote) => quote.kind === 'direct' && !quote.speaker),
      [],
    );
  });

  test(`Izvestia digest seed (${label}): speakers of the quotes and of the reported speech`, () => {
    const quotes = read(digest);
    const speakers: [string, string][] = [
      ['proven their effectiveness', 'Vladimir Putin'],
      ['Right now, member states', 'Darya Saprynskaya'],
      ['Undoubtedly', 'European Commission'],
      ['besieged fortress', 'Alexander Lukashenko'],
    ];
    for (const [words, speaker] of speakers) {
      const quote = quoteStarting(quotes, words);
      assert.equal(quote.kind, 'direct', words);
      assertSpeaker(quote, speaker, fullName, words);
    }
    const noted = quotes.find((quote) => quote.kind === 'indirect' && quote.cue?.text === 'noted');
    assertSpeaker(noted!, 'Darya Saprynskaya', fullName, 'She noted');
    assert.equal(digest.slice(noted!.speaker!.start, noted!.speaker!.end), 'She');
    const argued = quotes.find((quote) => quote.kind === 'indirect' && quote.cue?.text === 'argued');
    assertSpeaker(argued!, 'Egor Sergeev', fullName, 'argued');
    // "the publication reported that …" is the newspaper the digest quotes from.
    const reported = quotes.find(
      (quote) =>
        quote.kind === 'indirect' &&
        quote.cue?.text === 'reported' &&
        quote.speaker?.start !== undefined &&
        digest.slice(quote.speaker.start, quote.speaker.end) === 'the publication',
    );
    assert.ok(reported, 'no reported speech by "the publication"');
    if (!fullName) assertSpeaker(reported, 'Izvestia', true, 'the publication');
  });
}

test('UNI seed: the quotation glued to "actors." is reported, and is not an unclosed quote', () => {
  const { problems } = findQuotes(uni, readStructure(uni).blocks, []);
  const glued = problems.filter((problem) => problem.code === 'missing-space-at-quote');
  assert.equal(glued.length, 1);
  assert.equal(uni.slice(glued[0].start, glued[0].end), '."');
  assert.deepEqual(
    problems.filter((problem) => problem.code === 'unclosed-quote'),
    [],
  );
});

test('through analyze(), resolved speakers carry the id of an actor with that name', () => {
  const annotations = analyze(digest);
  for (const quote of annotations.quotes.filter((candidate) => candidate.speaker?.actorId)) {
    const actor = annotations.actors.find((candidate) => candidate.id === quote.speaker!.actorId);
    assert.ok(actor, `no actor ${quote.speaker!.actorId}`);
    assert.equal(actor.name, quote.speaker!.name);
  }
});
