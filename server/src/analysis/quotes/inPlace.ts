// Whether a quote cache may move the previous analysis's results to their new offsets in place instead of copying
// them (sentenceSpeechCache.ts, stretchReadingCache.ts, blockSentencesCache.ts). An edit moves every reading after
// it; copies of them were most of what an edit of a long article kept for the next one. In place is safe when
// nothing but the cache holds the previous results (the quotations handed out are copies, and a cache's previous
// analysis is dropped once the next one begins) and the previous analysis's state will not be asked for again:
// not while the caches are off (the kept state stays the previous analysis's) nor while analyses run set aside
// (paragraphCache.ts analyzedAside: the state saved before them is put back afterwards, and must be as it was).
// A result is taken once per analysis (`claim`): one found twice is read again the second time.
import { keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import type { Range } from './sentences';

let setAsideDepth = 0;
keptAcrossAnalyses(
  function noStateOfItsOwn() {},
  () => {
    setAsideDepth++;
    return () => {
      setAsideDepth--;
    };
  },
);

/** Whether the previous analysis's results may be changed in place now (see above). */
export function mayMoveInPlace(): boolean {
  return setAsideDepth === 0 && paragraphCachesEnabled();
}

/** How many results the quote caches moved in place since the last call of movedInPlaceSince (for tests). */
let movedCount = 0;

/** Counts a result moved in place. */
export function countMovedInPlace(): void {
  movedCount++;
}

/** How many results were moved in place since the last call (for tests). */
export function movedInPlaceSince(): number {
  const count = movedCount;
  movedCount = 0;
  return count;
}

let lastAnalysis = 0;

/** A number of its own for an analysis's claims (results taken by one analysis are marked with it). */
export function newClaim(): number {
  return ++lastAnalysis;
}

/** Moves `range` `by` characters further on, in place, once (`moved`: what was moved so far). */
export function moveRangeInPlace(range: Range, by: number, moved: Set<object>): void {
  if (moved.has(range)) return;
  moved.add(range);
  range.start += by;
  range.end += by;
}
