// The first-pass tally (features.ts FirstPassTally) numbers a document's words through their shared word records
// instead of a map per document: what it says of each token must be what counting the words in a map says, also
// when the word table is emptied between two documents that share words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elsewhereTypes, firstPassTally, tallyWord, type Elsewhere, type TallyEntry, type TokenView } from '../../server/src/analysis/actors/features';
import { wordOf } from '../../server/src/analysis/tokens';

function view(written: string): TokenView {
  const lower = written.toLowerCase();
  return { form: written, lower, shape: 'Xx', plain: false, neighbourHashes: undefined, sums: undefined, tallyRecord: undefined };
}

/** The tally counted the plain way: per word, its types in order of first appearance and their counts. */
function plainTally(views: readonly TokenView[], labels: readonly string[]): Map<string, TallyEntry> {
  const byWord = new Map<string, TallyEntry>();
  views.forEach((one, index) => {
    const type = labels[index] === 'O' ? 'O' : labels[index].slice(2);
    const entry = byWord.get(tallyWord(one)) ?? { types: [], counts: [] };
    byWord.set(tallyWord(one), entry);
    const at = entry.types.indexOf(type);
    if (at < 0) {
      entry.types.push(type);
      entry.counts.push(1);
    } else entry.counts[at]++;
  });
  return byWord;
}

const fresh = (): Elsewhere => ({ best: '', share: '', others: 0 });

function assertSameAsPlain(views: readonly TokenView[], labels: readonly string[]): void {
  const tally = firstPassTally(views, labels);
  const plain = plainTally(views, labels);
  for (const [word, entry] of plain) assert.deepEqual(tally.get(word), entry, word);
  assert.equal(tally.get('zzz-never-written'), undefined);
  views.forEach((one, index) => {
    for (const own of ['O', 'PER', 'ORG', 'LOC', 'MISC']) {
      assert.deepEqual(tally.elsewhere(index, own, fresh()), elsewhereTypes(plain.get(tallyWord(one))!, own, fresh()), `${one.form} as ${own}`);
    }
  });
}

describe('first-pass tally', () => {
  it('says of each token what a map of the words says', () => {
    const words = ['Corvel', 'said', 'corvel', 'Ana', 'Corvel', '~corvel', 'Ana', 'the', 'The', 'Ana', 'said'];
    const labels = ['B-ORG', 'O', 'O', 'B-PER', 'B-ORG', 'B-LOC', 'B-PER', 'O', 'O', 'B-LOC', 'O'];
    assertSameAsPlain(
      words.map((written) => (written.startsWith('~') ? { ...view(written.slice(1)), lower: written } : view(written))),
      labels,
    );
  });

  it('counts a word as one when the word table was emptied between two documents', () => {
    const first = [view('Marlow'), view('said')];
    firstPassTally(first, ['B-PER', 'O']);
    // More distinct words than the table keeps: it is emptied, and the first views' records are of the old table.
    for (let index = 0; index < 210_000; index++) wordOf(`w${index}x`);
    const second = [first[0], view('Marlow'), first[1], view('said'), view('Marlow')];
    assertSameAsPlain(second, ['B-PER', 'B-ORG', 'O', 'O', 'B-PER']);
  });
});
