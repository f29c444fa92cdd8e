// The first-pass tally (features.ts FirstPassTally) and the document casing keep per-document data on the shared word
// records instead of a map per document: what they say must be what a map of the words says, also once another
// document was read and when the word table is emptied between two documents that share words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  documentCasing,
  elsewhereTypes,
  firstPassTally,
  headlineLines,
  tallyWord,
  type CasingLookup,
  type Elsewhere,
  type TallyEntry,
  type TokenView,
} from '../../server/src/analysis/actors/features';
import { LABELS } from '../../server/src/analysis/actors/labels';
import { tokenize, wordOf } from '../../server/src/analysis/tokens';

function view(written: string): TokenView {
  const lower = written.toLowerCase();
  return { form: written, lower, shape: 'Xx', plain: false, cluster: -1, neighbourHashes: undefined, sums: undefined, tallyRecord: undefined };
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

/** The first pass's tags of `labels` (label indices, as the tagger gives them). */
const tagsOf = (labels: readonly string[]) => Uint8Array.from(labels, (label) => LABELS.indexOf(label as (typeof LABELS)[number]));

function assertSameAsPlain(views: readonly TokenView[], labels: readonly string[]): void {
  const tally = firstPassTally(views, tagsOf(labels));
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
    firstPassTally(first, tagsOf(['B-PER', 'O']));
    // More distinct words than the table keeps: it is emptied, and the first views' records are of the old table.
    for (let index = 0; index < 210_000; index++) wordOf(`w${index}x`);
    const second = [first[0], view('Marlow'), first[1], view('said'), view('Marlow')];
    assertSameAsPlain(second, ['B-PER', 'B-ORG', 'O', 'O', 'B-PER']);
  });
});

describe('document casing', () => {
  const casingOf = (text: string) => {
    const tokens = tokenize(text);
    return documentCasing(tokens, headlineLines(tokens));
  };
  const readings = (casing: CasingLookup) => ['vantor', 'reis', 'the', 'said', 'harbor', 'nowhere'].map((lower) => casing.get(lower));

  it('gives each lower-case word its most frequent form in running text, the first written on a tie', () => {
    const casing = casingOf('Talks went on. Then Vantor said vantor would wait, and Vantor agreed with Reis and reis and REIS on the harbor.');
    assert.deepEqual(readings(casing), ['Vantor', 'Reis', 'the', 'said', 'harbor', undefined]);
  });

  it('counts every form of a word written several ways, in one pass, as a map of the words does', () => {
    // "reis" first written "Reis", then more often "REIS"; "halden" three ways with a tie between two later forms
    const text = 'Then Reis met reis and REIS, REIS and REIS; then HALDEN, Halden and halden and HALDEN and halden met Halden.';
    const casing = casingOf(text);
    const stamped = [casing.get('reis'), casing.get('halden')];
    assert.deepEqual(stamped, ['REIS', 'HALDEN']);
    // (read again after another document's casing: from the map made of the tokens)
    casingOf('Then reis met halden.');
    assert.deepEqual([casing.get('reis'), casing.get('halden')], stamped);
  });

  it('answers the same after another document was read and after the word table was emptied', () => {
    const first = casingOf('Then Vantor met Reis at the Harbor, said Vantor.');
    const before = readings(first);
    assert.deepEqual(before, ['Vantor', 'Reis', 'the', 'said', 'Harbor', undefined]);
    const second = casingOf('Then vantor met reis at the harbor, said vantor.');
    assert.deepEqual(readings(second), ['vantor', 'reis', 'the', 'said', 'harbor', undefined]);
    assert.deepEqual(readings(first), before);
    for (let index = 0; index < 210_000; index++) wordOf(`c${index}y`);
    assert.deepEqual(readings(second), ['vantor', 'reis', 'the', 'said', 'harbor', undefined]);
    assert.deepEqual(readings(first), before);
  });
});
