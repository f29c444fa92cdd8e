// The first-pass tally (features.ts FirstPassTally) of an edited document, made from the tally of the version before
// instead of counted again over every token: a one-letter edit changes the words and first-pass types of a few
// tokens, and the tally's loop over the whole document (its words numbered through their records, each token's type
// counted) was among the largest parts of a warm edit of a long article. The words keep their slots (TallyWords,
// shared by the document's versions); the tokens before and after the edit keep their slots; the counts
// are the earlier ones but for the words the edit touched (a token's word or type changed, a token gone), which are
// counted again over the document's tokens in order, so that their types keep the order of first appearance that a
// fresh count gives (elsewhereTypes() gives a tie to the type seen first).
import { countInTally, FirstPassTally, firstPassTally, LABEL_TALLY_TYPES, tallyWord, type FirstPassTags, type TokenView } from './features';
import { slabInts } from './intSlab';
import { sameBytes } from '../sameBytes';

/** What the tally of an edited document reads of the version before. */
export interface TallyBefore {
  tally: FirstPassTally;
  views: readonly TokenView[];
  firstTags: FirstPassTags;
  /**
   * The earlier version's tokens the edit replaced, [editedFrom, editedTo): those before are the same tokens in the
   * edited version, those after too, moved by the difference in length (taggerReuse.ts PreviousTagging).
   */
  editedFrom: number;
  editedTo: number;
}

/**
 * How many more slots than words a document's tally may number before its words are numbered afresh: each word
 * typed on the way (every version of a word being typed is a word) keeps its slot while the document is edited.
 */
const SPARE_SLOTS = 4096;

/** The tally of `views` with their first-pass tags, from the tally of the version before (the same as firstPassTally()'s). */
export function editedFirstPassTally(views: readonly TokenView[], firstPass: FirstPassTags, before: TallyBefore): FirstPassTally {
  const { tally: earlier, views: earlierViews, firstTags: earlierTags, editedFrom, editedTo } = before;
  const words = earlier.tallyWords();
  if (words.wordOf.length > 2 * earlier.liveSlots + SPARE_SLOTS) return firstPassTally(views, firstPass);
  const count = views.length;
  const earlierCount = earlierViews.length;
  // The tokens the edit made: [editedFrom, madeTo); after them, token `index` is the earlier token `index - shift`.
  const madeTo = count - (earlierCount - editedTo);
  const shift = madeTo - editedTo;
  // The same tokens are the same words (a view's tallyWord is its written word's), so their slots are the earlier ones.
  const earlierSlots = earlier.tokenSlotRow();
  const tokenSlots = slabInts(count);
  tokenSlots.set(earlierSlots.subarray(0, editedFrom));
  tokenSlots.set(earlierSlots.subarray(editedTo), madeTo);
  // The slots whose counts may differ: the words of the tokens made and gone, and those of a token typed otherwise.
  const touched: number[] = [];
  for (let index = editedFrom; index < madeTo; index++) touched.push((tokenSlots[index] = words.slotFor(tallyWord(views[index]))));
  for (let was = editedFrom; was < editedTo; was++) touched.push(earlierSlots[was]);
  // (most edits change no first-pass tag outside the edited tokens: told natively before a token is looked at)
  if (!sameBytes(firstPass, 0, earlierTags, 0, editedFrom))
    for (let index = 0; index < editedFrom; index++) if (firstPass[index] !== earlierTags[index]) touched.push(tokenSlots[index]);
  if (!sameBytes(firstPass, madeTo, earlierTags, madeTo - shift, count - madeTo))
    for (let index = madeTo; index < count; index++) if (firstPass[index] !== earlierTags[index - shift]) touched.push(tokenSlots[index]);
  const slots = words.wordOf.length;
  const packed = slabInts(slots);
  packed.set(earlier.packedCounts());
  const several = new Map(earlier.severalEntries());
  const recount = new Uint8Array(slots);
  let liveSlots = earlier.liveSlots;
  for (const slot of touched) {
    if (recount[slot] === 1) continue;
    recount[slot] = 1;
    if (packed[slot] !== 0) liveSlots--;
    packed[slot] = 0;
    // (the entry may be the earlier tally's: dropped here, a new one made by the count)
    several.delete(slot);
  }
  // The touched words counted again, in the document's order.
  for (let index = 0; index < count; index++) {
    const slot = tokenSlots[index];
    if (recount[slot] === 1) countInTally(packed, several, slot, LABEL_TALLY_TYPES[firstPass[index]]);
  }
  for (let slot = 0; slot < slots; slot++) if (recount[slot] === 1 && packed[slot] !== 0) liveSlots++;
  return new FirstPassTally(views, { tokenSlots, packed, several, slots, liveSlots, firstTokens: undefined, words, recordsGeneration: -1 });
}

/**
 * Where two tallies of the same tokens differ, for the tagger's self-check (taggerReuse.ts setTaggerReuseCheck):
 * each token's word's types and counts, what its other occurrences say for each type it could have, and which tokens
 * share a slot. Undefined when they agree.
 */
export function tallyDifference(views: readonly TokenView[], tally: FirstPassTally, fresh: FirstPassTally, types: readonly string[]): string | undefined {
  const slotPairs = new Map<number, number>();
  const reversePairs = new Map<number, number>();
  const one = { best: '', share: '', others: 0 };
  const other = { best: '', share: '', others: 0 };
  for (let index = 0; index < views.length; index++) {
    const word = tallyWord(views[index]);
    if (JSON.stringify(tally.get(word)) !== JSON.stringify(fresh.get(word))) return `the tally of "${word}" differs from a fresh one's`;
    for (const own of types) {
      tally.elsewhere(index, own, one);
      fresh.elsewhere(index, own, other);
      if (one.best !== other.best || one.share !== other.share || one.others !== other.others) return `token ${index} "${word}" as ${own} reads another tally`;
    }
    const slot = tally.slotAt(index);
    const freshSlot = fresh.slotAt(index);
    if ((slotPairs.get(slot) ?? freshSlot) !== freshSlot || (reversePairs.get(freshSlot) ?? slot) !== slot) return `token ${index} "${word}" has another word's slot`;
    slotPairs.set(slot, freshSlot);
    reversePairs.set(freshSlot, slot);
  }
  return undefined;
}
