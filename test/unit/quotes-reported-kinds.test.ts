// Kinds of reported speech and quotation marks met on unseen news: a speech participle reporting more words
// ("…, adding that …"), an adverb set off before the clause ("said too often, …"), "it" opening a clause after
// an adverbial, "according to" closing a sentence already attributed, ranks before names, two apostrophes
// closing a double quotation, and a person described first and named in the next sentence.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Quote } from '../../server/src/analysis/types';
import { actor } from './actorFixture';
import { quotesOf } from './quoteFixture';

function texts(quotes: Quote[], kind: Quote['kind']): string[] {
  return quotes.filter((quote) => quote.kind === kind).map((quote) => quote.text);
}

test('"…, adding that …" reports more words of the same speaker, as a second reported speech', () => {
  const text = 'Kim Osei said the plan would fail, adding that costs had doubled since May.';
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Kim Osei')]);
  assert.deepEqual(texts(quotes, 'indirect'), ['the plan would fail', 'costs had doubled since May']);
  assert.ok(quotes.every((quote) => quote.speaker?.actorId === 'a1'));
  assert.equal(quotes[1].cue?.text, 'adding');
});

test('a participle followed by quoted words leaves the sentence whole', () => {
  const text = 'Lena Holt told the crowd that schools need money, saying that “every child counts” in this town.';
  const indirect = texts(quotesOf(text), 'indirect');
  assert.equal(indirect.length, 1);
  assert.ok(indirect[0].startsWith('schools need money'));
  assert.ok(indirect[0].includes('every child counts'));
});

test('an adverb set off by a comma between the verb and its clause ("said too often, …")', () => {
  const text = ['Dr. Tim Brook said too often, the night ward ends up catching every patient nobody else will see.', 'But Chapman says frankly, that’s not working.'].join('\n\n');
  assert.deepEqual(texts(quotesOf(text), 'indirect'), ['too often, the night ward ends up catching every patient nobody else will see', 'frankly, that’s not working']);
  // A noun that can be a verb ("state") is no speech verb with an adverb after it.
  const noun = 'Citing an old county and state tax form, Moreau on Friday said she wants to close four loopholes.';
  assert.deepEqual(texts(quotesOf(noun), 'indirect'), ['she wants to close four loopholes']);
});

test('"it" opens the reported clause after an adverbial only before a verb', () => {
  const text = [
    'The rowing club stated in spring it would sell the boathouse.',
    'Although a parking ban was announced for the whole week, wardens did not enforce it on the first two mornings.',
  ].join('\n\n');
  assert.deepEqual(texts(quotesOf(text), 'indirect'), ['it would sell the boathouse']);
});

test('"…, he said, according to the court filing": the second source is no content', () => {
  const text = 'The break-in lasted barely ten minutes, he said, according to the court filing.';
  const quotes = quotesOf(text).filter((quote) => quote.kind === 'indirect');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'The break-in lasted barely ten minutes');
  assert.equal(quotes[0].parts, undefined);
});

test('a police rank before a name ends no sentence ("Cpl. Dana Green showed …")', () => {
  const text = 'According to the defence, a sketch drawn by Cpl. Dana Green showed the ditch was dry that night.';
  const quotes = quotesOf(text).filter((quote) => quote.kind === 'indirect');
  assert.equal(quotes.length, 1);
  assert.ok(quotes[0].text.startsWith('a sketch drawn by Cpl. Dana Green'));
});

test('two apostrophes close a double quotation (`“…,’’ says …`)', () => {
  const text = '“We print only local comics,’’ says the shop’s founder, Ana Ruiz. “If you want capes, go elsewhere.”';
  const direct = quotesOf(text).filter((quote) => quote.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.deepEqual(
    direct[0].parts?.map((part) => part.text),
    ['“We print only local comics,’’', '“If you want capes, go elsewhere.”'],
  );
  assert.equal(direct[0].speaker?.name, 'Ana Ruiz');
});

test('a person described first and named at the start of the next sentence speaks under that name', () => {
  const text = [
    'A county court judge scolded the Harbour Radio board on Friday, saying it had been "playing games" with members.',
    'Justice Mira Okafor ordered the station to share the list.',
    'One former director said on Friday that he would be glad to return. Tomas Brandt told reporters he left last winter.',
    'A union representative said the train was short. Kim Osei, who drove it, disagreed.',
    'A spokeswoman said the plant will close. Mark Diaz said he was surprised.',
  ].join('\n\n');
  const actors = [
    actor(text, 'a1', 'organization', 'Harbour Radio'),
    actor(text, 'a2', 'person', 'Mira Okafor'),
    actor(text, 'a3', 'person', 'Tomas Brandt'),
    actor(text, 'a4', 'person', 'Kim Osei'),
    actor(text, 'a5', 'person', 'Mark Diaz'),
  ];
  const quotes = quotesOf(text, actors);
  const speakerOf = (words: string) => quotes.find((quote) => quote.text.startsWith(words))?.speaker;
  assert.equal(speakerOf('it had been')?.actorId, 'a2');
  assert.equal(speakerOf('he would be glad')?.actorId, 'a3');
  // Named with a description of their own, or of the other gender: someone else.
  assert.equal(speakerOf('the train was short')?.actorId, undefined);
  assert.equal(speakerOf('the train was short')?.unnamed, true);
  assert.equal(speakerOf('the plant will close')?.actorId, undefined);
});

test('"he said" continues the subject of the utterance before it when the actor layer did not tag it there', () => {
  const text = [
    'Mayor Doug Reyes wants the new line built at night. Transit chief Omar Lund disagrees.',
    'On Dec. 13, the mayor brought the night plan up again while speaking to reporters.',
    '“We can save money if crews work around the clock,” he said.',
    'Dr. Tim Brook and Dr. Sam Hale run the ward. Hale said the wait was long.',
    'Brook said too often, the ward ends up catching every patient.',
    '“We are the last stop,” he said.',
  ].join('\n\n');
  // The layer tagged "Tim Brook" but not the later "Brook".
  const actors = [
    actor(text, 'a1', 'person', 'Doug Reyes'),
    actor(text, 'a2', 'person', 'Omar Lund'),
    actor(text, 'a3', 'person', 'Tim Brook'),
    actor(text, 'a4', 'person', 'Sam Hale', 'Sam Hale', 'Hale'),
  ];
  const quotes = quotesOf(text, actors);
  const speakerOf = (words: string) => quotes.find((quote) => quote.text.replace(/^“/u, '').startsWith(words))?.speaker;
  assert.equal(speakerOf('We can save money')?.actorId, 'a1');
  assert.equal(speakerOf('We are the last stop')?.actorId, 'a3');
});

test('the pronouns after the mentions that open a sentence tell a person’s gender, not those after an object', () => {
  const text = [
    'Rory Vance drove past the farm and saw Jessie Lamb at the gate. He stopped the truck.',
    'Jessie Lamb told police she ran to the barn. He followed Jessie to the barn with his dog.',
    'Jessie Lamb said she hid there for an hour. He ordered Jessie to stay in his truck.',
    'He told officers he had planned it for weeks.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Rory Vance'), actor(text, 'a2', 'person', 'Jessie Lamb', 'Jessie Lamb', 'Jessie')];
  const quotes = quotesOf(text, actors);
  const planned = quotes.find((quote) => quote.text.startsWith('he had planned'));
  assert.equal(planned?.speaker?.actorId, 'a1');
});

test('a pronoun after a fronted clause is that clause’s subject, not a person named inside it', () => {
  const text = 'Dana Roe cooks at home. Although Roe has written books with famous chefs such as Ann Lee, she says she is a home cook at heart.';
  const actors = [actor(text, 'a1', 'person', 'Dana Roe', 'Dana Roe', 'Roe'), actor(text, 'a2', 'person', 'Ann Lee')];
  const quote = quotesOf(text, actors).find((found) => found.text.startsWith('she is a home cook'));
  assert.equal(quote?.speaker?.actorId, 'a1');
});

test('a description with no role in the article, before anyone has spoken, is the person the text is about', () => {
  const text = ['This week I met Ana Ruiz, who came from Lima to open a print shop on Queen Street.', '“We print only local artists,” says the shop’s 41-year-old owner.'].join(
    '\n\n',
  );
  const quote = quotesOf(text, [actor(text, 'a1', 'person', 'Ana Ruiz')]).find((found) => found.kind === 'direct');
  assert.equal(quote?.speaker?.actorId, 'a1');
});

test('a participle after another speaker’s verb, or after quoted words, reports nothing for the first speaker', () => {
  const text = [
    'The mayor complained that the count had been unfair, a claim that county officials flatly denied, noting that the rules had not changed.',
    '“Now they say the vote is over,” Lena Holt said at the rally, insisting that every ballot be counted.',
    'Moreau said in March after the bakery announced it was closing that she would buy the building.',
  ].join('\n\n');
  const quotes = quotesOf(text).filter((quote) => quote.kind === 'indirect');
  const noting = quotes.find((quote) => quote.text.startsWith('the rules had not'));
  assert.notEqual(noting?.speaker?.name, 'The mayor');
  assert.notEqual(quotes.find((quote) => quote.text.startsWith('every ballot'))?.speaker?.name, 'they');
  assert.ok(!quotes.some((quote) => quote.text.startsWith('it was closing')));
});

test('a straight mark after a space and before a word opens a quotation, the one left open before it unclosed', () => {
  const text = 'The list included "pivot and "circle back" -- and readers groaned. "We saw it coming," the editor said.';
  const quotes = quotesOf(text);
  const said = quotes.find((quote) => quote.text.startsWith('"We saw it coming'));
  assert.equal(said?.kind, 'direct');
  assert.equal(said?.speaker?.name, 'the editor');
  assert.ok(quotes.some((quote) => quote.text === '"circle back"'));
});
