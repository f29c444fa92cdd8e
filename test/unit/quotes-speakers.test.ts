// Speaker resolution on made-up news: head names of subject phrases, descriptions, pronouns, quote runs, group
// sources, and the kinds of quoted words.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import { actor } from './actorFixture';
import { quotesOf, quoteStarting } from './quoteFixture';

test('the head name of the subject phrase speaks, not the organization or place qualifying it', () => {
  const text = [
    '"The vote was clear," Harbour Workers Local 7 president Nadia Okafor said Sunday.',
    '"We open at dawn," Halifax\'s Colin Brandt said.',
    '"Pay is the issue," said Mapleton Transit general manager Ivo Sandor.',
  ].join('\n\n');
  const actors = [
    actor(text, 'a1', 'organization', 'Harbour Workers Local', 'Harbour Workers Local'),
    actor(text, 'a2', 'place', 'Halifax'),
    actor(text, 'a3', 'organization', 'Mapleton Transit'),
  ];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'The vote').speaker?.name, 'Nadia Okafor');
  assert.equal(quoteStarting(quotes, 'We open').speaker?.name, 'Colin Brandt');
  assert.equal(quoteStarting(quotes, 'Pay is').speaker?.name, 'Ivo Sandor');
});

test('a description resolves to the one actor of the article it fits: a role, an organization, an outlet', () => {
  const text = [
    'Mayor Greta Lindqvist opened the new depot in Eastvale on Monday, the Eastvale Courier reported.',
    'Northline Freight said it would hire 40 drivers.',
    '"It is a good day for the town," the mayor said.',
    'The company said the depot would be running by spring.',
    'The newspaper reported that the council had approved the lease in March.',
  ].join('\n\n');
  const actors = [
    actor(text, 'a1', 'person', 'Greta Lindqvist'),
    actor(text, 'a2', 'place', 'Eastvale'),
    actor(text, 'a3', 'organization', 'Eastvale Courier'),
    actor(text, 'a4', 'organization', 'Northline Freight'),
  ];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'It is a good day').speaker?.actorId, 'a1');
  const company = quotes.find((quote) => quote.kind === 'indirect' && quote.text.startsWith('the depot'));
  assert.equal(company?.speaker?.actorId, 'a4');
  const newspaper = quotes.find((quote) => quote.kind === 'indirect' && quote.text.startsWith('the council'));
  assert.equal(newspaper?.speaker?.actorId, 'a3');
  assert.equal(text.slice(newspaper!.speaker!.start, newspaper!.speaker!.end), 'The newspaper');
});

test('group and anonymous sources keep their words and are marked unnamed', () => {
  const text = [
    'The bridge will stay shut until May, officials said.',
    'A source close to the talks said the offer had been withdrawn.',
    '"Nobody expected this," Lena Ostrova said.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  const officials = quotes.find((quote) => quote.text.startsWith('The bridge'));
  assert.equal(officials?.speaker?.name, 'officials');
  assert.equal(officials?.speaker?.unnamed, true);
  const source = quotes.find((quote) => quote.text.startsWith('the offer'));
  assert.equal(source?.speaker?.unnamed, true);
  assert.ok(source?.speaker?.name.startsWith('A source'));
  assert.equal(quoteStarting(quotes, 'Nobody').speaker?.unnamed, undefined);
});

test('a pronoun goes to the previous speaker of its gender before a person merely named in between', () => {
  const text = ['"We were not told," Priya Raman said.', 'Her neighbour Julia Webb moved away in 2019.', '"Nobody warned us about the water," she said.'].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Priya Raman'), actor(text, 'a2', 'person', 'Julia Webb')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'Nobody warned').speaker?.actorId, 'a1');
});

test('a run of quote paragraphs after reported speech continues its speaker', () => {
  const text = ['Tomas Varga said the plant would close in June.', '"There is no buyer. We tried for two years."'].join('\n\n');
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Tomas Varga')]);
  assert.equal(quoteStarting(quotes, 'There is no buyer').speaker?.actorId, 'a1');
});

test('a short quoted fragment of speech is a quote; a phrase set off with no speech verb is not', () => {
  const text = ['Councillor Ada Brook called the budget "a blank cheque for developers."', 'The plan, known locally as the "green mile," opens next year.'].join('\n\n');
  const quotes = quotesOf(text);
  const fragment = quoteStarting(quotes, 'a blank cheque');
  assert.equal(fragment.kind, 'direct');
  assert.equal(fragment.speaker?.name, 'Ada Brook');
  assert.equal(quoteStarting(quotes, 'green mile').kind, 'title');
});

test('a sign-off after a horizontal bar names the speaker; section labels are not speakers', () => {
  const text = ['“This town raised me and I will not leave it.” ― Rosa Delgado', 'MARKETS: Stocks fell 2 per cent on Friday after the report.'].join('\n\n');
  const quotes = quotesOf(text);
  assert.equal(quoteStarting(quotes, 'This town').speaker?.name, 'Rosa Delgado');
  assert.equal(quotes.filter((quote) => quote.kind === 'indirect').length, 0);
});

test('reported speech after a hearer, and a group written with a capital, keep their sources', () => {
  const text = ['Harlan Voss told police he had left the farm before noon.', 'Prosecutors say more charges could follow next week.'].join('\n\n');
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Harlan Voss')]).filter((quote) => quote.kind === 'indirect');
  const told = quotes.find((quote) => quote.text.startsWith('he had left'));
  assert.equal(told?.speaker?.actorId, 'a1');
  const group = quotes.find((quote) => quote.text.startsWith('more charges'));
  assert.equal(group?.speaker?.name, 'Prosecutors');
  assert.equal(group?.speaker?.unnamed, true);
});

test('a name met only on a short line of its own is nobody a pronoun can refer to', () => {
  const text = ['Marta Quill runs the only bakery in Dunmore.', 'Sidebar Notes', '"We bake through the night," she says.'].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Marta Quill'), actor(text, 'a2', 'person', 'Sidebar Notes')];
  const [quote] = quotesOf(text, actors).filter((candidate) => candidate.kind === 'direct');
  assert.equal(quote.speaker?.actorId, 'a1');
});

test('a date or a party label is never a speaker', () => {
  const text = ['Orla Finch, who lost her job between May and October, says the course changed her plans.', '"It went well," Christmas Day said nothing to anyone.'].join('\n\n');
  const quotes = quotesOf(text);
  for (const quote of quotes) assert.ok(!/May|Christmas/.test(quote.speaker?.name ?? ''), `${quote.text}: ${quote.speaker?.name}`);
});

test("a quoted fragment later in the sentence of an attributed quotation is the same speaker's", () => {
  const text = 'Councillor Ada Brook said the plan "misses the point" and added: "We will vote it down."';
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Ada Brook')]);
  assert.equal(quoteStarting(quotes, 'misses the point').speaker?.actorId, 'a1');
  assert.equal(quoteStarting(quotes, 'We will vote').speaker?.actorId, 'a1');
});

test('the subject speaks across a long apposition, a party label, or a passive verb inside the reported words', () => {
  const text = [
    'Tom Reyes, a welder based in Tulsa, Okla., and a member of the local union, said hot weather wears down the machines.',
    'Rep. Lena Marsh, D-Ore., the ranking member of the panel, said "the numbers do not add up."',
    'Omar Haddad said the crew was being shouted at "for no reason at all."',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Tom Reyes'), actor(text, 'a2', 'person', 'Lena Marsh'), actor(text, 'a3', 'person', 'Omar Haddad')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'hot weather').speaker?.actorId, 'a1');
  assert.equal(quoteStarting(quotes, 'the numbers').speaker?.actorId, 'a2');
  assert.equal(quoteStarting(quotes, 'for no reason').speaker?.actorId, 'a3');
});

test('"it said" goes to the organization the sentences before are about', () => {
  const text = 'Northgate Rail declined to answer most questions about the delays. "We are reviewing every route," it said in a statement.';
  const quotes = quotesOf(text, [actor(text, 'a1', 'organization', 'Northgate Rail')]);
  assert.equal(quoteStarting(quotes, 'We are reviewing').speaker?.actorId, 'a1');
});

test('the pronouns the text uses for a person outweigh the gender of the first name', () => {
  const text = [
    'Ellery runs the bakery on Front Street. Ellery said she opened it in 2009, and she still bakes every loaf.',
    'Ellery says she hired four people this year.',
    'Her cousin, Paul Greer, helps on weekends.',
    '"The ovens never stop," she said.',
  ].join('\n\n');
  // The actor layer gave the surname a male first name met elsewhere (two relatives of one surname).
  const actors = [actor(text, 'a1', 'person', 'Michael Ellery', 'Ellery'), actor(text, 'a2', 'person', 'Paul Greer')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'The ovens').speaker?.actorId, 'a1');
});

test('an unnamed source keeps the phrase that qualifies it; a possessed document speaks for its owner', () => {
  const text = ['"The deal is close," said a source close to the negotiations.', 'Minister Ann Cole spoke on Monday. "We will not back down," her statement read.'].join('\n\n');
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Ann Cole')]);
  const source = quoteStarting(quotes, 'The deal').speaker;
  assert.equal(source?.name, 'a source close to the negotiations');
  assert.equal(source?.unnamed, true);
  assert.equal(quoteStarting(quotes, 'We will not back down').speaker?.actorId, 'a1');
});

test('"they" goes to the plural subject of its own sentence; a colon after a subordinate clause takes that clause\'s subject', () => {
  const text = [
    'Rural officials are tired of waiting, and they say the roads will not last another winter.',
    'The board was in turmoil when Vera Lind posted this: "Nobody asked the members."',
  ].join('\n\n');
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Vera Lind')]);
  assert.equal(quoteStarting(quotes, 'the roads will not').speaker?.name, 'Rural officials');
  assert.equal(quoteStarting(quotes, 'Nobody asked').speaker?.actorId, 'a1');
});

test("a comparison with what someone says is no reported speech; a name's apposition after an inverted verb is no content", () => {
  const text = ['The repair bill is higher than the county says it is.', 'The new tax will cost small breweries dearly, said Lee Park, director of the brewers guild.'].join(
    '\n\n',
  );
  const quotes = quotesOf(text, [actor(text, 'a1', 'person', 'Lee Park')]);
  assert.equal(quotes.filter((quote) => quote.text.includes('it is')).length, 0);
  const reported = quotes.filter((quote) => quote.kind === 'indirect' && quote.speaker?.actorId === 'a1');
  assert.equal(reported.length, 1);
  assert.equal(reported[0].text, 'The new tax will cost small breweries dearly');
  assert.equal(reported[0].parts, undefined);
});

test('an organization speaking by its acronym is reported by the full name the article writes out', () => {
  const text = [
    'Farmers in the valley wrote to the Office of Rural Water Supply, the agency that licenses wells.',
    '"Every licence is reviewed within 30 days," ORWS said in a statement.',
    '"The rules have not changed," the QXB said.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'organization', 'ORWS'), actor(text, 'a2', 'organization', 'QXB')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'Every licence').speaker?.name, 'Office of Rural Water Supply');
  // No written-out name in the article: the acronym stays.
  assert.equal(quoteStarting(quotes, 'The rules').speaker?.name, 'QXB');
});

test('the subject phrase: role words after an adjective of nationality, a long aside with a place, a verb after a name', () => {
  const text = [
    'Norwegian fisheries ministry spokeswoman Ingrid Solberg hit back on Friday, saying the quota "was set by the treaty."',
    'Amir Castell, the owner with his brother of Castell Bakes, a bakery based in Lyon, France, says the price of flour "doubled in a month."',
    'Later, Dunmore interrupted Keene’s speech, shouting that it was "a pack of lies."',
  ].join('\n\n');
  const actors = [
    actor(text, 'a1', 'person', 'Ingrid Solberg'),
    actor(text, 'a2', 'person', 'Amir Castell'),
    actor(text, 'a3', 'organization', 'Castell Bakes'),
    actor(text, 'a4', 'place', 'Lyon'),
    actor(text, 'a5', 'place', 'France'),
    actor(text, 'a6', 'person', 'Dunmore'),
    actor(text, 'a7', 'person', 'Keene'),
  ];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'was set').speaker?.name, 'Ingrid Solberg');
  assert.equal(quoteStarting(quotes, 'doubled').speaker?.name, 'Amir Castell');
  assert.notEqual(quoteStarting(quotes, 'a pack').speaker?.name, 'Later');
  assert.ok(!/interrupted/.test(quoteStarting(quotes, 'a pack').speaker?.name ?? ''));
});

test('a person opening a sentence after a quotation takes the unattributed quotations that follow', () => {
  const text = [
    'The choreographer Marta Quill invited the dancer Ilse Varga back to the studio. “We wanted more time with the piece,” says Quill. “It grows every season.” Varga did not hesitate. “I said yes the same day.” She rehearsed all summer.',
    '“The company is remarkable to work with.”',
    'Mr. Quill and Varga have both toured abroad. Quill and Varga have also taught there.',
    '“The tours changed the work.”',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Marta Quill', 'Marta Quill', 'Quill'), actor(text, 'a2', 'person', 'Ilse Varga', 'Ilse Varga', 'Varga')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'We wanted').speaker?.name, 'Marta Quill');
  assert.equal(quoteStarting(quotes, 'I said yes').speaker?.name, 'Ilse Varga');
  assert.equal(quoteStarting(quotes, 'The company').speaker?.name, 'Ilse Varga');
  // Two people opening the sentence before: neither one alone takes the quotation.
  assert.notEqual(quoteStarting(quotes, 'The tours').speaker?.name, 'Marta Quill');
});

test('a pronoun goes on with the last speaker when nobody else it could stand for is named since', () => {
  const text = [
    '“The waits are getting longer,” said union head Omar Reyes. Reyes says he has raised it with the board.',
    '“We track every call,” Reyes said.',
    'Kim Sato with the regional health authority says there are many causes of the delays.',
    '“The sickest patients come first.”',
    'But he says the beds upstairs are the real bottleneck.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Omar Reyes', 'Omar Reyes', 'Reyes'), actor(text, 'a2', 'person', 'Kim Sato')];
  const quotes = findQuotes(text, readStructure(text).blocks, actors).quotes;
  const reported = quotes.find((quote) => quote.kind === 'indirect' && quote.text.startsWith('the beds'));
  assert.equal(reported?.speaker?.name, 'Kim Sato');
});

test('a time phrase between the speaker and the verb, and an apposition after a quotation ending its sentence', () => {
  const text = [
    'Councillor Ada Brook last week called the levy a “tax grab” on the radio.',
    'FUND VIEW: “Rates will hold. Who blinks first?” Karl Jensen, a senior analyst at Nordbank, said in a note.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  assert.equal(quoteStarting(quotes, 'tax grab').speaker?.name, 'Ada Brook');
  assert.equal(quoteStarting(quotes, 'Rates will hold').speaker?.name, 'Karl Jensen');
});

test('a document speaks for whoever it came from: its owner, or the one who released or sent it', () => {
  const text = [
    'The two mayors discussed “the future of the ferry link and the cost of running it,” said a statement released by the Regional Transit Office.',
    'Bakers Union Local 99 won the vote on Friday. The union will represent all cooks and cleaners, its weekend release said.',
    'A notice from Harbour Pilots Guild late Monday said most members voted to strike.',
    'Dues will rise next year, the union’s weekend release said.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'organization', 'Bakers Union Local 99')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'the future of the ferry').speaker?.name, 'Regional Transit Office');
  assert.equal(quoteStarting(quotes, 'The union will represent').speaker?.name, 'Bakers Union Local 99');
  assert.equal(quoteStarting(quotes, 'most members voted').speaker?.name, 'Harbour Pilots Guild');
  assert.equal(quoteStarting(quotes, 'Dues will rise').speaker?.name, 'Bakers Union Local 99');
});

test('a description with no role in the article is the person opening the sentence before it', () => {
  const text = [
    '“We were welcomed,” said Amira Haddad, who arrived in 2017.',
    'Karim Nasser passed his driving test this spring, a step he credits to his new job.',
    'The 41-year-old welder says each day brings new words from his co-workers.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Amira Haddad'), actor(text, 'a2', 'person', 'Karim Nasser')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'each day brings').speaker?.name, 'Karim Nasser');
});

test('a participle after an earlier quotation of the sentence, and "who" after a description set off from a name', () => {
  const text = [
    'Lena Ortiz helped carry a woman ashore. She voiced her "anger and sorrow" online, writing "So many are left to drown at sea."',
    'A crowd of 9,000 watched another win by Ortiz, the fierce striker who calls herself "The Hawk."',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Lena Ortiz', 'Lena Ortiz', 'Ortiz')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'So many are left').speaker?.name, 'Lena Ortiz');
  assert.equal(quoteStarting(quotes, 'The Hawk').speaker?.name, 'Lena Ortiz');
});

test('a zero-width space left in the text by a web page is a word break between the speaker and the verb', () => {
  const text = [
    'Harbour commissioner Priya Ramdas spoke on Monday.',
    '"We will reopen the pier in May," Ramdas\u200b said.',
    'Ramdas\u200b said the ferry would return in June.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Priya Ramdas')];
  const quotes = quotesOf(text, actors);
  assert.equal(quoteStarting(quotes, 'We will reopen').speaker?.actorId, 'a1');
  assert.equal(quoteStarting(quotes, 'the ferry would return').speaker?.actorId, 'a1');
});
