// The tagger's static scores carried over from the previous analysis of (nearly) the same text. A token's static
// scores depend on its own word, its neighbours two tokens either way, its line (headline, table), the run of
// capitalized words it stands in, the gazetteer phrases around it, the document's register, and, for its word, how
// the document writes the word elsewhere (casing) and the words around its other occurrences (context aggregation).
// After an edit, a token far enough from the edited lines whose word is not one of the edited lines' words has
// every one of these unchanged, so its scores are the previous analysis's; all other tokens are scored again. The
// decoding passes then take the previous tags of those tokens wherever the tags before them came out the same and
// (second pass) their document features are the same (jointTagger.ts PreviousTagging), and decode the others: the
// tags are those of a fresh analysis whenever the carried scores are. setTaggerReuseCheck() proves it per token in tests.
import type { DocumentTokens } from '../documentTokens';
import { keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf } from '../previousTokens';
import { LINE_START, SENTENCE_START, type TokenList } from '../tokenList';
import type { Word } from '../tokens';
import { MAX_FEATURES, namedOrHeadlineTokens, tallyWord, type TokenView } from './features';
import { tallyDifference } from './firstPassTallyReuse';
import { MAX_NAME_WORDS } from './gazetteer';
import { ALL_TYPES, emptyStaticScores, mayBeOneOf, mayBeWord, scratchStaticScores, wordFilter, type JointTagging, type PreviousTagging, type StaticScores } from './jointTagger';
import type { Register } from './register';
import { dropViews } from './spareViews';
import { dropInts } from './spareInts';
import { LABELS } from './tagger';

const WIDTH = LABELS.length;

/** What an analysis's tagging leaves for the next one. */
export interface TaggedDocument {
  tokens: TokenList;
  views: readonly TokenView[];
  headline: Readonly<Uint8Array>;
  register: Register;
  scores: StaticScores;
  tagging: JointTagging;
  /**
   * The tokens of the document analyzed before this one, when known (previousTokens.ts alignmentOf), and how many
   * tokens at each end the two have alike: bounds of the common ends of this document's successor with that one.
   */
  alignedWith: TokenList | undefined;
  alignedPrefix: number;
  alignedSuffix: number;
  /**
   * The common ends (commonEnds) of this document's tokens with those of each document kept when it was tagged, as
   * long as that one is kept: bounds of the common ends of this document's successor with that one. (A document
   * taken over in place leaves `recent`, so the one before the previous is often not the document `alignedWith`
   * names, but one kept from earlier, whose ends with the previous were compared when the previous was tagged.)
   */
  endsWith: KeptEnds[];
}

/** The common ends of a tagged document's tokens with `tokens` (commonEnds). */
interface KeptEnds {
  tokens: TokenList;
  prefix: number;
  suffix: number;
}

/**
 * A document to tag: what taggerReuse compares with the documents tagged before (`document`: the tokens' document,
 * whose alignment with the previous analysis's (previousTokens.ts) spares comparing the tokens away from the edit).
 */
export type DocumentToTag = Omit<TaggedDocument, 'scores' | 'tagging' | 'alignedWith' | 'alignedPrefix' | 'alignedSuffix' | 'endsWith'> & {
  document?: DocumentTokens;
};

/** Static scores to tag a document from, and the earlier tagging they were carried from, if any. */
export interface CarriedScores {
  scores: StaticScores;
  previous?: PreviousTagging;
  /** The document's alignment with the one analyzed before it (TaggedDocument.alignedWith…), when known. */
  aligned?: { tokens: TokenList; prefix: number; suffix: number };
  /** The views of the document whose scores these are, taken over in place and no longer kept: dropped once tagged. */
  takenOver?: readonly TokenView[];
  /** The tokens of that document (its per-token arrays handed on with its views: spareInts.ts). */
  takenOverTokens?: TokenList;
  /** The common ends of the document with each of the documents kept (TaggedDocument.endsWith). */
  endsWith?: KeptEnds[];
}

/** The last two documents tagged (an open article and, say, the workspace index's file analyzed in between). */
const recent: TaggedDocument[] = [];
/** Tokens commonEnds found alike beyond those known alike, for the last document tagged (lastComparedTokens). */
let comparedTokens = 0;
/**
 * The static scores of the document last dropped from `recent`, whose memory the next document of the same length
 * takes (those of a 400 KB article are 5 MB, allocated outside the heap: made anew on each edit, they made the
 * collector run more often). Only `ready` needs clearing: the tagger writes a token's scores whole when it reads them.
 */
let spare: StaticScores | undefined;
/**
 * The documents kept when analyses were set aside (paragraphCache.ts analyzedAside), put back afterwards: their
 * scores must stay as they are, so they are neither taken over in place nor given to another document as spare.
 */
let setAside: readonly TaggedDocument[] = [];
keptAcrossAnalyses(
  () => {
    recent.splice(0);
    spare = undefined;
  },
  () => {
    const saved = { recent: recent.slice(), spare, setAside };
    setAside = [...setAside, ...saved.recent];
    return () => {
      recent.splice(0, recent.length, ...saved.recent);
      // (the spare's memory may hold a document analyzed aside now: only its `ready` is read, after clearing)
      spare = saved.spare;
      setAside = saved.setAside;
    };
  },
);

/** Static scores for `count` tokens, none ready: the spare ones when they fit. */
function scoresFor(count: number): StaticScores {
  const scores = spare;
  if (scores === undefined || scores.ready.length !== count) return emptyStaticScores(count);
  spare = undefined;
  scores.ready.fill(0);
  return scores;
}

/** Tokens either side of the edited lines whose features can read into them (gazetteer phrases, ±2 context). */
const MARGIN = MAX_NAME_WORDS + 2;

/** The document is carried over only when at least this share of its tokens is unchanged. */
const MIN_SHARED = 0.5;

/** Whether token `a` of `before` and token `b` of `after` read the same: their words, line and sentence starts. */
function sameToken(before: TokenList, a: number, after: TokenList, b: number): boolean {
  return before.norm(a) === after.norm(b) && ((before.flags(a) ^ after.flags(b)) & (LINE_START | SENTENCE_START)) === 0;
}

/** The word a token's document-level features are keyed by (casing: the written form lower-cased; aggregation: the view's). */
function wordKeys(word: Word, view: TokenView): [string, string] {
  return [writtenKey(word), tallyWord(view)];
}

/** The written form lower-cased (kept on the word's record: no comparison or copy per token and edit). */
function writtenKey(word: Word): string {
  return word.normLower;
}

/** The static scores to tag `document` from: those of the previous analysis for the tokens an edit left alone. */
export function carriedStaticScores(document: DocumentToTag): CarriedScores {
  const count = document.tokens.length;
  if (!paragraphCachesEnabled()) return { scores: scratchStaticScores(count) };
  let best: Candidate | undefined;
  /** The document analyzed just before this one, when kept: it differs from this one around the edit only. */
  let predecessor: Candidate | undefined;
  // (the document's alignment with the document analyzed before it, when that is one of them, bounds the ends from
  // below: its equal tokens are equal here too, and only the tokens near the edit are compared)
  const alignment = document.document === undefined ? undefined : alignmentOf(document.document);
  const aligned = alignment?.previous === undefined ? undefined : { tokens: alignment.previous.tokens, prefix: alignment.prefix, suffix: count - alignment.from };
  const endsWith: KeptEnds[] = [];
  comparedTokens = 0;
  for (const previous of recent) {
    const known = aligned === undefined ? undefined : knownEnds(aligned, previous.tokens);
    const ends = commonEnds(previous.tokens, document.tokens, known ? known.prefix : 0, known ? known.suffix : 0);
    endsWith.push({ tokens: previous.tokens, prefix: ends.prefix, suffix: ends.suffix });
    if (!best || ends.prefix + ends.suffix > best.prefix + best.suffix) best = { previous, ...ends };
    if (previous.tokens === aligned?.tokens) predecessor = { previous, ...ends };
  }
  const carriable = (candidate: Candidate | undefined): candidate is Candidate =>
    candidate !== undefined && candidate.prefix + candidate.suffix >= count * MIN_SHARED && candidate.previous.register === document.register;
  if (!carriable(best)) return { scores: scoresFor(count), aligned, endsWith };
  let chosen = best;
  let marked = dirtyTokens(best.previous, document, best.prefix, best.suffix);
  // The most tokens alike at the ends is not always the fewest to score again: another kept document may share as
  // many tokens and differ where document-level features are read (a version of the article with a line above its
  // headline: the headline's words read otherwise, and every occurrence of them is scored again; 1,791 tokens of
  // the 400 KB article, against 123 from the document analyzed just before, a letter away). So the predecessor is
  // weighed too, unless the best is the same tokens as this document (nothing to gain).
  const identical = best.prefix === count && best.previous.tokens.length === count;
  if (predecessor !== undefined && predecessor !== best && !identical && carriable(predecessor)) {
    const bestMarked = marked.slice();
    const predecessorMarked = dirtyTokens(predecessor.previous, document, predecessor.prefix, predecessor.suffix);
    if (markedTokens(predecessorMarked) < markedTokens(bestMarked)) chosen = predecessor;
    marked = chosen === predecessor ? predecessorMarked : bestMarked;
  }
  const { previous, prefix, suffix } = chosen;
  const old = previous.scores;
  const shift = previous.tokens.length - count;
  let scores: StaticScores;
  let takenOver: readonly TokenView[] | undefined;
  let takenOverTokens: TokenList | undefined;
  if (shift === 0 && !setAside.includes(previous)) {
    // As many tokens as before (a letter typed inside a word): the previous document's scores become this one's in
    // place, and it leaves the documents kept (nothing else reads its scores), so only the edited tokens are marked
    // unscored, no 5 MB copied.
    scores = old;
    recent.splice(recent.indexOf(previous), 1);
    takenOver = previous.views;
    takenOverTokens = previous.tokens;
    scores.ready.fill(0, prefix, count - suffix);
  } else {
    // The unchanged tokens before and after the edit, copied a stretch at a time.
    scores = scoresFor(count);
    const stretches = [
      { from: 0, to: prefix, oldFrom: 0 },
      { from: count - suffix, to: count, oldFrom: count - suffix + shift },
    ];
    for (const { from, to, oldFrom } of stretches) {
      const oldTo = oldFrom + to - from;
      scores.first.set(old.first.subarray(oldFrom * WIDTH, oldTo * WIDTH), from * WIDTH);
      scores.second.set(old.second.subarray(oldFrom * WIDTH, oldTo * WIDTH), from * WIDTH);
      scores.ready.set(old.ready.subarray(oldFrom, oldTo), from);
    }
  }
  // Then the dirty tokens are marked unscored (the tagger overwrites a token's scores when it scores it).
  const [counterpart, oldIndex, shared] = indexScratch(count);
  // (each token's counterpart: itself before the edit, `shift` further after it, none in between; when the buffers
  // hold the last call's, for as many tokens and the same shift, only the tokens between the two calls' edits are
  // written again, and oldIndex put back at the tokens the last call marked: it was counterpart but for them)
  const held = shared && indexHeld !== undefined && indexHeld.count === count && indexHeld.shift === shift ? indexHeld : undefined;
  indexHeld = undefined;
  const from = held === undefined ? 0 : Math.min(prefix, held.prefix);
  const to = held === undefined ? count : Math.max(count - suffix, count - held.suffix);
  for (let index = from; index < to; index++) counterpart[index] = index < prefix ? index : index >= count - suffix ? index + shift : -1;
  oldIndex.set(counterpart.subarray(from, to), from);
  if (held !== undefined) for (let at = 0; at < held.marked.length; at += 2) oldIndex.set(counterpart.subarray(held.marked[at], held.marked[at + 1]), held.marked[at]);
  for (let at = 0; at < marked.length; at += 2) {
    scores.ready.fill(0, marked[at], marked[at + 1]);
    oldIndex.fill(-1, marked[at], marked[at + 1]);
  }
  if (shared) indexHeld = { count, prefix, suffix, shift, marked: marked.slice() };
  const editedFrom = prefix;
  const editedTo = previous.tokens.length - suffix;
  return {
    scores,
    previous: { ...previous.tagging, oldIndex, counterpart, editedFrom, editedTo, views: previous.views },
    aligned,
    takenOver,
    takenOverTokens,
    endsWith,
  };
}

/** A kept document to carry the scores from, and the tokens it shares with the document to tag at each end. */
interface Candidate {
  previous: TaggedDocument;
  prefix: number;
  suffix: number;
}

/** How many tokens the stretches dirtyTokens() returns cover (a token in two overlapping stretches counts twice). */
function markedTokens(marked: readonly number[]): number {
  let tokens = 0;
  for (let at = 0; at < marked.length; at += 2) tokens += marked[at + 1] - marked[at];
  return tokens;
}

/**
 * Tokens at each end known to read the same (sameToken) in `tokens` and in the document `aligned` describes (its
 * alignment with the document analyzed before it): all those the alignment holds alike when that is `tokens`; when
 * `tokens` is the one analyzed before that (a document kept in `recent`, aligned with it in turn) or another document
 * kept when that one was tagged (its ends with it: TaggedDocument.endsWith), those both hold alike (equal to equal
 * tokens); else undefined. (The alignment's tokens are the same word, flags and places: they read the same.)
 */
function knownEnds(aligned: NonNullable<CarriedScores['aligned']>, tokens: TokenList): { prefix: number; suffix: number } | undefined {
  if (aligned.tokens === tokens) return aligned;
  for (const between of recent) {
    if (between.tokens !== aligned.tokens) continue;
    if (between.alignedWith === tokens) {
      return { prefix: Math.min(aligned.prefix, between.alignedPrefix), suffix: Math.min(aligned.suffix, between.alignedSuffix) };
    }
    for (const ends of between.endsWith) {
      if (ends.tokens === tokens) return { prefix: Math.min(aligned.prefix, ends.prefix), suffix: Math.min(aligned.suffix, ends.suffix) };
    }
  }
  return undefined;
}

/**
 * PreviousTagging's counterpart and oldIndex, and dirtyTokens()' flags, cut from buffers kept across analyses: they
 * are read only while the document is tagged (and checked: tagWithCarriedScores), one document at a time, and two
 * large typed arrays made per edit cost more than filling them. A document over SCRATCH_TOKENS tokens has its own.
 */
function indexScratch(count: number): [Int32Array, Int32Array, boolean] {
  if (count > SCRATCH_TOKENS) return [new Int32Array(count), new Int32Array(count), false];
  if (indexBuffer.length < 2 * count) {
    indexBuffer = new Int32Array(2 * Math.min(SCRATCH_TOKENS, Math.max(count, indexBuffer.length)));
    indexHeld = undefined;
  }
  // (at a count other than the last call's, the two arrays are cut elsewhere from the buffer: indexHeld is not theirs)
  return [indexBuffer.subarray(0, count), indexBuffer.subarray(count, 2 * count), true];
}
/**
 * dirtyTokens()' flags, all 0, and the list its marks are noted in (pairs from, to): the shared buffer is cleared
 * where the last call marked it, not over every token.
 */
function dirtyScratch(count: number): { dirty: Uint8Array; marked: number[] } {
  if (count > SCRATCH_TOKENS) return { dirty: new Uint8Array(count), marked: [] };
  if (dirtyBuffer.length < count) dirtyBuffer = new Uint8Array(Math.min(SCRATCH_TOKENS, Math.max(count, 2 * dirtyBuffer.length)));
  else for (let at = 0; at < dirtyMarked.length; at += 2) dirtyBuffer.fill(0, dirtyMarked[at], dirtyMarked[at + 1]);
  dirtyMarked.length = 0;
  return { dirty: dirtyBuffer.subarray(0, count), marked: dirtyMarked };
}
const SCRATCH_TOKENS = 200_000;
let indexBuffer = new Int32Array(0);
let dirtyBuffer = new Uint8Array(0);
/** The stretches of dirtyBuffer set to 1 (pairs from, to): every 1 in it lies in one of them. */
const dirtyMarked: number[] = [];
/**
 * What the index buffers hold, when they hold what carriedStaticScores last wrote at this count: counterpart for
 * `count` tokens with common ends `prefix` and `suffix` and `shift`, and oldIndex the same but -1 over `marked`
 * (pairs from, to).
 */
let indexHeld: { count: number; prefix: number; suffix: number; shift: number; marked: number[] } | undefined;

/** Keeps a tagged document for the next analysis. */
function rememberTagged(document: TaggedDocument): void {
  if (!paragraphCachesEnabled()) return;
  recent.push(document);
  if (recent.length > 2) {
    const dropped = recent.shift()!;
    if (!setAside.includes(dropped)) {
      spare = dropped.scores;
      dropViews(dropped.views);
      // (the per-token arrays of its tokens, unless a document kept has the same tokens)
      droppedTokens(dropped.tokens);
    }
  }
  forgetEnds();
}

/** Drops the common ends with documents no longer kept (their tokens are not compared again, and not held). */
function forgetEnds(): void {
  const held = (tokens: TokenList) => recent.some((kept) => kept.tokens === tokens) || setAside.some((kept) => kept.tokens === tokens);
  for (const kept of recent) {
    if (kept.endsWith.every((ends) => held(ends.tokens))) continue;
    kept.endsWith = kept.endsWith.filter((ends) => held(ends.tokens));
  }
}

/** Hands on the per-token arrays of a document's tokens (spareInts.ts) unless a document kept has the same tokens. */
function droppedTokens(tokens: TokenList): void {
  if (!recent.some((kept) => kept.tokens === tokens) && !setAside.some((kept) => kept.tokens === tokens)) dropInts(tokens);
}

let checking = false;

/** Tests: every tagging with carried scores is done again from scratch, and any score or tag that differs throws. */
export function setTaggerReuseCheck(on: boolean): void {
  checking = on;
}

/** Work of a tagging: its tokens, the tokens each pass decoded, whether an earlier tagging was carried over. */
export interface TaggingWork {
  tokens: number;
  decoded: [number, number];
  carried: boolean;
}
let lastWork: TaggingWork = { tokens: 0, decoded: [0, 0], carried: false };

/** The work of the last tagging, for tests and measurements. */
export function lastTaggingWork(): TaggingWork {
  return lastWork;
}

/** Tokens found alike at the ends of the documents compared with the last one tagged, beyond those known alike (tests). */
export function lastComparedTokens(): number {
  return comparedTokens;
}

/**
 * `tag` (the tagger, filling the static scores it is given) run from the scores and tags carried over, and
 * remembered.
 */
export function tagWithCarriedScores(document: DocumentToTag, tag: (scores: StaticScores, previous?: PreviousTagging) => JointTagging): Uint8Array {
  const { scores, previous, aligned, takenOver, takenOverTokens, endsWith } = carriedStaticScores(document);
  const carried = checking ? scores.ready.slice() : undefined;
  const tagging = tag(scores, previous);
  lastWork = { tokens: document.tokens.length, decoded: tagging.decoded, carried: previous !== undefined };
  rememberTagged({
    tokens: document.tokens,
    views: document.views,
    headline: document.headline,
    register: document.register,
    scores,
    tagging,
    alignedWith: aligned?.tokens,
    alignedPrefix: aligned?.prefix ?? 0,
    alignedSuffix: aligned?.suffix ?? 0,
    endsWith: endsWith ?? [],
  });
  if (carried) {
    const fresh = emptyStaticScores(document.tokens.length);
    const freshTagging = tag(fresh);
    for (let index = 0; index < carried.length; index++) {
      if (!carried[index] || !fresh.ready[index]) continue;
      const row = (scores: StaticScores) =>
        [...scores.first.subarray(index * WIDTH, index * WIDTH + WIDTH), ...scores.second.subarray(index * WIDTH, index * WIDTH + WIDTH)].join();
      if (row(scores) !== row(fresh)) throw new Error(`carried static scores differ at token ${index} "${document.tokens.norm(index)}"`);
    }
    // A tag taken from the earlier tagging in the second pass: its document features must be those the earlier
    // token had (the rule of jointTagger.ts sameSecondPassFeatures), whether or not they would change the tag.
    if (previous && tagging.reused) {
      const now = new Int32Array(MAX_FEATURES);
      const then = new Int32Array(MAX_FEATURES);
      for (let index = 0; index < carried.length; index++) {
        if (!tagging.reused[1][index]) continue;
        const written = tagging.secondPass.write(index, now);
        const before = previous.secondPass.write(previous.oldIndex[index], then);
        if (written !== before || now.subarray(0, written).some((hash, at) => hash !== then[at])) {
          throw new Error(`second-pass features differ from the earlier tagging's at token ${index} "${document.tokens.norm(index)}"`);
        }
      }
    }
    // The first-pass tally made from the earlier one (firstPassTallyReuse.ts) must read as a fresh count.
    const tallyDiffers = previous && tallyDifference(document.views, tagging.secondPass.tally, freshTagging.secondPass.tally, ALL_TYPES);
    if (tallyDiffers) throw new Error(tallyDiffers);
    for (const pass of ['firstTags', 'tags'] as const) {
      const at = freshTagging[pass].findIndex((label, index) => label !== tagging[pass][index]);
      if (at >= 0 || freshTagging[pass].length !== tagging[pass].length) throw new Error(`${pass} differ from a fresh tagging at token ${at}`);
    }
  }
  // (the earlier tagging read its document's views until here)
  if (takenOver !== undefined) dropViews(takenOver);
  if (takenOverTokens !== undefined) droppedTokens(takenOverTokens);
  return tagging.tags;
}

/** The common ends by sameToken, the first `knownPrefix` and last `knownSuffix` tokens known to be the same. */
function commonEnds(before: TokenList, after: TokenList, knownPrefix: number, knownSuffix: number): { prefix: number; suffix: number } {
  const shorter = Math.min(before.length, after.length);
  let prefix = Math.min(knownPrefix, shorter);
  const fromPrefix = prefix;
  while (prefix < shorter && sameToken(before, prefix, after, prefix)) prefix++;
  let suffix = Math.min(knownSuffix, shorter - prefix);
  const fromSuffix = suffix;
  while (suffix < shorter - prefix && sameToken(before, before.length - 1 - suffix, after, after.length - 1 - suffix)) suffix++;
  comparedTokens += prefix - fromPrefix + (suffix - fromSuffix);
  return { prefix, suffix };
}

/**
 * The tokens of `document` whose static features may differ from those of the same token in `previous` (tokens
 * before `prefix` and the last `suffix` ones are the same tokens in both), as stretches: pairs from, to (in order
 * of marking; they may overlap).
 */
function dirtyTokens(previous: DocumentToTag, document: DocumentToTag, prefix: number, suffix: number): readonly number[] {
  const { tokens, views, headline } = document;
  const count = tokens.length;
  const shift = previous.tokens.length - count;
  const { dirty, marked } = dirtyScratch(count);
  /** Marks [from, to) dirty, noted in `marked` (joined to the stretch before when it goes on from it). */
  const mark = (from: number, to: number) => {
    if (from >= to) return;
    if (marked.length > 0 && marked[marked.length - 1] === from) marked[marked.length - 1] = to;
    else marked.push(from, to);
    dirty.fill(1, from, to);
  };
  /** Whether a token and the one before it are plain in both analyses: no run of capitalized words joins them. */
  const plainPair = (index: number) => {
    const old = index < prefix ? index : index + shift;
    return views[index - 1].plain && views[index].plain && previous.views[old - 1]?.plain === true && previous.views[old]?.plain === true;
  };
  /** Marks [from, to) and the tokens whose features can read into it. */
  const markAround = (from: number, to: number) => {
    let low = Math.max(0, from - MARGIN);
    let high = Math.min(count, to + MARGIN);
    // A run of capitalized words reaching into the region: its first and last words and its length are features
    // of each of its tokens. Two plain tokens in a row are never inside one run.
    while (low > 0 && !plainPair(low)) low--;
    while (high < count && !plainPair(high)) high++;
    mark(low, high);
  };
  /** The view of token `index`'s counterpart in `previous`; undefined for an edited token, which has none. */
  const counterpartView = (index: number): TokenView | undefined =>
    index >= prefix && index < count - suffix ? undefined : previous.views[index < prefix ? index : index + shift];
  /**
   * Whether tokens [from - 1, to + 1) are the very views of their counterparts in `previous`, all outside the edited
   * tokens (a headline's views are one object per form and word: features.ts headlineView).
   */
  const sameViewsAround = (from: number, to: number) => {
    for (let index = Math.max(0, from - 1); index < Math.min(count, to + 1); index++) if (counterpartView(index) !== views[index]) return false;
    return true;
  };
  /**
   * Whether headline token `index`, outside the edited tokens, is the very view of its counterpart and reads the
   * same of its word's casing in both versions. A headline's word reads in the casing the document gives it
   * (features.ts headlineForm: the casing's form, else "~" and the word, or the word as written when one character
   * long or holding a period), and its features read that casing besides (seenLower, sentenceStartSeenCapital). The
   * same form other than the word as written is the same casing in both versions (a casing's form never opens with
   * "~"); the word as written may be the casing's form in one version only.
   */
  const sameCasingReading = (index: number) => {
    const view = views[index];
    return counterpartView(index) === view && view.form !== tokens.norm(index);
  };
  /** The line of `index`: from its first token to the next line's. */
  const lineStartOf = (index: number) => {
    let start = Math.min(index, count - 1);
    while (start > 0 && !tokens.lineStart(start)) start--;
    return Math.max(0, start);
  };
  const lineEndOf = (index: number) => {
    let end = index + 1;
    while (end < count && !tokens.lineStart(end)) end++;
    return Math.min(count, end);
  };
  // The edited lines: a line's tokens decide whether it is a headline or a table row.
  const editedFrom = lineStartOf(Math.max(0, prefix - 1));
  const editedTo = count - suffix >= count ? count : lineEndOf(Math.max(count - suffix, editedFrom));
  markAround(editedFrom, editedTo);
  // The words whose document-level features may have changed: those whose occurrences in the edited lines (and
  // next to them) are written or surrounded otherwise in the two versions.
  const words = changedWords(previous, document, editedFrom, editedTo, shift);
  // A headline's words are read in the casing the document gives them: when one of them is such a word, its view
  // may change, and with it the runs of capitalized words of its line and the words standing around the others (so
  // the line's words join the set, and the set is read again).
  const headlinesDone = new Set<number>();
  // (the other tokens are skipped below: only these are visited, when documentFeatures() noted them for this document)
  const named = namedOrHeadlineTokens(views, headline);
  if (named !== undefined && checking) {
    const all: number[] = [];
    for (let index = 0; index < count; index++) if (headline[index] || !views[index].plain) all.push(index);
    if (all.length !== named.length || all.some((index, at) => named[at] !== index)) throw new Error('the named or headline tokens noted differ from those of the views');
  }
  const visited = named === undefined ? count : named.length;
  for (let size = -1; size !== words.size;) {
    size = words.size;
    // (most tokens are ruled out by the words' lengths and first letters, without a look-up: wordFilter)
    const filter = wordFilter(words.keys());
    for (let at = 0; at < visited; at++) {
      const index = named === undefined ? at : named[at];
      // A word's casing elsewhere and its other occurrences' neighbours are features of capitalized words (and
      // numbers) only.
      if (!headline[index] && (dirty[index] || views[index].plain)) continue;
      const written = writtenKey(tokens.word(index));
      const kinds = (mayBeWord(written, filter) ? (words.get(written) ?? 0) : 0) | (mayBeOneOf(views[index], filter) ? (words.get(tallyWord(views[index])) ?? 0) : 0);
      if (kinds === 0) continue;
      if (!headline[index]) {
        mark(index, index + 1);
        continue;
      }
      // Only the casing changed, and the headline's word reads as before: none of its features changed (see
      // sameCasingReading).
      if (kinds === CASING_CHANGED && sameCasingReading(index)) continue;
      const line = lineStartOf(index);
      if (headlinesDone.has(line)) continue;
      headlinesDone.add(line);
      const end = lineEndOf(index);
      markAround(line, end);
      // The line's words reach the other tokens only through their views (the words standing around a name's other
      // occurrences; a headline's words count for no casing): when the line and the tokens either side read as
      // before, its words' other occurrences read as before too. Without this, one edited word that some headline
      // also holds marked every headline sharing a word with that one, and so on: in a long page of many short
      // stories each under a headline, thousands of tokens tagged again per keystroke.
      if (sameViewsAround(line, end)) continue;
      for (let inside = Math.max(0, line - 1); inside < Math.min(count, end + 1); inside++)
        for (const key of wordKeys(tokens.word(inside), views[inside])) words.set(key, CASING_CHANGED | NEIGHBOURS_CHANGED);
    }
  }
  return marked;
}

/**
 * What the tokens [from, to) (new indices; [from, to + shift) in `previous`) give the document-level features of
 * their words, in order, per word: their written forms for the casing (features.ts documentCasing: tokens outside
 * headlines and sentence starts), and the plain words around each capitalized one for context aggregation (one
 * token more either way, whose neighbours are in the range). The words whose share differs between the versions,
 * each with the kinds of share that differ (CASING_CHANGED, NEIGHBOURS_CHANGED).
 */
function changedWords(previous: DocumentToTag, document: DocumentToTag, from: number, to: number, shift: number): Map<string, number> {
  const shares = (version: DocumentToTag, end: number) => {
    const { tokens, views, headline } = version;
    const byWord = new Map<string, string[]>();
    const add = (word: string, share: string) => {
      const list = byWord.get(word);
      if (list) list.push(share);
      else byWord.set(word, [share]);
    };
    for (let index = Math.max(0, from - 1); index < Math.min(tokens.length, end + 1); index++) {
      const norm = tokens.norm(index);
      const view = views[index];
      if (index >= from && index < end && !headline[index] && !tokens.sentenceStart(index)) add(norm.toLowerCase(), `c${norm}`);
      if (view.plain) continue;
      const previousView = views[index - 1];
      const nextView = views[index + 1];
      const read = tallyWord(view);
      add(read, `a${previousView?.plain ? previousView.lower : ''}\u0000${nextView?.plain ? nextView.lower : ''}`);
    }
    return byWord;
  };
  const before = shares(previous, to + shift);
  const after = shares(document, to);
  const changed = new Map<string, number>();
  for (const [word, list] of after) {
    const old = before.get(word);
    if (!old || old.length !== list.length || old.some((share, index) => share !== list[index])) changed.set(word, changedKinds(old ?? [], list));
  }
  for (const [word, list] of before) if (!after.has(word)) changed.set(word, changedKinds(list, []));
  return changed;
}

/** Which kinds of a word's shares (changedWords: "c…" its casing, "a…" its neighbours) differ between two lists. */
function changedKinds(before: readonly string[], after: readonly string[]): number {
  const kind = (list: readonly string[], prefix: string) => list.filter((share) => share.startsWith(prefix)).join('\u0001');
  return (kind(before, 'c') !== kind(after, 'c') ? CASING_CHANGED : 0) | (kind(before, 'a') !== kind(after, 'a') ? NEIGHBOURS_CHANGED : 0);
}

/** changedWords(): the word's casing in running text may differ (features.ts documentCasing). */
const CASING_CHANGED = 1;
/** changedWords(): the plain words around its capitalized occurrences may differ (context aggregation). */
const NEIGHBOURS_CHANGED = 2;
