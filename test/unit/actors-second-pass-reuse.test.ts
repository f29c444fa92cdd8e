// The second pass of the actor tagger after an edit (actors/jointTagger.ts sameSecondPassFeatures): a token keeps its
// earlier second-pass reading only when it and both neighbours are unchanged, its word's reading elsewhere in the
// document is the same and no longer name around it changed type. Edits that touch each of those (a word's type
// elsewhere, a longer name's edge word, the document's first and last tokens) must give what a fresh analysis gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { markUnchangedTriples } from '../../server/src/analysis/actors/jointTagger';
import { checkReuse, fresh } from './incrementalFixture';

// A made-up article: "Marlow" is a person, a company's first word and a town in turn; "Orsent" a person and a bank.
const PARAGRAPHS = [
  'Marlow Trust Wins Bid for Canal Works',
  'BRELLING, June 4 (Riverline) - Marlow Trust won the contract to rebuild the Brelling canal locks, the town board said on Tuesday.',
  'Board chair Ida Orsent said the trust offered the lowest price. "It was not close," Orsent said.',
  'Marlow, the trust founded by Edwin Marlow in 1962, employs 300 people in Brelling and Kestow.',
  'The Orsent Bank of Kestow will lend the trust half the cost, a spokesman for the bank said.',
  'Work starts in August. Edwin Marlow said the locks would open again by spring.',
];
// (plain paragraphs between them, so that most tokens lie far from any edit and keep their earlier reading)
const FILLER = ['The locks were built of stone and oak.', 'Boats waited for hours at the lower gate.', 'Repairs over the years were small and slow.'];
const BETWEEN = Array.from({ length: 12 }, (_, at) => `${FILLER[at % 3]} ${FILLER[(at + 1) % 3]} Week ${at + 1} of the survey ended early.`);
const ARTICLE = [...PARAGRAPHS.slice(0, 3), ...BETWEEN, ...PARAGRAPHS.slice(3)].join('\n\n');

describe('second-pass features kept after an edit', () => {
  checkReuse();

  it('gives each version what a fresh analysis gives when an edit changes how a word reads elsewhere', () => {
    const edits = [
      // one of a word's two occurrences changed: the other has none elsewhere left ("Kestow"), or a second one typed
      (text: string) => text.replace('in Brelling and Kestow.', 'in Brelling and Kestowe.'),
      (text: string) => text.replace('the lowest price', 'the lowest Kestow price'),
      (text: string) => text.replace('half the cost', 'half the canal cost'),
      // a word's only person mention made part of a longer name, and taken back
      (text: string) => text.replace('"It was not close," Orsent said.', '"It was not close," Orsent Bank said.'),
      // a longer name's edge word changed ("Orsent Bank" → "Orsent Banking")
      (text: string) => text.replace('The Orsent Bank of Kestow', 'The Orsent Banking Group of Kestow'),
      // a name's first word lower-cased, then a new capitalized word beside a name
      (text: string) => text.replace('Edwin Marlow said', 'edwin Marlow said'),
      (text: string) => text.replace('employs 300 people', 'employs 300 Kestow people'),
      // the document's first and last tokens
      (text: string) => 'Canal ' + text,
      (text: string) => text.replace(/spring\.$/, 'spring, Orsent said.'),
      (text: string) => text.slice(0, -1),
    ];
    const versions = [ARTICLE];
    for (const edit of edits) {
      versions.push(edit(versions[versions.length - 1]));
      versions.push(edit(ARTICLE));
      versions.push(ARTICLE);
    }
    for (const [step, text] of versions.entries()) assert.deepEqual(analyze(text), fresh(text), `version ${step}`);
  });

  it('gives what a fresh analysis gives when one character is typed and removed across a name', () => {
    const at = ARTICLE.indexOf('Ida Orsent');
    for (let offset = 0; offset < 'Ida Orsent said'.length; offset++) {
      const typed = ARTICLE.slice(0, at + offset) + 'x' + ARTICLE.slice(at + offset);
      assert.deepEqual(analyze(typed), fresh(typed), `typed at ${offset}`);
      assert.deepEqual(analyze(ARTICLE), fresh(ARTICLE), `removed at ${offset}`);
    }
  });
});

describe('markUnchangedTriples', () => {
  // The rule it replaced, token by token: the token and both neighbours the same unchanged tokens as their
  // counterparts, a neighbour outside the document having its counterpart outside the earlier one.
  const byRule = (oldIndex: Int32Array, unchanged: Uint8Array, counterpart: Int32Array, oldCount: number) => {
    const count = oldIndex.length;
    const same = (index: number, old: number) => (index < 0 || index >= count ? old < 0 || old >= oldCount : unchanged[index] === 1 && counterpart[index] === old);
    const marks = new Uint8Array(count);
    for (let index = 0; index < count; index++) {
      const old = oldIndex[index];
      if (old >= 0 && same(index, old) && same(index - 1, old - 1) && same(index + 1, old + 1)) marks[index] = 1;
    }
    return marks;
  };

  it('marks what the token-by-token rule marks, edits anywhere (the first and last tokens too)', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % below; // (the high bits: the low ones of this generator repeat soon)
    };
    for (let round = 0; round < 1000; round++) {
      const count = 1 + random(30);
      const shift = random(7) - 3;
      const oldCount = Math.max(1, count + shift);
      // an edited stretch [from, to): outside it the counterpart is the token itself, moved by the shift after it
      const from = random(count + 1);
      const to = Math.min(count, from + random(5));
      const counterpart = new Int32Array(count).fill(-1);
      for (let index = 0; index < count; index++) {
        const old = index < from ? index : index >= to ? index + shift : -1;
        if (old >= 0 && old < oldCount) counterpart[index] = old;
      }
      const oldIndex = counterpart.slice();
      const unchanged = new Uint8Array(count);
      for (let index = 0; index < count; index++) {
        if (random(8) === 0) oldIndex[index] = -1;
        unchanged[index] = counterpart[index] >= 0 && random(10) > 0 ? 1 : 0;
      }
      const marks = new Uint8Array(count);
      markUnchangedTriples(marks, oldIndex, unchanged, counterpart, oldCount);
      assert.deepEqual(marks, byRule(oldIndex, unchanged, counterpart, oldCount), `round ${round}`);
    }
  });
});
