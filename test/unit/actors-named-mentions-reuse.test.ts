// The steps after the tagger's mentions (datelines' places, legal forms, possessives, institution names…) taken over
// from the previous analysis (actors/namedMentions.ts): only when the mentions, the datelines' openings and the
// institution names are the previous ones and no token the steps read around them was edited. Each analysis after an
// edit must equal a fresh one, with every result taken over compared with the steps run again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { namedMentionsTakenOver } from '../../server/src/analysis/actors/namedMentions';
import { checkReuse, checkTakenOver, fresh } from './incrementalFixture';

// A made-up article: an unknown town named a place by its dateline (a place name and a date opening the line), a
// company with its legal form, a firm named in the possessive.
const ARTICLE = [
  'OSTERVIK, Norway, May 4 - Vantor SA said on Monday it would close two plants near the old harbour.',
  'Dockers at the yard were not surprised, and their union asked for talks before the summer.',
  "Analysts at Harlan's were not surprised either.",
].join('\n\n');

/** Each edit, and whether the steps are taken over. */
const EDITS: [string, (text: string) => string, boolean][] = [
  ['a letter typed far from any name', (text) => text.replace('before the summer', 'before the summers'), true],
  ['a letter typed in the word after a name', (text) => text.replace('Vantor SA said', 'Vantor SA saidx'), false],
  ['and taken out again', (text) => text.replace('Vantor SA saidx', 'Vantor SA said'), false],
  ['a letter typed two words after a name', (text) => text.replace('said on Monday', 'said onx Monday'), false],
  ['and taken out again', (text) => text.replace('said onx Monday', 'said on Monday'), false],
  // (beyond what is read after a name that no possessive follows)
  ['a letter typed five words after a name', (text) => text.replace('it would close', 'it wouldx close'), true],
  // (what follows a possessive is read further on: an organization's name may go on after it)
  ["a letter typed four words after a firm's possessive", (text) => text.replace('not surprised either', 'not surprisedx either'), false],
  ["the dateline's date no date", (text) => text.replace('May 4 -', 'May 4th -'), false],
  ['a date again', (text) => text.replace('May 4th -', 'May 4 -'), false],
  // (a paragraph's first word may open a dateline: its reading reads the word after it, and the one after that)
  ["a letter typed in a paragraph's second word", (text) => text.replace('Dockers at the', 'Dockers atx the'), false],
  ['and taken out again', (text) => text.replace('Dockers atx the', 'Dockers at the'), false],
  ["a letter typed in a paragraph's fourth word", (text) => text.replace('at the yard', 'at the yards'), true],
];

/** The type of the actor called `name`. */
function typeOf(annotations: ReturnType<typeof analyze>, name: string): string | undefined {
  return annotations.actors.find((actor) => actor.name === name)?.type;
}

describe('named mentions kept across edits', () => {
  checkReuse();

  it('gives each edited version what a fresh analysis gives, taking the steps over where it can', () => {
    const { expected } = checkTakenOver(ARTICLE, EDITS, namedMentionsTakenOver, analyze, fresh);
    // The dateline names the town a place; without its date the town is what the tagger read.
    assert.equal(typeOf(expected[6], 'OSTERVIK'), 'place');
    assert.equal(typeOf(expected[7], 'OSTERVIK'), 'organization');
    assert.equal(typeOf(expected[8], 'OSTERVIK'), 'place');
    assert.equal(typeOf(expected.at(-1)!, 'Vantor SA'), 'organization');
  });
});
