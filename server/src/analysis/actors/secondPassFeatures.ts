// Features of the second tagging pass: how the first pass tagged the document. features.ts's
// documentTagFeatureWriter reads the other occurrences of each word; here, a one-word name reads how the first pass
// typed the longer names it begins or ends elsewhere in the document ("Acme" alone, "Acme Robotics" an
// organization), so a name's short form takes its type from its full form (Ratinov & Roth 2009's prediction
// aggregation, at the level of names). Measured on held-out training documents (two folds of a fifth): overall
// +0.001 to +0.004, organizations +0.005 on one fold; the same-name tally (the whole name's other occurrences)
// cost organizations 0.002-0.005 and was left out.
import { hasLetter } from '../characters';
import { currentWord, newDocumentStamp, wordTableGeneration } from '../tokens';
import { slabInts } from './intSlab';
import {
  countInSeveral,
  documentTagFeatureWriter,
  feature,
  firstPassTally,
  namedTokensOf,
  TALLY_TYPES,
  tallyTypeIndex,
  tallyWord,
  template,
  TYPE_SLOTS,
  typeOfLabel,
  type FirstPassTags,
  type FirstPassTally,
  type TokenView,
} from './features';
import { editedFirstPassTally, type TallyBefore } from './firstPassTallyReuse';
import { LABELS } from './labels';

const T = { longerName: template('nx'), longerNameOwn: template('nx|p1') };

const typeOf = typeOfLabel;

/**
 * The runs of capitalized (or recased) tokens, what may be one name: per token, the first and last index of its run
 * (-1 outside any). Two integers per token, no object or key per run: every edit reads the whole document's runs.
 * And a third row of zeros, per token, for nameTags to fill (`longer`). `candidates`: the tokens that may stand in a
 * name (features.ts namedTokensOf: a plain view never does), in order; the others' views are not read.
 */
function capitalizedRuns(views: readonly TokenView[], candidates: Int32Array): { firstOf: Int32Array; lastOf: Int32Array; longer: Int32Array } {
  const count = views.length;
  // (one buffer for the three rows)
  const rows = slabInts(3 * count);
  const both = rows.subarray(0, 2 * count).fill(-1);
  const firstOf = both.subarray(0, count);
  const lastOf = both.subarray(count);
  let at = 0;
  while (at < candidates.length) {
    const first = candidates[at];
    if (!inName(views[first])) {
      at++;
      continue;
    }
    // (the run goes on while the next token is the next candidate and stands in a name)
    let last = first;
    while (at + 1 < candidates.length && candidates[at + 1] === last + 1 && inName(views[last + 1])) {
      at++;
      last++;
    }
    // (a loop: most runs are a word or two, where a call of fill() per run cost more than the writes)
    for (let index = first; index <= last; index++) {
      firstOf[index] = first;
      lastOf[index] = last;
    }
    at++;
  }
  return { firstOf, lastOf, longer: rows.subarray(2 * count) };
}

/** Every token of a document of `count`, as candidates (capitalizedRuns) when no step noted fewer. */
function everyToken(count: number): Int32Array {
  const indexes = new Int32Array(count);
  for (let index = 0; index < count; index++) indexes[index] = index;
  return indexes;
}

/** Whether a token's view may stand in a name: a run of capitalized (or recased) words. */
export function inName(view: TokenView): boolean {
  return !view.plain && hasLetter(view.lower);
}

/** The type the first pass gave most of the run [first, last]'s tokens (O when none). */
function runType(first: number, last: number, firstPass: FirstPassTags): string {
  if (first === last) return typeOf(LABELS[firstPass[first]]); // most runs: one word
  // A few types at most, counted in scratch arrays in order of first appearance (a tie goes to the first seen): two
  // arrays per run were garbage.
  let seen = 0;
  for (let index = first; index <= last; index++) {
    const type = typeOf(LABELS[firstPass[index]]);
    if (type === 'O') continue;
    let at = 0;
    while (at < seen && RUN_TYPES[at] !== type) at++;
    if (at === seen) {
      RUN_TYPES[seen] = type;
      RUN_COUNTS[seen++] = 1;
    } else RUN_COUNTS[at]++;
  }
  let best = 'O';
  let bestCount = 0;
  for (let at = 0; at < seen; at++) {
    if (RUN_COUNTS[at] > bestCount) {
      best = RUN_TYPES[at];
      bestCount = RUN_COUNTS[at];
    }
  }
  return best;
}

// runType()'s scratch (synchronous: one pair serves every call).
const RUN_TYPES: string[] = [];
const RUN_COUNTS: number[] = [];

/**
 * withTallyRecords() of the first and last tokens of the runs alone (firstOf, lastOf: capitalizedRuns()), all of one
 * generation of the word table, as withTallyRecords() makes them: an edited document's tally numbers its words
 * without records (firstPassTallyReuse.ts), and a pass over every token's view was a fifth of this step.
 */
function withEdgeRecords(views: readonly TokenView[], firstOf: Int32Array, lastOf: Int32Array, candidates: Int32Array): void {
  for (;;) {
    const generation = wordTableGeneration();
    for (let at = 0; at < candidates.length; at++) {
      const index = candidates[at];
      if (firstOf[index] !== index && lastOf[index] !== index) continue;
      const view = views[index];
      const kept = view.tallyRecord;
      if (kept === undefined || kept.generation !== generation) view.tallyRecord = currentWord(kept, tallyWord(view));
    }
    if (wordTableGeneration() === generation) return;
  }
}

/** The most frequent of the types (in order of first appearance, a tie to the first), or undefined for none. */
function majority(types: readonly string[], counts: readonly number[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (let at = 0; at < types.length; at++) if (counts[at] > bestCount) [best, bestCount] = [types[at], counts[at]];
  return best;
}

/** The document-level part of the longer-name features, and their writer. */
interface NameTags {
  /** Writes the longer-name features of a one-word name's token at `out[from…]`; returns how many. */
  write(index: number, out: Int32Array, from: number): number;
  /** The key of the one-word run (name) a token is, or undefined when it is not one. */
  oneWordName(index: number): string | undefined;
  /** The first-pass type most longer names beginning or ending with a word have, or undefined. */
  longerType(word: string): string | undefined;
  /** The words some longer name begins or ends with (those with a longerType). */
  edgeWords(): Iterable<string>;
}

/** `recordsGeneration`: the word table's generation the views' tallyRecords are of already, when a step before made them. */
function nameTags(views: readonly TokenView[], firstPass: FirstPassTags, recordsGeneration = -1): NameTags {
  // (the loops below visit the tokens that may stand in a name, in order: the runs' tokens are all of them)
  const candidates = namedTokensOf(views) ?? everyToken(views.length);
  const { firstOf, lastOf, longer: longerAt } = capitalizedRuns(views, candidates);
  // Per first or last word of a longer name (a run's words are its views' words, tallyWord): the first-pass types
  // of those names, in the order of the runs. The edge words are numbered through their records (Word.documentStamp,
  // in this loop only): per number, the word and its types in order of first appearance with their counts.
  // (the tally made them just before, when it counted afresh: the pass again only if the word table was emptied
  // since; else the records of the runs' edges alone, which are all this reads)
  if (recordsGeneration !== wordTableGeneration()) withEdgeRecords(views, firstOf, lastOf, candidates);
  const stamp = newDocumentStamp();
  const edgeWords: string[] = [];
  // Per slot: count * TYPE_SLOTS + the type's index (TALLY_TYPES) while the word has one type, -1 once it has more
  // (then its types and counts in `several`): most edge words have one type, and two arrays per word were garbage.
  const packedOf: number[] = [];
  const several = new Map<number, { types: string[]; counts: number[] }>();
  const tally = (view: TokenView, type: string) => {
    const record = view.tallyRecord!;
    const typeIndex = tallyTypeIndex(type);
    if (record.documentStamp !== stamp) {
      record.documentStamp = stamp;
      record.documentSlot = edgeWords.length;
      edgeWords.push(record.text);
      packedOf.push(TYPE_SLOTS + typeIndex);
      return;
    }
    const slot = record.documentSlot;
    const packed = packedOf[slot];
    if (packed >= 0 && packed % TYPE_SLOTS === typeIndex) {
      packedOf[slot] = packed + TYPE_SLOTS;
      return;
    }
    countInSeveral(several, slot, packed, type);
    packedOf[slot] = -1;
  };
  for (let at = 0; at < candidates.length; at++) {
    const index = candidates[at];
    const first = firstOf[index];
    if (first !== index || lastOf[index] === index) continue;
    const last = lastOf[index];
    const type = runType(first, last, firstPass);
    if (type === 'O') continue;
    tally(views[first], type);
    tally(views[last], type);
  }
  // The longer type of each edge word, and per one-word name's token the longer type of its word (or undefined),
  // read while the numbering holds.
  const longerOf = packedOf.map((packed, slot) => {
    if (packed >= 0) return TALLY_TYPES[packed % TYPE_SLOTS];
    const entry = several.get(slot)!;
    return majority(entry.types, entry.counts);
  });
  // (per token, its longer type's index in TALLY_TYPES + 1, 0 for none: an integer per token, not a map entry per
  // one-word name, kept with the tagging until the next edit)
  let anyLonger = false;
  if (edgeWords.length > 0) {
    for (let at = 0; at < candidates.length; at++) {
      const index = candidates[at];
      if (firstOf[index] < 0 || firstOf[index] !== lastOf[index]) continue;
      const record = views[index].tallyRecord!;
      if (record.documentStamp !== stamp) continue;
      const longer = longerOf[record.documentSlot];
      if (!longer) continue;
      longerAt[index] = tallyTypeIndex(longer) + 1;
      anyLonger = true;
    }
  }
  let slotsByWord: Map<string, number> | undefined;
  const longerType = (word: string) => {
    if (slotsByWord === undefined) {
      slotsByWord = new Map();
      for (let slot = 0; slot < edgeWords.length; slot++) slotsByWord.set(edgeWords[slot], slot);
    }
    const slot = slotsByWord.get(word);
    return slot === undefined ? undefined : longerOf[slot];
  };
  const oneWordName = (index: number) => (firstOf[index] >= 0 && firstOf[index] === lastOf[index] ? tallyWord(views[index]) : undefined);
  return {
    write(index, out, from) {
      const longerIndex = anyLonger ? longerAt[index] : 0;
      if (!(longerIndex > 0)) return 0;
      const longer = TALLY_TYPES[longerIndex - 1];
      out[from] = feature(T.longerName, longer);
      out[from + 1] = feature(T.longerNameOwn, longer, typeOf(LABELS[firstPass[index]]));
      return 2;
    },
    oneWordName,
    longerType,
    edgeWords: () => edgeWords,
  };
}

/**
 * The second pass's document features over one document's first-pass tags, with what they read of the whole
 * document, so that two versions of a document can be compared token by token (jointTagger.ts reuses the tags of
 * tokens whose features are the same in both).
 */
export interface SecondPassDocument {
  /** All the second pass's document features of a token, written into `out`; returns how many. */
  write(index: number, out: Int32Array): number;
  /** Per word, the first-pass types of its occurrences (features.ts documentTagFeatureWriter). */
  tally: FirstPassTally;
  oneWordName: NameTags['oneWordName'];
  longerType: NameTags['longerType'];
  edgeWords: NameTags['edgeWords'];
}

/** `before`: the version before an edit, whose tally the new one is made from (firstPassTallyReuse.ts). */
export function secondPassDocument(views: readonly TokenView[], firstPass: FirstPassTags, before?: TallyBefore): SecondPassDocument {
  const tally = before ? editedFirstPassTally(views, firstPass, before) : firstPassTally(views, firstPass);
  const wordFeatures = documentTagFeatureWriter(views, firstPass, tally);
  const names = nameTags(views, firstPass, tally.recordsGeneration);
  return {
    write(index, out) {
      const count = wordFeatures(index, out);
      return count + names.write(index, out, count);
    },
    tally,
    oneWordName: names.oneWordName,
    longerType: names.longerType,
    edgeWords: names.edgeWords,
  };
}

/** All the second pass's document features of a token, written into `out`; returns how many. */
export function secondPassFeatureWriter(views: readonly TokenView[], firstPass: FirstPassTags): (index: number, out: Int32Array) => number {
  return secondPassDocument(views, firstPass).write;
}
