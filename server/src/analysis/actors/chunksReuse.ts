// The runs of capitalized words (features.ts Chunk) carried over from the previous analysis. A run reads the tagger
// views of its tokens and of the two after it (a joiner, then a capital), so the runs are the same as before wherever
// the views are: after an edit, the runs before the first token whose view changed and after the last one (moved by
// the tokens the edit added or removed) are the previous analysis's, and the scan runs between two places where no
// run can reach across (after a token that is neither capitalized nor a joiner inside a run).
import type { DocumentTokens } from '../documentTokens';
import { checkedKept, keptAcrossAnalyses, paragraphCachesEnabled } from '../paragraphCache';
import { alignmentOf } from '../previousTokens';
import { slabInts } from './intSlab';
import { SpareInts } from './spareInts';
import { CapitalizedRuns, capitalView, chunksWithin, joinerView, type Chunk, type TokenView } from './features';

/** The runs and views of the document analyzed last. */
let latest: { document: DocumentTokens; views: readonly TokenView[]; chunks: CapitalizedRuns } | undefined;
keptAcrossAnalyses(
  () => (latest = undefined),
  () => {
    const saved = latest;
    return () => (latest = saved);
  },
);

/** The run numbers of documents dropped by the tagger, taken again (spareInts.ts). */
const spareRuns = new SpareInts();

/**
 * For each capitalized token of `document`, its run of capitalized words; `views`: its tokens' tagger views. `copied`:
 * what documentFeatures knows of them, when it took them from the previous analysis: views[0, before) and
 * views[from, …) are the very views of `copied.views` (those after the edit moved by the token alignment's shift).
 */
export function capitalizedChunks(document: DocumentTokens, views: readonly TokenView[], copied?: { views: readonly TokenView[]; before: number; from: number }): CapitalizedRuns {
  const count = views.length;
  const whole = () => {
    const chunks = new CapitalizedRuns(slabInts(count), []);
    chunksWithin(views, chunks, 0, count);
    return chunks;
  };
  if (!paragraphCachesEnabled()) return whole();
  const alignment = alignmentOf(document);
  const previous = latest !== undefined && latest.document === alignment.previous ? latest : undefined;
  let chunks: CapitalizedRuns;
  if (previous === undefined) chunks = whole();
  else {
    const oldViews = previous.views;
    const shift = alignment.tokenShift;
    // The views are the previous analysis's before `changedFrom` and from `changedTo` on (moved by `shift`).
    // (views known to be the same objects are not compared again)
    const known = copied !== undefined && copied.views === oldViews ? copied : undefined;
    let changedFrom = known ? Math.min(known.before, alignment.prefix) : 0;
    while (changedFrom < alignment.prefix && sameForRuns(views[changedFrom], oldViews[changedFrom])) changedFrom++;
    let changedTo = known ? Math.max(known.from, alignment.from, changedFrom) : count;
    while (changedTo > Math.max(alignment.from, changedFrom) && sameForRuns(views[changedTo - 1], oldViews[changedTo - 1 + shift])) changedTo--;
    // A place no run reaches across: its token before is neither capitalized nor a joiner after a capitalized one.
    const clear = (index: number) => index <= 0 || index >= count || (!capitalView(views, index - 1) && !(joinerView(views, index - 1) && capitalView(views, index - 2)));
    let low = changedFrom;
    while (!clear(low)) low--;
    // (the two views before `high` unchanged: the previous analysis's scan was at the same place there)
    let high = Math.min(count, changedTo + 2);
    while (!clear(high)) high++;
    // The runs before `low` lie wholly before it, those of the tokens from `high` on wholly after it (no run reaches
    // across either): the earlier runs before, the runs scanned between, the later runs moved by `shift` after; the
    // tokens' run numbers copied a stretch at a time, those after the edit renumbered.
    const old = previous.chunks;
    const oldRuns = old.runs;
    const runOf = spareRuns.take(document.tokens, count);
    const runs = oldRuns.slice(0, firstRunFrom(oldRuns, low));
    chunks = new CapitalizedRuns(runOf, runs);
    runOf.set(old.runOf.subarray(0, low), 0);
    chunksWithin(views, chunks, low, high);
    const later = firstRunFrom(oldRuns, high + shift);
    const renumbered = runs.length - later;
    for (let at = later; at < oldRuns.length; at++) {
      const run = oldRuns[at];
      runs.push(shift === 0 ? run : { first: run.first - shift, last: run.last - shift, hasHead: run.hasHead });
    }
    runOf.set(old.runOf.subarray(high + shift, count + shift), high);
    if (renumbered !== 0) for (let index = high; index < count; index++) if (runOf[index] !== 0) runOf[index] += renumbered;
    chunks = checkedKept('capitalized runs', chunks, whole);
  }
  latest = { document, views, chunks };
  return chunks;
}

/** The index of the first of `runs` (in order) starting at or after token `index`. */
function firstRunFrom(runs: readonly Chunk[], index: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runs[middle].first < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether two views read the same to the runs (their form's capital, their lower-case word); a headline's view is a new object per analysis. */
function sameForRuns(view: TokenView, old: TokenView): boolean {
  return view === old || (view.form === old.form && view.lower === old.lower);
}
