// Reported speech without quotation marks: where the reported clause starts after the speech verb, and speech
// words that are nouns. Made-up sentences.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import type { Quote } from '../../server/src/analysis/types';

function indirectOf(text: string): Quote[] {
  return findQuotes(text, readStructure(text).blocks, []).quotes.filter((quote) => quote.kind === 'indirect');
}

test('a subordinate clause with its own subject, then the main clause, is reported speech after "said"', () => {
  const text = [
    'Mayor Ann Brody said while most residents back the plan, some worry about the cost.',
    'Brody said if the province does not act, the clinic will close by spring.',
    'Brody said when asked about the plan that she had not read it.',
  ].join('\n\n');
  const contents = indirectOf(text).map((quote) => quote.text);
  assert.ok(contents.includes('while most residents back the plan, some worry about the cost'), contents.join(' | '));
  assert.ok(contents.includes('if the province does not act, the clinic will close by spring'), contents.join(' | '));
  assert.ok(!contents.some((content) => content.startsWith('when asked')), contents.join(' | '));
});

test('"that" contracted with its verb opens the reported clause as its subject', () => {
  const [quote] = indirectOf('But Tom Weller says that’s not what the nurses are seeing.');
  assert.equal(quote?.text, 'that’s not what the nurses are seeing');
});

test('a speech word after a possessive or a determiner is a noun, a participle after "’s" a verb', () => {
  const text = [
    'Tom Weller’s tweet the previous week that he had quit drew a rebuke.',
    'Shares rose on the day of Weller’s August post about the deal being done.',
    'Tom Weller’s said repeatedly that the clinic will stay open.',
  ].join('\n\n');
  const contents = indirectOf(text).map((quote) => quote.text);
  assert.deepEqual(contents, ['the clinic will stay open']);
});

test('a second clause joined to reported speech reports words of its own speaker', () => {
  const text = [
    'According to the transit agency, the line carries 9,000 riders a day, but Vera Lind says the count is too low.',
    'Omar Tesfaye said the harvest came early this year, and added the prices will fall by winter.',
    'Rosa Lind says she rarely cooked as a child: she notes that her father ran the kitchen.',
  ].join('\n\n');
  const quotes = indirectOf(text);
  const read = quotes.map((quote) => `${quote.speaker?.name}: ${quote.text}`);
  assert.deepEqual(read, [
    'the transit agency: the line carries 9,000 riders a day',
    'Vera Lind: the count is too low',
    'Omar Tesfaye: the harvest came early this year',
    'Omar Tesfaye: the prices will fall by winter',
    'Rosa Lind: she rarely cooked as a child',
    'Rosa Lind: her father ran the kitchen',
  ]);
});

test('after "confirmed" or "denied" a clause without "that" is reported speech, a noun phrase is not', () => {
  const text = [
    'The ferry operator confirmed there will be no sailings on Sunday.',
    'The ferry operator confirmed the schedule for the holiday weekend.',
    'Ines Carvalho denied the funds had been moved abroad.',
  ].join('\n\n');
  const contents = indirectOf(text).map((quote) => quote.text);
  assert.deepEqual(contents, ['there will be no sailings on Sunday', 'the funds had been moved abroad']);
});

test('a section label in capitals opens a sentence that may report speech; a link label does not', () => {
  const text = ['EARNINGS: Northwind Foods said it posted a loss for the third quarter.', 'READ MORE: Mayor says the arena will close in the new year'].join('\n\n');
  const read = indirectOf(text).map((quote) => `${quote.speaker?.name}: ${quote.text}`);
  assert.deepEqual(read, ['Northwind Foods: it posted a loss for the third quarter']);
});

test('"according to" an office owned by a place: the office speaks, not the place', () => {
  const [quote] = indirectOf('Some 900 families still rely on the food bank, according to the county’s Department of Social Services.');
  assert.equal(quote?.speaker?.name, 'Department of Social Services');
});

test('after an adverbial, a subject pronoun opens the reported clause; a pronoun object of a preposition does not', () => {
  const text = ['Ms. Varga said in hindsight she would have voted against the plan.', 'The mayor spoke with her on Monday.'].join('\n\n');
  const contents = indirectOf(text).map((quote) => quote.text);
  assert.deepEqual(contents, ['she would have voted against the plan']);
});

test('a plural noun of people by what they do speaks as a group; a particle after the verb stays out of the content', () => {
  const text = ['Sales rose in March, but forecasters say the gains will fade by summer.', 'On Monday, the union tweeted out that only one ambulance was free.'].join('\n\n');
  const read = indirectOf(text).map((quote) => `${quote.speaker?.name}: ${quote.text}`);
  assert.deepEqual(read, ['forecasters: the gains will fade by summer', 'the union: only one ambulance was free']);
});
