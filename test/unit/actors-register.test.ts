// Made-up articles with the shapes of issue #16 that depend on the document's register: towns named in a business
// story are places (the tagger learned most town names from sports results, where they stand for teams), the same
// towns in a results table are teams; a dateline's town is a place; a newspaper quoted before "She noted" stays an
// organization; a company named "X Computer" is one organization.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findActors } from '../../server/src/analysis/actors';
import { gazetteer } from '../../server/src/analysis/actors/gazetteer';
import { linkMentions } from '../../server/src/analysis/actors/linking';
import type { NameMention } from '../../server/src/analysis/actors/mentions';
import { documentRegister, type Register } from '../../server/src/analysis/actors/register';
import { readStructure } from '../../server/src/analysis/structure';
import { tokenize as tokenizeList } from '../../server/src/analysis/tokens';
import type { Actor, ActorType } from '../../server/src/analysis/types';
import { tokenRecords } from './tokenRecords';

// (the tokens as records, to look at them one by one)
const tokenize = (text: string, from?: number, to?: number) => tokenRecords(tokenizeList(text, from, to));

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'actors', name), 'utf8');

function actorsOf(text: string): Actor[] {
  return findActors(text, readStructure(text).blocks);
}

/** name → type, mention texts, for every actor. */
function summary(actors: readonly Actor[]): Record<string, string> {
  return Object.fromEntries(actors.map((actor) => [actor.name, `${actor.type}: ${actor.mentions.map((mention) => mention.text).join('; ')}`]));
}

describe('actors and the register of the document', () => {
  it('reads a business story as news and a results page as sports', () => {
    assert.equal(documentRegister(tokenizeList(fixture('plant-closures.txt'))), 'news');
    assert.equal(documentRegister(tokenizeList(fixture('league-results.txt'))), 'sports');
  });

  it('types the towns of a business story as places, its companies and newspaper as organizations', () => {
    assert.deepEqual(summary(actorsOf(fixture('plant-closures.txt'))), {
      'Brightwell Foods': 'organization: Brightwell Foods; Brightwell Foods; Brightwell',
      Lyon: 'place: Lyon; Lyon; Lyon',
      Milwaukee: 'place: Milwaukee; Milwaukee; Milwaukee',
      PARIS: 'place: PARIS; Paris',
      Ghent: 'place: Ghent',
      Porto: 'place: Porto',
      'Helen Marsh': 'person: Helen Marsh',
      'Le Figaro': 'organization: Le Figaro',
      'Karl Brandt': 'person: Karl Brandt',
      'Orvane Computer': 'organization: Orvane Computer',
    });
  });

  it('types the towns of a results table as teams, and the dateline town as a place', () => {
    const actors = summary(actorsOf(fixture('league-results.txt')));
    assert.equal(actors.LONDON, 'place: LONDON');
    for (const team of ['Leeds', 'Burnley', 'Hull', 'Preston', 'Sheffield', 'Blackpool', 'Ashford County', 'Crawley Palace'])
      assert.match(actors[team] ?? '', /^organization: /, team);
    assert.equal(actors['Tom Hale'], 'person: Tom Hale');
  });

  it('keeps a dateline town apart from the team named like it', () => {
    const text = 'BASEBALL - LEAGUE RESULTS\n\nLEEDS 2026-04-18\n\nResults of league games played on Friday:\n\nLeeds 5 Hull 3\nPreston 2 Leeds 4\n';
    const actors = actorsOf(text).filter((actor) => actor.name.toLowerCase() === 'leeds');
    assert.deepEqual(actors.map((actor) => `${actor.type}: ${actor.mentions.map((mention) => mention.text).join('; ')}`).sort(), ['organization: Leeds; Leeds', 'place: LEEDS']);
  });

  it('keeps the venue of a fixture list apart from the team named like it, on the sports pages only', () => {
    // The tagger's reading is given: the rule under test is the linking of its mentions.
    const text = 'Carrick 1 Marden 0\nCarrick beat Marden again.\nMARDEN AT CARRICK\n';
    const tokens = tokenize(text);
    const at = (word: string, nth = 0) => tokens.filter((token) => token.norm === word)[nth];
    const mention = (word: string, type: ActorType, nth = 0): NameMention => {
      const token = at(word, nth);
      const index = tokens.indexOf(token);
      return { type, first: index, last: index, start: token.start, end: token.end, text: word };
    };
    const mentions = [
      mention('Carrick', 'organization'),
      mention('Marden', 'organization'),
      mention('Carrick', 'organization', 1),
      mention('Marden', 'organization', 1),
      mention('MARDEN', 'organization'),
      mention('CARRICK', 'place'),
    ];
    const linked = (register: Register) =>
      linkMentions(text, tokenizeList(text), mentions, new Map(), gazetteer(), register)
        .filter((actor) => actor.name.toLowerCase() === 'carrick')
        .map((actor) => `${actor.type}: ${actor.mentions.map((one) => one.text).join('; ')}`)
        .sort();
    assert.deepEqual(linked('sports'), ['organization: Carrick; Carrick', 'place: CARRICK']);
    assert.deepEqual(linked('news'), ['organization: Carrick; Carrick; CARRICK']);
  });

  it('never runs a name from the end of a headline into the dateline', () => {
    const text = 'Workers strike at the plant in Lyon\n\nMILWAUKEE, May 4 (AP) - Workers walked out on Monday.\n';
    const names = actorsOf(text).flatMap((actor) => actor.mentions.map((mention) => mention.text));
    assert.ok(
      names.every((name) => !name.includes('\n')),
      names.join(' | '),
    );
    assert.ok(names.includes('MILWAUKEE'), names.join(' | '));
  });
});
