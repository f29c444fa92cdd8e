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
import { secondPassDocument } from '../../server/src/analysis/actors/secondPassFeatures';
import { editedFirstPassTally, tallyDifference } from '../../server/src/analysis/actors/firstPassTallyReuse';
import { tokenize, wordOf } from '../../server/src/analysis/tokens';
import { random } from './randomEdits';

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

describe('first-pass tally of an edited document', () => {
  // Made-up words, each met several times and with several types; enough of them that a type changed outside the
  // edit is often the only change to its word's count.
  const vocabulary = ['Corvel', 'said', 'the', 'Ana', 'Marlow', 'harbor', '~reis', 'Reis', 'port', 'Vantor', ...Array.from({ length: 40 }, (_, index) => `Kestrel${index}`)];
  const labelsOf = ['O', 'B-PER', 'I-PER', 'B-ORG', 'B-LOC', 'B-MISC'];
  const written = (word: string) => (word.startsWith('~') ? { ...view(word.slice(1)), lower: word } : view(word));

  it('reads as a fresh count after random edits: tokens made and gone, types changed anywhere', () => {
    const next = random(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    let views = Array.from({ length: 300 }, () => written(pick(vocabulary)));
    let labels = views.map(() => pick(labelsOf));
    let tally = firstPassTally(views, tagsOf(labels));
    for (let edit = 0; edit < 400; edit++) {
      const editedFrom = Math.floor(next() * views.length);
      const editedTo = Math.min(views.length, editedFrom + Math.floor(next() * 4));
      // (now and then a word never met before, as typing makes: "Marlowx")
      const made = Array.from({ length: Math.floor(next() * 4) }, () => written(next() < 0.2 ? `${pick(vocabulary)}x${edit}` : pick(vocabulary)));
      // The same tokens outside the edit, some of them read through another view of the same written word.
      const kept = (from: number, to: number) => views.slice(from, to).map((one) => (next() < 0.1 ? { ...one } : one));
      const edited = [...kept(0, editedFrom), ...made, ...kept(editedTo, views.length)];
      const editedLabels = edited.map((_, index) => ((index >= editedFrom && index < editedFrom + made.length) || next() < 0.05 ? pick(labelsOf) : undefined));
      const shift = made.length - (editedTo - editedFrom);
      const finalLabels = editedLabels.map((label, index) => label ?? labels[index < editedFrom ? index : index - shift]);
      const before = { tally, views, firstTags: tagsOf(labels), editedFrom, editedTo };
      tally = editedFirstPassTally(edited, tagsOf(finalLabels), before);
      views = edited;
      labels = finalLabels;
      const fresh = firstPassTally(views, tagsOf(labels));
      assert.equal(tallyDifference(views, tally, fresh, ['O', 'PER', 'ORG', 'LOC', 'MISC']), undefined, `edit ${edit}`);
      const plain = plainTally(views, labels);
      for (const [word, entry] of plain) assert.deepEqual(tally.get(word), entry, `edit ${edit}: ${word}`);
      // Words typed and gone again are no longer in the document.
      for (const word of tally.tallyWords().wordOf) if (!plain.has(word)) assert.equal(tally.get(word), undefined, `edit ${edit}: ${word}`);
    }
  });

  it('gives the longer-name types of a fresh document, also when the word table was emptied between the versions', () => {
    const words = ['Acme', 'Robotics', 'said', 'Acme', 'would', 'hire', 'Lina', 'Acme', 'said', 'Lina', 'Verdo', 'agreed'];
    const labels = ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'B-ORG', 'O', 'B-PER', 'I-PER', 'O'];
    // (a word in lower case is plain: it stands in no name)
    const nameView = (word: string) => ({ ...written(word), plain: word === word.toLowerCase() });
    const views = words.map(nameView);
    const first = secondPassDocument(views, tagsOf(labels));
    // More distinct words than the table keeps: the views' records are of the old table in the edited version.
    for (let index = 0; index < 210_000; index++) wordOf(`v${index}y`);
    // "Acme would hire" typed again as "Acme would hires": the edited tokens' views are new (records of the new
    // table), the other tokens of their words keep records of the old one.
    const edited = [...views.slice(0, 3), nameView('Acme'), nameView('would'), nameView('hires'), ...views.slice(6)];
    const before = { tally: first.tally, views, firstTags: tagsOf(labels), editedFrom: 3, editedTo: 6 };
    const reused = secondPassDocument(edited, tagsOf(labels), before);
    const fresh = secondPassDocument(
      edited.map((one) => ({ ...one, tallyRecord: undefined })),
      tagsOf(labels),
    );
    for (const word of ['acme', 'robotics', 'lina', 'verdo', 'said']) assert.equal(reused.longerType(word), fresh.longerType(word), word);
    assert.equal(reused.longerType('acme'), 'ORG');
    assert.equal(reused.longerType('lina'), 'PER');
    const out = new Int32Array(64);
    const freshOut = new Int32Array(64);
    edited.forEach((_, index) => {
      const count = reused.write(index, out);
      assert.deepEqual([...out.subarray(0, count)], [...freshOut.subarray(0, fresh.write(index, freshOut))], `token ${index}`);
    });
  });

  it("numbers the words afresh once the words typed on the way far outnumber the document's", () => {
    let views = [written('Corvel'), written('said')];
    let tally = firstPassTally(views, tagsOf(['B-ORG', 'O']));
    for (let edit = 0; edit < 5000; edit++) {
      const edited = [views[0], written(`said${edit}`)];
      tally = editedFirstPassTally(edited, tagsOf(['B-ORG', 'O']), { tally, views, firstTags: tagsOf(['B-ORG', 'O']), editedFrom: 1, editedTo: 2 });
      views = edited;
    }
    assert.ok(tally.tallyWords().wordOf.length < 4200, `${tally.tallyWords().wordOf.length} words numbered`);
    assert.deepEqual(tally.get('corvel'), { types: ['ORG'], counts: [1] });
    assert.equal(tally.get('said0'), undefined);
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
