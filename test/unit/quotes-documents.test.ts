// A document that "says" something speaks for whoever issued it: the issuer named beside it ("a report by …",
// "published a notice", "on …'s website", "the board decision"), or the issuer of the document named before it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { documentSources } from '../../server/src/analysis/quotes/documents';
import { actor } from './actorFixture';
import { quotesOf, quoteStarting } from './quoteFixture';

test('the sources written beside documents: by/from, an owner, the subject of a verb of issuing, a page', () => {
  const text = [
    'A study by the Lakeshore Water Board found lead in old pipes.',
    "Brightline Dairy's annual report counts 40 farms.",
    'The harbour authority also published a notice Monday warning boaters.',
    'Ferrovia Nord said in a statement that trains would run late.',
    'A paper titled Winter Rails on the Ferrovia Nord website lists the risks.',
  ].join('\n\n');
  const found = documentSources(text).map((source) => [source.noun, text.slice(source.start, source.end)]);
  assert.deepEqual(found, [
    ['study', 'Lakeshore Water Board'],
    ['report', 'Brightline Dairy'],
    ['notice', 'The harbour authority'],
    ['statement', 'Ferrovia Nord'],
  ]);
  const page = documentSources("A paper titled Winter Rails, on Ferrovia Nord's website, lists the risks.");
  assert.deepEqual(
    page.map((source) => source.noun),
    ['paper', 'website'],
  );
});

test('"the report said" is the issuer of the report the article named before', () => {
  const text = [
    'A report by Ferrovia Nord details how hard it is to run trains in deep cold.',
    'Kim Osei, a driver for twenty years, said the cold was the worst she had seen.',
    'Brakes take longer to charge below minus 30, the report said.',
    '"Every car must be checked by hand," the paper also said.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'organization', 'Ferrovia Nord'), actor(text, 'a2', 'person', 'Kim Osei')];
  const quotes = quotesOf(text, actors);
  const brakes = quoteStarting(quotes, 'Brakes take longer');
  assert.equal(brakes.speaker?.actorId, 'a1');
  assert.equal(text.slice(brakes.speaker!.start, brakes.speaker!.end), 'the report');
  assert.equal(quoteStarting(quotes, 'Every car').speaker?.actorId, 'a1');
});

test('a notice published by an organization speaks for it, and a later "it" is that organization', () => {
  const text = ['The harbour authority also published a notice Monday saying the east pier was unsafe.', 'It urged boat owners to "move their vessels before the storm."'].join(
    '\n\n',
  );
  const quotes = quotesOf(text);
  assert.equal(quoteStarting(quotes, 'the east pier').speaker?.name, 'The harbour authority');
  assert.equal(quoteStarting(quotes, 'move their vessels').speaker?.name, 'The harbour authority');
});

test('an organization noun before the document names its issuer; a participle phrase after it does not speak', () => {
  const text = [
    'The Tidewater Review Board met on Friday.',
    'The review board decision granting his transfer said he was no longer a danger to others.',
    'It also said he had finished every program offered to him.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'organization', 'Tidewater Review Board')];
  const quotes = quotesOf(text, actors);
  const decision = quoteStarting(quotes, 'he was no longer');
  assert.equal(text.slice(decision.speaker!.start, decision.speaker!.end), 'The review board decision');
  assert.equal(decision.speaker?.actorId, 'a1');
  assert.equal(quoteStarting(quotes, 'he had finished').speaker?.actorId, 'a1');
});

test('a document noun closing a phrase after an inverted verb is its head ("said the annual safety report")', () => {
  const text = 'Cold slows every pump on the line, said the annual safety report.';
  const quote = quoteStarting(quotesOf(text), 'Cold slows');
  assert.equal(text.slice(quote.speaker!.start, quote.speaker!.end), 'the annual safety report');
});
