// A capitalized title alone before a person's name opening a sentence is the person's role, not an actor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findActors } from '../../server/src/analysis/actors';
import { readStructure } from '../../server/src/analysis/structure';

describe('findActors: a title opening a sentence before a name', () => {
  it('keeps the title as the role and makes no actor of it', () => {
    const text = 'Dutch striker Joris van der Berg scored twice on Sunday. Coach Pieter de Wit said the team had played well.\n';
    const actors = findActors(text, readStructure(text).blocks);
    assert.deepEqual(
      actors.filter((actor) => /Coach|Pieter/.test(actor.name)).map((actor) => [actor.type, actor.name, actor.role]),
      [['person', 'Pieter de Wit', 'Coach']],
    );
  });
});
