// Racing and cycling results: the team written after a competitor and the competitor's country.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { teamsAfterCompetitors } from '../../server/src/analysis/actors/competitorTeams';
import { tokenize } from '../../server/src/analysis/tokens';
import type { ActorType } from '../../server/src/analysis/types';
import { givenMentions } from './nameMentionFixture';

/** Mentions of the given names (in order of writing) as the tagger typed them. */
function read(text: string, names: [string, ActorType][]) {
  const tokens = tokenize(text);
  const mentions = givenMentions(text, tokens, names);
  return teamsAfterCompetitors(tokens, mentions).map((mention) => `${mention.type}:${mention.text}`);
}

describe('teamsAfterCompetitors', () => {
  it('makes an organization of the name between "( country ) ," and ", time"', () => {
    const typed = read('1. Dana Korvik ( Norway ) , Brandt Motors , 1:42.317 seconds', [
      ['Dana Korvik', 'person'],
      ['Norway', 'place'],
      ['Brandt Motors', 'person'],
    ]);
    assert.deepEqual(typed, ['person:Dana Korvik', 'place:Norway', 'organization:Brandt Motors']);
  });

  it('makes an organization of the name right after the country and before a time', () => {
    const typed = read('2. Olek Varga ( Poland ) Velmar 4.210 seconds behind', [
      ['Olek Varga', 'person'],
      ['Poland', 'place'],
      ['Velmar', 'person'],
    ]);
    assert.equal(typed[2], 'organization:Velmar');
  });

  it('keeps a person in a list of golfers and in a pair of competitors', () => {
    const golfers = read('70 Tim Osgood ( Canada ) , Rory Penhale 71 Abe Lund', [
      ['Tim Osgood', 'person'],
      ['Canada', 'place'],
      ['Rory Penhale', 'person'],
      ['Abe Lund', 'person'],
    ]);
    assert.equal(golfers[2], 'person:Rory Penhale');
    const pair = read('Tim Osgood ( Canada ) Rory Penhale ( Canada ) 6-4 6-2', [
      ['Tim Osgood', 'person'],
      ['Canada', 'place'],
      ['Rory Penhale', 'person'],
      ['Canada', 'place'],
    ]);
    assert.equal(pair[2], 'person:Rory Penhale');
  });
});
