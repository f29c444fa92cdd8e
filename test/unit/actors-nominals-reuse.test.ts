// The nominal phrases taken over from the previous analysis (actors/nominalsReuse.ts): only after a linking taken
// over, and when no place where a phrase may open, nor the two tokens after it, was edited. Each analysis after an
// edit must equal a fresh one, with every reading taken over compared with a fresh one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { linkingsTakenOver } from '../../server/src/analysis/actors/linkingReuse';
import { nominalsTakenOver } from '../../server/src/analysis/actors/nominalsReuse';
import { checkReuse, editedVersions, fresh } from './incrementalFixture';

// A made-up article: "the mayor" names the one person with that role, in a sentence no name's pronoun vote reads.
const ARTICLE = [
  'The town is led by Mayor Ann Dorsey.',
  'Workers at the yard said on Tuesday that they would ask the mayor for help with the rent. The talks will go on next week.',
].join('\n\n');

/** Each edit, whether the linking is taken over, and whether the phrases are. */
const EDITS: [string, (text: string) => string, boolean, boolean][] = [
  ['a letter typed far from the phrase', (text) => text.replace('next week', 'next weeks'), true, true],
  ["the phrase's noun changed", (text) => text.replace('ask the mayor for', 'ask the mayors for'), true, false],
  ['the noun back', (text) => text.replace('ask the mayors for', 'ask the mayor for'), true, false],
  ['a word after the noun', (text) => text.replace('ask the mayor for', 'ask the mayor office for'), true, false],
  ['the word gone', (text) => text.replace('ask the mayor office for', 'ask the mayor for'), true, false],
  // (the same number of tokens: the phrase no longer ends there)
  ['the word after the phrase changed', (text) => text.replace('ask the mayor for', 'ask the mayor fxr'), true, false],
  ['the word after it back', (text) => text.replace('ask the mayor fxr', 'ask the mayor for'), true, false],
  ['the determiner changed', (text) => text.replace('ask the mayor for', 'ask tha mayor for'), true, false],
  ['the determiner back', (text) => text.replace('ask tha mayor for', 'ask the mayor for'), true, false],
  ['a letter typed before the phrase', (text) => text.replace('Workers at the yard', 'Workers at the yards'), true, true],
  // (a person named first: the mayor's actor is now the second, and the phrases are read again)
  ['a person named before the mayor', (text) => text.replace('The town is led by', 'Bo Lind says the town is led by'), false, false],
];

/** The texts of the nominal phrases naming the actor called `name`. */
function nominalsOf(annotations: ReturnType<typeof analyze>, name: string): string[] {
  return (annotations.actors.find((actor) => actor.name === name)?.nominals ?? []).map((nominal) => nominal.text);
}

describe('nominal phrases kept across edits', () => {
  checkReuse();

  it('gives each edited version what a fresh analysis gives, taking the phrases over where it can', () => {
    const versions = editedVersions(ARTICLE, EDITS);
    const expected = versions.map(fresh);
    assert.deepEqual(nominalsOf(analyze(ARTICLE), 'Ann Dorsey'), ['the mayor']);
    EDITS.forEach(([what, , linkingTakenOver, takenOver], index) => {
      const linkings = linkingsTakenOver();
      const before = nominalsTakenOver();
      const annotations = analyze(versions[index]);
      assert.deepEqual(annotations, expected[index], what);
      assert.equal(linkingsTakenOver() - linkings, linkingTakenOver ? 1 : 0, what);
      assert.equal(nominalsTakenOver() - before, takenOver ? 1 : 0, what);
    });
    assert.deepEqual(nominalsOf(expected[1], 'Ann Dorsey'), []);
    assert.deepEqual(nominalsOf(expected.at(-1)!, 'Ann Dorsey'), ['the mayor']);
  });
});
