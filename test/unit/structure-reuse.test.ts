// The blocks of an edited article taken over from the previous analysis (structureReuse.ts): only when the lines the
// edit touched lie past the first prose lines (headline, dateline) and before the last content line (a sign-off),
// with "\n" the only line break there. Each structure after an edit must equal one read afresh, with every structure
// taken over compared with a fresh one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readStructure } from '../../server/src/analysis/structure';
import { readStructureReusing, structuresTakenOver } from '../../server/src/analysis/structureReuse';
import { withoutParagraphCaches } from '../../server/src/analysis/paragraphCache';
import { checkReuse, checkTakenOver } from './incrementalFixture';

// A made-up wire story: front matter, a navigation line, headline, dateline, paragraphs, a photo credit, a sign-off.
const ARTICLE = [
  '---',
  'date: 2025-03-06',
  '---',
  'Home | Contact | Subscribe',
  'Harbour reopens after the storm',
  '',
  'PORTVALE, March 5 (Wire) - The harbour reopened on Wednesday after two days of repairs.',
  '',
  'Ferries will run a reduced timetable until the weekend, the port authority said.',
  '',
  'Photo: Port authority',
  '',
  'Fishing boats were the first to leave, and traders on the quay welcomed them back.',
  '',
  'Repairs to the sea wall will take another month, engineers said.',
  '',
  'UNI XY',
].join('\n');

/** Each edit, and whether the structure is taken over. */
const EDITS: [string, (text: string) => string, boolean][] = [
  ['a letter typed in a body paragraph', (text) => text.replace('Fishing boats', 'Fishing boatsx'), true],
  ['a paragraph break typed in it', (text) => text.replace('first to leave, and', 'first to leave.\n\nAnd'), true],
  ['the two paragraphs joined again', (text) => text.replace('first to leave.\n\nAnd', 'first to leave, and'), true],
  ['a body paragraph made a photo credit', (text) => text.replace('Repairs to the sea wall', 'Photo: Repairs to the sea wall'), true],
  ['and back', (text) => text.replace('Photo: Repairs to the sea wall', 'Repairs to the sea wall'), true],
  ['a navigation line typed between two paragraphs', (text) => text.replace('\n\nRepairs to', '\n\nSubscribe\n\nRepairs to'), true],
  ['a letter typed in the line before the sign-off', (text) => text.replace('engineers said.', 'engineers saidx.'), true],
  ['a letter typed in the headline', (text) => text.replace('after the storm', 'after the storms'), false],
  ['a letter typed in the first prose lines', (text) => text.replace('reduced timetable', 'reduced timetables'), false],
  ['a letter typed in the sign-off', (text) => text.replace('UNI XY', 'UNI XYZ'), false],
  ['a line typed after the sign-off', (text) => `${text}\nEnds here`, false],
  ['a carriage return typed in a body paragraph', (text) => text.replace('boatsx were', 'boatsx\r\nwere'), false],
];

/** The blocks as kinds and texts. */
function blocksOf(text: string, structure: ReturnType<typeof readStructure>): string[] {
  return structure.blocks.map((block) => `${block.kind}:${text.slice(block.start, block.end)}`);
}

describe('structure kept across edits', () => {
  checkReuse();

  it('gives each edited version the blocks a fresh reading gives, taking them over where it can', () => {
    const { versions, expected } = checkTakenOver(ARTICLE, EDITS, structuresTakenOver, readStructureReusing, (text) => withoutParagraphCaches(() => readStructure(text)));
    // What the edits taken over changed: a paragraph split in two, a credit, a navigation line.
    assert.ok(blocksOf(versions[1], expected[1]).includes('paragraph:And traders on the quay welcomed them back.'));
    assert.ok(blocksOf(versions[3], expected[3]).includes('credit:Photo: Repairs to the sea wall will take another month, engineers said.'));
    assert.ok(blocksOf(versions[5], expected[5]).includes('boilerplate:Subscribe'));
    assert.equal(blocksOf(versions[6], expected[6]).at(-1), 'signoff:UNI XY');
    // And those not: the headline still one, the sign-off no longer the last line.
    assert.equal(blocksOf(versions[7], expected[7])[2], 'headline:Harbour reopens after the storms');
    assert.equal(blocksOf(versions[10], expected[10]).at(-2), 'paragraph:UNI XYZ');
  });
});
