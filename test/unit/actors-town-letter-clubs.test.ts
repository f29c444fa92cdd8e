// Clubs in a results table told apart by a bracketed town letter ("Iskra (K)") are organizations with the letter in
// their name; bracketed capitals outside the sports pages stay abbreviations, and a country's code after an
// athlete stays outside the athlete's name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findActors } from '../../server/src/analysis/actors';
import { readStructure } from '../../server/src/analysis/structure';

function mentionsOf(text: string): string[] {
  return findActors(text, readStructure(text).blocks).flatMap((actor) => actor.mentions.map((mention) => `${actor.type}: ${text.slice(mention.start, mention.end)}`));
}

describe('clubs written with a bracketed town letter', () => {
  it('reads the club and its letter as one organization in results and standings', () => {
    const text = [
      'SOCCER - SECOND DIVISION RESULTS',
      '',
      'Results of second division matches played on Saturday:',
      '',
      'Vardan 2 Iskra (K) 1',
      'Iskra (PL) 0 Dravec 0',
      'Lokvar (T) 3 Orlan 1',
      '',
      'Standings after the third round:',
      '',
      'Lokvar (T) 3 3 0 0 17 12 9',
      'Iskra (K) 3 1 1 1 13 14 4',
    ].join('\n');
    const mentions = mentionsOf(text);
    for (const club of ['Iskra (K)', 'Iskra (PL)', 'Lokvar (T)']) assert.ok(mentions.includes(`organization: ${club}`), `${club} in ${mentions.join(' | ')}`);
    assert.ok(!mentions.some((mention) => /: (?:K|PL|T)$/.test(mention)), mentions.join(' | '));
  });

  it('leaves bracketed abbreviations outside the sports pages alone', () => {
    const text = 'The Northern Party (NP) won the vote in Lanvik on Sunday, and Prime Minister Ana Ruiz said the government would stay.';
    assert.ok(!mentionsOf(text).some((mention) => mention.includes('(')));
  });
});
