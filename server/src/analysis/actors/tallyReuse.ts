// The first pass's tally of the document's words (features.ts firstPassTally: per word, the types the first pass gave
// its occurrences, in order of first appearance, and how many) carried over from the earlier tagging and brought up to
// date with the tokens that changed, instead of counted again over the whole document. A token that reads as its
// counterpart in the earlier tagging and got the same first-pass tag counts the same in both; the tally changes by
// the other tokens only (`added`: this document's, `removed`: the earlier one's). A word's entry is updated when the
// order of its types cannot change: it had one type and every changed occurrence has it, or no occurrence of it is
// left outside the changed tokens (the entry is theirs, in order). Any other change counts the whole document again.
// Test mode (paragraphCache.ts setCacheChecks) compares every carried tally with one counted afresh.
import { cacheChecksOn } from '../paragraphCache';
import { firstPassTally, tallyWord, type FirstPassTally, type TokenView } from './features';
import { LABELS } from './tagger';

type Entry = { types: string[]; counts: number[] };

/** The type of each label index ("B-PER" → "PER"). */
const TYPE_OF_TAG = LABELS.map((label) => (label === 'O' ? 'O' : label.slice(2)));

/** One version's changed occurrences of a word: their types, in document order. */
interface Changes {
  removed: string[];
  added: string[];
}

/**
 * The tally of a document (`views`, first-pass tags `firstTags`, their labels `firstPass`) from the earlier
 * document's `before`, given the tokens that differ: `added` (indices here, in order) and `removed` (indices there,
 * with the earlier views and tags).
 */
export function carriedTally(
  views: readonly TokenView[],
  firstTags: readonly number[],
  firstPass: readonly string[],
  added: readonly number[],
  before: FirstPassTally,
  oldViews: readonly TokenView[],
  oldTags: readonly number[],
  removed: readonly number[],
): FirstPassTally {
  const tally = updated(views, firstTags, added, before, oldViews, oldTags, removed) ?? firstPassTally(views, firstPass);
  if (cacheChecksOn()) {
    const fresh = firstPassTally(views, firstPass);
    const sorted = (map: FirstPassTally) => JSON.stringify([...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    if (sorted(tally) !== sorted(fresh)) throw new Error('first-pass tally: the carried tally differs from a fresh one');
  }
  return tally;
}

function updated(
  views: readonly TokenView[],
  firstTags: readonly number[],
  added: readonly number[],
  before: FirstPassTally,
  oldViews: readonly TokenView[],
  oldTags: readonly number[],
  removed: readonly number[],
): FirstPassTally | undefined {
  const changes = new Map<string, Changes>();
  const changesOf = (word: string) => {
    let found = changes.get(word);
    if (found === undefined) changes.set(word, (found = { removed: [], added: [] }));
    return found;
  };
  for (const old of removed) changesOf(tallyWord(oldViews[old])).removed.push(TYPE_OF_TAG[oldTags[old]]);
  for (const index of added) changesOf(tallyWord(views[index])).added.push(TYPE_OF_TAG[firstTags[index]]);
  const tally = new Map(before);
  for (const [word, { removed: gone, added: come }] of changes) {
    const entry = before.get(word);
    const total = entry === undefined ? 0 : entry.counts.reduce((sum, count) => sum + count, 0);
    if (total === gone.length) {
      // Every occurrence left is a changed one: the entry is theirs, in order.
      if (come.length === 0) tally.delete(word);
      else tally.set(word, entryOf(come));
      continue;
    }
    if (entry !== undefined && entry.types.length === 1) {
      const only = entry.types[0];
      if (gone.every((type) => type === only) && come.every((type) => type === only)) {
        tally.set(word, { types: [only], counts: [entry.counts[0] - gone.length + come.length] });
        continue;
      }
    }
    return undefined;
  }
  return tally;
}

/** The entry of occurrences typed `types`, in order. */
function entryOf(types: readonly string[]): Entry {
  const entry: Entry = { types: [], counts: [] };
  for (const type of types) {
    const at = entry.types.indexOf(type);
    if (at < 0) {
      entry.types.push(type);
      entry.counts.push(1);
    } else entry.counts[at]++;
  }
  return entry;
}
