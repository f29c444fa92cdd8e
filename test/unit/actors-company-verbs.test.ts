// A company named by a common word ('Orange') where it opens a headline, decided from what the name does there and
// how the rest of the document names it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findActors } from '../../server/src/analysis/actors';
import { readStructure } from '../../server/src/analysis/structure';

function mentionsOf(text: string): string[] {
  return findActors(text, readStructure(text).blocks).flatMap((actor) => actor.mentions.map((mention) => `${actor.type}:${mention.text}@${mention.start}`));
}

describe('findActors: companies known by what they do', () => {
  it('takes a headline opening with a company that the story names as an organization', () => {
    const text = 'Orange unveils cheaper phone plans\nMay 4, 2026\nOrange Telecom said on Monday that its new plans would cost less.\n';
    assert.ok(mentionsOf(text).includes('organization:Orange@0'), mentionsOf(text).join(' | '));
  });
});
