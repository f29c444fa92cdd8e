// Pronoun speakers by centering: "he" or "she" after a sentence that brought a person in continues that person,
// even when someone else of the same gender spoke just before. Made-up news.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/analysis/quotes';
import { readStructure } from '../../server/src/analysis/structure';
import type { Actor, Quote } from '../../server/src/analysis/types';
import { actor } from './actorFixture';

function speakerOf(text: string, actors: Actor[], words: string): string | undefined {
  const quotes: Quote[] = findQuotes(text, readStructure(text).blocks, actors).quotes;
  const found = quotes.find((quote) => quote.text.replace(/^["“]/, '').startsWith(words));
  assert.ok(found, `no quote starting "${words}"`);
  return found.speaker?.name;
}

test('"he says" after a sentence that introduces another man is that man, not the previous speaker', () => {
  const text = [
    '“The garden keeps me young,” says retired teacher Walter Osei. Osei, 71, walks there every day. “I never miss a morning,” he adds.',
    'Cheaper seeds also helped Lakeview baker Tomasz Wierzbicki, 44. “My grocery bill fell by half,” he says.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Walter Osei', 'Osei'), actor(text, 'a2', 'person', 'Tomasz Wierzbicki')];
  assert.equal(speakerOf(text, actors, 'I never miss'), 'Walter Osei');
  assert.equal(speakerOf(text, actors, 'My grocery bill'), 'Tomasz Wierzbicki');
});

test('"she said" after the subject of the sentence before is that subject, whoever spoke earlier', () => {
  const text = [
    'Marta Quill said the ward had been short of nurses since spring.',
    'Helen Osgood, head of the patients’ association, is hopeful the new minister will listen.',
    '“We have waited long enough,” she said.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Marta Quill'), actor(text, 'a2', 'person', 'Helen Osgood')];
  assert.equal(speakerOf(text, actors, 'We have waited'), 'Helen Osgood');
});

test('a pronoun of the same gender in the sentence before carries the earlier referent on', () => {
  const text = ['Judge Ravi Mehta ruled for the tenants on Friday.', 'Still, he rejected Mr. Dorsey’s request for costs.', '“The landlord acted in bad faith,” he wrote.'].join(
    '\n\n',
  );
  const actors = [actor(text, 'a1', 'person', 'Ravi Mehta'), actor(text, 'a2', 'person', 'Dorsey')];
  assert.equal(speakerOf(text, actors, 'The landlord'), 'Ravi Mehta');
});

test('a sentence about no one passes the centre on from the sentence before it', () => {
  const text = [
    '“Rents keep climbing,” said Omar Haddad, a tenant organizer.',
    'Lukas Brenner also cited a proposal from the housing council, which would add units above shops.',
    'This would ease the shortage in older neighbourhoods.',
    '“When nothing new gets built, everyone moves one rung down,” he said.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Omar Haddad'), actor(text, 'a2', 'person', 'Lukas Brenner')];
  assert.equal(speakerOf(text, actors, 'When nothing new'), 'Lukas Brenner');
});

test('a name opening with a surname particle tells no gender; the pronouns after it do', () => {
  const text = [
    'Al Rashid and her three children arrived in May.',
    'Nadia Farouk said the first winter was the hardest.',
    'Somehow, the family will manage, adds Al Rashid.',
    '“We will find the money,” she says.',
  ].join('\n\n');
  const actors = [actor(text, 'a1', 'person', 'Nadia Farouk'), actor(text, 'a2', 'person', 'Al Rashid')];
  assert.equal(speakerOf(text, actors, 'We will find'), 'Al Rashid');
});
