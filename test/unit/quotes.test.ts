import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import type { Actor, Quote } from '../../server/src/analysis/types';
import { actor } from './actorFixture';

function quotesOf(text: string, actors: Actor[] = []) {
  return findQuotes(text, readStructure(text).blocks, actors);
}

function only(quotes: Quote[], kind: Quote['kind']): Quote[] {
  return quotes.filter((quote) => quote.kind === kind);
}

/** The speaker mention as written, the speaker's name and the cue, for compact assertions. */
function who(text: string, quote: Quote): [string | undefined, string | undefined, string | undefined] {
  const speaker = quote.speaker;
  return [speaker && speaker.start !== undefined ? text.slice(speaker.start, speaker.end) : undefined, speaker?.name, quote.cue?.text];
}

test('"…," X said and "…," said X give the speaker after the quotation', () => {
  const text = ['"We will not back down," Maria Lopez said on Tuesday.', '“The harbour stays closed,” said the port authority.'].join('\n\n');
  const quotes = only(quotesOf(text).quotes, 'direct');
  assert.equal(quotes.length, 2);
  assert.deepEqual(who(text, quotes[0]), ['Maria Lopez', 'Maria Lopez', 'said']);
  assert.equal(quotes[0].text, '"We will not back down,"');
  assert.deepEqual(who(text, quotes[1]), ['the port authority', 'the port authority', 'said']);
});

test('X said: "…", X told a newspaper that "…" and according to X, "…" give the speaker before the quotation', () => {
  const text = [
    'The mayor, Karl Brandt, said: "The bridge will reopen in spring."',
    'Ines Varga told the Daily Courier that "nobody was warned in time."',
    'According to Tomas Ruiz, "the budget is already spent."',
  ].join('\n\n');
  const quotes = only(quotesOf(text).quotes, 'direct');
  assert.deepEqual(
    quotes.map((quote) => who(text, quote)),
    [
      ['Karl Brandt', 'Karl Brandt', 'said'],
      ['Ines Varga', 'Ines Varga', 'told'],
      ['Tomas Ruiz', 'Tomas Ruiz', 'According to'],
    ],
  );
});

test('an inverted verb with a described speaker names the person: asserted the Russian analyst Daria Saprynskaya', () => {
  const text = '"Cyber tools change everything," asserted the Russian analyst Daria Saprynskaya.';
  const [quote] = only(quotesOf(text).quotes, 'direct');
  assert.deepEqual(who(text, quote), ['the Russian analyst Daria Saprynskaya', 'Daria Saprynskaya', 'asserted']);
  const resolved = only(quotesOf(text, [actor(text, 'a1', 'person', 'Daria Saprynskaya')]).quotes, 'direct')[0];
  assert.equal(resolved.speaker?.actorId, 'a1');
  assert.equal(text.slice(resolved.speaker!.start, resolved.speaker!.end), 'Daria Saprynskaya');
});

test('a speaker with an apposition or a party label before the verb', () => {
  const text = [
    '"Prices will fall," Anna Berg, a senior economist at the Central Bank, told reporters.',
    '"We need the votes," Sen. Ray Holt (R-Utah) said Friday.',
    '"That is not true," Senate Majority Leader Tom Reyes, R-Ky., said.',
  ].join('\n\n');
  const quotes = only(quotesOf(text).quotes, 'direct');
  assert.deepEqual(
    quotes.map((quote) => who(text, quote)[1]),
    ['Anna Berg', 'Ray Holt', 'Tom Reyes'],
  );
});

test('partial quotes inside a sentence and descriptive verbs (described … as resembling a "besieged fortress")', () => {
  const text = [
    'Alexander Korolev of the Higher School of Economics said the plan could "significantly enhance" the bloc\'s capability.',
    'Belarusian President Alexander Lukashenko described the situation on the border as resembling a "besieged fortress," officials noted.',
  ].join('\n\n');
  const quotes = only(quotesOf(text).quotes, 'direct');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].text, '"significantly enhance"');
  assert.deepEqual(who(text, quotes[0]).slice(1), ['Alexander Korolev', 'said']);
  assert.equal(quotes[1].text, '"besieged fortress,"');
  // "officials noted" follows, but the sentence's describing verb has Lukashenko as its subject.
  assert.ok(['Alexander Lukashenko', 'officials'].includes(quotes[1].speaker!.name));
});

test('single quotes nested in double quotes stay inside one quotation', () => {
  const text = '“He told me ‘leave now’ and I did,” said Omar Haddad.';
  const quotes = only(quotesOf(text).quotes, 'direct');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, '“He told me ‘leave now’ and I did,”');
  assert.equal(quotes[0].speaker?.name, 'Omar Haddad');
});

test('a quotation that runs on into the next paragraph is one quote in two parts, not an unclosed quote', () => {
  const text = [
    'The strike spread on Monday.',
    '"The first thing is safety. We cannot send people into tunnels without air.',
    '"The second is pay, and that can wait," said union leader Petra Novak.',
  ].join('\n\n');
  const { quotes, problems } = quotesOf(text);
  const direct = only(quotes, 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].parts?.length, 2);
  assert.equal(direct[0].parts![0].text, '"The first thing is safety. We cannot send people into tunnels without air.');
  assert.equal(direct[0].parts![1].text, '"The second is pay, and that can wait,"');
  assert.equal(direct[0].speaker?.name, 'Petra Novak');
  assert.equal(direct[0].unclosed, undefined);
  assert.deepEqual(
    problems.filter((problem) => problem.code === 'unclosed-quote'),
    [],
  );
});

test('a quotation split by its attribution is one quote in two parts', () => {
  const text = '"The water is rising," she said, "and the dam will not hold."';
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.equal(direct.length, 1);
  assert.deepEqual(
    direct[0].parts?.map((part) => part.text),
    ['"The water is rising,"', '"and the dam will not hold."'],
  );
  assert.equal(direct[0].text, text);
  assert.deepEqual(who(text, direct[0]).slice(0, 1), ['she']);
});

test('"A," said X. "B." with no attribution of its own continues the same quotation', () => {
  const text = '“One of the polls surprised me,” said Ken Moss. “Yesterday there were two more.”';
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].parts?.length, 2);
  assert.equal(direct[0].speaker?.name, 'Ken Moss');
});

test('exercise, operation and programme names, headline titles and scare quotes are titles, not speech', () => {
  const text = [
    'Drills resume as “Echo” plan unveiled',
    'Troops will hold further stages of the regular exercises "Interaction," "Echelon," and "Search." Officials confirmed the dates.',
    'The anti-drug operation "Channel" will also continue.',
    'Governor Ruth Ames appeared on the network\'s "Morning Desk" on Sunday.',
    'The so-called "reform" changed little, and landlords got their "bailout" anyway.',
  ].join('\n\n');
  const { quotes, problems } = quotesOf(text);
  assert.deepEqual(only(quotes, 'direct'), []);
  assert.deepEqual(
    only(quotes, 'title').map((quote) => quote.text),
    ['“Echo”', '"Interaction,"', '"Echelon,"', '"Search."', '"Channel"', '"Morning Desk"', '"reform"', '"bailout"'],
  );
  assert.deepEqual(
    problems.filter((problem) => problem.code === 'quote-without-speaker'),
    [],
  );
});

test('pronoun speakers resolve to the nearest person of the right gender', () => {
  const text = ['Elena Petrova met Igor Sokolov in Minsk on Friday.', '"We agreed on nothing," she noted.', '"The talks will go on," he said.'].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Elena Petrova'), actor(text, 'a2', 'person', 'Igor Sokolov'), actor(text, 'a3', 'place', 'Minsk')];
  const direct = only(quotesOf(text, actors).quotes, 'direct');
  assert.deepEqual(
    direct.map((quote) => [who(text, quote)[0], quote.speaker?.actorId, quote.speaker?.name]),
    [
      ['she', 'a1', 'Elena Petrova'],
      ['he', 'a2', 'Igor Sokolov'],
    ],
  );
});

test('a pronoun takes the gender an actor showed earlier when the first name tells none', () => {
  const text = ['Quinn Adair and Robin Vale arrived late. Adair said her car had broken down.', '"It was a long night," she said.'].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Quinn Adair', 'Quinn Adair', 'Adair'), actor(text, 'a2', 'person', 'Robin Vale')];
  const [quote] = only(quotesOf(text, actors).quotes, 'direct');
  assert.equal(quote.speaker?.actorId, 'a1');
});

test('without actors a pronoun takes the person named as a speaker before it', () => {
  const text = [
    '"Right now, the armies differ," Darya Saprynskaya, a research fellow at the Institute of Oriental Studies, told Izvestia.',
    'She noted that several states lack drones.',
    '"Modern radios are missing," she added.',
  ].join('\n\n');
  const { quotes } = quotesOf(text);
  const direct = only(quotes, 'direct');
  assert.deepEqual(
    direct.map((quote) => quote.speaker?.name),
    ['Darya Saprynskaya', 'Darya Saprynskaya'],
  );
  assert.deepEqual(who(text, direct[1]), ['she', 'Darya Saprynskaya', 'added']);
  const [indirect] = only(quotes, 'indirect');
  assert.deepEqual(who(text, indirect), ['She', 'Darya Saprynskaya', 'noted']);
});

test('descriptions speak: "the European Commission stated", "a spokesman said"', () => {
  const text = ['"Undoubtedly, the sanctions stay," the European Commission stated.', '"No decision has been taken," a spokesman said.'].join('\n\n');
  const commission = actor(text, 'a1', 'organization', 'European Commission');
  const direct = only(quotesOf(text, [commission]).quotes, 'direct');
  assert.deepEqual(
    direct.map((quote) => [who(text, quote)[0], quote.speaker?.actorId]),
    [
      ['European Commission', 'a1'],
      ['a spokesman', undefined],
    ],
  );
});

test('a speaker named with a possessive description is not the owner: "Trump’s lawyer said"', () => {
  const text = '"We will appeal," Dana Cole’s lawyer said.';
  const [quote] = only(quotesOf(text, [actor(text, 'a1', 'person', 'Dana Cole')]).quotes, 'direct');
  assert.equal(quote.speaker?.actorId, undefined);
  assert.equal(quote.speaker?.name, 'Dana Cole’s lawyer');
});

test('consecutive quote paragraphs inherit the speaker', () => {
  const text = [
    '"The vote was fair," Mayor Lena Fischer said.',
    '"Anyone who says otherwise should bring evidence."',
    'The council meets again in May.',
    '"Nobody asked us."',
  ].join('\n\n');
  const { quotes, problems } = quotesOf(text);
  const direct = only(quotes, 'direct');
  assert.deepEqual(
    direct.map((quote) => quote.speaker?.name ?? null),
    ['Lena Fischer', 'Lena Fischer', null],
  );
  assert.equal(direct[1].speaker?.start, direct[0].speaker?.start);
  const missing = problems.filter((problem) => problem.code === 'quote-without-speaker');
  assert.equal(missing.length, 1);
  assert.equal(text.slice(missing[0].start, missing[0].end), '"Nobody asked us."');
  assert.match(missing[0].message, /No speaker/);
});

test('a paragraph ending "X said:" introduces the quotation of the next paragraph', () => {
  const text = 'Late on Monday the minister, Pavel Dvorak, wrote:\n\n"We owe the public an explanation and we will give one."';
  const [quote] = only(quotesOf(text).quotes, 'direct');
  assert.equal(quote.speaker?.name, 'Pavel Dvorak');
  assert.equal(quote.cue?.text, 'wrote');
});

test('reported speech: X said that …, according to X, …, X argued that …, …, officials said', () => {
  const text = [
    'Egor Sergeev argued that sanctions work as a form of competition.',
    'According to the ministry, exports fell by a third in May.',
    'The factory will close before the winter, two officials said.',
    'Jana Hudec told reporters that the deal was dead.',
    'The bridge is closed for repairs.',
  ].join('\n\n');
  const indirect = only(quotesOf(text).quotes, 'indirect');
  assert.deepEqual(
    indirect.map((quote) => [quote.text, who(text, quote)[0], quote.cue?.text]),
    [
      ['sanctions work as a form of competition', 'Egor Sergeev', 'argued'],
      ['exports fell by a third in May', 'the ministry', 'According to'],
      ['The factory will close before the winter', 'two officials', 'said'],
      ['the deal was dead', 'Jana Hudec', 'told'],
    ],
  );
});

test('an unclosed quotation is reported, and its span runs to the end of its paragraph', () => {
  const text = 'The minister said: "We will win this fight.\n\nThe opposition walked out.';
  const { quotes, problems } = quotesOf(text);
  const direct = only(quotes, 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].unclosed, true);
  assert.equal(direct[0].text, '"We will win this fight.');
  const unclosed = problems.filter((problem) => problem.code === 'unclosed-quote');
  assert.equal(unclosed.length, 1);
  assert.equal(unclosed[0].start, text.indexOf('"'));
  assert.match(unclosed[0].message, /never closed/);
});

test('a quotation mark glued to the word before or after is reported', () => {
  const text = 'The operation "Channel" will continue, involving interested actors."The strategy is pressing," said Ana Ruiz."Next."';
  const glued = quotesOf(text).problems.filter((problem) => problem.code === 'missing-space-at-quote');
  assert.deepEqual(
    glued.map((problem) => text.slice(problem.start, problem.end)),
    ['."', '."'],
  );
  assert.match(glued[0].message, /Missing space before the opening quotation mark/);
  const closing = 'He called it "absurd"and left.';
  const after = quotesOf(closing).problems.filter((problem) => problem.code === 'missing-space-at-quote');
  assert.deepEqual(
    after.map((problem) => closing.slice(problem.start, problem.end)),
    ['"a'],
  );
  assert.match(after[0].message, /after the closing quotation mark/);
});

test('offsets are UTF-16 code units: an emoji before a quotation does not shift it', () => {
  const text = '🚀🚀 Launch day. 🎉 "We made it," said Commander Rosa Diaz.';
  const [quote] = only(quotesOf(text).quotes, 'direct');
  assert.equal(quote.start, text.indexOf('"'));
  assert.equal(text.slice(quote.start, quote.end), quote.text);
  assert.equal(quote.text, '"We made it,"');
  assert.equal(text.slice(quote.speaker!.start, quote.speaker!.end), 'Commander Rosa Diaz');
  assert.equal(quote.speaker?.name, 'Rosa Diaz');
});

test('CRLF line ends: paragraph continuation and offsets hold', () => {
  const text = 'Headline words for the day\r\n\r\n"First part of it.\r\n\r\n"Second part," said Lee Park.\r\n';
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.equal(direct.length, 1);
  assert.deepEqual(
    direct[0].parts?.map((part) => part.text),
    ['"First part of it.', '"Second part,"'],
  );
  for (const part of direct[0].parts!) assert.equal(text.slice(part.start, part.end), part.text);
  assert.equal(direct[0].speaker?.name, 'Lee Park');
});

test('only prose blocks are analyzed: a quoted photo credit is ignored', () => {
  const text = 'A headline about the storm damage\n\nThe roof fell in, "suddenly and loudly," residents said.\n\nPhoto: "Storm" by Ken Lowe';
  const { quotes } = quotesOf(text);
  assert.ok(quotes.every((quote) => quote.start < text.indexOf('Photo:')));
});

test('every quote span and part matches its text and ids are unique', () => {
  const text = [
    'Talks collapse over “Red Line” deal',
    '"It is over," said Mia Lund. "There is nothing left to discuss."',
    'Officials said that talks could resume in June, according to a statement.',
    'The programme "Open Doors" ends.',
  ].join('\n\n');
  const { quotes } = quotesOf(text);
  const ids = new Set(quotes.map((quote) => quote.id));
  assert.equal(ids.size, quotes.length);
  for (const quote of quotes) {
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    for (const part of quote.parts ?? []) assert.equal(text.slice(part.start, part.end), part.text);
    if (quote.cue) assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text);
  }
});

test('an article quoting with single marks (British style) gets its quotations and speakers', () => {
  const text = [
    '‘We will not let the states’ rights be trampled,’ the minister, Alan Pryce, told the BBC.',
    "'It is over,' she said, 'and nobody will miss it.'",
    'Rock ’n’ roll was the ’90s sound of the bands’ heyday.',
  ].join('\n\n');
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.deepEqual(
    direct.map((quote) => quote.text),
    ['‘We will not let the states’ rights be trampled,’', "'It is over,' she said, 'and nobody will miss it.'"],
  );
  assert.equal(direct[0].speaker?.name, 'Alan Pryce');
  assert.equal(direct[1].parts?.length, 2);
});

test('single marks in an article that quotes with double marks are apostrophes or nested quotes, not quotations', () => {
  const text = 'Voters call it the \'big ugly\' deal.\n\n"It was a mistake," said Ana Ruiz.';
  const quotes = quotesOf(text).quotes;
  assert.deepEqual(
    quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.text),
    ['"It was a mistake,"'],
  );
});

test('inch signs are not quotation marks', () => {
  const text = 'The forward is 6\'3" tall and owns a 65" television. "I like big screens," he said.';
  const { quotes, problems } = quotesOf(text);
  assert.deepEqual(
    only(quotes, 'direct').map((quote) => quote.text),
    ['"I like big screens,"'],
  );
  assert.deepEqual(problems, []);
});

test('reported speech after a participle or a second verb belongs to the subject of the sentence', () => {
  const text = [
    'A federal judge rejected the request on Monday, saying the court had no business deciding it.',
    'Mr. Hale, who left the party in 2015, stayed silent for months and later said he regretted nothing.',
    'The governor warned that the dam could fail within days.',
  ].join('\n\n');
  const indirect = only(quotesOf(text).quotes, 'indirect');
  assert.deepEqual(
    indirect.map((quote) => [quote.text, who(text, quote)[0], quote.cue?.text]),
    [
      ['the court had no business deciding it', 'A federal judge', 'saying'],
      ['he regretted nothing', 'Mr. Hale', 'said'],
      ['the dam could fail within days', 'The governor', 'warned'],
    ],
  );
});

test('an attribution inside the sentence splits the reported speech into two parts', () => {
  const text = 'The museum, Ms. Ortega said, would open its doors to every school in the county.';
  const [quote] = only(quotesOf(text).quotes, 'indirect');
  assert.deepEqual(
    quote.parts?.map((part) => part.text),
    ['The museum', 'would open its doors to every school in the county'],
  );
  assert.deepEqual(who(text, quote), ['Ms. Ortega', 'Ortega', 'said']);
});

test('a short quotation opening the sentence after an attributed one continues it, not a title', () => {
  const text = '"This is the end," he wrote on Twitter. "Goodbye."';
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.equal(direct.length, 1);
  assert.deepEqual(
    direct[0].parts?.map((part) => part.text),
    ['"This is the end,"', '"Goodbye."'],
  );
});

test('the words before "X said:" are not reported speech when a quotation follows', () => {
  const text = 'Asked whether he would run again, Governor Tom Blake said: "No. Never."';
  const { quotes } = quotesOf(text);
  assert.deepEqual(only(quotes, 'indirect'), []);
  assert.deepEqual(
    only(quotes, 'direct').map((quote) => [quote.text, quote.speaker?.name]),
    [['"No. Never."', 'Tom Blake']],
  );
});

test('passive speech verbs: the agent speaks, and "X was asked" gives X no quotation', () => {
  const text = ['Ames was asked by moderator Lee Park, "Will you endorse her?"', 'The mayor was asked, "Will you resign?"'].join('\n\n');
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.equal(direct[0].speaker?.name, 'Lee Park');
  assert.equal(direct[1].speaker, null);
});

test('a pronoun the actor layer already resolved keeps that actor', () => {
  const text = 'Kim Lee met Robin Park on Monday.\n\n"We will see," she said.';
  const kim = actor(text, 'a1', 'person', 'Kim Lee');
  const robin = actor(text, 'a2', 'person', 'Robin Park');
  const pronoun = text.indexOf('she');
  robin.mentions.push({ start: pronoun, end: pronoun + 3, text: 'she', form: 'pronoun' });
  const [quote] = only(quotesOf(text, [kim, robin]).quotes, 'direct');
  assert.deepEqual([quote.speaker?.actorId, who(text, quote)[0]], ['a2', 'she']);
});

test('nouns that look like speech verbs do not stop the speaker: "the email read", "federal prosecutors wrote"', () => {
  const text = ['"Friend, let me be blunt," the email read.', '"The harm is incalculable," federal prosecutors wrote in a filing.'].join('\n\n');
  const direct = only(quotesOf(text).quotes, 'direct');
  assert.deepEqual(
    direct.map((quote) => who(text, quote)),
    [
      ['the email', 'the email', 'read'],
      ['federal prosecutors', 'federal prosecutors', 'wrote'],
    ],
  );
});

test('reported speech ending in a quotation encloses it instead of crossing it', () => {
  const text = 'Belarusian President Alexander Lukashenko said the situation on the western frontiers was a "besieged fortress."';
  const { quotes } = findQuotes(text, readStructure(text).blocks, []);
  const direct = quotes.find((quote) => quote.kind === 'direct');
  const indirect = quotes.find((quote) => quote.kind === 'indirect');
  assert.ok(direct && indirect, 'both the reported speech and the quoted words are found');
  assert.equal(direct.text, '"besieged fortress."');
  assert.ok(indirect.start <= direct.start && indirect.end >= direct.end, `${indirect.start}-${indirect.end} encloses ${direct.start}-${direct.end}`);
});
